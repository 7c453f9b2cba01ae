// Lines of a file descriptor, read in pieces so that memory stays flat: at
// most one line of the limit and one piece are held however large the input.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// Calls `line` for every line of `fd` (numbered from 1, without its "\n" or
// "\r\n") until end of file. A line longer than `max_line_bytes` is passed
// over without being held, and `too_long` is called with its number instead.
// A read error is an IoError naming `origin`; the lines before it were seen.
Status ReadLines(int fd, const std::string& origin, size_t max_line_bytes,
                 const std::function<void(std::string_view line, size_t number)>& line,
                 const std::function<void(size_t number)>& too_long);

}  // namespace dyad
