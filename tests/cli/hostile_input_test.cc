// End-to-end tests of `dyad ingest` on inputs that used to crash or stall it:
// devices (refused by type), FIFOs without a writer, pipes, unreadable
// directories. The
// good inputs beside them must still be stored, and the exit status is 1.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "testing/run_process.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::ProcessOptions;
using testing::ProcessResult;
using testing::TempDir;

constexpr const char* kStory = "CAIRO (Reuters) - Egypt and Jordan held talks on Monday.\n";

class HostileInputTest : public ::testing::Test {
 protected:
  // Runs `argv` in the temporary directory without $DYAD_DB/$DYAD_DATA, and
  // kills it after 60 s: a regression must fail the test, not hang it.
  ProcessResult Run(std::vector<std::string> argv, ProcessOptions options = {}) {
    if (options.cwd.empty()) options.cwd = dir_.path();
    options.unset.push_back("DYAD_DB");
    options.unset.push_back("DYAD_DATA");
    std::string out = scratch_.Path(".stdout"), err = scratch_.Path(".stderr");
    auto start = std::chrono::steady_clock::now();
    pid_t pid = testing::Spawn(argv, options, out, err);
    EXPECT_GT(pid, 0);
    bool killed = false;
    for (bool done = pid <= 0; !done;) {
      siginfo_t info{};
      // WNOWAIT: Wait below reaps it and reads its status.
      done = ::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0 || info.si_pid != 0;
      if (!done && std::chrono::steady_clock::now() - start > std::chrono::seconds(60)) {
        ::kill(pid, SIGKILL);
        killed = done = true;
      }
      if (!done) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    ProcessResult r = testing::Wait(pid, out, err);
    seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_FALSE(killed) << "dyad did not finish in 60 s: " << r.err;
    return r;
  }
  ProcessResult Dyad(std::vector<std::string> args, ProcessOptions options = {}) {
    args.insert(args.begin(), DYAD_BINARY);
    return Run(std::move(args), std::move(options));
  }
  // The ids of the stored stories.
  std::set<std::string> Ids() {
    ProcessResult r = Dyad({"docs", "--db", Db(), "--format", "jsonl"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::set<std::string> ids;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) ids.insert(nlohmann::json::parse(line)["id"].get<std::string>());
    return ids;
  }
  std::string Db() const { return dir_.Path("test.db"); }

  TempDir dir_;
  TempDir scratch_;
  double seconds_ = 0;  // how long the last Run took
};

// Devices are refused by type, unopened; stdin is read whatever it is, so
// a device piped there is still taken (and bounded like any stdin).
TEST_F(HostileInputTest, DeviceIsRefusedByTypeAndTheRestStored) {
  dir_.Write("good.txt", kStory);
  ProcessResult r = Dyad({"ingest", "--db", Db(), "/dev/zero", "/dev/null", "good.txt"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("dyad ingest: /dev/zero: is a character device, not a file; pipe it on stdin if you mean it\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("dyad ingest: /dev/null: is a character device, not a file; pipe it on stdin if you mean it\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("2 inputs rejected"), std::string::npos) << r.err;
  EXPECT_LT(seconds_, 30);
  EXPECT_EQ(Ids(), std::set<std::string>{"good"});
}

TEST_F(HostileInputTest, DeviceOnStdinIsStillRead) {
  ProcessOptions options;
  options.stdin_path = "/dev/null";  // a character device, as stdin
  ProcessResult r = Dyad({"ingest", "--db", Db(), "-"}, options);
  // Read, and found empty: not refused by type.
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("dyad ingest: -: empty file\n"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("device"), std::string::npos) << r.err;
}

TEST_F(HostileInputTest, FifoWithoutWriterIsRejectedAfterTheTimeout) {
  ASSERT_EQ(::mkfifo(dir_.Path("fifo").c_str(), 0600), 0);
  dir_.Write("good.txt", kStory);
  ProcessOptions options;
  options.env.push_back("DYAD_FIFO_TIMEOUT=0.5");
  ProcessResult r = Dyad({"ingest", "--db", Db(), "fifo", "good.txt"}, options);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("dyad ingest: fifo: no writer on FIFO after 0.5 s\n"), std::string::npos) << r.err;
  EXPECT_LT(seconds_, 30);
  EXPECT_EQ(Ids(), std::set<std::string>{"good"});
}

TEST_F(HostileInputTest, ProcessSubstitutionIsReadAsJsonLines) {
  // What `dyad ingest <(zcat corpus.jsonl.gz)` hands over: /dev/fd/N, the
  // read end of a pipe, whose writer here has finished before dyad starts.
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  ASSERT_EQ(::fcntl(fds[1], F_SETFD, FD_CLOEXEC), 0);  // dyad must see the end
  std::string jsonl =
      "{\"id\":\"z1\",\"text\":\"Peru and Chile held talks on Monday.\"}\n"
      "{\"id\":\"z2\",\"text\":\"Cuba and Haiti held talks on Tuesday.\"}\n";
  ASSERT_EQ(::write(fds[1], jsonl.data(), jsonl.size()), static_cast<ssize_t>(jsonl.size()));
  ::close(fds[1]);
  ProcessResult r = Dyad({"ingest", "--db", Db(), "/dev/fd/" + std::to_string(fds[0])});
  ::close(fds[0]);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Ids(), (std::set<std::string>{"z1", "z2"}));
}

TEST_F(HostileInputTest, DanglingLinkInADirectoryIsRejectedAndTheRestStored) {
  dir_.Write("in/a.txt", kStory);
  dir_.Write("in/sub/c.txt", "BEIJING (Xinhua) - China and Laos signed a pact on Tuesday.\n");
  ASSERT_EQ(::symlink("gone.txt", dir_.Path("in/b.txt").c_str()), 0);
  ProcessResult r = Dyad({"ingest", "--db", Db(), "in"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("dyad ingest: in/b.txt: no such file or directory (dangling symbolic link)\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(Ids(), (std::set<std::string>{"a", "c"}));
}

TEST_F(HostileInputTest, UnreadableSubdirectoryIsRejectedAndTheRestStored) {
  dir_.Write("in/a.txt", kStory);
  dir_.Write("in/locked/b.txt", "BEIJING (Xinhua) - China and Laos signed a pact on Tuesday.\n");
  dir_.Write("in/z/c.txt", "HÀ NỘI — Việt Nam and Laos held talks on Friday.\n");
  std::vector<std::string> argv = {DYAD_BINARY, "ingest", "--db", Db(), "in"};
  if (::geteuid() == 0) {
    // Root reads any directory through two capabilities; without them in its
    // bounding set, dyad runs as root but meets permission bits like anyone.
    const char* setpriv = "/usr/bin/setpriv";
    if (::access(setpriv, X_OK) != 0) GTEST_SKIP() << "running as root and " << setpriv << " is missing";
    argv.insert(argv.begin(), {setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"});
  }
  ASSERT_EQ(::chmod(dir_.Path("in/locked").c_str(), 0), 0);
  ProcessResult r = Run(argv);
  ::chmod(dir_.Path("in/locked").c_str(), 0700);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("dyad ingest: in/locked: cannot read directory: Permission denied\n"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("2 documents read"), std::string::npos) << r.err;
  EXPECT_EQ(Ids(), (std::set<std::string>{"a", "c"}));
}

}  // namespace
}  // namespace dyad
