#include "store/database.h"

#include <unordered_map>

#include "store/postgres.h"
#include "store/sqlite.h"

namespace dyad {

Status Statement::Run() {
  while (Step()) {
  }
  Status s = status_;
  Reset();
  return s;
}

bool IsPostgresUri(std::string_view location) {
  return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

struct Database::Cache {
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements;
};

Database::Database(std::string path) : path_(std::move(path)), cache_(std::make_unique<Cache>()) {}

Database::~Database() = default;

void Database::ClearCache() { cache_->statements.clear(); }

Result<std::unique_ptr<Database>> Database::Open(const std::string& location, bool create, bool read_only) {
  if (IsPostgresUri(location)) return OpenPostgres(location, read_only);
  return OpenSqlite(location, create, read_only);
}

Status Database::Commit() {
  for (auto& [sql, statement] : cache_->statements) statement->Reset();
  return CommitTransaction();
}

Statement* Database::CachedAs(std::string_view sql, const std::function<Result<Statement>(std::string_view)>& make) {
  auto& slot = cache_->statements[std::string(sql)];
  if (!slot) {
    Result<Statement> st = make(sql);
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
