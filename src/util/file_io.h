// Whole-file reading with errors as Status, for inputs that may be missing,
// unreadable or directories.
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// Reads the whole file at `path`. IoError names the path and the reason.
Result<std::string> ReadWholeFile(const std::string& path);

// Reads the file at `path` and parses it with `T::Parse(text, path)`: the
// Load of every table whose Parse names its file in errors.
template <typename T>
Result<T> ParseFile(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return T::Parse(*text, path);
}

// The file name without directories and without its last extension
// ("a/b/001_x.txt" -> "001_x").
std::string FileStem(std::string_view path);

// The last extension, lower-cased, without the dot ("a/B.HTML" -> "html").
std::string FileExtension(std::string_view path);

}  // namespace dyad
