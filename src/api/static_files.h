// The dashboard's files (`dyad serve --web DIR`), read once at start: each
// with its ETag and, where the build left one beside it (web/build.sh writes
// NAME.gz), its gzip form, so that a page load costs no compression and a
// reload only a 304.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

class StaticFiles {
 public:
  struct File {
    std::string body;          // as built
    std::string gzip;          // NAME.gz from the build, "" when none
    std::string content_type;  // from the extension
    std::string etag;          // quoted hash of the body
  };

  // The regular files directly in `dir`, except source maps (never served)
  // and the .gz forms (kept with their file); each at most 32 MB.
  static Result<StaticFiles> Load(const std::string& dir);

  // The file for a request path: "/" is index.html; nullptr when none.
  const File* Find(std::string_view path) const;

 private:
  std::map<std::string, File, std::less<>> files_;  // by name
};

}  // namespace dyad
