// Reading files with errors as Status, for inputs that may be missing,
// unreadable, directories, FIFOs nobody writes to, or devices (/dev/zero):
// every open returns in bounded time and every read is bounded in size.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "dyad/status.h"

namespace dyad {

// The most ReadWholeFile reads unless told otherwise. Dictionaries and gold
// files are a few MB; 256 MB leaves them room and still stops /dev/zero or a
// mistaken path long before memory runs out.
inline constexpr size_t kMaxDataFileBytes = 256u << 20;

// An open file descriptor, closed when destroyed.
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept;
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;
  ~UniqueFd();

  int get() const { return fd_; }
  // Hands the descriptor over; this object no longer closes it.
  int Release() { return std::exchange(fd_, -1); }

 private:
  int fd_ = -1;
};

// How long OpenForReading waits for a program to open a FIFO for writing:
// $DYAD_FIFO_TIMEOUT seconds (a decimal number such as 0.5), else 10 s. A
// producer started with `producer > fifo &` opens it at once; 10 s is for
// one that is slow to start.
std::chrono::milliseconds FifoWriterTimeout();

// "a character device", "a block device" or "a socket" for a file of that
// type (a st_mode), else "": the files OpenForReading refuses by type.
std::string_view SpecialFileType(unsigned mode);

// Opens `path` for reading and never blocks for ever. A named FIFO waits at
// most `fifo_timeout` for a writer ("no writer on FIFO after 10 s"); a pipe
// (/dev/fd/63 from `<(...)`) or a regular file opens at once. Devices and
// sockets are refused by type before any open ("path: is a character
// device, not a file"): opening a device can act (rewind a tape, wait for a
// serial line's carrier) and reading one may never end. The descriptor is in
// blocking mode: once a FIFO has a writer, reads wait for its data as reads
// of stdin do, and end when it closes. Errors are IoError "path: reason".
Result<UniqueFd> OpenForReading(const std::string& path, std::chrono::milliseconds fifo_timeout);

// Appends what `fd` holds to *out until end of file or until *out has grown
// by `max_bytes` (the rest stays unread). A failed read is an IoError
// "origin: read error: reason".
Status ReadUpTo(int fd, size_t max_bytes, std::string* out, const std::string& origin);

// Sizes in messages: "16.0 MB", or "999 bytes" under a megabyte.
std::string SizeForPeople(size_t bytes);

// Reads the whole file at `path`. A file over `max_bytes` is an IoError
// "path: file is larger than 256.0 MB", found by fstat or after reading
// max_bytes + 1 bytes, never more. Other IoErrors name the path and reason.
Result<std::string> ReadWholeFile(const std::string& path, size_t max_bytes = kMaxDataFileBytes);

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
