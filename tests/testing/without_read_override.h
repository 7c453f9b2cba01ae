// Test helper: lets a test of unreadable files and directories run as root,
// as it does in CI. Root reads whatever the permission bits say through two
// capabilities, CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH; while a
// WithoutReadOverride lives, the calling thread does without them, and
// chmod 0 stops it as it stops anyone.
//
// Thread safety: capabilities belong to a thread, so only code running on
// the thread that made the object is affected.
#pragma once

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace dyad::testing {

class WithoutReadOverride {
 public:
  WithoutReadOverride() {
    // The raw system calls: libcap is not a dependency of dyad.
    if (::syscall(SYS_capget, &header_, saved_) != 0) return;
    __user_cap_data_struct reduced[2] = {saved_[0], saved_[1]};
    reduced[0].effective &= ~((1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH));
    ok_ = ::syscall(SYS_capset, &header_, reduced) == 0;
  }
  ~WithoutReadOverride() {
    // The capabilities stay permitted, so they can be taken back.
    if (ok_) ::syscall(SYS_capset, &header_, saved_);
  }
  WithoutReadOverride(const WithoutReadOverride&) = delete;
  WithoutReadOverride& operator=(const WithoutReadOverride&) = delete;

  // False when the capabilities could not be dropped: the test should skip.
  bool ok() const { return ok_; }

 private:
  __user_cap_header_struct header_{_LINUX_CAPABILITY_VERSION_3, 0};
  __user_cap_data_struct saved_[2] = {};
  bool ok_ = false;
};

}  // namespace dyad::testing
