// The PostgreSQL back end of Database, over libpqxx: a store a team shares on
// a server. Statements written for SQLite's placeholders ("?", "?3") are
// rewritten to PostgreSQL's ("$1", "$3") and prepared once per connection.
// A write transaction takes one advisory lock for the store, so that writers
// queue as they do on SQLite's file lock: merging a story's events with those
// already stored reads what the previous writer committed.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "store/database.h"

namespace dyad {

// Connects to the PostgreSQL server `uri` names. Failures name the URI
// without its password.
Result<std::unique_ptr<Database>> OpenPostgres(const std::string& uri, bool read_only);

// `sql` with SQLite's placeholders rewritten for PostgreSQL, outside quoted
// text: "?N" becomes "$N", a bare "?" one more than the largest so far.
// `count` receives the number of parameters.
std::string PostgresPlaceholders(std::string_view sql, int* count);

// `uri` without the password it may carry ("postgresql://u:secret@h/db" ->
// "postgresql://u@h/db"; "password=…" in the query is dropped).
std::string UriWithoutPassword(const std::string& uri);

}  // namespace dyad
