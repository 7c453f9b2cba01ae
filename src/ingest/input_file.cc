#include "ingest/input_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <limits>

namespace dyad {
namespace {

// A stdio stream that first hands out bytes already read, then reads the
// descriptor: peeking at a stream's content to choose its format loses
// nothing, and line numbers stay right.
struct PrefixedFd {
  std::string prefix;
  size_t pos = 0;
  UniqueFd fd;
};

ssize_t ReadPrefixedFd(void* cookie, char* buf, size_t size) {
  auto* in = static_cast<PrefixedFd*>(cookie);
  if (in->pos < in->prefix.size()) {
    size_t n = std::min(size, in->prefix.size() - in->pos);
    std::memcpy(buf, in->prefix.data() + in->pos, n);
    in->pos += n;
    return static_cast<ssize_t>(n);
  }
  for (;;) {
    ssize_t n = ::read(in->fd.get(), buf, size);
    if (n >= 0 || errno != EINTR) return n;
  }
}

int ClosePrefixedFd(void* cookie) {
  delete static_cast<PrefixedFd*>(cookie);
  return 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

Result<InputFile> InputFile::Open(const std::string& path, std::chrono::milliseconds fifo_timeout) {
  // Refused by type before any open, as OpenForReading does, but saying how
  // to read it if that was meant: stdin is read whatever it is, and the user
  // then chooses how much of an endless device to take (head -c).
  struct stat type;
  if (::stat(path.c_str(), &type) == 0 && !SpecialFileType(type.st_mode).empty()) {
    return Status::IoError("is " + std::string(SpecialFileType(type.st_mode)) +
                           ", not a file; pipe it on stdin if you mean it");
  }
  Result<UniqueFd> fd = OpenForReading(path, fifo_timeout);
  InputFile file(path, fd.ok() ? std::move(fd).value() : UniqueFd());
  if (!fd.ok()) return file.WithoutPath(fd.status());
  struct stat st;
  if (::fstat(file.fd_.get(), &st) != 0) return Status::IoError(std::string("cannot stat: ") + std::strerror(errno));
  file.regular_ = S_ISREG(st.st_mode);
  if (file.regular_ && st.st_size > 0) file.stat_size_ = static_cast<uint64_t>(st.st_size);
  return file;
}

Result<bool> InputFile::StartsLikeJsonLines() {
  constexpr size_t kMaxPeek = 4096;
  // One read() at a time, not ReadUpTo: a pipe's first line may be all its
  // producer has written for now.
  char buf[kMaxPeek];
  while (head_.size() < kMaxPeek) {
    ssize_t n = ::read(fd_.get(), buf, kMaxPeek - head_.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return Status::IoError(std::string("read error: ") + std::strerror(errno));
    if (n == 0) break;  // end of the input
    head_.append(buf, static_cast<size_t>(n));
    for (size_t i = head_.size() - static_cast<size_t>(n); i < head_.size(); ++i) {
      if (!IsSpace(head_[i])) return head_[i] == '{';
    }
  }
  return false;
}

Result<std::string> InputFile::ReadAtMost(size_t max_bytes) && {
  std::string bytes = std::move(head_);
  size_t limit = max_bytes == std::numeric_limits<size_t>::max() ? max_bytes : max_bytes + 1;
  if (bytes.size() >= limit) return bytes;
  if (stat_size_ > 0) bytes.reserve(static_cast<size_t>(std::min<uint64_t>(stat_size_ + 1, limit)));
  Status read = ReadUpTo(fd_.get(), limit - bytes.size(), &bytes, path_);
  if (!read.ok()) return WithoutPath(read);
  return bytes;
}

Result<InputFile::Stream> InputFile::ToStream() && {
  if (head_.empty()) {
    FILE* f = ::fdopen(fd_.get(), "rb");
    if (f == nullptr) return Status::IoError(std::string("cannot read: ") + std::strerror(errno));
    fd_.Release();
    return Stream(f, &std::fclose);
  }
  auto* cookie = new PrefixedFd{std::move(head_), 0, std::move(fd_)};
  FILE* f = ::fopencookie(cookie, "rb", cookie_io_functions_t{ReadPrefixedFd, nullptr, nullptr, ClosePrefixedFd});
  if (f == nullptr) {
    int error = errno;
    delete cookie;
    return Status::IoError(std::string("cannot read: ") + std::strerror(error));
  }
  // Reads of 64 KB, as fdopen's: stdio would otherwise ask for 4 KB at a time.
  std::setvbuf(f, nullptr, _IOFBF, 1 << 16);
  return Stream(f, &std::fclose);
}

Status InputFile::WithoutPath(const Status& s) const {
  const std::string& m = s.message();
  if (m.size() > path_.size() + 2 && m.compare(0, path_.size(), path_) == 0 && m.compare(path_.size(), 2, ": ") == 0) {
    return Status::IoError(m.substr(path_.size() + 2));
  }
  return s;
}

}  // namespace dyad
