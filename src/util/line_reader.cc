#include "util/line_reader.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace dyad {

Status ReadLines(int fd, const std::string& origin, size_t max_line_bytes,
                 const std::function<void(std::string_view line, size_t number)>& line,
                 const std::function<void(size_t number)>& too_long) {
  constexpr size_t kPiece = 1 << 20;
  std::vector<char> piece(kPiece);
  std::string pending;     // the start of a line that continues in the next piece
  bool skipping = false;   // inside a line over the limit
  size_t number = 1;
  auto finish = [&](std::string_view text) {
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    line(text, number);
  };
  for (;;) {
    ssize_t n = ::read(fd, piece.data(), piece.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(origin + ": read error: " + std::strerror(errno));
    }
    if (n == 0) break;
    std::string_view rest(piece.data(), static_cast<size_t>(n));
    for (size_t nl; (nl = rest.find('\n')) != std::string_view::npos; rest.remove_prefix(nl + 1), ++number) {
      std::string_view head = rest.substr(0, nl);
      if (skipping || pending.size() + head.size() > max_line_bytes) {
        too_long(number);
      } else if (pending.empty()) {
        finish(head);
      } else {
        pending.append(head);
        finish(pending);
      }
      pending.clear();
      skipping = false;
    }
    if (skipping) continue;
    if (pending.size() + rest.size() > max_line_bytes) {
      pending.clear();
      pending.shrink_to_fit();
      skipping = true;
    } else {
      pending.append(rest);
    }
  }
  if (skipping) {
    too_long(number);
  } else if (!pending.empty()) {
    finish(pending);
  }
  return Status::Ok();
}

}  // namespace dyad
