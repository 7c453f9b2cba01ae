// The SQLite back end of Database: a connection and prepared statements, with
// failures as Status that name the database file. Nothing here knows dyad's
// schema.
//
// Thread safety: a Database and its Statements belong to one thread at a time.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "store/database.h"

namespace dyad {

// The Status for SQLite's result `rc` on `db` (null when the open itself
// failed), naming the database file `path`: "x.db: cannot write (read-only
// file or directory): ..." when the file, its directory or the file system
// refuses writes, kCorrupt for a damaged file or not a database, kIoError
// otherwise.
Status SqliteFailure(const std::string& path, sqlite3* db, int rc, std::string_view detail = {});

// Opens (creating when `create`) the SQLite store at `path` in WAL mode; the
// set-up tolerates other processes opening the same new file at once.
// Read-only opens also read a store on a read-only file or directory, where
// SQLite cannot create the -shm file WAL readers need: when no writer has
// the store open (no -wal log), the file is read as immutable. Failures
// name the path and say why (a read-only file or directory, not a database).
Result<std::unique_ptr<Database>> OpenSqlite(const std::string& path, bool create, bool read_only);

class SqliteDatabase : public Database {
 public:
  ~SqliteDatabase() override;

  SqlDialect dialect() const override { return SqlDialect::kSqlite; }
  Status Exec(std::string_view sql) override;
  Result<Statement> Prepare(std::string_view sql) override;
  Status Error(std::string_view doing) const override;
  // BEGIN IMMEDIATE: SQLite's one write lock.
  Status Begin() override;
  void Rollback() override { (void)Exec("ROLLBACK"); }
  Result<int64_t> RunInsert(Statement* st) override {
    Status s = st->Run();
    if (!s.ok()) return s;
    return sqlite3_last_insert_rowid(db_);
  }

 private:
  friend Result<std::unique_ptr<Database>> OpenSqlite(const std::string& path, bool create, bool read_only);
  SqliteDatabase(sqlite3* db, std::string path);
  Status CommitTransaction() override { return Exec("COMMIT"); }
  // Waits a millisecond or two per call, so that a waiting writer notices a
  // free lock within a few milliseconds (SQLite's own handler sleeps 100 ms
  // at a time and would seldom see the gap between two batches of another
  // writer), until busy_timeout_ has passed since the first call.
  static int OnBusy(void* self, int calls);
  int ExecCode(std::string_view sql, std::string* error);
  sqlite3* db_;
  std::chrono::steady_clock::time_point busy_since_;
};

}  // namespace dyad
