#include "api/static_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/hash.h"

namespace dyad {
namespace {

constexpr std::uintmax_t kMaxFileBytes = 32u << 20;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string ContentType(std::string_view name) {
  if (EndsWith(name, ".html")) return "text/html; charset=utf-8";
  if (EndsWith(name, ".js")) return "application/javascript; charset=utf-8";
  if (EndsWith(name, ".css")) return "text/css; charset=utf-8";
  if (EndsWith(name, ".json")) return "application/json; charset=utf-8";
  if (EndsWith(name, ".svg")) return "image/svg+xml";
  if (EndsWith(name, ".png")) return "image/png";
  if (EndsWith(name, ".txt")) return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

Result<std::string> ReadWhole(const std::filesystem::path& path) {
  std::error_code ec;
  std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec) return Status::IoError(path.string() + ": " + ec.message());
  if (size > kMaxFileBytes) return Status::InvalidArgument(path.string() + ": larger than 32 MB, not served");
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  if (!in.good() && !in.eof()) return Status::IoError(path.string() + ": cannot read");
  return s.str();
}

}  // namespace

Result<StaticFiles> StaticFiles::Load(const std::string& dir) {
  StaticFiles out;
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) return Status::NotFound("dashboard directory " + dir + ": " + ec.message());
  for (const std::filesystem::directory_entry& e : it) {
    if (!e.is_regular_file()) continue;
    std::string name = e.path().filename().string();
    if (EndsWith(name, ".map") || EndsWith(name, ".gz")) continue;
    Result<std::string> body = ReadWhole(e.path());
    if (!body.ok()) return body.status();
    File f;
    f.body = std::move(body).value();
    f.content_type = ContentType(name);
    f.etag = "\"" + Hex64(Fnv1a64(f.body)) + "\"";
    std::filesystem::path gz = e.path();
    gz += ".gz";
    if (std::filesystem::is_regular_file(gz)) {
      Result<std::string> packed = ReadWhole(gz);
      if (!packed.ok()) return packed.status();
      f.gzip = std::move(packed).value();
    }
    out.files_.emplace(std::move(name), std::move(f));
  }
  return out;
}

const StaticFiles::File* StaticFiles::Find(std::string_view path) const {
  if (path.empty() || path.front() != '/') return nullptr;
  std::string_view name = path.substr(1);
  if (name.empty()) name = "index.html";
  auto it = files_.find(name);
  return it == files_.end() ? nullptr : &it->second;
}

}  // namespace dyad
