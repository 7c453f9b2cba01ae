// The SQLite wrapper's guarantees that the store's speed depends on.
#include "store/sqlite.h"

#include <gtest/gtest.h>

#include <string>

#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::TempDir;

TEST(SqliteTest, StatementsBindAndReadBack) {
  TempDir dir;
  Result<std::unique_ptr<Database>> db = Database::Open(dir.Path("t.db"), true);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)->Exec("CREATE TABLE t (a TEXT, b INTEGER, c REAL)").ok());
  Statement* ins = (*db)->Cached("INSERT INTO t VALUES (?, ?, ?)");
  ASSERT_NE(ins, nullptr);
  ins->Bind(1, std::string_view("Hà Nội")).Bind(2, int64_t{42}).Bind(3, 2.5);
  ASSERT_TRUE(ins->Run().ok());
  ins = (*db)->Cached("INSERT INTO t VALUES (?, ?, ?)");
  ins->BindOptional(1, "").BindNull(2).Bind(3, 0.0);
  ASSERT_TRUE(ins->Run().ok());
  Result<Statement> q = (*db)->Prepare("SELECT a, b, c FROM t ORDER BY rowid");
  ASSERT_TRUE(q.ok());
  ASSERT_TRUE(q->Step());
  EXPECT_EQ(q->ColumnText(0), "Hà Nội");
  EXPECT_EQ(q->ColumnInt(1), 42);
  EXPECT_EQ(q->ColumnDouble(2), 2.5);
  ASSERT_TRUE(q->Step());
  EXPECT_TRUE(q->ColumnIsNull(0));
  EXPECT_TRUE(q->ColumnIsNull(1));
  EXPECT_FALSE(q->Step());
  EXPECT_TRUE(q->status().ok());
}

TEST(SqliteTest, ErrorsComeBackAsStatus) {
  TempDir dir;
  Result<std::unique_ptr<Database>> db = Database::Open(dir.Path("t.db"), true);
  ASSERT_TRUE(db.ok());
  EXPECT_FALSE((*db)->Exec("SELEKT 1").ok());
  EXPECT_FALSE((*db)->Prepare("SELECT * FROM no_such_table").ok());
  EXPECT_EQ((*db)->Cached("SELECT * FROM no_such_table"), nullptr);
  ASSERT_TRUE((*db)->Exec("CREATE TABLE u (x TEXT UNIQUE)").ok());
  ASSERT_TRUE((*db)->Exec("INSERT INTO u VALUES ('a')").ok());
  Statement* ins = (*db)->Cached("INSERT INTO u VALUES (?)");
  ins->Bind(1, std::string_view("a"));
  Status s = ins->Run();
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("UNIQUE"), std::string::npos) << s.message();
}

// A cached statement left mid-result must not outlive the transaction: its
// read snapshot would keep every later checkpoint from completing, and the
// log would grow with the whole ingest (it once reached 6 GB for 300 MB).
TEST(SqliteTest, CommitEndsCachedReadsSoTheLogCanBeCheckpointed) {
  TempDir dir;
  std::string path = dir.Path("t.db");
  Result<std::unique_ptr<Database>> db = Database::Open(path, true);
  ASSERT_TRUE(db.ok()) << db.status().ToString();
  ASSERT_TRUE((*db)->Exec("CREATE TABLE t (x)").ok());
  ASSERT_TRUE((*db)->Begin().ok());
  ASSERT_TRUE((*db)->Exec("INSERT INTO t VALUES (1), (2), (3)").ok());
  Statement* read = (*db)->Cached("SELECT x FROM t");
  ASSERT_NE(read, nullptr);
  ASSERT_TRUE(read->Step());  // one row of three: still mid-result
  ASSERT_TRUE((*db)->Commit().ok());
  ASSERT_TRUE((*db)->Begin().ok());
  ASSERT_TRUE((*db)->Exec("INSERT INTO t VALUES (4)").ok());
  ASSERT_TRUE((*db)->Commit().ok());

  Result<std::unique_ptr<Database>> other = Database::Open(path, false);
  ASSERT_TRUE(other.ok());
  Result<Statement> checkpoint = (*other)->Prepare("PRAGMA wal_checkpoint(TRUNCATE)");
  ASSERT_TRUE(checkpoint.ok());
  ASSERT_TRUE(checkpoint->Step());
  EXPECT_EQ(checkpoint->ColumnInt(0), 0) << "a reader kept the checkpoint from completing";
  EXPECT_EQ(checkpoint->ColumnInt(1), 0) << "the log was not emptied";
}

TEST(SqliteTest, NewStoresUseEightKilobytePages) {
  TempDir dir;
  Result<std::unique_ptr<Database>> db = Database::Open(dir.Path("p.db"), true);
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE((*db)->Exec("CREATE TABLE t (x)").ok());
  Result<Statement> st = (*db)->Prepare("PRAGMA page_size");
  ASSERT_TRUE(st.ok());
  ASSERT_TRUE(st->Step());
  EXPECT_EQ(st->ColumnInt(0), 8192);
}

}  // namespace
}  // namespace dyad
