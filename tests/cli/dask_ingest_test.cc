// scripts/dask_ingest.py: stories coded on a Dask LocalCluster of two workers
// on loopback and loaded with `dyad load` give the store a single `dyad
// ingest` gives; and `dyad load` on its own.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "testing/run_process.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::ProcessOptions;
using testing::ProcessResult;
using testing::TempDir;

class DaskIngestTest : public ::testing::Test {
 protected:
  ProcessResult Run(std::vector<std::string> args) {
    ProcessOptions options;
    options.unset.push_back("DYAD_DATA");
    return testing::Run(args, options, scratch_.path());
  }
  ProcessResult Dyad(std::vector<std::string> args) {
    args.insert(args.begin(), DYAD_BINARY);
    return Run(args);
  }
  // Every reading command's output over `db`.
  std::string Exports(const std::string& db) {
    std::string out;
    for (std::vector<std::string> args : std::vector<std::vector<std::string>>{
             {"events", "--format", "jsonl"}, {"docs", "--format", "jsonl"}, {"actors"}, {"dyads"}}) {
      args.push_back("--db");
      args.push_back(db);
      ProcessResult r = Dyad(args);
      EXPECT_EQ(r.exit_code, 0) << r.err;
      out += r.out;
    }
    return out;
  }
  TempDir dir_, scratch_;
};

// Stories of its own: a JSON Lines file with and without ids (an id from the
// file and line then), cut into pieces, and plain text files beside it.
void WriteInputs(const TempDir& dir) {
  std::string lines;
  const char* stories[] = {
      "Vietnam and Laos signed an agreement on border trade in Vientiane on Monday.",
      "Chinese coast guard ships fired water cannon at a Philippine supply boat on Tuesday.",
      "Japan protested to China on Wednesday over the detention of a Japanese businessman.",
      "Thailand and Cambodia agreed to reopen a border checkpoint on Thursday.",
      "India and Russia held talks on defence production in New Delhi on Friday.",
      "Indonesia condemned Israel's air strikes on Gaza on Saturday.",
  };
  int k = 0;
  for (const char* text : stories) {
    ++k;
    std::string id = k % 2 == 0 ? "" : "\"id\": \"wire-" + std::to_string(k) + "\", ";
    lines += "{" + id + "\"published\": \"2024-05-0" + std::to_string(k) + "\", \"text\": \"" + text + "\"}\n";
  }
  dir.Write("in/feed.jsonl", lines);
  dir.Write("in/a-story.txt", "date 2024-06-03\n\nSouth Korea and the United States staged a combined air drill on Monday.\n");
  dir.Write("in/z-story.txt", "date 2024-06-04\n\nNorth Korea warned South Korea on Tuesday against further drills.\n");
}

TEST_F(DaskIngestTest, LoadStoresCodedStoriesAsIngestStoresTheStories) {
  WriteInputs(dir_);
  ProcessResult coded = Dyad({"code", "--stories", "--threads", "2", dir_.Path("in")});
  ASSERT_EQ(coded.exit_code, 0) << coded.err;
  dir_.Write("coded.jsonl", coded.out + "not json\n{\"dyad_story\": 99}\n");
  ProcessResult load = Dyad({"load", "--db", dir_.Path("loaded.db"), dir_.Path("coded.jsonl")});
  EXPECT_EQ(load.exit_code, 1);  // two lines rejected, each named; the rest stored
  EXPECT_NE(load.err.find("coded.jsonl:9: not a JSON object"), std::string::npos) << load.err;
  EXPECT_NE(load.err.find("coded.jsonl:10: coded story version 99"), std::string::npos) << load.err;
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", dir_.Path("ingested.db"), dir_.Path("in")}).exit_code, 0);
  EXPECT_EQ(Exports(dir_.Path("loaded.db")), Exports(dir_.Path("ingested.db")));
  ProcessResult again = Dyad({"load", "--db", dir_.Path("loaded.db"), dir_.Path("coded.jsonl")});
  EXPECT_NE(again.err.find("0 added, 0 replaced, 8 unchanged"), std::string::npos) << again.err;
}

// A piece of a JSON Lines file on stdin, named by --origin and --first-line,
// is coded as the same lines of the file are: the ids of stories without one
// come from the file's name and the line.
TEST_F(DaskIngestTest, APieceOfAFileOnStdinIsCodedAsInTheFile) {
  WriteInputs(dir_);
  ProcessResult whole = Dyad({"code", dir_.Path("in/feed.jsonl")});
  ASSERT_EQ(whole.exit_code, 0) << whole.err;
  EXPECT_NE(whole.out.find("\"doc\":\"feed-4\""), std::string::npos);
  std::string tail;
  std::ifstream in(dir_.Path("in/feed.jsonl"));
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    if (++n >= 4) tail += line + "\n";
  }
  dir_.Write("tail.jsonl", tail);
  ProcessOptions options;
  options.unset.push_back("DYAD_DATA");
  options.stdin_path = dir_.Path("tail.jsonl");
  ProcessResult piece = testing::Run({DYAD_BINARY, "code", "--origin", dir_.Path("in/feed.jsonl"), "--first-line", "4"},
                                     options, scratch_.path());
  ASSERT_EQ(piece.exit_code, 0) << piece.err;
  ASSERT_FALSE(piece.out.empty());
  EXPECT_NE(whole.out.find(piece.out), std::string::npos) << piece.out;
}

TEST_F(DaskIngestTest, TwoWorkersOnLoopbackGiveTheEventsOfOneIngest) {
  if (Run({"/usr/bin/python3", "-c", "import distributed"}).exit_code != 0) {
    GTEST_SKIP() << "Debian's python3-distributed is not installed (scripts/install-deps.sh installs it)";
  }
  WriteInputs(dir_);
  // Tiny partitions: the JSON Lines file is cut between lines, each text file
  // is a task of its own, and results arrive out of order.
  ProcessResult dask = Run({"/usr/bin/python3", std::string(DYAD_SOURCE_DIR) + "/scripts/dask_ingest.py", "--workers",
                            "2", "--partition-mb", "0.0002", "--dyad", DYAD_BINARY, "--db", dir_.Path("dask.db"),
                            dir_.Path("in")});
  ASSERT_EQ(dask.exit_code, 0) << dask.err;
  EXPECT_NE(dask.err.find("8 documents read: 8 added"), std::string::npos) << dask.err;
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", dir_.Path("one.db"), dir_.Path("in")}).exit_code, 0);
  EXPECT_EQ(Exports(dir_.Path("dask.db")), Exports(dir_.Path("one.db")));
}

}  // namespace
}  // namespace dyad
