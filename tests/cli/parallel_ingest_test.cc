// Parallel ingest writes exactly what one thread writes: the same documents,
// the same events merged the same way, byte for byte in the export.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "testing/run_process.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string Export(const testing::TempDir& scratch, const std::string& db, const char* format) {
  auto r = testing::Run({DYAD_BINARY, "events", "--db", db, "--format", format}, {}, scratch.path());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.out;
}

TEST(ParallelIngestTest, FourThreadsExportTheSameBytesAsOne) {
  testing::TempDir dir, scratch;
  // A corpus of every story the repository has, several times over under
  // other ids, so that stories also merge across documents.
  fs::path corpus = fs::path(dir.path()) / "corpus";
  fs::create_directories(corpus);
  int n = 0;
  for (const char* sub : {"tests/golden/eval/stories", "data/samples"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(DYAD_SOURCE_DIR) / sub)) {
      if (!e.is_regular_file()) continue;
      for (int copy = 0; copy < 3; ++copy) {
        fs::path to = corpus / (std::to_string(copy) + "_" + e.path().filename().string());
        fs::copy_file(e.path(), to, fs::copy_options::overwrite_existing);
        ++n;
      }
    }
  }
  ASSERT_GT(n, 100);
  testing::StoreLocation one_store(dir, "one.db"), four_store(dir, "four.db");  // also on PostgreSQL
  const std::string one = one_store, four = four_store;
  auto r1 = testing::Run({DYAD_BINARY, "ingest", "--quiet", "--threads", "1", "--db", one, corpus.string()}, {},
                         scratch.path());
  ASSERT_EQ(r1.exit_code, 0) << r1.err;
  auto r4 = testing::Run({DYAD_BINARY, "ingest", "--quiet", "--threads", "4", "--db", four, corpus.string()}, {},
                         scratch.path());
  ASSERT_EQ(r4.exit_code, 0) << r4.err;
  std::string a = Export(scratch, one, "jsonl"), b = Export(scratch, four, "jsonl");
  EXPECT_FALSE(a.empty());
  EXPECT_EQ(a, b);
  EXPECT_EQ(Export(scratch, one, "csv"), Export(scratch, four, "csv"));

  // The store keeps no unique index on event ids: they must be unique by
  // construction, across copies of the same story under other ids too.
  std::set<std::string> ids;
  size_t lines = 0;
  for (size_t at = 0; at < a.size(); at = a.find('\n', at) + 1) {
    ++lines;
    size_t begin = a.find("\"event_id\":\"", at) + 12;
    ids.insert(a.substr(begin, a.find('"', begin) - begin));
  }
  EXPECT_EQ(ids.size(), lines);
}

}  // namespace
}  // namespace dyad
