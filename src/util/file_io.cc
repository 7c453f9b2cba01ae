#include "util/file_io.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>
#include <system_error>
#include <thread>

namespace dyad {
namespace {

std::string Seconds(std::chrono::milliseconds t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g s", static_cast<double>(t.count()) / 1000);
  return buf;
}

// Opens a named FIFO for reading, waiting at most `timeout` for a writer.
//
// open() is what waits for the writer, so it runs on a thread of its own.
// (Opening with O_NONBLOCK and polling cannot tell a writer that is slow to
// write its first byte from no writer at all, and would cut off a producer
// that takes a while to start.) On timeout the thread is released by opening
// the FIFO for writing and closing it at once; the thread then closes what it
// opened. A pipe (/dev/fd/N from `<(...)`) never waits in open().
Result<UniqueFd> OpenFifo(const std::string& path, std::chrono::milliseconds timeout) {
  struct Opening {
    std::mutex mu;
    std::condition_variable cv;
    bool opened = false;     // the thread's open() returned in time
    bool abandoned = false;  // the wait is over: the thread closes its fd
    bool finished = false;
    int fd = -1;
    int error = 0;
  };
  auto opening = std::make_shared<Opening>();
  std::thread opener;
  try {
    opener = std::thread([opening, path] {
      int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      int error = errno;
      std::lock_guard<std::mutex> lock(opening->mu);
      if (opening->abandoned) {
        if (fd >= 0) ::close(fd);
      } else {
        opening->fd = fd;
        opening->error = error;
        opening->opened = true;
      }
      opening->finished = true;
      opening->cv.notify_all();
    });
  } catch (const std::system_error& e) {
    return Status::IoError(path + ": cannot open: " + e.what());
  }
  std::unique_lock<std::mutex> lock(opening->mu);
  if (opening->cv.wait_for(lock, timeout, [&] { return opening->opened; })) {
    lock.unlock();
    opener.join();
    if (opening->fd < 0) return Status::IoError(path + ": cannot open: " + std::strerror(opening->error));
    return UniqueFd(opening->fd);
  }
  opening->abandoned = true;
  // Until the thread has entered open() there is no reader and the waking
  // open fails (ENXIO): try again for a while.
  for (int attempt = 0; attempt < 200 && !opening->finished; ++attempt) {
    lock.unlock();
    int waker = ::open(path.c_str(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (waker >= 0) ::close(waker);
    lock.lock();
    opening->cv.wait_for(lock, std::chrono::milliseconds(10), [&] { return opening->finished; });
  }
  bool finished = opening->finished;
  lock.unlock();
  // A thread that cannot be woken (the FIFO was replaced meanwhile) is left
  // to itself; it owns its share of the state and closes what it opens.
  if (finished) {
    opener.join();
  } else {
    opener.detach();
  }
  return Status::IoError(path + ": no writer on FIFO after " + Seconds(timeout));
}

void SetBlocking(int fd) {
  int flags = ::fcntl(fd, F_GETFL);
  if (flags >= 0 && (flags & O_NONBLOCK) != 0) ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
}

}  // namespace

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

UniqueFd::~UniqueFd() {
  if (fd_ >= 0) ::close(fd_);
}

std::chrono::milliseconds FifoWriterTimeout() {
  constexpr std::chrono::milliseconds kDefault(10000);
  const char* env = std::getenv("DYAD_FIFO_TIMEOUT");
  if (env == nullptr || *env == '\0') return kDefault;
  char* end = nullptr;
  double seconds = std::strtod(env, &end);
  // A day at most: the wait is meant to end.
  if (end == env || *end != '\0' || !(seconds >= 0) || seconds > 86400) return kDefault;
  return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

std::string_view SpecialFileType(unsigned mode) {
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "";
}

Result<UniqueFd> OpenForReading(const std::string& path, std::chrono::milliseconds fifo_timeout) {
  auto refused = [&](unsigned mode) { return Status::IoError(path + ": is " + std::string(SpecialFileType(mode)) + ", not a file"); };
  struct stat st;
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISFIFO(st.st_mode)) return OpenFifo(path, fifo_timeout);
    if (!SpecialFileType(st.st_mode).empty()) return refused(st.st_mode);
  }
  // O_NONBLOCK so that open() returns at once even when the path has become
  // a FIFO or a device since the stat.
  UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
  if (fd.get() < 0) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  if (::fstat(fd.get(), &st) == 0) {
    if (S_ISFIFO(st.st_mode)) {
      fd = UniqueFd();
      return OpenFifo(path, fifo_timeout);
    }
    if (!SpecialFileType(st.st_mode).empty()) return refused(st.st_mode);
  }
  SetBlocking(fd.get());
  return fd;
}

Status ReadUpTo(int fd, size_t max_bytes, std::string* out, const std::string& origin) {
  size_t limit = out->size() + std::min(max_bytes, std::numeric_limits<size_t>::max() - out->size());
  char buf[1 << 16];
  while (out->size() < limit) {
    ssize_t n = ::read(fd, buf, std::min(sizeof buf, limit - out->size()));
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(origin + ": read error: " + std::strerror(errno));
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
  }
  return Status::Ok();
}

std::string SizeForPeople(size_t bytes) {
  if (bytes < (1u << 20)) return std::to_string(bytes) + " bytes";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

Result<std::string> ReadWholeFile(const std::string& path, size_t max_bytes) {
  Result<UniqueFd> fd = OpenForReading(path, FifoWriterTimeout());
  if (!fd.ok()) return fd.status();
  Status too_large = Status::IoError(path + ": file is larger than " + SizeForPeople(max_bytes));
  std::string out;
  struct stat st;
  // The size is only a hint: files grow, and /proc files report 0.
  if (::fstat(fd->get(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    if (static_cast<uint64_t>(st.st_size) > max_bytes) return too_large;
    out.reserve(static_cast<size_t>(st.st_size) + 1);
  }
  size_t limit = max_bytes == std::numeric_limits<size_t>::max() ? max_bytes : max_bytes + 1;
  Status read = ReadUpTo(fd->get(), limit, &out, path);
  if (!read.ok()) return read;
  if (out.size() > max_bytes) return too_large;
  return out;
}

std::string FileStem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) base = base.substr(0, dot);
  return std::string(base);
}

std::string FileExtension(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view base = slash == std::string_view::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  std::string ext(base.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return ext;
}

}  // namespace dyad
