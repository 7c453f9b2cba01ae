#include "ingest/input_tree.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace dyad {
namespace fs = std::filesystem;

std::vector<std::string> InputFilesUnder(const std::string& dir, const ProblemSink& report) {
  std::vector<std::string> files;
  // A work list, not recursion: the depth of a tree is the user's.
  std::vector<fs::path> pending{fs::path(dir)};
  while (!pending.empty()) {
    fs::path here = std::move(pending.back());
    pending.pop_back();
    // Not recursive_directory_iterator: it ends the whole walk at the first
    // directory it cannot open, or skips it without a word.
    std::error_code ec;
    for (fs::directory_iterator it(here, ec), end; !ec && it != end; it.increment(ec)) {
      std::error_code type_ec;
      fs::file_type own = it->symlink_status(type_ec).type();
      fs::file_type target = own == fs::file_type::symlink ? it->status(type_ec).type() : own;
      std::string path = it->path().string();
      if (own == fs::file_type::directory) {
        pending.push_back(it->path());
      } else if (target == fs::file_type::regular) {
        files.push_back(std::move(path));
      } else if (own == fs::file_type::symlink && target == fs::file_type::not_found) {
        report({std::move(path), "no such file or directory (dangling symbolic link)", true});
      } else if (type_ec) {
        report({std::move(path), "cannot read: " + type_ec.message(), true});
      }
    }
    if (ec) report({here.string(), "cannot read directory: " + ec.message(), true});
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace dyad
