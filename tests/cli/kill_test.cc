// A kill at any moment of an ingest leaves only whole documents: SIGKILL the
// binary part-way through a large batch, then check the database.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "testing/committed_documents.h"
#include "testing/run_process.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::CommittedDocuments;
using testing::ProcessOptions;
using testing::TempDir;

// About `megabytes` MB of JSON Lines stories; returns how many.
size_t WriteStories(const std::string& path, size_t megabytes) {
  static const char* kPairs[][2] = {{"Japan", "China"},     {"Viet Nam", "Laos"},   {"India", "Russia"},
                                    {"Indonesia", "Malaysia"}, {"Chile", "Peru"},     {"Kenya", "Ethiopia"},
                                    {"Poland", "Ukraine"},   {"Brazil", "Argentina"}, {"Egypt", "Sudan"}};
  static const char* kVerbs[] = {"held talks with", "protested to", "signed a trade pact with", "hosted envoys from",
                                 "criticised", "sent condolences to", "praised", "agreed to cooperate with"};
  std::ofstream out(path, std::ios::binary);
  size_t n = 0, bytes = 0;
  while (bytes < megabytes << 20) {
    ++n;
    std::string text;
    size_t sentences = 8 + n % 30;
    for (size_t s = 0; s < sentences; ++s) {
      const auto& p = kPairs[(n + s) % 9];
      text += std::string(p[0]) + " " + kVerbs[(n * 7 + s) % 8] + " " + p[1] + " on Monday, officials said in statement " +
              std::to_string(n * 100 + s) + ". ";
    }
    std::string line = "{\"id\":\"k" + std::to_string(n) + "\",\"title\":\"Story " + std::to_string(n) +
                       "\",\"published\":\"2024-03-04\",\"text\":\"" + text + "\"}\n";
    out << line;
    bytes += line.size();
  }
  return n;
}

int64_t QueryInt(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db) << " in " << sql;
  int64_t v = st != nullptr && sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  return v;
}

std::string QueryText(sqlite3* db, const char* sql) {
  sqlite3_stmt* st = nullptr;
  EXPECT_EQ(sqlite3_prepare_v2(db, sql, -1, &st, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  std::string v;
  if (st != nullptr && sqlite3_step(st) == SQLITE_ROW) v = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  return v;
}

TEST(KillTest, KilledIngestLeavesOnlyWholeDocuments) {
  TempDir dir;
  std::string stories = dir.Path("stories.jsonl");
  size_t total = WriteStories(stories, 30);
  std::string db_path = dir.Path("kill.db");

  ProcessOptions options;
  options.cwd = dir.path();
  pid_t pid = testing::Spawn({DYAD_BINARY, "ingest", "--quiet", "--db", db_path, stories}, options,
                             dir.Path("out1"), dir.Path("err1"));
  ASSERT_GT(pid, 0);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  // Kill in the middle of the batch after the first commit, so that the
  // database holds both committed documents and an unfinished transaction.
  // Up to two minutes: a loaded machine may take long to commit the first batch.
  for (int i = 0; i < 2400 && CommittedDocuments(db_path) <= 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  ASSERT_EQ(::kill(pid, SIGKILL), 0);
  testing::ProcessResult killed = testing::Wait(pid, dir.Path("out1"), dir.Path("err1"));
  ASSERT_EQ(killed.signal, SIGKILL) << "dyad finished 30 MB in under 300 ms: exit " << killed.exit_code << " "
                                     << killed.err;

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  EXPECT_EQ(QueryText(db, "PRAGMA integrity_check"), "ok");
  int64_t documents = QueryInt(db, "SELECT COUNT(*) FROM documents");
  std::fprintf(stderr, "kill test: %lld of %zu documents were committed before the kill\n",
               static_cast<long long>(documents), total);
  EXPECT_GT(documents, 0);
  EXPECT_LT(documents, static_cast<int64_t>(total));
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                         "(SELECT 1 FROM sentences s WHERE s.doc = d.id)"),
            0);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM documents WHERE rowid NOT IN (SELECT rowid FROM docs_fts)"), 0);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM docs_fts"), documents);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM sentences WHERE doc NOT IN (SELECT id FROM documents)"), 0);
  // Each stored document has all its sentences: 8-37 of them, numbered from 0 without gaps.
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM (SELECT doc, COUNT(*) n, MAX(idx) m FROM sentences GROUP BY doc) "
                         "WHERE n != m + 1 OR n < 8"),
            0);
  sqlite3_close(db);

  // A second ingest completes and stores everything.
  testing::ProcessResult again = testing::Run({DYAD_BINARY, "ingest", "--db", db_path, stories}, options, dir.path());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find(std::to_string(total) + " documents read"), std::string::npos) << again.err;
  ASSERT_EQ(sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM documents"), static_cast<int64_t>(total));
  EXPECT_EQ(QueryInt(db, "SELECT COUNT(*) FROM docs_fts"), static_cast<int64_t>(total));
  EXPECT_EQ(QueryText(db, "PRAGMA integrity_check"), "ok");
  sqlite3_close(db);
}

}  // namespace
}  // namespace dyad
