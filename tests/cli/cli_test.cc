// End-to-end tests: the built binary on real files in a temporary directory.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "testing/run_process.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using nlohmann::json;
using testing::ProcessOptions;
using testing::ProcessResult;
using testing::TempDir;

class CliTest : public ::testing::Test {
 protected:
  // Runs `dyad args...` in the temporary directory, without $DYAD_DB/$DYAD_DATA.
  ProcessResult Dyad(std::vector<std::string> args, ProcessOptions options = {}) {
    args.insert(args.begin(), DYAD_BINARY);
    if (options.cwd.empty()) options.cwd = dir_.path();
    options.unset.push_back("DYAD_DB");
    options.unset.push_back("DYAD_DATA");
    return testing::Run(args, options, scratch_.path());
  }
  // `dyad docs --format jsonl` as objects keyed by id.
  std::map<std::string, json> Docs(const std::string& db) {
    ProcessResult r = Dyad({"docs", "--db", db, "--format", "jsonl"});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    std::map<std::string, json> out;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
      json j = json::parse(line);
      out[j["id"].get<std::string>()] = j;
    }
    return out;
  }
  std::string Db() const { return store_; }

  TempDir dir_;
  TempDir scratch_;
  testing::StoreLocation store_{dir_, "test.db"};  // also run on PostgreSQL (tests/pg/CMakeLists.txt)
};

std::string Str(const json& j, const char* key) { return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : ""; }

TEST_F(CliTest, SeedsAreStoredWithTheirMetadata) {
  std::string seeds = DYAD_SHARED_DIR "/seeds";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "no seed stories at " << seeds;
  ProcessResult r = Dyad({"ingest", "--db", Db(), seeds});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("5 added"), std::string::npos) << r.err;

  std::map<std::string, json> docs = Docs(Db());
  ASSERT_EQ(docs.size(), 5u);
  std::map<std::string, std::string> by_prefix;
  for (const auto& [id, j] : docs) by_prefix[id.substr(0, 3)] = id;
  ASSERT_EQ(by_prefix.size(), 5u);
  const json& d0 = docs[by_prefix["000"]];
  const json& d1 = docs[by_prefix["001"]];
  const json& d2 = docs[by_prefix["002"]];
  const json& d3 = docs[by_prefix["003"]];
  const json& d4 = docs[by_prefix["004"]];
  EXPECT_EQ(Str(d2, "published"), "2024-12-25");
  EXPECT_EQ(Str(d2, "published_from"), "date-line");
  EXPECT_EQ(Str(d3, "published"), "2024-10-12");
  EXPECT_EQ(Str(d3, "published_from"), "date-line");
  EXPECT_EQ(Str(d0, "dateline"), "HÀ NỘI");
  EXPECT_EQ(Str(d2, "dateline"), "HÀ NỘI");
  EXPECT_EQ(Str(d1, "dateline"), "BEIJING");
  EXPECT_EQ(Str(d1, "dateline_date"), "--02-09");
  EXPECT_EQ(Str(d0, "agency"), "VNA/VNS");
  EXPECT_EQ(Str(d1, "agency"), "Xinhua");
  EXPECT_EQ(Str(d2, "agency"), "VNS");
  EXPECT_EQ(Str(d3, "agency"), "Vietnamplus");
  EXPECT_EQ(Str(d4, "agency"), "CGTN");
  for (const auto& [id, j] : docs) EXPECT_GT(j["sentences"].get<int>(), 3) << id;

  // Ingesting again changes nothing.
  ProcessResult again = Dyad({"ingest", "--db", Db(), seeds});
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 added, 0 replaced, 5 unchanged"), std::string::npos) << again.err;
  EXPECT_EQ(Docs(Db()), docs);
}

TEST_F(CliTest, MixedBadBatchKeepsEveryGoodStory) {
  dir_.Write("in/story.txt", "MANILA (Reuters) - The Philippines protested to China on Monday.\n");
  dir_.Write("in/batch.jsonl",
             "{\"id\":\"j1\",\"text\":\"Japan and China held talks on Monday.\"}\n"
             "{\"id\":\"j2\",\"text\":\"broken line\n"
             "{\"id\":\"j3\",\"text\":\"Russia and India signed a pact on Tuesday.\"}\n");
  dir_.Write("in/latin1.txt", "Bras\xEDlia and Buenos Aires renewed a trade pact on Friday.");
  dir_.Write("in/empty.txt", "");
  std::string junk;
  for (int i = 0; i < 3000; ++i) junk.push_back(static_cast<char>((i * 131 + 7) % 256));
  dir_.Write("in/junk.html", junk);

  ProcessResult r = Dyad({"ingest", "--db", Db(), "in"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("in/batch.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("in/empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("in/junk.html"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("in/latin1.txt: warning: invalid UTF-8 at byte 4"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 inputs rejected, 1 warnings"), std::string::npos) << r.err;

  std::map<std::string, json> docs = Docs(Db());
  EXPECT_EQ(docs.size(), 4u);
  for (const char* id : {"story", "j1", "j3", "latin1"}) EXPECT_TRUE(docs.count(id)) << id;
  EXPECT_EQ(Str(docs["story"], "dateline"), "MANILA");
  EXPECT_EQ(Str(docs["story"], "agency"), "Reuters");
}

// 70,000 nested arrays crashed both commands (SIGSEGV in the JSON library's
// recursion) and lost the batch; now the line is one rejection.
TEST_F(CliTest, DeeplyNestedLineIsRejectedByIngestAndCode) {
  std::string deep = std::string(70000, '[') + std::string(70000, ']');
  std::string path = dir_.Write("in/deep.jsonl",
                                "{\"id\":\"j1\",\"text\":\"Japan and China held talks on Monday.\"}\n"
                                "{\"id\":\"deep\",\"text\":\"x\",\"extra\":" + deep + "}\n"
                                "{\"id\":\"j3\",\"text\":\"Russia and India signed a pact on Tuesday.\"}\n");
  ProcessResult r = Dyad({"ingest", "--db", Db(), "in/deep.jsonl"});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("in/deep.jsonl:2: nested deeper than 128 levels\n"), std::string::npos) << r.err;
  std::map<std::string, json> docs = Docs(Db());
  EXPECT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs.count("j1") && docs.count("j3"));

  ProcessOptions options;
  options.stdin_path = path;
  ProcessResult coded = Dyad({"code", "--threads", "2"}, options);
  EXPECT_EQ(coded.exit_code, 1) << coded.err;
  EXPECT_NE(coded.err.find("stdin:2: nested deeper than 128 levels\n"), std::string::npos) << coded.err;
  EXPECT_NE(coded.out.find("\"doc\":\"j3\""), std::string::npos) << coded.out;
}

TEST_F(CliTest, EveryProblemIsOneLineNamingTheInput) {
  dir_.Write("empty.txt", "\n\n");
  ProcessResult r = Dyad({"ingest", "--db", Db(), "empty.txt", "nowhere.txt"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("dyad ingest: empty.txt: empty file\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("dyad ingest: nowhere.txt: no such file or directory\n"), std::string::npos) << r.err;
}

TEST_F(CliTest, IngestIsIdempotentAndReplacesChangedStories) {
  dir_.Write("s/a.txt", "TOKYO — Japan and China held talks on Monday.");
  dir_.Write("s/b.txt", "SEOUL — South Korea and Japan held talks on Tuesday.");
  ProcessResult first = Dyad({"ingest", "--db", Db(), "s"});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("2 added, 0 replaced, 0 unchanged"), std::string::npos) << first.err;
  ProcessResult second = Dyad({"ingest", "--db", Db(), "s"});
  EXPECT_NE(second.err.find("0 added, 0 replaced, 2 unchanged"), std::string::npos) << second.err;
  dir_.Write("s/b.txt", "SEOUL — South Korea and Japan held talks on Wednesday.");
  ProcessResult third = Dyad({"ingest", "--db", Db(), "s"});
  EXPECT_NE(third.err.find("0 added, 1 replaced, 1 unchanged"), std::string::npos) << third.err;
  ProcessResult found = Dyad({"search", "--db", Db(), "Wednesday"});
  EXPECT_NE(found.out.find("b  "), std::string::npos) << found.out;
  ProcessResult gone = Dyad({"search", "--db", Db(), "Tuesday"});
  EXPECT_EQ(gone.out, "");
}

// Two inputs with one id in a single ingest: the later replaces the earlier,
// and the earlier story's loss is said with both origins (a warning: exit 0).
// Re-ingesting later is an update and says nothing.
TEST_F(CliTest, OneIdGivenTwiceInAnIngestIsAWarningNamingBothInputs) {
  dir_.Write("east.jsonl", "{\"id\":\"1\",\"text\":\"Kenya and Uganda held talks on Monday.\"}\n");
  dir_.Write("south.jsonl", "{\"id\":\"2\",\"text\":\"Peru and Chile met.\"}\n"
                            "{\"id\":\"1\",\"text\":\"Chile and Peru signed a fisheries deal.\"}\n");
  ProcessResult r = Dyad({"ingest", "--threads", "2", "--db", Db(), "east.jsonl", "south.jsonl"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("south.jsonl:2: warning: id \"1\" was already stored from east.jsonl:1 since this ingest "
                       "began; this story replaces it"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("2 added, 1 replaced"), std::string::npos) << r.err;
  dir_.Write("east.jsonl", "{\"id\":\"1\",\"text\":\"Kenya and Uganda held talks on Tuesday.\"}\n");
  ProcessResult update = Dyad({"ingest", "--db", Db(), "east.jsonl"});
  EXPECT_EQ(update.exit_code, 0) << update.err;
  EXPECT_EQ(update.err.find("warning:"), std::string::npos) << update.err;
  EXPECT_NE(update.err.find("0 added, 1 replaced"), std::string::npos) << update.err;
}

TEST_F(CliTest, StdinIsJsonLines) {
  std::string in = dir_.Write("stdin.jsonl",
                              "{\"text\":\"Cuba and Mexico met on Friday.\",\"published\":\"2024-05-03T10:00:00Z\"}\n"
                              "{\"id\":\"named\",\"text\":\"Chile and Peru met on Saturday.\"}\n");
  ProcessOptions options;
  options.stdin_path = in;
  ProcessResult r = Dyad({"ingest", "--db", Db(), "-"}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, json> docs = Docs(Db());
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_TRUE(docs.count("stdin-1"));
  EXPECT_EQ(Str(docs["stdin-1"], "published"), "2024-05-03");
  EXPECT_EQ(Str(docs["stdin-1"], "published_from"), "input");
  EXPECT_TRUE(docs.count("named"));
}

TEST_F(CliTest, DatabaseDefaultsToDyadDbOrDyadDbVariable) {
  dir_.Write("a.txt", "Fiji and Samoa met on Monday.");
  ProcessResult r = Dyad({"ingest", "--quiet", "a.txt"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_.Path("dyad.db")));

  ProcessOptions options;
  options.env.push_back("DYAD_DB=" + dir_.Path("from-env.db"));
  r = Dyad({"ingest", "--quiet", "a.txt"}, options);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(std::filesystem::exists(dir_.Path("from-env.db")));
  r = Dyad({"docs", "--format", "jsonl"}, options);
  EXPECT_NE(r.out.find("\"id\":\"a\""), std::string::npos) << r.out;
}

TEST_F(CliTest, QuietPrintsNothingAndNoProgressWhenNotATerminal) {
  dir_.Write("a.txt", "Kenya and Uganda met on Monday.");
  ProcessResult quiet = Dyad({"ingest", "--quiet", "--db", Db(), "a.txt"});
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(quiet.out, "");
  dir_.Write("b.txt", "Egypt and Sudan met on Monday.");
  ProcessResult loud = Dyad({"ingest", "--db", Db(), "b.txt"});
  EXPECT_EQ(loud.exit_code, 0);
  EXPECT_EQ(loud.err.find('\r'), std::string::npos) << loud.err;  // no progress line
  EXPECT_EQ(loud.err.rfind("dyad ingest: 1 documents read", 0), 0u) << loud.err;
}

// Runs `dyad args...` with stderr on a pseudo-terminal; returns what it wrote there.
std::string StderrOnTerminal(const std::string& cwd, std::vector<std::string> args) {
  int master = ::posix_openpt(O_RDWR | O_NOCTTY);
  EXPECT_GE(master, 0);
  if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) return "";
  std::string slave = ::ptsname(master);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, slave.c_str(), O_RDWR | O_NOCTTY, 0);
  args.insert(args.begin(), DYAD_BINARY);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  EXPECT_EQ(posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ), 0);
  posix_spawn_file_actions_destroy(&actions);
  std::string out;
  char buf[4096];
  for (;;) {  // read until the child has closed the terminal (EIO) or the pipe is empty
    ssize_t n = ::read(master, buf, sizeof buf);
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::close(master);
  return out;
}

TEST_F(CliTest, ProgressOnATerminalOnlyWithoutQuiet) {
  dir_.Write("a.txt", "Kenya and Uganda met on Monday.");
  std::string loud = StderrOnTerminal(dir_.path(), {"ingest", "--db", Db(), "a.txt"});
  EXPECT_NE(loud.find("\r\033[K"), std::string::npos) << loud;
  EXPECT_NE(loud.find("1 documents"), std::string::npos) << loud;
  EXPECT_NE(loud.find("MB/s"), std::string::npos) << loud;
  std::string quiet = StderrOnTerminal(dir_.path(), {"ingest", "--quiet", "--db", dir_.Path("q.db"), "a.txt"});
  EXPECT_EQ(quiet, "");
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(Dyad({}).exit_code, 2);
  ProcessResult unknown = Dyad({"frobnicate"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown command 'frobnicate'"), std::string::npos) << unknown.err;
  ProcessResult negative = Dyad({"events", "--db", Db(), "--limit", "-5"});
  EXPECT_EQ(negative.exit_code, 2);
  EXPECT_NE(negative.err.find("--limit"), std::string::npos) << negative.err;
  EXPECT_EQ(Dyad({"events", "--db", Db(), "--format", "csv", "--header"}).exit_code, 2);
  ProcessResult no_paths = Dyad({"ingest", "--db", Db()});
  EXPECT_EQ(no_paths.exit_code, 2);
  EXPECT_FALSE(no_paths.err.empty());
  EXPECT_EQ(Dyad({"ingest", "--no-such-flag", "x.txt"}).exit_code, 2);
  EXPECT_EQ(Dyad({"docs", "--format", "xml"}).exit_code, 2);
  EXPECT_EQ(Dyad({"search"}).exit_code, 2);
  EXPECT_EQ(Dyad({"events", "--from", "2024-1"}).exit_code, 2);
  EXPECT_EQ(Dyad({"events", "--dyad", "CHINA-VIETNAM"}).exit_code, 2);
  EXPECT_EQ(Dyad({"code", "--threads", "999"}).exit_code, 2);
  EXPECT_EQ(Dyad({"code", "--threads", "-1"}).exit_code, 2);
  EXPECT_FALSE(std::filesystem::exists(dir_.Path("dyad.db")));
}

TEST_F(CliTest, ImpossibleCalendarDatesAreUsageErrorsNamingTheOption) {
  for (const auto& [option, value] : {std::pair<std::string, std::string>{"--from", "2024-13-45"},
                                      {"--to", "2024-02-30"},
                                      {"--from", "2023-02-29"},
                                      {"--to", "2024-13"}}) {
    ProcessResult r = Dyad({"events", "--db", Db(), option, value});
    EXPECT_EQ(r.exit_code, 2) << option << " " << value;
    EXPECT_NE(r.err.find(option + " " + value), std::string::npos) << r.err;
  }
  // A real leap day passes the check and fails only on the missing store.
  ProcessResult leap = Dyad({"events", "--db", Db(), "--from", "2024-02-29"});
  EXPECT_EQ(leap.exit_code, 1) << leap.err;
}

TEST_F(CliTest, VersionNamesTheRelease) {
  ProcessResult r = Dyad({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("dyad ", 0), 0u) << r.out;
}

// dyad runs itself again so that mimalloc starts with huge pages
// (src/cli/main.cc); mimalloc's verbose start-up says which. The sanitizer
// build has no mimalloc and says nothing.
TEST_F(CliTest, TheHeapAsksForHugePagesUnlessTheUserSaysOtherwise) {
  ProcessOptions on;
  on.unset.push_back("MIMALLOC_LARGE_OS_PAGES");
  on.env.push_back("MIMALLOC_VERBOSE=1");
  ProcessResult r = Dyad({"--version"}, on);
  if (r.err.find("mimalloc:") == std::string::npos) GTEST_SKIP() << "this build does not link mimalloc";
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("dyad ", 0), 0u) << r.out;
  EXPECT_NE(r.err.find("option 'large_os_pages': 1"), std::string::npos) << r.err;
  ProcessOptions off = on;
  off.env.push_back("MIMALLOC_LARGE_OS_PAGES=0");
  r = Dyad({"--version"}, off);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.err.find("option 'large_os_pages': 0"), std::string::npos) << r.err;
}

TEST_F(CliTest, HelpExitsZero) {
  ProcessResult r = Dyad({"--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("ingest"), std::string::npos);
}

TEST_F(CliTest, ReadingAMissingDatabaseFailsWithoutCreatingIt) {
  ProcessResult r = Dyad({"docs", "--db", dir_.Path("none.db")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("none.db"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir_.Path("none.db")));
  EXPECT_EQ(Dyad({"events", "--db", dir_.Path("none.db")}).exit_code, 1);
  EXPECT_EQ(Dyad({"search", "--db", dir_.Path("none.db"), "x"}).exit_code, 1);
}

TEST_F(CliTest, SearchIsDiacriticInsensitiveWithSnippets) {
  dir_.Write("vn.txt", "HÀ NỘI — Lao and Vietnamese ministers met in Hà Nội on Monday.\n\nA visit to Đà Nẵng followed.");
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", Db(), "vn.txt"}).exit_code, 0);
  ProcessResult r = Dyad({"search", "--db", Db(), "Ha Noi"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("[HÀ NỘI]"), std::string::npos) << r.out;
  r = Dyad({"search", "--db", Db(), "--format", "jsonl", "Da Nang"});
  EXPECT_EQ(r.exit_code, 0);
  json hit = json::parse(r.out);
  EXPECT_EQ(hit["doc"], "vn");
  EXPECT_NE(hit["snippet"].get<std::string>().find("[Đà Nẵng]"), std::string::npos) << r.out;
}

TEST_F(CliTest, DocsTableAndEventsExport) {
  dir_.Write("w.txt", "WASHINGTON, Oct. 3, 2023 (AP) — The United States and Viet Nam agreed on Tuesday to expand trade.");
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", Db(), "w.txt"}).exit_code, 0);
  ProcessResult table = Dyad({"docs", "--db", Db()});
  EXPECT_EQ(table.exit_code, 0);
  EXPECT_EQ(table.out.rfind("id ", 0), 0u) << table.out;
  EXPECT_NE(table.out.find("2023-10-03 dateline  WASHINGTON"), std::string::npos) << table.out;
  for (const char* format : {"jsonl", "csv", "table"}) {
    ProcessResult events = Dyad({"events", "--db", Db(), "--format", format});
    EXPECT_EQ(events.exit_code, 0) << format << ": " << events.err;
  }
}

TEST_F(CliTest, SampleCorpusIngestsCleanly) {
  std::string samples = DYAD_SOURCE_DIR "/data/samples";
  if (std::filesystem::is_empty(samples)) GTEST_SKIP() << "no sample corpus yet";
  ProcessResult r = Dyad({"ingest", "--db", Db(), samples});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("0 inputs rejected, 0 warnings"), std::string::npos) << r.err;
  std::map<std::string, json> docs = Docs(Db());
  EXPECT_GE(docs.size(), 8u);
  for (const auto& [id, j] : docs) {
    EXPECT_FALSE(Str(j, "published").empty() && Str(j, "dateline").empty()) << id << " has neither date nor dateline";
    EXPECT_GE(j["sentences"].get<int>(), 2) << id;
  }
}

}  // namespace
}  // namespace dyad
