// Test helper: makes a file or directory refuse writes for this process,
// even as root, whom permission bits do not stop: then the immutable
// attribute (chattr +i) does, where the file system has one.
//
// Thread safety: one ReadOnly per path.
#pragma once

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace dyad::testing {

class ReadOnly {
 public:
  ReadOnly() = default;
  ReadOnly(const ReadOnly&) = delete;
  ReadOnly& operator=(const ReadOnly&) = delete;
  ~ReadOnly() {
    for (auto it = made_.rbegin(); it != made_.rend(); ++it) {
      if (it->immutable) SetImmutable(it->path, false);
      ::chmod(it->path.c_str(), it->mode);
    }
  }

  // Makes `path` read-only until this object is destroyed; false, with
  // `why`, when this process could still write it.
  bool Make(const std::string& path, std::string* why) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return *why = "cannot stat " + path, false;
    made_.push_back({path, st.st_mode & 07777, false});
    ::chmod(path.c_str(), st.st_mode & 0555);
    if (::geteuid() != 0) return true;
    if (!SetImmutable(path, true)) {
      return *why = "running as root, and the file system of " + path + " has no immutable attribute", false;
    }
    made_.back().immutable = true;
    return true;
  }

 private:
  struct Made {
    std::string path;
    mode_t mode;
    bool immutable;
  };

  static bool SetImmutable(const std::string& path, bool on) {
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK);
    if (fd < 0) return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (ok) {
      flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
      ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return ok;
  }

  std::vector<Made> made_;
};

}  // namespace dyad::testing
