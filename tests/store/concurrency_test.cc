// Several connections writing one store, as two `dyad ingest` processes do:
// schema creation, waiting for another writer's batch, and the message when
// the wait is too long. SQLite locks connections of one process against
// each other as it locks processes, so threads stand in for processes here
// (tests/cli/concurrent_ingest_test.cc runs the processes).
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "store/document_store.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store_test_util.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::TempDir;

// Before: "migration 1 failed: table documents already exists" for all but one.
TEST(ConcurrencyTest, OpenersOfANewStoreAtOnceAllSucceed) {
  for (int round = 0; round < 5; ++round) {
    TempDir dir;
    std::string path = dir.Path("new.db");
    constexpr int kOpeners = 6;
    std::atomic<int> ready{0};
    std::vector<std::string> failures(kOpeners);
    std::vector<std::thread> threads;
    for (int i = 0; i < kOpeners; ++i) {
      threads.emplace_back([&, i] {
        ++ready;
        while (ready < kOpeners) std::this_thread::yield();
        Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(path);
        if (!store.ok()) {
          failures[i] = store.status().message();
          return;
        }
        Status s = (*store)->BeginBatch();
        if (s.ok()) {
          Result<PutOutcome> put = (*store)->Put(testing::Analyzed("doc" + std::to_string(i), "Story number one."));
          if (!put.ok()) s = put.status();
        }
        if (s.ok()) s = (*store)->CommitBatch();
        if (!s.ok()) failures[i] = s.message();
      });
    }
    for (std::thread& t : threads) t.join();
    for (int i = 0; i < kOpeners; ++i) EXPECT_EQ(failures[i], "") << "opener " << i << " in round " << round;
    Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(path, false, true);
    ASSERT_TRUE(store.ok()) << store.status().message();
    int documents = 0;
    ASSERT_TRUE((*store)->ListDocuments([&](const DocumentInfo&) { ++documents; }).ok());
    EXPECT_EQ(documents, kOpeners);
  }
}

TEST(ConcurrencyTest, BeginWaitsForAnotherWritersBatch) {
  TempDir dir;
  std::string path = dir.Path("t.db");
  Result<std::unique_ptr<Database>> first = Database::Open(path, true);
  Result<std::unique_ptr<Database>> second = Database::Open(path, true);
  ASSERT_TRUE(first.ok() && second.ok());
  ASSERT_TRUE((*first)->Exec("CREATE TABLE t (x)").ok());
  ASSERT_TRUE((*first)->Begin().ok());
  ASSERT_TRUE((*first)->Exec("INSERT INTO t VALUES (1)").ok());
  std::thread commit_later([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_TRUE((*first)->Commit().ok());
  });
  auto start = std::chrono::steady_clock::now();
  Status s = (*second)->Begin();  // waits for the first writer's commit
  auto waited = std::chrono::steady_clock::now() - start;
  commit_later.join();
  ASSERT_TRUE(s.ok()) << s.message();
  EXPECT_GE(waited, std::chrono::milliseconds(250));
  EXPECT_TRUE((*second)->Exec("INSERT INTO t VALUES (2)").ok());
  EXPECT_TRUE((*second)->Commit().ok());
}

TEST(ConcurrencyTest, LockedTooLongNamesTheFileAndSaysWhatToDo) {
  TempDir dir;
  std::string path = dir.Path("busy.db");
  Result<std::unique_ptr<Database>> holder = Database::Open(path, true);
  Result<std::unique_ptr<Database>> waiter = Database::Open(path, true);
  ASSERT_TRUE(holder.ok() && waiter.ok());
  ASSERT_TRUE((*holder)->Begin().ok());
  (*waiter)->SetBusyTimeout(std::chrono::milliseconds(200));
  Status s = (*waiter)->Begin();
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), path + " is locked by another writer (another dyad ingest?) for more than 0.2 s; "
                                "try again when it finishes");
  (*holder)->Rollback();
  EXPECT_TRUE((*waiter)->Begin().ok());
  (*waiter)->Rollback();
}

// Every failure of SQLite names the database file.
TEST(ConcurrencyTest, SqliteErrorsNameTheDatabase) {
  TempDir dir;
  std::string path = dir.Path("named.db");
  Result<std::unique_ptr<Database>> db = Database::Open(path, true);
  ASSERT_TRUE(db.ok());
  Status exec = (*db)->Exec("SELEKT 1");
  EXPECT_EQ(exec.message().rfind(path + ": ", 0), 0u) << exec.message();
  Result<Statement> prepare = (*db)->Prepare("SELECT * FROM no_such_table");
  ASSERT_FALSE(prepare.ok());
  EXPECT_EQ(prepare.status().message(), path + ": no such table: no_such_table");
  EXPECT_EQ((*db)->Cached("SELECT * FROM no_such_table"), nullptr);
  EXPECT_EQ((*db)->Error("cannot prepare the look-up").message(),
            path + ": cannot prepare the look-up: no such table: no_such_table");
  ASSERT_TRUE((*db)->Exec("CREATE TABLE u (x TEXT UNIQUE); INSERT INTO u VALUES ('a')").ok());
  Statement* insert = (*db)->Cached("INSERT INTO u VALUES ('a')");
  ASSERT_NE(insert, nullptr);
  Status step = insert->Run();
  EXPECT_EQ(step.message().rfind(path + ": UNIQUE", 0), 0u) << step.message();
  Result<std::unique_ptr<Database>> missing = Database::Open(dir.Path("no/such/dir.db"), true);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().message().rfind(dir.Path("no/such/dir.db") + ": cannot open database", 0), 0u)
      << missing.status().message();
}

}  // namespace
}  // namespace dyad
