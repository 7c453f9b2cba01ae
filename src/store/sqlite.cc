#include "store/sqlite.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "text/folding.h"

namespace dyad {
namespace {

// Errors of the operating system that mean "this file or directory cannot be
// written": permission bits, an immutable attribute, a read-only mount.
bool IsWriteRefused(int err) { return err == EACCES || err == EPERM || err == EROFS; }

// A "file:" URI for `path` with `query`: %, ? and # would otherwise be read
// as URI syntax.
std::string FileUri(const std::string& path, const char* query) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
      uri += buf;
    } else {
      uri += c;
    }
  }
  return uri + "?" + query;
}

std::string Seconds(std::chrono::milliseconds ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g s", static_cast<double>(ms.count()) / 1000.0);
  return buf;
}

// Why `rc` happened on `db`, with the system's reason when it has one:
// "unable to open database file (Permission denied)".
std::string Reason(sqlite3* db, int rc, std::string_view detail) {
  std::string reason(detail.empty() ? (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) : detail);
  int primary = rc & 0xff;
  int err = db != nullptr ? sqlite3_system_errno(db) : 0;
  if (err != 0 && (primary == SQLITE_CANTOPEN || primary == SQLITE_IOERR || primary == SQLITE_FULL)) {
    reason += std::string(" (") + std::strerror(err) + ")";
  }
  return reason;
}

// When the file system refuses to let this process write `path` or create
// files beside it (the -wal log, the -shm index), why: "" when it allows both.
// SQLite cannot tell: after a refused read-write open it retries read-only,
// and its error is then that of the retry.
std::string RefusalOf(const std::string& path) {
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  if (dir.empty()) dir = ".";
  if (::access(dir.c_str(), W_OK) != 0 && IsWriteRefused(errno)) {
    return "cannot create files in " + dir.string() + " (" + std::strerror(errno) + ")";
  }
  if (::access(path.c_str(), W_OK) != 0 && IsWriteRefused(errno)) {
    return "the file is not writable (" + std::string(std::strerror(errno)) + ")";
  }
  return "";
}

// Why writing `path` failed when the file, its directory or the file system
// refuses writes; "" for other failures.
std::string WriteRefusal(const std::string& path, sqlite3* db, int rc, std::string_view detail) {
  int primary = rc & 0xff;
  int err = db != nullptr ? sqlite3_system_errno(db) : 0;
  if (primary == SQLITE_READONLY) {
    std::string why = RefusalOf(path);
    return why.empty() ? Reason(db, rc, detail) : why;
  }
  if (primary != SQLITE_CANTOPEN && primary != SQLITE_IOERR && primary != SQLITE_PERM) return "";
  if (IsWriteRefused(err)) return Reason(db, rc, detail);
  return primary == SQLITE_CANTOPEN ? RefusalOf(path) : "";
}

}  // namespace

Status SqliteFailure(const std::string& path, sqlite3* db, int rc, std::string_view detail) {
  std::string refusal = WriteRefusal(path, db, rc, detail);
  if (!refusal.empty()) return Status::IoError(path + ": cannot write (read-only file or directory): " + refusal);
  int primary = rc & 0xff;
  std::string reason = Reason(db, rc, detail);
  if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) return Status::Corrupt(path + ": " + reason);
  return Status::IoError(path + ": " + reason);
}

// A prepared statement of `db`; `path` names the database in errors and
// outlives the statement.
class SqliteStatement : public StatementImpl {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt, const std::string* path) : db_(db), stmt_(stmt), path_(path) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }

  void BindText(int index, std::string_view value, bool copy) override {
    sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
  }
  void BindInt(int index, int64_t value) override { sqlite3_bind_int64(stmt_, index, value); }
  void BindDouble(int index, double value) override { sqlite3_bind_double(stmt_, index, value); }
  void BindNull(int index) override { sqlite3_bind_null(stmt_, index); }
  bool Step(Status* status) override {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) *status = SqliteFailure(*path_, db_, rc);
    return false;
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }
  std::string ColumnText(int col) const override {
    const unsigned char* t = sqlite3_column_text(stmt_, col);
    if (t == nullptr) return "";
    return std::string(reinterpret_cast<const char*>(t), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
  }
  int64_t ColumnInt(int col) const override { return sqlite3_column_int64(stmt_, col); }
  double ColumnDouble(int col) const override { return sqlite3_column_double(stmt_, col); }
  bool ColumnIsNull(int col) const override { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  const std::string* path_;
};


namespace {

// Opens `target` (a path, or a URI with SQLITE_OPEN_URI in `flags`); errors name `path`.
Result<sqlite3*> OpenConnection(const std::string& path, const std::string& target, int flags) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(target.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc == SQLITE_OK) return db;
  std::string refusal = (flags & SQLITE_OPEN_READWRITE) != 0 ? WriteRefusal(path, db, rc, {}) : "";
  Status s = !refusal.empty() ? Status::IoError(path + ": cannot write (read-only file or directory): " + refusal)
                              : Status::IoError(path + ": cannot open database: " + Reason(db, rc, {}));
  sqlite3_close(db);
  return s;
}

// Reads the schema, which a read-only connection in WAL mode does only once
// it has the log's index (the -shm file): the first statement is where a
// read-only directory shows.
int ProbeRead(sqlite3* db) {
  return sqlite3_exec(db, "SELECT COUNT(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
}

// True when nothing written is waiting in a -wal log beside `path`: then the
// database file alone is the whole, consistent store (the last connection to
// close checkpointed the log into it and removed it).
bool NoPendingLog(const std::string& path) {
  std::error_code ec;
  std::uintmax_t size = std::filesystem::file_size(path + "-wal", ec);
  return ec == std::errc::no_such_file_or_directory || (!ec && size == 0);
}

}  // namespace

Result<std::unique_ptr<Database>> OpenSqlite(const std::string& path, bool create, bool read_only) {
  // SQLite's memory statistics take a global mutex on every allocation, and
  // its allocations are a tenth of ingest's write path; dyad never reads
  // them. Only possible before SQLite initialises: later calls are ignored.
  static std::once_flag configure;
  std::call_once(configure, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0));
  Result<sqlite3*> db = OpenConnection(path, path, flags);
  if (!db.ok()) return db.status();
  std::unique_ptr<SqliteDatabase> out(new SqliteDatabase(*db, path));
  sqlite3_busy_handler(*db, &SqliteDatabase::OnBusy, out.get());
  if (read_only) {
    int rc = ProbeRead(out->db_);
    int primary = rc & 0xff;
    if ((primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN) && NoPendingLog(path)) {
      // A WAL reader needs the -shm index, which it cannot create in a
      // read-only directory. With no log pending the file is the whole store
      // and can be read as immutable (without locks or index); a writer that
      // starts later is not seen, and one can only start where this process
      // could not write.
      Result<sqlite3*> immutable = OpenConnection(path, FileUri(path, "immutable=1"), flags | SQLITE_OPEN_URI);
      if (!immutable.ok()) return immutable.status();
      out.reset(new SqliteDatabase(*immutable, path));
      sqlite3_busy_handler(*immutable, &SqliteDatabase::OnBusy, out.get());
      rc = ProbeRead(out->db_);
    }
    if (rc != SQLITE_OK) {
      Status s = SqliteFailure(path, out->db_, rc);
      if (s.code() == Status::Code::kCorrupt) return s;
      std::string refusal = WriteRefusal(path, out->db_, rc, {});
      return Status::IoError(path + ": cannot read: " + Reason(out->db_, rc, {}) +
                             (refusal.empty() ? "" : "; a reader of a store in WAL mode needs its -shm index, and " +
                                                         refusal));
    }
  } else {
    // A file the process may not write opens read-only without complaint;
    // say so now rather than at the first write.
    if (sqlite3_db_readonly(out->db_, "main") == 1) {
      return SqliteFailure(path, out->db_, SQLITE_READONLY, "the file is not writable");
    }
    // WAL with NORMAL sync: a commit is durable against a crash of dyad, and
    // a checkpoint every 512 MB of log rather than every 4 MB keeps fsyncs
    // rare during bulk ingest, and an index page rewritten by many batches
    // is copied into the store once per checkpoint, not once per batch (8 %
    // less CPU at 300 MB than with 128 MB). A 96 MB page cache keeps much of
    // the event indexes resident as they outgrow it: 160 MB did too, but with
    // the coder's dictionaries and model grown to ~120 MB it took ingest of
    // 100 MB to 361 MB resident (96: 277 MB, the same CPU; session 24).
    // 8 KB pages for a new store (the page size is fixed once the first
    // table exists): a story's text and its row fit more often in one page
    // and B-trees are shallower, for fewer log writes during ingest.
    DYAD_RETURN_IF_ERROR(out->Exec("PRAGMA page_size=8192"));
    // Switching a new file to WAL takes an exclusive lock, and SQLite does
    // not wait for one while it holds a shared lock (two processes doing so
    // would deadlock): a second process opening the same new file gets
    // SQLITE_BUSY at once, and tries again until the first has switched.
    // The pragma answers the mode it is in: not WAL if the switch failed.
    std::string mode;
    auto deadline = std::chrono::steady_clock::now() + out->busy_timeout_;
    for (bool switched = false; !switched;) {
      {  // the statement is finalized before waiting
        Result<Statement> wal = out->Prepare("PRAGMA journal_mode=WAL");
        if (!wal.ok()) return wal.status();
        mode = wal->Step() ? wal->ColumnText(0) : "";
        switched = wal->status().ok();
        bool busy = (sqlite3_extended_errcode(out->db_) & 0xff) == SQLITE_BUSY;
        if (!switched && (!busy || std::chrono::steady_clock::now() > deadline)) return wal->status();
      }
      if (!switched) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (mode != "wal") return Status::IoError(path + ": cannot use a write-ahead log (journal mode " + mode + ")");
    DYAD_RETURN_IF_ERROR(
        out->Exec("PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=65536; PRAGMA cache_size=-98304;"));
  }
  // Foreign keys stay off: the store deletes a document's rows itself, and
  // enforcing them cost an index look-up per evidence row written.
  DYAD_RETURN_IF_ERROR(out->Exec("PRAGMA temp_store=MEMORY;"));
  // No memory map: mapped pages count as resident memory, and ingest's
  // readers would then grow with the store (2 GB at 1 GB of input).
  return std::unique_ptr<Database>(std::move(out));
}

namespace {

// SQL's dyad_fold(text): lower case without diacritics ("Nguyễn" -> "nguyen"),
// so that a name is found however it is typed. NULL stays NULL.
void FoldFunction(sqlite3_context* ctx, int /*argc*/, sqlite3_value** argv) {
  const unsigned char* text = sqlite3_value_text(argv[0]);
  if (text == nullptr) {
    sqlite3_result_null(ctx);
    return;
  }
  std::string folded = FoldString(std::string_view(reinterpret_cast<const char*>(text),
                                                   static_cast<size_t>(sqlite3_value_bytes(argv[0]))));
  sqlite3_result_text(ctx, folded.data(), static_cast<int>(folded.size()), SQLITE_TRANSIENT);
}

}  // namespace

SqliteDatabase::SqliteDatabase(sqlite3* db, std::string path) : Database(std::move(path)), db_(db) {
  sqlite3_create_function_v2(db_, "dyad_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                             &FoldFunction, nullptr, nullptr, nullptr);
}

SqliteDatabase::~SqliteDatabase() {
  ClearCache();
  sqlite3_close(db_);
}

int SqliteDatabase::OnBusy(void* self, int calls) {
  auto* db = static_cast<SqliteDatabase*>(self);
  auto now = std::chrono::steady_clock::now();
  if (calls == 0) db->busy_since_ = now;
  if (now - db->busy_since_ >= db->busy_timeout_) return 0;
  std::this_thread::sleep_for(std::chrono::milliseconds(calls < 20 ? 1 : 2));
  return 1;
}

int SqliteDatabase::ExecCode(std::string_view sql, std::string* error) {
  char* err = nullptr;
  std::string owned(sql);
  int rc = sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) *error = err != nullptr ? err : sqlite3_errstr(rc);
  sqlite3_free(err);
  return rc;
}

Status SqliteDatabase::Exec(std::string_view sql) {
  std::string error;
  int rc = ExecCode(sql, &error);
  return rc == SQLITE_OK ? Status::Ok() : SqliteFailure(path_, db_, rc, error);
}

Status SqliteDatabase::Begin() {
  std::string error;
  int rc = ExecCode("BEGIN IMMEDIATE", &error);
  if (rc == SQLITE_OK) return Status::Ok();
  if ((rc & 0xff) == SQLITE_BUSY) {
    return Status::IoError(path_ + " is locked by another writer (another dyad ingest?) for more than " +
                           Seconds(busy_timeout_) + "; try again when it finishes");
  }
  return SqliteFailure(path_, db_, rc, error);
}

Status SqliteDatabase::Error(std::string_view doing) const {
  int rc = sqlite3_extended_errcode(db_);
  Status s = SqliteFailure(path_, db_, rc == SQLITE_OK ? SQLITE_ERROR : rc);
  if (s.code() == Status::Code::kCorrupt || !WriteRefusal(path_, db_, rc, {}).empty()) return s;
  return Status::IoError(path_ + ": " + std::string(doing) + ": " + Reason(db_, rc, {}));
}

Result<Statement> SqliteDatabase::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return SqliteFailure(path_, db_, rc);
  return Statement(std::make_unique<SqliteStatement>(db_, stmt, &path_));
}

}  // namespace dyad
