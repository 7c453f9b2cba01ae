// Several `dyad ingest` processes writing one store, and a store that is
// read-only: every process exits 0 and every story is stored, or the
// failure names the file and says why.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "testing/committed_documents.h"
#include "testing/read_only.h"
#include "testing/run_process.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::CommittedDocuments;
using testing::ProcessOptions;
using testing::ProcessResult;
using testing::TempDir;

// About `kilobytes` KB of JSON Lines stories with ids "<prefix>1", ...; returns how many.
size_t WriteStories(const std::string& path, const std::string& prefix, size_t kilobytes) {
  static const char* kPairs[][2] = {{"Japan", "China"}, {"Viet Nam", "Laos"}, {"India", "Russia"},
                                    {"Chile", "Peru"},  {"Kenya", "Ethiopia"}, {"Egypt", "Sudan"}};
  static const char* kVerbs[] = {"held talks with", "protested to", "signed a trade pact with", "criticised"};
  std::ofstream out(path, std::ios::binary);
  size_t n = 0, bytes = 0;
  while (bytes < kilobytes << 10) {
    ++n;
    std::string text;
    for (size_t s = 0; s < 6 + n % 20; ++s) {
      const auto& p = kPairs[(n + s) % 6];
      text += std::string(p[0]) + " " + kVerbs[(n * 7 + s) % 4] + " " + p[1] + " on Monday, officials said in statement " +
              std::to_string(n * 100 + s) + ". ";
    }
    std::string line = "{\"id\":\"" + prefix + std::to_string(n) + "\",\"title\":\"Story " + std::to_string(n) +
                       "\",\"published\":\"2024-03-04\",\"text\":\"" + text + "\"}\n";
    out << line;
    bytes += line.size();
  }
  return n;
}

class ConcurrentIngestTest : public ::testing::Test {
 protected:
  pid_t Start(const std::string& name, std::vector<std::string> args) {
    args.insert(args.begin(), DYAD_BINARY);
    ProcessOptions options;
    options.cwd = dir_.path();
    options.unset = {"DYAD_DB", "DYAD_DATA"};
    return testing::Spawn(args, options, dir_.Path(name + ".out"), dir_.Path(name + ".err"));
  }
  ProcessResult Wait(const std::string& name, pid_t pid) {
    return testing::Wait(pid, dir_.Path(name + ".out"), dir_.Path(name + ".err"));
  }
  TempDir dir_;
};

// Before: "migration 1 failed: table documents already exists", and the
// story of the process that lost the race was not stored.
TEST_F(ConcurrentIngestTest, IngestsStartedAtOnceIntoANewStoreAllStoreTheirStories) {
  constexpr int kProcesses = 4;
  std::string db = dir_.Path("new.db");
  size_t total = 0;
  std::vector<pid_t> pids;
  for (int i = 0; i < kProcesses; ++i) {
    std::string name = "p" + std::to_string(i);
    total += WriteStories(dir_.Path(name + ".jsonl"), name + "-", 4);
  }
  for (int i = 0; i < kProcesses; ++i) {
    std::string name = "p" + std::to_string(i);
    pids.push_back(Start(name, {"ingest", "--quiet", "--db", db, dir_.Path(name + ".jsonl")}));
  }
  for (int i = 0; i < kProcesses; ++i) {
    ProcessResult r = Wait("p" + std::to_string(i), pids[static_cast<size_t>(i)]);
    EXPECT_EQ(r.exit_code, 0) << "process " << i << ": " << r.err;
  }
  EXPECT_EQ(CommittedDocuments(db), static_cast<int64_t>(total));
}

// The long ingest must outlast the short one by far: 10 MB take ~5 s. Under
// ASan coding is ~10x slower (10 MB took 390 s of CI), so 1 MB lasts as long.
#if defined(__SANITIZE_ADDRESS__)
constexpr size_t kLongIngestKb = 1 << 10;
#else
constexpr size_t kLongIngestKb = 10 << 10;
#endif

// Before: the short one failed after 5 s with "database is locked", since the
// long one held the write lock from its start to its end.
TEST_F(ConcurrentIngestTest, AShortIngestBesideALongOneBothSucceed) {
  std::string db = dir_.Path("shared.db");
  size_t long_stories = WriteStories(dir_.Path("long.jsonl"), "long-", kLongIngestKb);
  size_t short_stories = WriteStories(dir_.Path("short.jsonl"), "short-", 40);
  pid_t long_pid = Start("long", {"ingest", "--quiet", "--threads", "2", "--db", db, dir_.Path("long.jsonl")});
  ASSERT_GT(long_pid, 0);
  // Once the long ingest has made the schema, it is coding and writing.
  for (int i = 0; i < 600 && CommittedDocuments(db) < 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  auto start = std::chrono::steady_clock::now();
  ProcessResult short_run = Wait("short", Start("short", {"ingest", "--db", db, dir_.Path("short.jsonl")}));
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  int status = 0;
  bool long_was_running = ::waitpid(long_pid, &status, WNOHANG) == 0;
  std::fprintf(stderr, "short ingest took %.1f s, %s the long one\n", seconds,
               long_was_running ? "beside" : "after the end of");
  ProcessResult long_run;
  if (long_was_running) {
    long_run = Wait("long", long_pid);
  } else {
    long_run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    long_run.err = testing::SlurpFile(dir_.Path("long.err"));
  }
  EXPECT_EQ(short_run.exit_code, 0) << short_run.err;
  EXPECT_NE(short_run.err.find(std::to_string(short_stories) + " added"), std::string::npos) << short_run.err;
  EXPECT_EQ(long_run.exit_code, 0) << long_run.err;
  EXPECT_EQ(CommittedDocuments(db), static_cast<int64_t>(long_stories + short_stories));
}

TEST_F(ConcurrentIngestTest, ReadOnlyStoreRefusesIngestNamingItAndServesReaders) {
  std::filesystem::create_directory(dir_.Path("ro"));
  std::string db = dir_.Path("ro/x.db");
  WriteStories(dir_.Path("a.jsonl"), "a-", 2);
  WriteStories(dir_.Path("b.jsonl"), "b-", 2);
  ProcessResult first = Wait("first", Start("first", {"ingest", "--quiet", "--db", db, dir_.Path("a.jsonl")}));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  testing::ReadOnly read_only;
  std::string why;
  if (!read_only.Make(dir_.Path("ro"), &why) || !read_only.Make(db, &why)) GTEST_SKIP() << why;

  ProcessResult refused = Wait("refused", Start("refused", {"ingest", "--db", db, dir_.Path("b.jsonl")}));
  EXPECT_EQ(refused.exit_code, 1);
  EXPECT_NE(refused.err.find(db + ": cannot write (read-only file or directory): "), std::string::npos)
      << refused.err;
  ProcessResult events = Wait("events", Start("events", {"events", "--db", db}));
  EXPECT_EQ(events.exit_code, 0) << events.err;
  EXPECT_NE(events.out.find("\"doc\":\"a-1\""), std::string::npos) << events.out.substr(0, 300);
}

}  // namespace
}  // namespace dyad
