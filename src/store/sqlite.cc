#include "store/sqlite.h"

#include <mutex>
#include <unordered_map>

namespace dyad {

struct Database::Cache {
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements;
};

Statement& Statement::Bind(int index, std::string_view value) {
  sqlite3_bind_text(stmt_.get(), index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::BindRef(int index, std::string_view value) {
  sqlite3_bind_text(stmt_.get(), index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
  return *this;
}
Statement& Statement::BindOptionalRef(int index, std::string_view value) {
  return value.empty() ? BindNull(index) : BindRef(index, value);
}
Statement& Statement::Bind(int index, int64_t value) {
  sqlite3_bind_int64(stmt_.get(), index, value);
  return *this;
}
Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_.get(), index, value);
  return *this;
}
Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_.get(), index);
  return *this;
}
Statement& Statement::BindOptional(int index, std::string_view value) {
  return value.empty() ? BindNull(index) : Bind(index, value);
}

bool Statement::Step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = Status::IoError(std::string("sqlite: ") + sqlite3_errmsg(db_));
  return false;
}

Status Statement::Run() {
  while (Step()) {
  }
  Status s = status_;
  Reset();
  return s;
}

void Statement::Reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
  status_ = Status::Ok();
}

std::string Statement::ColumnText(int col) const {
  const unsigned char* t = sqlite3_column_text(stmt_.get(), col);
  if (t == nullptr) return "";
  return std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(stmt_.get(), col)));
}
int64_t Statement::ColumnInt(int col) const { return sqlite3_column_int64(stmt_.get(), col); }
double Statement::ColumnDouble(int col) const { return sqlite3_column_double(stmt_.get(), col); }
bool Statement::ColumnIsNull(int col) const { return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL; }

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, bool create, bool read_only) {
  // SQLite's memory statistics take a global mutex on every allocation, and
  // its allocations are a tenth of ingest's write path; dyad never reads
  // them. Only possible before SQLite initialises: later calls are ignored.
  static std::once_flag configure;
  std::call_once(configure, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0));
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::IoError(path + ": cannot open database: " + msg);
  }
  std::unique_ptr<Database> out(new Database(db, path));
  sqlite3_busy_timeout(db, 5000);
  if (!read_only) {
    // WAL with NORMAL sync: a commit is durable against a crash of dyad, and
    // a checkpoint every 512 MB of log rather than every 4 MB keeps fsyncs
    // rare during bulk ingest, and an index page rewritten by many batches
    // is copied into the store once per checkpoint, not once per batch (8 %
    // less CPU at 300 MB than with 128 MB). A 160 MB page cache keeps more of
    // the event indexes resident as they outgrow it (ingest's whole resident
    // memory stays near 200 MB).
    // 8 KB pages for a new store (the page size is fixed once the first
    // table exists): a story's text and its row fit more often in one page
    // and B-trees are shallower, for fewer log writes during ingest.
    DYAD_RETURN_IF_ERROR(out->Exec("PRAGMA page_size=8192"));
    Status s = out->Exec(
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=65536; "
        "PRAGMA cache_size=-163840;");
    if (!s.ok()) return Status::IoError(path + ": " + s.message());
  }
  // Foreign keys stay off: the store deletes a document's rows itself, and
  // enforcing them cost an index look-up per evidence row written.
  DYAD_RETURN_IF_ERROR(out->Exec("PRAGMA temp_store=MEMORY;"));
  // No memory map: mapped pages count as resident memory, and ingest's
  // readers would then grow with the store (2 GB at 1 GB of input).
  return out;
}

Database::Database(sqlite3* db, std::string path)
    : db_(db), path_(std::move(path)), cache_(std::make_unique<Cache>()) {}

Database::~Database() {
  cache_.reset();
  sqlite3_close(db_);
}

Status Database::Exec(std::string_view sql) {
  char* err = nullptr;
  std::string owned(sql);
  int rc = sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err != nullptr ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    return Status::IoError("sqlite: " + msg);
  }
  return Status::Ok();
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return Status::Internal(std::string("sqlite prepare: ") + sqlite3_errmsg(db_));
  return Statement(db_, stmt);
}

Status Database::Commit() {
  for (auto& [sql, statement] : cache_->statements) statement->Reset();
  return Exec("COMMIT");
}

Statement* Database::Cached(std::string_view sql) {
  auto& slot = cache_->statements[std::string(sql)];
  if (!slot) {
    Result<Statement> st = Prepare(sql);
    if (!st.ok()) {
      cache_->statements.erase(std::string(sql));
      return nullptr;
    }
    slot = std::make_unique<Statement>(std::move(st).value());
  }
  slot->Reset();
  return slot.get();
}

}  // namespace dyad
