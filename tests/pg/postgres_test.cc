// The PostgreSQL store (src/store/postgres.*) against a real server: the
// `pg_server` fixture (tests/pg/pg_server.sh) starts one from Debian's
// packages and hands its URI over in $DYAD_TEST_PG; each test makes its own
// database. The backend-neutral suites of tests/store, tests/cli and tests/api
// run against it too (tests/CMakeLists.txt).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "store/database.h"
#include "store/document_store.h"
#include "store/postgres.h"
#include "store/schema.h"
#include "store/store_test_util.h"
#include "testing/run_process.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::Analyzed;
using testing::MustPut;
using testing::PostgresDatabase;
using testing::ProcessResult;
using testing::TempDir;

TEST(PostgresPlaceholdersTest, NumbersSqlitePlaceholdersOutsideQuotes) {
  int n = 0;
  EXPECT_EQ(PostgresPlaceholders("SELECT a FROM t WHERE b = ? AND c = ?", &n), "SELECT a FROM t WHERE b = $1 AND c = $2");
  EXPECT_EQ(n, 2);
  EXPECT_EQ(PostgresPlaceholders("UPDATE t SET a = ?2 WHERE id = ?1 AND x = '?' AND \"?\" = ?", &n),
            "UPDATE t SET a = $2 WHERE id = $1 AND x = '?' AND \"?\" = $3");
  EXPECT_EQ(n, 3);
  EXPECT_EQ(PostgresPlaceholders("SELECT 1", &n), "SELECT 1");
  EXPECT_EQ(n, 0);
}

TEST(UriWithoutPasswordTest, DropsThePasswordWhereverItIsWritten) {
  EXPECT_EQ(UriWithoutPassword("postgresql://ana:s3cret@db.example:5432/dyad"), "postgresql://ana@db.example:5432/dyad");
  EXPECT_EQ(UriWithoutPassword("postgresql://ana@h/dyad?password=x&sslmode=require"),
            "postgresql://ana@h/dyad?sslmode=require");
  EXPECT_EQ(UriWithoutPassword("postgresql:///dyad?host=/tmp/pg"), "postgresql:///dyad?host=/tmp/pg");
}

TEST(PostgresOpenTest, AnUnreachableServerIsAnErrorNamingIt) {
  Result<std::unique_ptr<DocumentStore>> s =
      DocumentStore::Open("postgresql://nobody:pw@/dyad?host=/nonexistent/socket/dir", false, true);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("postgresql://nobody@/dyad?host=/nonexistent/socket/dir: cannot connect"),
            std::string::npos)
      << s.status().message();
  EXPECT_EQ(s.status().message().find("pw"), std::string::npos);
}

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_FALSE(db_.uri().empty()); }
  std::unique_ptr<DocumentStore> Open(bool read_only = false) {
    Result<std::unique_ptr<DocumentStore>> s = DocumentStore::Open(db_.uri(), !read_only, read_only);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(s).value() : nullptr;
  }
  PostgresDatabase db_;
};

TEST_F(PostgresStoreTest, AnEmptyDatabaseIsNoStoreUntilWrittenThenAtTheLatestSchema) {
  Result<std::unique_ptr<DocumentStore>> reader = DocumentStore::Open(db_.uri(), false, true);
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("no dyad store here yet"), std::string::npos) << reader.status().message();
  std::unique_ptr<DocumentStore> store = Open();
  ASSERT_NE(store, nullptr);
  Result<int> version = StoredSchemaVersion(store->database());
  ASSERT_TRUE(version.ok());
  EXPECT_EQ(*version, LatestSchemaVersion());
  EXPECT_NE(Open(), nullptr);  // a second open finds the schema and leaves it
  EXPECT_NE(Open(/*read_only=*/true), nullptr);
}

// Several processes opening one new store at once: one makes the schema, the
// others wait for it and find it made.
TEST_F(PostgresStoreTest, WritersOpeningANewStoreAtOnceMigrateItOnce) {
  std::vector<std::thread> openers;
  std::vector<Status> opened(6);
  for (size_t i = 0; i < opened.size(); ++i) {
    openers.emplace_back([&, i] {
      Result<std::unique_ptr<DocumentStore>> s = DocumentStore::Open(db_.uri(), true);
      opened[i] = s.ok() ? Status::Ok() : s.status();
    });
  }
  for (std::thread& t : openers) t.join();
  for (const Status& s : opened) EXPECT_TRUE(s.ok()) << s.ToString();
}

TEST_F(PostgresStoreTest, StoriesAreAddedKeptReplacedAndSearchedWithoutDiacritics) {
  std::unique_ptr<DocumentStore> store = Open();
  ASSERT_NE(store, nullptr);
  AnalyzedDocument a = Analyzed("vn-1", "Thủ tướng đến Hà Nội hôm thứ Hai. Hai bên hội đàm.", "Hà Nội");
  EXPECT_EQ(MustPut(store.get(), a), PutOutcome::kAdded);
  EXPECT_EQ(MustPut(store.get(), a), PutOutcome::kUnchanged);
  Result<std::vector<SearchHit>> hits = store->Search("ha noi", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->size(), 1u);
  EXPECT_EQ((*hits)[0].doc, "vn-1");
  EXPECT_NE((*hits)[0].snippet.find("[Hà Nội]"), std::string::npos) << (*hits)[0].snippet;

  AnalyzedDocument b = Analyzed("vn-1", "The minister arrived in Da Nang on Monday.", "Da Nang");
  EXPECT_EQ(MustPut(store.get(), b), PutOutcome::kReplaced);
  EXPECT_EQ(store->Search("ha noi", 10)->size(), 0u);
  EXPECT_EQ(store->Search("Đà Nẵng", 10)->size(), 1u);
  EXPECT_EQ(testing::CountRows(store.get(), "SELECT COUNT(*) FROM documents"), 1);
  EXPECT_EQ(testing::CountRows(store.get(), "SELECT COUNT(*) FROM sentences WHERE doc = ?", "vn-1"), 1);
}

TEST_F(PostgresStoreTest, ChineseIsFoundByItsCharacters) {
  std::unique_ptr<DocumentStore> store = Open();
  ASSERT_NE(store, nullptr);
  AnalyzedDocument a = Analyzed("zh-1", "习近平会见越南总理。", "");
  a.folded_body = "习 近 平 会 见 越 南 总 理 。";  // the index form, a term per character
  MustPut(store.get(), a);
  Result<std::vector<SearchHit>> hits = store->Search("越南", 10);
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  EXPECT_EQ(hits->size(), 1u);
  EXPECT_EQ(store->Search("南越", 10)->size(), 0u);
}

TEST_F(PostgresStoreTest, ASecondWriterWaitsForTheFirstThenSaysWhoHoldsTheStore) {
  std::unique_ptr<DocumentStore> first = Open(), second = Open();
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  ASSERT_TRUE(first->BeginBatch().ok());
  second->database()->SetBusyTimeout(std::chrono::milliseconds(200));
  Status waited = second->BeginBatch();
  ASSERT_FALSE(waited.ok());
  EXPECT_NE(waited.message().find("locked by another writer"), std::string::npos) << waited.message();
  ASSERT_TRUE(first->CommitBatch().ok());
  EXPECT_TRUE(second->BeginBatch().ok());
  EXPECT_TRUE(second->CommitBatch().ok());
}

// A reader's rows come from a cursor a thousand at a time: all of them, in
// order, however many; two readers may be open at once, inside a write
// transaction or beside none.
TEST_F(PostgresStoreTest, ReadsStreamEveryRowInOrderThroughCursors) {
  Result<std::unique_ptr<Database>> opened = Database::Open(db_.uri(), true);
  ASSERT_TRUE(opened.ok()) << opened.status().ToString();
  Database* db = opened->get();
  ASSERT_TRUE(db->Exec("CREATE TABLE t (x INTEGER); INSERT INTO t SELECT generate_series(1, 2500)").ok());
  Result<Statement> all = db->Prepare("SELECT x FROM t WHERE x > ? ORDER BY x");
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  all->Bind(1, int64_t{10});
  int64_t expected = 11, rows = 0;
  while (all->Step()) {
    EXPECT_EQ(all->ColumnInt(0), expected++);
    if (++rows == 1500) {  // a second reader half-way through the first
      Result<Statement> count = db->Prepare("SELECT count(*) FROM t");
      ASSERT_TRUE(count.ok());
      ASSERT_TRUE(count->Step()) << count->status().ToString();
      EXPECT_EQ(count->ColumnInt(0), 2500);
      EXPECT_FALSE(count->Step());
    }
  }
  EXPECT_TRUE(all->status().ok()) << all->status().ToString();
  EXPECT_EQ(rows, 2490);
  // Inside a write transaction the cursor is the transaction's.
  ASSERT_TRUE(db->Begin().ok());
  ASSERT_TRUE(db->Exec("INSERT INTO t VALUES (9999)").ok());
  Result<Statement> last = db->Prepare("SELECT max(x) FROM t");
  ASSERT_TRUE(last.ok() && last->Step());
  EXPECT_EQ(last->ColumnInt(0), 9999);
  last->Reset();
  EXPECT_TRUE(db->Commit().ok());
  // A reader left open keeps its transaction; one abandoned half-way closes it.
  Result<Statement> partial = db->Prepare("SELECT x FROM t ORDER BY x");
  ASSERT_TRUE(partial.ok() && partial->Step());
  partial->Reset();
  EXPECT_TRUE(db->Begin().ok());
  EXPECT_TRUE(db->Commit().ok());
}

// The sample corpus through the dyad binary, into PostgreSQL and into SQLite.
class PostgresCliTest : public PostgresStoreTest {
 protected:
  ProcessResult Dyad(std::vector<std::string> args) {
    args.insert(args.begin(), DYAD_BINARY);
    testing::ProcessOptions options;
    options.unset.push_back("DYAD_DATA");
    return testing::Run(args, options, scratch_.path());
  }
  std::string Samples() const { return std::string(DYAD_SOURCE_DIR) + "/data/samples"; }
  TempDir dir_, scratch_;
};

TEST_F(PostgresCliTest, EveryReadingCommandAnswersAsOverSqlite) {
  const std::string file = dir_.Path("s.db");
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", db_.uri(), Samples()}).exit_code, 0);
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", file, Samples()}).exit_code, 0);
  const std::vector<std::vector<std::string>> commands = {
      {"events", "--format", "jsonl"},
      {"events", "--dyad", "CHN-VNM", "--format", "csv"},
      {"events", "--actor", "luong cuong"},  // dyad_fold: unaccent on the server
      {"events", "--doc", "th-kh-border-crossing"},
      {"events", "--topic", "territory", "--from", "2023", "--to", "2024-06"},
      {"docs"},
      {"actors"},
      {"search", "ha noi"},
      {"dyads"},
      {"timeline", "--dyad", "CHN-VNM", "--bucket", "week"},
      {"timeline", "--dyad", "CHN-JPN", "--bucket", "year"},
      {"relation", "--dyad", "CHN-VNM", "--format", "jsonl"},
      {"commitments", "--dyad", "IDN-MYS", "--format", "jsonl"},
  };
  for (std::vector<std::string> args : commands) {
    std::string shown;
    for (const std::string& a : args) shown += a + " ";
    args.push_back("--db");
    args.push_back(db_.uri());
    ProcessResult pg = Dyad(args);
    args.back() = file;
    ProcessResult sqlite = Dyad(args);
    EXPECT_EQ(pg.exit_code, sqlite.exit_code) << shown << pg.err;
    EXPECT_EQ(pg.out, sqlite.out) << shown;
    EXPECT_FALSE(pg.out.empty()) << shown;
  }
  ProcessResult again = Dyad({"ingest", "--db", db_.uri(), Samples()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 added, 0 replaced"), std::string::npos) << again.err;
}

TEST_F(PostgresCliTest, EvalScoresAServerStoreAsAFile) {
  const std::string set = std::string(DYAD_SOURCE_DIR) + "/tests/golden/eval";
  const std::string file = dir_.Path("s.db");
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", db_.uri(), set + "/stories"}).exit_code, 0);
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", file, set + "/stories"}).exit_code, 0);
  ProcessResult pg = Dyad({"eval", "--db", db_.uri(), "--gold", set + "/gold.jsonl"});
  ProcessResult sqlite = Dyad({"eval", "--db", file, "--gold", set + "/gold.jsonl"});
  ASSERT_EQ(pg.exit_code, sqlite.exit_code) << pg.err;
  EXPECT_NE(pg.out.find("recall="), std::string::npos) << pg.out;
  EXPECT_EQ(pg.out, sqlite.out);
}

// Events as sets: which report merged into which depends on which story a
// writer stored first, so ids and first documents are left out.
std::vector<std::string> EventKeys(const std::string& jsonl) {
  std::vector<std::string> keys;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    nlohmann::json e = nlohmann::json::parse(line);
    std::vector<std::string> evidence;
    for (const auto& x : e["evidence"]) {
      evidence.push_back(x["doc"].get<std::string>() + "@" + std::to_string(x["start"].get<int>()));
    }
    std::sort(evidence.begin(), evidence.end());
    std::string key = e["cameo"].get<std::string>() + " " + e["source"]["code"].dump() + " " +
                      e["target"]["code"].dump() + " " + e["date"].dump();
    for (const std::string& x : evidence) key += " " + x;
    keys.push_back(key);
  }
  std::sort(keys.begin(), keys.end());
  return keys;
}

TEST_F(PostgresCliTest, TwoIngestsAtOnceLoseAndDuplicateNothing) {
  // Two processes, each with the whole corpus in a different order: every
  // story arrives twice, and the merges across stories happen whoever wins.
  std::vector<std::string> one = {DYAD_BINARY, "ingest", "--quiet", "--threads", "2", "--db", db_.uri(), Samples()};
  std::vector<std::string> two(one.begin(), one.end() - 1), files;
  for (const auto& entry : std::filesystem::directory_iterator(Samples())) files.push_back(entry.path().string());
  std::sort(files.rbegin(), files.rend());
  two.insert(two.end(), files.begin(), files.end());
  testing::ProcessOptions options;
  options.unset.push_back("DYAD_DATA");
  TempDir a, b;
  pid_t p1 = testing::Spawn(one, options, a.Path("out"), a.Path("err"));
  pid_t p2 = testing::Spawn(two, options, b.Path("out"), b.Path("err"));
  ProcessResult r1 = testing::Wait(p1, a.Path("out"), a.Path("err"));
  ProcessResult r2 = testing::Wait(p2, b.Path("out"), b.Path("err"));
  EXPECT_EQ(r1.exit_code, 0) << r1.err;
  EXPECT_EQ(r2.exit_code, 0) << r2.err;

  const std::string file = dir_.Path("s.db");
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", file, Samples()}).exit_code, 0);
  // The same stories, each once (in the order the two writers stored them).
  auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    std::sort(out.begin(), out.end());
    return out;
  };
  EXPECT_EQ(lines(Dyad({"docs", "--db", db_.uri()}).out), lines(Dyad({"docs", "--db", file}).out));
  ProcessResult pg = Dyad({"events", "--format", "jsonl", "--db", db_.uri()});
  ProcessResult sqlite = Dyad({"events", "--format", "jsonl", "--db", file});
  ASSERT_EQ(pg.exit_code, 0) << pg.err;
  EXPECT_EQ(EventKeys(pg.out), EventKeys(sqlite.out));
}

TEST_F(PostgresCliTest, ServeRefusesAServerDatabaseThatIsNotThere) {
  ASSERT_EQ(Dyad({"ingest", "--quiet", "--db", db_.uri(), Samples()}).exit_code, 0);
  ProcessResult missing = Dyad({"serve", "--db", testing::WithDatabase(db_.uri(), "no_such_database"), "--port", "0"});
  EXPECT_NE(missing.exit_code, 0);
  EXPECT_NE(missing.err.find("no_such_database"), std::string::npos) << missing.err;
}

}  // namespace
}  // namespace dyad
