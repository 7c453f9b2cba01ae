#include "store/postgres.h"

#include <cstdlib>
#include <optional>
#include <pqxx/pqxx>
#include <vector>

namespace dyad {
namespace {

// The advisory lock every write transaction holds: one writer at a time.
// (Session-level: see Begin.)
constexpr int64_t kWriteLock = 0x64796164;  // "dyad"

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

class PostgresDatabase;

// Rows a streamed statement fetches from its cursor at a time.
constexpr int kFetchRows = 1000;

// A prepared statement (the cached ones: look-ups and writes, whose results
// are small), or a streamed one (Database::Prepare's: the readers', whose
// results can be every event of the store): a cursor read kFetchRows rows at
// a time, so memory stays flat however large the store.
class PostgresStatement : public StatementImpl {
 public:
  PostgresStatement(PostgresDatabase* db, std::string name, std::string sql, int params, bool streamed)
      : db_(db), name_(std::move(name)), sql_(std::move(sql)), values_(static_cast<size_t>(params)), streamed_(streamed) {}
  ~PostgresStatement() override;

  void BindText(int index, std::string_view value, bool /*copy*/) override {
    if (Slot(index) != nullptr) *Slot(index) = std::string(value);
  }
  void BindInt(int index, int64_t value) override {
    if (Slot(index) != nullptr) *Slot(index) = std::to_string(value);
  }
  void BindDouble(int index, double value) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    if (Slot(index) != nullptr) *Slot(index) = buf;
  }
  void BindNull(int index) override {
    if (Slot(index) != nullptr) Slot(index)->reset();
  }
  bool Step(Status* status) override;
  void Reset() override;
  std::string ColumnText(int col) const override {
    const pqxx::field f = Field(col);
    return f.is_null() ? std::string() : std::string(f.c_str(), f.size());
  }
  int64_t ColumnInt(int col) const override {
    const pqxx::field f = Field(col);
    if (f.is_null()) return 0;
    const char* t = f.c_str();
    if (t[0] == 't' && t[1] == '\0') return 1;  // a boolean
    return std::strtoll(t, nullptr, 10);
  }
  double ColumnDouble(int col) const override {
    const pqxx::field f = Field(col);
    return f.is_null() ? 0.0 : std::strtod(f.c_str(), nullptr);
  }
  bool ColumnIsNull(int col) const override { return Field(col).is_null(); }

 private:
  std::optional<std::string>* Slot(int index) {
    return index >= 1 && static_cast<size_t>(index) <= values_.size() ? &values_[static_cast<size_t>(index - 1)] : nullptr;
  }
  pqxx::field Field(int col) const { return (*result_)[static_cast<pqxx::result::size_type>(row_)][col]; }

  PostgresDatabase* db_;
  std::string name_;  // the prepared statement's, or the cursor's
  std::string sql_;   // with PostgreSQL's placeholders
  std::vector<std::optional<std::string>> values_;
  const bool streamed_;
  bool cursor_open_ = false;
  std::optional<pqxx::result> result_;
  long row_ = 0;
};

class PostgresDatabase : public Database {
 public:
  PostgresDatabase(std::unique_ptr<pqxx::connection> conn, std::string path)
      : Database(std::move(path)), conn_(std::move(conn)), tx_(std::make_unique<pqxx::nontransaction>(*conn_)) {}
  ~PostgresDatabase() override {
    ClearCache();
    tx_.reset();
  }

  SqlDialect dialect() const override { return SqlDialect::kPostgres; }

  Status Exec(std::string_view sql) override {
    return Guard("", [&] { tx_->exec(std::string(sql)); });
  }

  Result<Statement> Prepare(std::string_view sql) override { return MakeStatement(sql, /*streamed=*/true); }
  Statement* Cached(std::string_view sql) override {
    return CachedAs(sql, [this](std::string_view text) { return MakeStatement(text, /*streamed=*/false); });
  }

  Result<Statement> MakeStatement(std::string_view sql, bool streamed) {
    int count = 0;
    std::string text = PostgresPlaceholders(sql, &count);
    std::string name = "dyad" + std::to_string(++statements_);
    if (!streamed) {
      Status s = Guard("cannot prepare a statement", [&] { conn_->prepare(name, text); });
      if (!s.ok()) return s;
    }
    return Statement(std::make_unique<PostgresStatement>(this, std::move(name), std::move(text), count, streamed));
  }

  // A cursor for `sql` with `params`, inside the write transaction if one is
  // open, else inside a read transaction of the cursors' own (committed when
  // the last of them closes). Counted open even when it fails: the caller
  // closes it either way.
  Status OpenCursor(const std::string& name, const std::string& sql, const std::vector<const char*>& params) {
    const bool first = open_cursors_++ == 0;
    if (first && !writing_) {
      DYAD_RETURN_IF_ERROR(Exec("BEGIN"));
      reading_ = true;
    }
    return Guard("", [&] {
      tx_->exec_params("DECLARE " + name + " NO SCROLL CURSOR FOR " + sql,
                       pqxx::prepare::make_dynamic_params(params.begin(), params.end()));
    });
  }
  Status Fetch(const std::string& name, std::optional<pqxx::result>* rows) {
    return Guard("", [&] { *rows = tx_->exec("FETCH FORWARD " + std::to_string(kFetchRows) + " FROM " + name); });
  }
  void CloseCursor(const std::string& name) {
    (void)Exec("CLOSE " + name);
    if (--open_cursors_ == 0 && reading_) {
      reading_ = false;
      (void)Exec("COMMIT");  // a failed read's transaction is rolled back by it
    }
  }

  Status Error(std::string_view doing) const override {
    return Status::IoError(path_ + ": " + std::string(doing) + (last_error_.empty() ? "" : ": " + last_error_));
  }

  // The lock is a session lock taken before BEGIN, not a transaction lock
  // taken after it: a transaction that began before the previous writer
  // committed can keep seeing the catalogs as they were (a migration would
  // not see the tables the other process made).
  Status Begin() override {
    if (reading_) return Status::Internal(path_ + ": a write began while a read was still open");
    Status s = Exec("SET lock_timeout = '" + std::to_string(busy_timeout_.count()) + "ms'");
    if (s.ok()) s = Exec("SELECT pg_advisory_lock(" + std::to_string(kWriteLock) + ")");
    if (!s.ok()) {
      if (last_state_ == "55P03") {
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%g", static_cast<double>(busy_timeout_.count()) / 1000.0);
        return Status::IoError(path_ + " is locked by another writer (another dyad ingest?) for more than " + seconds +
                               " s; try again when it finishes");
      }
      return s;
    }
    s = Exec("BEGIN");
    if (!s.ok()) {
      Unlock();
      return s;
    }
    writing_ = true;
    return s;
  }

  void Rollback() override {
    (void)Exec("ROLLBACK");
    writing_ = false;
    Unlock();
  }

  Result<int64_t> RunInsert(Statement* st) override {
    if (!st->Step()) {
      Status s = st->status().ok() ? Error("the insert returned no rowid") : st->status();
      st->Reset();
      return s;
    }
    int64_t id = st->ColumnInt(0);
    st->Reset();
    return id;
  }

  // Runs `work`, turning libpqxx's exceptions into a Status naming the store.
  template <typename Work>
  Status Guard(std::string_view doing, Work&& work) {
    try {
      work();
      return Status::Ok();
    } catch (const pqxx::sql_error& e) {
      last_state_ = e.sqlstate();
      return Fail(doing, e.what());
    } catch (const std::exception& e) {
      last_state_.clear();
      return Fail(doing, e.what());
    }
  }

  pqxx::nontransaction& tx() { return *tx_; }
  pqxx::connection& connection() { return *conn_; }

 private:
  // After the 1st, 2nd, 4th, 8th … commit of this connection, the tables'
  // statistics are brought up to date: prepared statements plan once for
  // all, and a plan made while the store was nearly empty (a scan of the
  // events table rather than its index) would make every merge look-up of a
  // bulk ingest as slow as the table is large. ANALYZE invalidates such plans.
  Status CommitTransaction() override {
    Status s = Exec("COMMIT");
    writing_ = false;
    Unlock();
    if (!s.ok()) return s;
    ++commits_;
    if ((commits_ & (commits_ - 1)) == 0) (void)Exec("ANALYZE documents, annotations, events");
    return s;
  }
  void Unlock() { (void)Exec("SELECT pg_advisory_unlock(" + std::to_string(kWriteLock) + ")"); }

  Status Fail(std::string_view doing, std::string what) {
    while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) what.pop_back();
    last_error_ = what;
    return Status::IoError(path_ + ": " + (doing.empty() ? "" : std::string(doing) + ": ") + what);
  }

  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::nontransaction> tx_;
  int64_t statements_ = 0;
  uint64_t commits_ = 0;
  bool writing_ = false;  // between Begin and Commit or Rollback
  bool reading_ = false;  // the cursors' own transaction is open
  int open_cursors_ = 0;
  std::string last_error_, last_state_;
};

PostgresStatement::~PostgresStatement() {
  if (cursor_open_) db_->CloseCursor(name_);
  if (!streamed_) (void)db_->Guard("", [&] { db_->connection().unprepare(name_); });
}

void PostgresStatement::Reset() {
  for (auto& v : values_) v.reset();
  if (cursor_open_) db_->CloseCursor(name_);
  cursor_open_ = false;
  result_.reset();
  row_ = 0;
}

bool PostgresStatement::Step(Status* status) {
  if (!result_) {
    std::vector<const char*> params;
    params.reserve(values_.size());
    for (const auto& v : values_) params.push_back(v ? v->c_str() : nullptr);
    Status s;
    if (streamed_) {
      cursor_open_ = true;
      s = db_->OpenCursor(name_, sql_, params);
      if (s.ok()) s = db_->Fetch(name_, &result_);
    } else {
      s = db_->Guard("", [&] {
        result_ = db_->tx().exec_prepared(name_, pqxx::prepare::make_dynamic_params(params.begin(), params.end()));
      });
    }
    if (!s.ok()) {
      *status = s;
      return false;
    }
    row_ = 0;
  } else {
    ++row_;
    if (streamed_ && cursor_open_ && row_ == static_cast<long>(result_->size()) && row_ == kFetchRows) {
      Status s = db_->Fetch(name_, &result_);  // the next rows; none left: an empty result
      if (!s.ok()) {
        *status = s;
        return false;
      }
      row_ = 0;
    }
  }
  if (row_ < static_cast<long>(result_->size())) return true;
  if (cursor_open_) {  // done: the cursor (and its read transaction) closes now
    db_->CloseCursor(name_);
    cursor_open_ = false;
  }
  return false;
}

}  // namespace

std::string PostgresPlaceholders(std::string_view sql, int* count) {
  std::string out;
  out.reserve(sql.size() + 16);
  int largest = 0;
  char quote = 0;
  for (size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
      out.push_back(c);
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      out.push_back(c);
      continue;
    }
    if (c != '?') {
      out.push_back(c);
      continue;
    }
    int n = 0;
    size_t j = i + 1;
    while (j < sql.size() && IsDigit(sql[j])) n = n * 10 + (sql[j++] - '0');
    if (j == i + 1) n = largest + 1;
    largest = std::max(largest, n);
    out += "$" + std::to_string(n);
    i = j - 1;
  }
  *count = largest;
  return out;
}

std::string UriWithoutPassword(const std::string& uri) {
  std::string out = uri;
  size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    size_t begin = scheme + 3;
    size_t end = out.find_first_of("/?", begin);
    size_t at = out.rfind('@', end == std::string::npos ? out.size() : end);
    if (at != std::string::npos && at > begin) {
      size_t colon = out.find(':', begin);
      if (colon != std::string::npos && colon < at) out.erase(colon, at - colon);
    }
  }
  size_t q = out.find('?');
  if (q != std::string::npos) {
    std::string query = out.substr(q + 1), kept;
    for (size_t from = 0; from <= query.size();) {
      size_t amp = query.find('&', from);
      if (amp == std::string::npos) amp = query.size();
      std::string part = query.substr(from, amp - from);
      if (!part.empty() && part.rfind("password=", 0) != 0) kept += (kept.empty() ? "" : "&") + part;
      from = amp + 1;
    }
    out = out.substr(0, q) + (kept.empty() ? "" : "?" + kept);
  }
  return out;
}

Result<std::unique_ptr<Database>> OpenPostgres(const std::string& uri, bool read_only) {
  const std::string name = UriWithoutPassword(uri);
  try {
    auto conn = std::make_unique<pqxx::connection>(uri);
    auto db = std::make_unique<PostgresDatabase>(std::move(conn), name);
    // Messages in English and quiet notices; text compared byte by byte, as
    // SQLite does (dates and codes are compared as strings).
    Status s = db->Exec("SET client_min_messages = warning; SET lc_messages = 'C'");
    if (!s.ok()) s = db->Exec("SET client_min_messages = warning");
    if (s.ok() && read_only) s = db->Exec("SET default_transaction_read_only = on");
    if (!s.ok()) return s;
    return std::unique_ptr<Database>(std::move(db));
  } catch (const std::exception& e) {
    std::string what = e.what();
    while (!what.empty() && (what.back() == '\n' || what.back() == ' ')) what.pop_back();
    return Status::IoError(name + ": cannot connect: " + what);
  }
}

}  // namespace dyad
