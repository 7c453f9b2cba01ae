// What another process sees of a store while dyad writes it: the tests of
// concurrent and killed ingests poll it.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>

namespace dyad::testing {

// Documents a reader sees committed in the store at `path` now; -1 while it
// has no schema yet (or cannot be opened).
inline int64_t CommittedDocuments(const std::string& path) {
  sqlite3* db = nullptr;
  int64_t n = -1;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 1000);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT COUNT(*) FROM documents", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
      n = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return n;
}

}  // namespace dyad::testing
