// A store on a read-only file or directory: writers fail naming the file and
// the reason, readers still read it. As root, whom permission bits do not
// stop, the immutable attribute makes the file or directory read-only.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <string>

#include "store/document_store.h"
#include "store/sqlite.h"
#include "store_test_util.h"
#include "testing/read_only.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::ReadOnly;
using testing::TempDir;

// A store at `path` holding two documents, closed (so no -wal log is left).
void MakeStore(const std::string& path) {
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().message();
  ASSERT_TRUE((*store)->BeginBatch().ok());
  ASSERT_TRUE((*store)->Put(testing::Analyzed("a", "Japan held talks with China.")).ok());
  ASSERT_TRUE((*store)->Put(testing::Analyzed("b", "Chile praised Peru.")).ok());
  ASSERT_TRUE((*store)->CommitBatch().ok());
}

int CountDocuments(DocumentStore* store) {
  int n = 0;
  EXPECT_TRUE(store->ListDocuments([&](const DocumentInfo&) { ++n; }).ok());
  return n;
}

const char kCannotWrite[] = ": cannot write (read-only file or directory): ";

TEST(ReadOnlyTest, ReadOnlyFileRefusesWritersNamingItAndServesReaders) {
  TempDir dir;
  std::string path = dir.Path("x.db");
  MakeStore(path);
  ReadOnly read_only;
  std::string why;
  if (!read_only.Make(path, &why)) GTEST_SKIP() << why;

  Result<std::unique_ptr<DocumentStore>> writer = DocumentStore::Open(path);
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().message().rfind(path + kCannotWrite, 0), 0u) << writer.status().message();

  Result<std::unique_ptr<DocumentStore>> reader = DocumentStore::Open(path, false, true);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  EXPECT_EQ(CountDocuments(reader->get()), 2);
}

// WAL readers need the -shm index beside the file; in a read-only directory
// they cannot create it, and read the closed store as immutable instead.
TEST(ReadOnlyTest, ReadOnlyDirectoryRefusesWritersNamingItAndServesReaders) {
  TempDir dir;
  std::filesystem::create_directory(dir.Path("ro"));
  std::string path = dir.Path("ro/x.db");
  MakeStore(path);
  ASSERT_FALSE(std::filesystem::exists(path + "-wal"));
  ReadOnly read_only;
  std::string why;
  if (!read_only.Make(dir.Path("ro"), &why)) GTEST_SKIP() << why;

  Result<std::unique_ptr<DocumentStore>> writer = DocumentStore::Open(path);
  ASSERT_FALSE(writer.ok());
  EXPECT_EQ(writer.status().message().rfind(path + kCannotWrite, 0), 0u) << writer.status().message();
  std::string fresh = dir.Path("ro/new.db");
  Result<std::unique_ptr<DocumentStore>> creator = DocumentStore::Open(fresh);
  ASSERT_FALSE(creator.ok());
  EXPECT_EQ(creator.status().message().rfind(fresh + kCannotWrite, 0), 0u) << creator.status().message();

  Result<std::unique_ptr<DocumentStore>> reader = DocumentStore::Open(path, false, true);
  ASSERT_TRUE(reader.ok()) << reader.status().message();
  EXPECT_EQ(CountDocuments(reader->get()), 2);
}

// Runs as root too: the wording of a refusal, whatever made it.
TEST(ReadOnlyTest, RefusedWritesSayReadOnlyAndNameTheFile) {
  Status s = SqliteFailure("some/x.db", nullptr, SQLITE_READONLY, "attempt to write a readonly database");
  EXPECT_EQ(s.message(), "some/x.db: cannot write (read-only file or directory): attempt to write a readonly database");
  Status corrupt = SqliteFailure("some/x.db", nullptr, SQLITE_NOTADB);
  EXPECT_EQ(corrupt.code(), Status::Code::kCorrupt);
  EXPECT_EQ(corrupt.message().rfind("some/x.db: ", 0), 0u);
}

}  // namespace
}  // namespace dyad
