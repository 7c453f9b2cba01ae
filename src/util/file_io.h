// Whole-file reading with errors as Status, for inputs that may be missing,
// unreadable or directories.
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// Reads the whole file at `path`. IoError names the path and the reason.
Result<std::string> ReadWholeFile(const std::string& path);

// The file name without directories and without its last extension
// ("a/b/001_x.txt" -> "001_x").
std::string FileStem(std::string_view path);

// The last extension, lower-cased, without the dot ("a/B.HTML" -> "html").
std::string FileExtension(std::string_view path);

}  // namespace dyad
