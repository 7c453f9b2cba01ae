#include "store/schema.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <set>
#include <string>
#include <vector>

#include "store/document_store.h"
#include "store/sqlite.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::TempDir;

int64_t UserVersion(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
  int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

TEST(SchemaTest, MigrationsCreateTheSchemaAndSetUserVersion) {
  TempDir dir;
  std::string path = dir.Path("dyad.db");
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  Result<Statement> st =
      (*store)->database()->Prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')");
  ASSERT_TRUE(st.ok());
  std::set<std::string> tables;
  while (st->Step()) tables.insert(st->ColumnText(0));
  for (const char* t :
       {"documents", "sentences", "docs_fts", "annotations", "mentions", "events", "evidence", "actors"}) {
    EXPECT_TRUE(tables.count(t)) << "missing table " << t;
  }
  Result<Statement> v = (*store)->database()->Prepare("PRAGMA user_version");
  ASSERT_TRUE(v.ok());
  ASSERT_TRUE(v->Step());
  EXPECT_EQ(v->ColumnInt(0), LatestSchemaVersion());
  EXPECT_GE(LatestSchemaVersion(), 1);
}

// A store written before migration 2 keeps its sentences, mentions and
// evidence, now JSON on documents' and events' rows, still readable through
// views of the old shape.
TEST(SchemaTest, MigrationTwoKeepsSentencesMentionsAndEvidence) {
  TempDir dir;
  std::string path = dir.Path("v1.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    const char* v1 = R"sql(
      CREATE TABLE documents (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, text TEXT NOT NULL, published TEXT);
      CREATE TABLE sentences (doc TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
                              PRIMARY KEY (doc, idx)) WITHOUT ROWID;
      CREATE TABLE mentions (doc TEXT NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL,
                             end INTEGER NOT NULL, actor_id TEXT, name TEXT, country TEXT, code TEXT, role TEXT,
                             how TEXT);
      CREATE TABLE events (event_id TEXT PRIMARY KEY, first_doc TEXT NOT NULL, date TEXT, date_end TEXT,
                           date_precision TEXT, date_note TEXT, source_code TEXT, source_country TEXT,
                           source_name TEXT, source_actor TEXT, target_code TEXT, target_country TEXT,
                           target_name TEXT, target_actor TEXT, cameo TEXT NOT NULL, cameo_name TEXT,
                           root TEXT NOT NULL, goldstein REAL, quad_class INTEGER, plover TEXT, location TEXT,
                           dyad TEXT);
      CREATE INDEX events_merge ON events(source_country, target_country, root, date);
      CREATE TABLE evidence (event_id TEXT NOT NULL, doc TEXT NOT NULL, sentence INTEGER NOT NULL,
                             start INTEGER NOT NULL, end INTEGER NOT NULL);
      INSERT INTO events (event_id, first_doc, date, source_country, target_country, cameo, root, dyad)
        VALUES ('ev-1', 'a', '2024-03-04', 'KOR', 'JPN', '041', '04', 'JPN-KOR'),
               ('ev-2', 'a', NULL, 'JPN', 'KOR', '051', '05', 'JPN-KOR');
      INSERT INTO evidence VALUES ('ev-1', 'b', 0, 0, 8), ('ev-1', 'a', 0, 0, 20);
      INSERT INTO documents VALUES ('a', 1, 'Seoul thanked Tokyo. Tokyo replied.', '2024-03-05T08:00:00Z'),
                                   ('b', 2, 'Nothing.', NULL);
      INSERT INTO sentences VALUES ('a', 1, 21, 35), ('a', 0, 0, 20), ('b', 0, 0, 8);
      INSERT INTO mentions VALUES ('a', 1, 21, 26, 'JPN', 'Japan', 'JPN', 'JPN', NULL, 'capital'),
                                  ('a', 0, 0, 5, 'KOR', 'South Korea', 'KOR', 'KOR', NULL, 'capital');
      PRAGMA user_version = 1;)sql";
    ASSERT_EQ(sqlite3_exec(db, v1, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(UserVersion(path), LatestSchemaVersion());
  Result<Statement> st = (*store)->database()->Prepare(
      "SELECT doc || ':' || idx || ':' || start || '-' || end FROM sentences ORDER BY doc, idx");
  ASSERT_TRUE(st.ok());
  std::vector<std::string> rows;
  while (st->Step()) rows.push_back(st->ColumnText(0));
  EXPECT_EQ(rows, (std::vector<std::string>{"a:0:0-20", "a:1:21-35", "b:0:0-8"}));
  st = (*store)->database()->Prepare(
      "SELECT doc || ':' || sentence || ':' || start || ':' || name || ':' || IFNULL(role, '-') FROM mentions");
  ASSERT_TRUE(st.ok());
  rows.clear();
  while (st->Step()) rows.push_back(st->ColumnText(0));
  // In the order of the text, whatever order the rows were written in.
  EXPECT_EQ(rows, (std::vector<std::string>{"a:0:0:South Korea:-", "a:1:21:Japan:-"}));
  st = (*store)->database()->Prepare("SELECT event_id || ':' || doc || ':' || start || '-' || end FROM evidence");
  ASSERT_TRUE(st.ok());
  rows.clear();
  while (st->Step()) rows.push_back(st->ColumnText(0));
  EXPECT_EQ(rows, (std::vector<std::string>{"ev-1:a:0-20", "ev-1:b:0-8"}));  // in story order
  st = (*store)->database()->Prepare("SELECT events FROM annotations ORDER BY doc");
  ASSERT_TRUE(st.ok());
  rows.clear();
  while (st->Step()) rows.push_back(st->ColumnText(0));
  EXPECT_EQ(rows, (std::vector<std::string>{"[1]", "[1]"}));  // the event's rowid
  // Migration 3: an undated event takes its story's publication day, marked.
  st = (*store)->database()->Prepare(
      "SELECT event_id || ':' || date || ':' || date_source || ':' || IFNULL(date_precision, '-') FROM events ORDER BY event_id");
  ASSERT_TRUE(st.ok());
  rows.clear();
  while (st->Step()) rows.push_back(st->ColumnText(0));
  EXPECT_EQ(rows, (std::vector<std::string>{"ev-1:2024-03-04:text:-", "ev-2:2024-03-05:story:day"}));
}

TEST(SchemaTest, DatabaseIsInWalMode) {
  TempDir dir;
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(dir.Path("dyad.db"));
  ASSERT_TRUE(store.ok());
  Result<Statement> st = (*store)->database()->Prepare("PRAGMA journal_mode");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(st->Step());
  EXPECT_EQ(st->ColumnText(0), "wal");
}

TEST(SchemaTest, ReopeningDoesNotMigrateAgain) {
  TempDir dir;
  std::string path = dir.Path("dyad.db");
  ASSERT_TRUE(DocumentStore::Open(path).ok());
  Result<std::unique_ptr<DocumentStore>> again = DocumentStore::Open(path);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(UserVersion(path), LatestSchemaVersion());
}

TEST(SchemaTest, NewerSchemaVersionFailsCleanly) {
  TempDir dir;
  std::string path = dir.Path("future.db");
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    std::string sql = "CREATE TABLE future (x); PRAGMA user_version = " + std::to_string(LatestSchemaVersion() + 5);
    ASSERT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
  }
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(store.status().message().find(path), std::string::npos) << store.status().message();
  EXPECT_NE(store.status().message().find("newer"), std::string::npos) << store.status().message();
  // Nothing was changed.
  EXPECT_EQ(UserVersion(path), LatestSchemaVersion() + 5);
}

TEST(SchemaTest, OpeningAMissingDatabaseWithoutCreateFails) {
  TempDir dir;
  std::string path = dir.Path("absent.db");
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(path, /*create=*/false, /*read_only=*/true);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kIoError);
  EXPECT_NE(store.status().message().find(path), std::string::npos);
}

TEST(SchemaTest, NotADatabaseFailsCleanly) {
  TempDir dir;
  std::string path = dir.Write("junk.db", std::string(8192, 'x'));
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_FALSE(store.status().message().empty());
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// A store written before migration 6 (no documents.lang) read by this dyad:
// brought up to date on opening, then read.
TEST(SchemaTest, AStoreAnOlderDyadWroteIsUpgradedWhenOpenedForReading) {
  TempDir dir;
  std::string path = dir.Path("old.db");
  ASSERT_TRUE(DocumentStore::Open(path).ok());
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    const char* sql = "ALTER TABLE documents DROP COLUMN lang; PRAGMA user_version = 5";
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(path, /*create=*/false, /*read_only=*/true);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_TRUE((*store)->ListDocuments([](const DocumentInfo&) {}).ok());
  EXPECT_EQ(UserVersion(path), LatestSchemaVersion());
}

}  // namespace
}  // namespace dyad
