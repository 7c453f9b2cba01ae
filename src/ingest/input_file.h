// One input named on the command line or found in a directory, opened for
// reading: a regular file, or a stream (a FIFO, the pipe of a process
// substitution such as `dyad ingest <(zcat corpus.jsonl.gz)`) read as stdin
// is. Devices and sockets are refused by type, unopened. Opening never blocks
// for ever (a FIFO waits a bounded time for a writer) and no read takes more
// than the caller's limit.
//
// Thread safety: one InputFile per thread.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

#include "dyad/status.h"
#include "util/file_io.h"

namespace dyad {

class InputFile {
 public:
  using Stream = std::unique_ptr<FILE, int (*)(FILE*)>;

  // Opens `path`. A FIFO waits at most `fifo_timeout` for a writer. Error
  // messages are for an InputProblem about `path` ("cannot open: ...",
  // "no writer on FIFO after 10 s", "is a character device, not a file;
  // pipe it on stdin if you mean it"), without the path.
  static Result<InputFile> Open(const std::string& path, std::chrono::milliseconds fifo_timeout);

  bool is_regular() const { return regular_; }
  // The size fstat reported for a regular file, else 0. Only a hint: files
  // grow, and /proc files report 0.
  uint64_t stat_size() const { return stat_size_; }

  // Whether the first byte that is not a space is '{', reading at most 4 KB
  // to find it; what is read is kept for ReadAtMost and ToStream. A stream
  // named without a telling extension is JSON Lines when it starts so, as
  // stdin is.
  Result<bool> StartsLikeJsonLines();

  // All the bytes, but no more than `max_bytes` + 1 of them: a longer result
  // means the input is too large, and the rest of it is never read.
  Result<std::string> ReadAtMost(size_t max_bytes) &&;

  // The input as a stdio stream (bytes already read first) for readers that
  // stream, such as JSON Lines; the stream owns the descriptor.
  Result<Stream> ToStream() &&;

 private:
  InputFile(std::string path, UniqueFd fd) : path_(std::move(path)), fd_(std::move(fd)) {}
  // `s` without the "path: " its message starts with.
  Status WithoutPath(const Status& s) const;

  std::string path_;
  UniqueFd fd_;
  bool regular_ = false;
  uint64_t stat_size_ = 0;
  std::string head_;  // read by StartsLikeJsonLines, not yet handed on
};

}  // namespace dyad
