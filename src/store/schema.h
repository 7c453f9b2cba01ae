// dyad's database schema as numbered migrations, applied in order and
// recorded in PRAGMA user_version.
#pragma once

#include "store/database.h"

namespace dyad {

// Brings `db` to the newest schema in one write transaction, which waits for
// (and then sees the work of) another process migrating the same store.
// Corrupt when the database is newer than this binary.
Status MigrateSchema(Database* db);

// The schema version this binary writes.
int LatestSchemaVersion();

// The version `db` is at; Corrupt when it is newer than this binary.
Result<int> StoredSchemaVersion(Database* db);

}  // namespace dyad
