// A thin RAII wrapper over SQLite: a connection and prepared statements, with
// failures as Status. Nothing here knows dyad's schema.
//
// Thread safety: a Database and its Statements belong to one thread at a time.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt, &sqlite3_finalize) {}

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
  Status status_;
};

class Database {
 public:
  // Opens (creating when `create`) the database at `path` in WAL mode.
  // IoError names the path.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool create, bool read_only = false);
  ~Database();

  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // A cached statement for hot paths: prepared once per SQL text, reset on return.
  Statement* Cached(std::string_view sql);

  Status Begin() { return Exec("BEGIN IMMEDIATE"); }
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
  sqlite3* db_;
  std::string path_;
  struct Cache;
  std::unique_ptr<Cache> cache_;
};

}  // namespace dyad
