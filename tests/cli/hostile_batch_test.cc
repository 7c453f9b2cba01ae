// Issue 11's "done when": one `dyad ingest` over every hostile input at once
// (see hostile_batch.h) beside good stories of every format finishes in under
// 10 s with at most 300 MB peak memory, exits 1, says one thing per bad input
// naming it, and stores every good story. The inputs were each fixed alone;
// this checks they stay fixed together, where time and memory add up.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "hostile_batch.h"
#include "testing/read_only.h"
#include "testing/run_process.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::ProcessOptions;
using testing::ProcessResult;
using testing::TempDir;

// The bars are the issue's: 10 s and 300 MB. Measured (release build, 2
// cores shared with two other builds, load average 5-7): 2.7-4.7 s, 1 s of
// it the FIFO wait, and 106-111 MB: a margin of 2x in time and 2.7x in
// memory. ASan and the Debug build it comes with make reading and coding
// several times slower and shadow memory inflates RSS: time gets a larger
// bound (10 s measured in CI under ASan) and memory is not checked.
#if defined(__SANITIZE_ADDRESS__)
constexpr double kMaxSeconds = 90;
constexpr bool kCheckMemory = false;
#else
constexpr double kMaxSeconds = 10;
constexpr bool kCheckMemory = true;
#endif
constexpr long kMaxPeakRssMb = 300;
constexpr double kKillAfterSeconds = 120;  // a regression fails the test, not hangs it

struct Measured {
  ProcessResult result;
  double seconds = 0;
  long peak_rss_mb = 0;  // of the child alone (wait4), not of this test
  bool killed = false;
};

// Runs `argv` and measures it: wall time, and the peak resident memory of the
// child from wait4's rusage.
Measured RunMeasured(const std::vector<std::string>& argv, const ProcessOptions& options, const TempDir& scratch) {
  Measured m;
  std::string out = scratch.Path("out"), err = scratch.Path("err");
  auto start = std::chrono::steady_clock::now();
  pid_t pid = testing::Spawn(argv, options, out, err);
  EXPECT_GT(pid, 0) << "cannot start " << argv[0];
  int status = 0;
  rusage usage{};
  for (pid_t done = 0; pid > 0 && done == 0;) {
    done = ::wait4(pid, &status, WNOHANG, &usage);
    if (done != 0) break;
    if (std::chrono::steady_clock::now() - start > std::chrono::duration<double>(kKillAfterSeconds)) {
      ::kill(pid, SIGKILL);
      m.killed = true;
      done = ::wait4(pid, &status, 0, &usage);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.peak_rss_mb = usage.ru_maxrss / 1024;
  if (WIFEXITED(status)) m.result.exit_code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) m.result.signal = WTERMSIG(status);
  m.result.out = testing::SlurpFile(out);
  m.result.err = testing::SlurpFile(err);
  return m;
}

// The lines of `err` that are problems ("dyad ingest: where: message"), not
// the summary.
std::vector<std::string> ProblemLines(const std::string& err) {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("dyad ingest: ", 0) == 0 && line.find(" documents read: ") == std::string::npos) {
      lines.push_back(line);
    }
  }
  return lines;
}

bool IsWarning(const std::string& line) { return line.find(": warning: ") != std::string::npos; }

// How many of `lines` are about `p`: they name its input (and line) first,
// once ("f.rss: f.rss: entity expansion ..." was a bug), and say what it
// expects.
size_t CountAbout(const std::vector<std::string>& lines, const testing::ExpectedProblem& p) {
  std::string prefix = "dyad ingest: " + p.where + ": ";
  size_t n = 0;
  for (const std::string& line : lines) {
    n += line.rfind(prefix, 0) == 0 && line.find(p.message) != std::string::npos &&
         line.find(p.where, prefix.size()) == std::string::npos;
  }
  return n;
}

class HostileBatchTest : public ::testing::Test {
 protected:
  void TearDown() override {
    // A user who is not root could not remove the batch otherwise.
    if (!batch_.locked_dir.empty()) ::chmod(batch_.locked_dir.c_str(), 0700);
  }

  // `dyad` with `args`, run in the batch directory without $DYAD_DB/$DYAD_DATA.
  std::vector<std::string> DyadArgv(std::vector<std::string> args) const {
    args.insert(args.begin(), DYAD_BINARY);
    return args;
  }
  ProcessOptions Options() const {
    ProcessOptions options;
    options.cwd = dir_.path();
    options.unset = {"DYAD_DB", "DYAD_DATA"};
    options.env = {"DYAD_FIFO_TIMEOUT=" + batch_.fifo_timeout};
    return options;
  }
  // The ids of the stored stories, read back with `dyad docs`.
  std::set<std::string> StoredIds(const std::string& db) {
    ProcessResult r = testing::Run(DyadArgv({"docs", "--db", db, "--format", "jsonl"}), Options(), scratch_.path());
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::set<std::string> ids;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) ids.insert(nlohmann::json::parse(line)["id"].get<std::string>());
    return ids;
  }

  TempDir dir_;
  TempDir scratch_;
  testing::HostileBatch batch_;
};

TEST_F(HostileBatchTest, EveryHostileInputAtOnceIsReportedOnceAndEveryGoodStoryStored) {
  batch_ = testing::WriteHostileBatch(dir_.path());
  ASSERT_TRUE(batch_.error.empty()) << batch_.error;
  std::string db = scratch_.Path("batch.db");
  std::vector<std::string> argv = DyadArgv({"ingest", "--db", db});
  argv.insert(argv.end(), batch_.args.begin(), batch_.args.end());
  if (::geteuid() == 0) {
    // Root reads the locked directory through two capabilities; without them
    // in the bounding set, dyad meets permission bits as anyone does. (Dropping
    // them from this thread, as WithoutReadOverride does, would not reach
    // dyad: exec gives root its full set back.)
    const char* setpriv = "/usr/bin/setpriv";
    if (::access(setpriv, X_OK) != 0) GTEST_SKIP() << "running as root and " << setpriv << " is missing";
    argv.insert(argv.begin(), {setpriv, "--bounding-set", "-dac_override,-dac_read_search", "--"});
  }

  Measured m = RunMeasured(argv, Options(), scratch_);
  const ProcessResult& r = m.result;
  std::fprintf(stderr, "hostile batch: %.2f s, peak RSS %ld MB, %zu good stories, %zu bad inputs\n", m.seconds,
               m.peak_rss_mb, batch_.good_ids.size(), batch_.rejected.size());
  ASSERT_FALSE(m.killed) << "dyad did not finish in " << kKillAfterSeconds << " s:\n" << r.err;
  EXPECT_EQ(r.signal, 0) << r.err;
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_LT(m.seconds, kMaxSeconds) << r.err;
  if (kCheckMemory) {
    EXPECT_LE(m.peak_rss_mb, kMaxPeakRssMb);
  } else {
    std::fprintf(stderr, "peak memory not checked: AddressSanitizer's shadow memory counts in RSS\n");
  }

  // One rejection per bad input, naming it, and no other.
  std::vector<std::string> lines = ProblemLines(r.err), rejections, warnings;
  for (const std::string& line : lines) (IsWarning(line) ? warnings : rejections).push_back(line);
  for (const testing::ExpectedProblem& p : batch_.rejected) {
    EXPECT_EQ(CountAbout(rejections, p), 1u) << p.where << ": " << p.message << "\n" << r.err;
  }
  EXPECT_EQ(rejections.size(), batch_.rejected.size()) << r.err;
  EXPECT_NE(r.err.find(std::to_string(batch_.rejected.size()) + " inputs rejected"), std::string::npos) << r.err;
  // Each rewritten id is warned about once, where it is, and nothing else is.
  for (const testing::ExpectedProblem& p : batch_.warnings) {
    EXPECT_EQ(CountAbout(warnings, p), 1u) << p.where << ": " << p.message << "\n" << r.err;
  }
  EXPECT_EQ(warnings.size(), batch_.warnings.size()) << r.err;

  // Every good story, the two ids that differ only in invalid bytes among
  // them, and nothing else.
  EXPECT_EQ(StoredIds(db), batch_.good_ids);
}

// A store that cannot be written is one message naming it, at once, before
// any input is read; it cannot share the batch above, whose store must be
// written.
TEST_F(HostileBatchTest, ReadOnlyStoreIsOneMessageNamingIt) {
  std::filesystem::create_directory(dir_.Path("ro"));
  std::string db = dir_.Path("ro/x.db");
  dir_.Write("good.txt", "CAIRO (Reuters) - Egypt and Jordan held talks on Monday.\n");
  ProcessResult first = testing::Run(DyadArgv({"ingest", "--quiet", "--db", db, "good.txt"}), Options(), scratch_.path());
  ASSERT_EQ(first.exit_code, 0) << first.err;
  dir_.Write("next.txt", "TOKYO (Reuters) - Japan and China held talks on Tuesday.\n");
  testing::ReadOnly read_only;
  std::string why;
  if (!read_only.Make(dir_.Path("ro"), &why) || !read_only.Make(db, &why)) GTEST_SKIP() << why;

  Measured m = RunMeasured(DyadArgv({"ingest", "--db", db, "/dev/zero", "next.txt"}), Options(), scratch_);
  ASSERT_FALSE(m.killed) << m.result.err;
  EXPECT_EQ(m.result.exit_code, 1) << m.result.err;
  EXPECT_LT(m.seconds, kMaxSeconds);
  std::vector<std::string> lines = ProblemLines(m.result.err);
  ASSERT_EQ(lines.size(), 1u) << m.result.err;
  EXPECT_EQ(lines[0].rfind("dyad ingest: " + db + ": cannot write (read-only file or directory): ", 0), 0u)
      << m.result.err;
  EXPECT_EQ(StoredIds(db), std::set<std::string>{"good"});
}

}  // namespace
}  // namespace dyad
