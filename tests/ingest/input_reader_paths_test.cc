// InputReader on what paths can name: missing and unreadable files and
// directories, devices (refused by type), FIFOs with and without a writer,
// and process-substitution pipes. The rest of the batch is always read.
#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "ingest/input_reader.h"
#include "ingest/input_reader_testing.h"
#include "testing/temp_dir.h"
#include "testing/without_read_override.h"

namespace dyad {
namespace {

using testing::Read;
using testing::ReadPaths;
using testing::TempDir;
using testing::WithoutReadOverride;

TEST(InputReaderTest, NonexistentPathIsRejected) {
  TempDir dir;
  std::string path = dir.Path("nowhere.txt");
  Read r = ReadPaths({path});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, path);
  EXPECT_EQ(r.problems[0].message, "no such file or directory");
  EXPECT_TRUE(r.problems[0].rejected);
}

TEST(InputReaderTest, DanglingSymlinkIsRejected) {
  TempDir dir;
  std::string link = dir.Path("dangling.txt");
  ASSERT_EQ(::symlink(dir.Path("gone.txt").c_str(), link.c_str()), 0);
  Read r = ReadPaths({link});
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, link);
  EXPECT_EQ(r.problems[0].message, "no such file or directory");
}

TEST(InputReaderTest, UnreadableFileIsRejected) {
  // /proc/self/mem exists and opens, but reading it at offset 0 fails.
  Read r = ReadPaths({"/proc/self/mem"});
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "/proc/self/mem");
  EXPECT_NE(r.problems[0].message.find("read error"), std::string::npos) << r.problems[0].message;
  EXPECT_TRUE(r.problems[0].rejected);
}

TEST(InputReaderTest, FileWithoutReadPermissionIsRejected) {
  WithoutReadOverride no_override;  // so that root cannot read it either
  if (!no_override.ok()) GTEST_SKIP() << "cannot drop CAP_DAC_OVERRIDE here";
  TempDir dir;
  std::string path = dir.Write("secret.txt", "Norway and Sweden met.");
  ASSERT_EQ(::chmod(path.c_str(), 0), 0);
  Read r = ReadPaths({path});
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, path);
  EXPECT_EQ(r.problems[0].message, "cannot open: Permission denied");
}

TEST(InputReaderTest, UnreadableFilesInADirectoryAreRejectedAndTheRestRead) {
  TempDir dir;
  dir.Write("tree/a.txt", "Angola and Zambia met.");
  std::string secret = dir.Write("tree/b.txt", "Benin and Togo met.");
  dir.Write("tree/c.txt", "Chad and Niger met.");
  // /proc/self/mem opens but cannot be read at offset 0, not even by root.
  std::string mem = dir.Path("tree/mem.txt");
  ASSERT_EQ(::symlink("/proc/self/mem", mem.c_str()), 0);
  ASSERT_EQ(::chmod(secret.c_str(), 0), 0);
  WithoutReadOverride no_override;
  Read r = ReadPaths({dir.Path("tree")});
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  if (no_override.ok()) {
    EXPECT_EQ(ids, (std::vector<std::string>{"a", "c"}));
    ASSERT_EQ(r.problems.size(), 2u);
    EXPECT_EQ(r.problems[0].where, secret);
    EXPECT_EQ(r.problems[0].message, "cannot open: Permission denied");
  } else {
    EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c"}));
    ASSERT_EQ(r.problems.size(), 1u);
  }
  EXPECT_EQ(r.problems.back().where, mem);
  EXPECT_EQ(r.problems.back().message, "read error: Input/output error");
}

TEST(InputReaderTest, DeviceIsRefusedByTypeAndTheRestRead) {
  TempDir dir;
  std::string good = dir.Write("good.txt", "Egypt and Jordan held talks on Monday.");
  auto start = std::chrono::steady_clock::now();
  Read r = ReadPaths({"/dev/zero", good});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "good");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, "/dev/zero");
  EXPECT_EQ(r.problems[0].message, "is a character device, not a file; pipe it on stdin if you mean it");
  EXPECT_TRUE(r.problems[0].rejected);
}

TEST(InputReaderTest, FifoWithoutWriterIsRejectedAfterTheTimeout) {
  TempDir dir;
  std::string fifo = dir.Path("fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string good = dir.Write("good.txt", "Egypt and Jordan held talks on Monday.");
  auto start = std::chrono::steady_clock::now();
  Read r = ReadPaths({fifo, good}, std::chrono::milliseconds(300));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, fifo);
  EXPECT_EQ(r.problems[0].message, "no writer on FIFO after 0.3 s");
}

// Writes `bytes` into the FIFO at `path` once a reader has opened it, and
// gives up after 10 s so that a failing test does not hang.
std::thread FeedFifo(const std::string& path, std::string bytes) {
  return std::thread([path, bytes = std::move(bytes)] {
    int fd = -1;
    for (int i = 0; i < 1000 && fd < 0; ++i) {
      fd = ::open(path.c_str(), O_WRONLY | O_NONBLOCK);
      if (fd < 0) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    if (fd < 0) return;
    ::fcntl(fd, F_SETFL, 0);
    EXPECT_EQ(::write(fd, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
    ::close(fd);
  });
}

TEST(InputReaderTest, FifoOfJsonLinesIsStreamedWithItsLineNumbers) {
  TempDir dir;
  std::string fifo = dir.Path("corpus");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer = FeedFifo(fifo,
                                "\n{\"id\":\"f1\",\"text\":\"Peru and Chile met.\"}\n"
                                "{\"id\":\"f2\",\"text\":\"Cuba and Haiti met.\"}\n"
                                "{broken\n");
  Read r = ReadPaths({fifo});
  writer.join();
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "f1");
  EXPECT_EQ(r.docs[0].origin, fifo + ":2");
  EXPECT_EQ(r.docs[1].id, "f2");
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].where, fifo + ":4");
}

TEST(InputReaderTest, FifoOfTextIsOneStory) {
  TempDir dir;
  std::string fifo = dir.Path("wire");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer = FeedFifo(fifo, "MANILA (Reuters) - The Philippines protested to China on Monday.\n");
  Read r = ReadPaths({fifo});
  writer.join();
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "wire");
  EXPECT_EQ(r.docs[0].dateline, "MANILA");
  EXPECT_TRUE(r.problems.empty());
}

TEST(InputReaderTest, ProcessSubstitutionPipeIsRead) {
  // `dyad ingest <(zcat corpus.jsonl.gz)` names /dev/fd/N, a pipe whose
  // writer may already have finished.
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  std::string jsonl = "{\"id\":\"p1\",\"text\":\"Laos and Cambodia met.\"}\n";
  ASSERT_EQ(::write(fds[1], jsonl.data(), jsonl.size()), static_cast<ssize_t>(jsonl.size()));
  ::close(fds[1]);
  Read r = ReadPaths({"/dev/fd/" + std::to_string(fds[0])});
  ::close(fds[0]);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "p1");
  EXPECT_TRUE(r.problems.empty());
}

}  // namespace
}  // namespace dyad
