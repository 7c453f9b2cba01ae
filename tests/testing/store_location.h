// Test helper: where a test's store lives. Normally a SQLite file in the
// test's directory; when the test binary runs with DYAD_TEST_BACKEND=postgres
// (tests/CMakeLists.txt registers the backend-neutral suites a second time
// so), a fresh database on the test server $DYAD_TEST_PG (started by the
// `pg_server` fixture, tests/pg/pg_server.sh), dropped when the test ends.
//
// Thread safety: one StoreLocation per test.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <pqxx/pqxx>
#include <string>

#include "testing/temp_dir.h"

namespace dyad::testing {

// True when this run's stores are PostgreSQL databases.
inline bool PostgresBackend() {
  const char* backend = std::getenv("DYAD_TEST_BACKEND");
  return backend != nullptr && std::string(backend) == "postgres";
}

// The server's administrative URI ("postgresql://dyad@/dyad?host=DIR"), "" when unset.
inline std::string TestServerUri() {
  const char* uri = std::getenv("DYAD_TEST_PG");
  return uri != nullptr ? uri : "";
}

// `uri` naming database `name` instead of its own.
inline std::string WithDatabase(const std::string& uri, const std::string& name) {
  size_t scheme = uri.find("://");
  size_t slash = uri.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  if (slash == std::string::npos) return uri + "/" + name;
  size_t end = uri.find('?', slash);
  return uri.substr(0, slash + 1) + name + (end == std::string::npos ? "" : uri.substr(end));
}

// A new, empty database on the test server, dropped at destruction; uri()
// is "" (and a failure recorded) when the server cannot make one.
class PostgresDatabase {
 public:
  PostgresDatabase() {
    static std::atomic<int> serial{0};
    name_ = "t" + std::to_string(::getpid()) + "_" + std::to_string(serial++);
    const std::string admin = TestServerUri();
    if (admin.empty()) {
      ADD_FAILURE() << "DYAD_TEST_PG is not set: run this test through ctest (fixture pg_server)";
      return;
    }
    try {
      pqxx::connection c(admin);
      pqxx::nontransaction t(c);
      t.exec("DROP DATABASE IF EXISTS " + name_);
      t.exec("CREATE DATABASE " + name_);
      uri_ = WithDatabase(admin, name_);
    } catch (const std::exception& e) {
      ADD_FAILURE() << "cannot create a database on " << admin << ": " << e.what();
    }
  }
  ~PostgresDatabase() {
    if (uri_.empty()) return;
    try {
      pqxx::connection c(TestServerUri());
      pqxx::nontransaction t(c);
      t.exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (const std::exception&) {
      // The server stops at the end of the run and takes the database with it.
    }
  }
  PostgresDatabase(const PostgresDatabase&) = delete;
  PostgresDatabase& operator=(const PostgresDatabase&) = delete;

  const std::string& uri() const { return uri_; }

 private:
  std::string name_, uri_;
};

// A store for one test: `dir`/`file` normally, a fresh PostgreSQL database
// under DYAD_TEST_BACKEND=postgres.
class StoreLocation {
 public:
  StoreLocation(const TempDir& dir, const std::string& file) {
    if (PostgresBackend()) {
      pg_ = std::make_unique<PostgresDatabase>();
      location_ = pg_->uri();
    } else {
      location_ = dir.Path(file);
    }
  }
  const std::string& str() const { return location_; }
  operator const std::string&() const { return location_; }  // NOLINT: reads as the path it replaces

 private:
  std::unique_ptr<PostgresDatabase> pg_;
  std::string location_;
};

}  // namespace dyad::testing
