// Test helpers: a temporary directory removed at the end of the test, and
// small file writers.
//
// Thread safety: one TempDir per test.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace dyad::testing {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "dyad-test-XXXXXX").string();
    char* made = ::mkdtemp(tmpl.data());
    EXPECT_NE(made, nullptr) << "mkdtemp failed for " << tmpl;
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // `name` joined to the directory ("a/b.txt" -> "<dir>/a/b.txt").
  std::string Path(std::string_view name) const { return path_ + "/" + std::string(name); }

  // Writes `bytes` to `name` under the directory, creating parent folders;
  // returns the full path.
  std::string Write(std::string_view name, std::string_view bytes) const {
    std::string full = Path(name);
    std::filesystem::create_directories(std::filesystem::path(full).parent_path());
    std::ofstream out(full, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    EXPECT_TRUE(out.good()) << "cannot write " << full;
    return full;
  }

 private:
  std::string path_;
};

}  // namespace dyad::testing
