// The SQL connection the store is written against, with two back ends: an
// embedded SQLite file (sqlite.h) for one analyst, and a PostgreSQL server
// (postgres.h) that a team shares. Statements use SQLite's placeholders
// ("?", "?1"); the PostgreSQL back end rewrites them. Where the two dialects
// differ (JSON functions, full-text search), the store's code chooses by
// dialect(). Failures are Status values that name the store.
//
// Thread safety: a Database and its Statements belong to one thread at a time.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// One back end's prepared statement; Statement is the handle callers hold.
class StatementImpl {
 public:
  virtual ~StatementImpl() = default;
  // `copy` false: the caller keeps `value` alive until the next Step/Reset.
  virtual void BindText(int index, std::string_view value, bool copy) = 0;
  virtual void BindInt(int index, int64_t value) = 0;
  virtual void BindDouble(int index, double value) = 0;
  virtual void BindNull(int index) = 0;
  // True when a row is available; false when done or failed (then `status`).
  virtual bool Step(Status* status) = 0;
  // Ends the result and clears the bindings.
  virtual void Reset() = 0;
  virtual std::string ColumnText(int col) const = 0;
  virtual int64_t ColumnInt(int col) const = 0;
  virtual double ColumnDouble(int col) const = 0;
  virtual bool ColumnIsNull(int col) const = 0;
};

class Statement {
 public:
  Statement() = default;
  explicit Statement(std::unique_ptr<StatementImpl> impl) : impl_(std::move(impl)) {}

  Statement& Bind(int index, std::string_view value) { return impl_->BindText(index, value, true), *this; }
  Statement& Bind(int index, int64_t value) { return impl_->BindInt(index, value), *this; }
  Statement& Bind(int index, double value) { return impl_->BindDouble(index, value), *this; }
  Statement& BindNull(int index) { return impl_->BindNull(index), *this; }
  // Binds NULL for an empty string, the text otherwise.
  Statement& BindOptional(int index, std::string_view value) {
    return value.empty() ? BindNull(index) : Bind(index, value);
  }
  // As Bind and BindOptional, without a copy of the text: for the write
  // path's large and many fields. REQUIRES: `value` outlives the next
  // Step/Run (never a temporary).
  Statement& BindRef(int index, std::string_view value) { return impl_->BindText(index, value, false), *this; }
  Statement& BindOptionalRef(int index, std::string_view value) {
    return value.empty() ? BindNull(index) : BindRef(index, value);
  }

  // Steps once: true when a row is available, false when done; errors go to
  // status(). Reset() clears the bindings and the status.
  bool Step() { return status_.ok() && impl_->Step(&status_); }
  Status Run();  // steps to completion, then resets
  void Reset() {
    impl_->Reset();
    status_ = Status::Ok();
  }
  const Status& status() const { return status_; }

  std::string ColumnText(int col) const { return impl_->ColumnText(col); }
  int64_t ColumnInt(int col) const { return impl_->ColumnInt(col); }
  double ColumnDouble(int col) const { return impl_->ColumnDouble(col); }
  bool ColumnIsNull(int col) const { return impl_->ColumnIsNull(col); }

 private:
  std::unique_ptr<StatementImpl> impl_;
  Status status_;
};

enum class SqlDialect { kSqlite, kPostgres };

// True for a PostgreSQL connection URI ("postgresql://…", "postgres://…"):
// anything else given as --db is a SQLite file.
bool IsPostgresUri(std::string_view location);

class Database {
 public:
  // How long a writer waits for another process's write transaction (one
  // batch of another `dyad ingest`, at most ~2 s: see engine.cc) before giving
  // up with a message that says so.
  static constexpr std::chrono::milliseconds kBusyTimeout{60000};

  // Opens the store at `location`: a PostgreSQL URI, else a SQLite file
  // (created when `create`). Failures name the location and say why.
  static Result<std::unique_ptr<Database>> Open(const std::string& location, bool create, bool read_only = false);
  virtual ~Database();

  virtual SqlDialect dialect() const = 0;
  virtual Status Exec(std::string_view sql) = 0;
  virtual Result<Statement> Prepare(std::string_view sql) = 0;
  // A cached statement for hot paths: prepared once per SQL text, reset on
  // return. Null when it cannot be prepared: then Error() says why. Prepare's
  // statements may stream their rows (PostgreSQL); cached ones, run many
  // times for few rows, need not.
  virtual Statement* Cached(std::string_view sql) { return CachedAs(sql, [this](std::string_view s) { return Prepare(s); }); }
  // The Status for the connection's last failure, naming the store; `doing`
  // says what failed ("cannot prepare the hash look-up").
  virtual Status Error(std::string_view doing) const = 0;

  // Opens a write transaction holding the store's write lock, waiting up to
  // the busy timeout while another connection writes; then fails with "… is
  // locked by another writer …; try again when it finishes".
  virtual Status Begin() = 0;
  void SetBusyTimeout(std::chrono::milliseconds timeout) { busy_timeout_ = timeout; }
  // Resets every cached statement first: one left mid-result would keep a
  // read open across the commit (SQLite then cannot checkpoint its log).
  Status Commit();
  virtual void Rollback() = 0;

  // Runs the INSERT `st` and returns the rowid of the row it added. On
  // PostgreSQL the statement ends with "RETURNING rowid" (no second round
  // trip for the id).
  virtual Result<int64_t> RunInsert(Statement* st) = 0;
  // The store's name in messages: the file, or the URI without its password.
  const std::string& path() const { return path_; }

 protected:
  explicit Database(std::string path);
  virtual Status CommitTransaction() = 0;
  // Cached, making a missing statement with `make`.
  Statement* CachedAs(std::string_view sql, const std::function<Result<Statement>(std::string_view)>& make);
  // Drops the cached statements (before the connection closes).
  void ClearCache();

  std::string path_;
  std::chrono::milliseconds busy_timeout_ = kBusyTimeout;

 private:
  struct Cache;
  std::unique_ptr<Cache> cache_;
};

}  // namespace dyad
