// A thin RAII wrapper over SQLite: a connection and prepared statements, with
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

namespace dyad {

// The Status for SQLite's result `rc` on `db` (null when the open itself
// failed), naming the database file `path`: "x.db: cannot write (read-only
// file or directory): ..." when the file, its directory or the file system
// refuses writes, kCorrupt for a damaged file or not a database, kIoError
// otherwise.
Status SqliteFailure(const std::string& path, sqlite3* db, int rc, std::string_view detail = {});

class Statement {
 public:
  Statement() = default;
  // `path` names the database in errors; it must outlive the statement.
  Statement(sqlite3* db, sqlite3_stmt* stmt, const std::string* path)
      : db_(db), stmt_(stmt, &sqlite3_finalize), path_(path) {}

  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindNull(int index);
  // Binds NULL for an empty string, the text otherwise.
  Statement& BindOptional(int index, std::string_view value);
  // As Bind and BindOptional, without SQLite's copy of the text: for the
  // write path's large and many fields. REQUIRES: `value` outlives the next
  // Step/Run (never a temporary).
  Statement& BindRef(int index, std::string_view value);
  Statement& BindOptionalRef(int index, std::string_view value);

  // Steps once: true when a row is available, false when done; errors go to
  // status(). Resets bindings on Reset().
  bool Step();
  Status Run();  // steps to completion
  void Reset();
  const Status& status() const { return status_; }

  std::string ColumnText(int col) const;
  int64_t ColumnInt(int col) const;
  double ColumnDouble(int col) const;
  bool ColumnIsNull(int col) const;

 private:
  sqlite3* db_ = nullptr;
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt_{nullptr, &sqlite3_finalize};
  const std::string* path_ = nullptr;
  Status status_;
};

class Database {
 public:
  // How long a writer waits for another process's write transaction (one
  // batch of another `dyad ingest`, at most ~2 s: see engine.cc) before giving
  // up with a message that says so.
  static constexpr std::chrono::milliseconds kBusyTimeout{60000};

  // Opens (creating when `create`) the database at `path` in WAL mode; the
  // set-up tolerates other processes opening the same new file at once.
  // Read-only opens also read a store on a read-only file or directory, where
  // SQLite cannot create the -shm file WAL readers need: when no writer has
  // the store open (no -wal log), the file is read as immutable. Failures
  // name the path and say why (a read-only file or directory, not a database).
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool create, bool read_only = false);
  ~Database();

  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // A cached statement for hot paths: prepared once per SQL text, reset on
  // return. Null when it cannot be prepared: then Error() says why.
  Statement* Cached(std::string_view sql);
  // The Status for the connection's last failure, naming the file; `doing`
  // says what failed ("cannot prepare the hash look-up").
  Status Error(std::string_view doing) const;

  // Takes the write lock (BEGIN IMMEDIATE), waiting up to the busy timeout
  // while another connection writes; then fails with "x.db is locked by
  // another writer ...; try again when it finishes".
  Status Begin();
  void SetBusyTimeout(std::chrono::milliseconds timeout) { busy_timeout_ = timeout; }
  // Resets every cached statement first: one left mid-result would keep a
  // read transaction open across the commit, and SQLite cannot checkpoint
  // the log past the snapshot it pins (the log then grows without bound).
  Status Commit();
  void Rollback() { (void)Exec("ROLLBACK"); }

  int64_t LastInsertRowId() const { return sqlite3_last_insert_rowid(db_); }
  int Changes() const { return sqlite3_changes(db_); }
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  Database(sqlite3* db, std::string path);
  // Waits a millisecond or two per call, so that a waiting writer notices a
  // free lock within a few milliseconds (SQLite's own handler sleeps 100 ms
  // at a time and would seldom see the gap between two batches of another
  // writer), until busy_timeout_ has passed since the first call.
  static int OnBusy(void* self, int calls);
  int ExecCode(std::string_view sql, std::string* error);
  sqlite3* db_;
  std::string path_;
  std::chrono::milliseconds busy_timeout_ = kBusyTimeout;
  std::chrono::steady_clock::time_point busy_since_;
  struct Cache;
  std::unique_ptr<Cache> cache_;
};

}  // namespace dyad
