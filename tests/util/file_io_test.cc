#include "util/file_io.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <string>
#include <thread>

#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::TempDir;

TEST(FileIoTest, ReadsWholeFileIncludingNulBytes) {
  TempDir dir;
  std::string bytes("Jakarta\0Kuala Lumpur\n", 21);
  std::string path = dir.Write("pair.bin", bytes);
  Result<std::string> got = ReadWholeFile(path);
  ASSERT_TRUE(got.ok()) << got.status().ToString();
  EXPECT_EQ(*got, bytes);
}

TEST(FileIoTest, ReadsFilesLargerThanOneBuffer) {
  TempDir dir;
  std::string bytes;
  for (int i = 0; i < 20000; ++i) bytes += "Seoul and Tokyo held talks. ";
  std::string path = dir.Write("big.txt", bytes);
  Result<std::string> got = ReadWholeFile(path);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->size(), bytes.size());
  EXPECT_EQ(*got, bytes);
}

TEST(FileIoTest, EmptyFileGivesEmptyString) {
  TempDir dir;
  Result<std::string> got = ReadWholeFile(dir.Write("empty.txt", ""));
  ASSERT_TRUE(got.ok());
  EXPECT_TRUE(got->empty());
}

TEST(FileIoTest, MissingFileIsIoErrorNamingThePath) {
  TempDir dir;
  std::string path = dir.Path("missing.txt");
  Result<std::string> got = ReadWholeFile(path);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), Status::Code::kIoError);
  EXPECT_EQ(got.status().message().rfind(path + ": ", 0), 0u) << got.status().message();
  EXPECT_NE(got.status().message().find("No such file"), std::string::npos) << got.status().message();
}

TEST(FileIoTest, DirectoryIsIoError) {
  TempDir dir;
  Result<std::string> got = ReadWholeFile(dir.path());
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), Status::Code::kIoError);
  EXPECT_EQ(got.status().message().rfind(dir.path() + ": ", 0), 0u) << got.status().message();
}

TEST(FileIoTest, ReadFailureIsIoError) {
  // /proc/self/mem opens but cannot be read at offset 0.
  Result<std::string> got = ReadWholeFile("/proc/self/mem");
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), Status::Code::kIoError);
  EXPECT_NE(got.status().message().find("/proc/self/mem"), std::string::npos);
}

TEST(FileIoTest, FileOverTheLimitIsIoErrorNamingPathAndLimit) {
  TempDir dir;
  std::string path = dir.Write("long.txt", std::string(1000, 'x'));
  Result<std::string> exact = ReadWholeFile(path, 1000);
  ASSERT_TRUE(exact.ok()) << exact.status().ToString();
  EXPECT_EQ(exact->size(), 1000u);
  Result<std::string> over = ReadWholeFile(path, 999);
  ASSERT_FALSE(over.ok());
  EXPECT_EQ(over.status().code(), Status::Code::kIoError);
  EXPECT_EQ(over.status().message(), path + ": file is larger than 999 bytes");
}

TEST(FileIoTest, DevicesAreRefusedByTypeUnopened) {
  // /dev/zero reports no size and never ends; a device's open may act. Both
  // are refused on stat, at once.
  auto start = std::chrono::steady_clock::now();
  Result<std::string> got = ReadWholeFile("/dev/zero", 4u << 20);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().message(), "/dev/zero: is a character device, not a file");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(10));
  Result<UniqueFd> null = OpenForReading("/dev/null", std::chrono::seconds(1));
  ASSERT_FALSE(null.ok());
  EXPECT_EQ(null.status().message(), "/dev/null: is a character device, not a file");
}

TEST(FileIoTest, SpecialFileTypesAreNamed) {
  EXPECT_EQ(SpecialFileType(S_IFCHR | 0666), "a character device");
  EXPECT_EQ(SpecialFileType(S_IFBLK | 0660), "a block device");
  EXPECT_EQ(SpecialFileType(S_IFSOCK | 0777), "a socket");
  EXPECT_EQ(SpecialFileType(S_IFREG | 0644), "");
  EXPECT_EQ(SpecialFileType(S_IFIFO | 0600), "");
  EXPECT_EQ(SpecialFileType(S_IFDIR | 0755), "");
}

TEST(FileIoTest, DefaultLimitIsForDictionariesAndFstatFindsItWithoutReading) {
  // A sparse file: 257 MB by fstat, nothing on disk, and too slow to read
  // for a unit test if the size were not checked first.
  TempDir dir;
  std::string path = dir.Write("huge.tsv", "");
  ASSERT_EQ(::truncate(path.c_str(), 257 << 20), 0);
  auto start = std::chrono::steady_clock::now();
  Result<std::string> got = ReadWholeFile(path);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().message(), path + ": file is larger than 256.0 MB");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(500));
}

TEST(FileIoTest, ReadUpToLeavesTheRestUnread) {
  UniqueFd fd(::open("/dev/zero", O_RDONLY | O_CLOEXEC));
  ASSERT_GE(fd.get(), 0);
  std::string out = "ab";
  ASSERT_TRUE(ReadUpTo(fd.get(), 70000, &out, "/dev/zero").ok());
  EXPECT_EQ(out.size(), 70002u);
}

TEST(FileIoTest, FifoWithoutWriterTimesOutNamingThePath) {
  TempDir dir;
  std::string fifo = dir.Path("fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  auto start = std::chrono::steady_clock::now();
  Result<UniqueFd> fd = OpenForReading(fifo, std::chrono::milliseconds(200));
  auto waited = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(fd.ok());
  EXPECT_EQ(fd.status().code(), Status::Code::kIoError);
  EXPECT_EQ(fd.status().message(), fifo + ": no writer on FIFO after 0.2 s");
  EXPECT_GE(waited, std::chrono::milliseconds(200));
  EXPECT_LT(waited, std::chrono::seconds(5));
  // The thread that waited in open() was released and closed its end: the
  // FIFO has no reader left, so a writer that does not wait finds none.
  int w = ::open(fifo.c_str(), O_WRONLY | O_NONBLOCK);
  EXPECT_EQ(w, -1);
  EXPECT_EQ(errno, ENXIO);
  if (w >= 0) ::close(w);
}

TEST(FileIoTest, FifoWriterSlowToWriteIsWaitedFor) {
  // The timeout is for a writer to open the FIFO, not for its first byte: a
  // producer that opens at once and then thinks for a while is read whole.
  TempDir dir;
  std::string fifo = dir.Path("fifo");
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] {
    int w = ::open(fifo.c_str(), O_WRONLY);
    if (w < 0) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(600));
    EXPECT_EQ(::write(w, "Hanoi and Vientiane", 19), 19);
    ::close(w);
  });
  Result<UniqueFd> fd = OpenForReading(fifo, std::chrono::milliseconds(200));
  std::string out;
  if (fd.ok()) {
    EXPECT_TRUE(ReadUpTo(fd->get(), 1000, &out, fifo).ok());
  }
  writer.join();
  ASSERT_TRUE(fd.ok()) << fd.status().ToString();
  EXPECT_EQ(out, "Hanoi and Vientiane");
}

TEST(FileIoTest, PipeOpensAtOnceEvenWhenItsWriterIsGone) {
  // What `<(printf ...)` hands over: /dev/fd/N of a pipe whose writer may
  // have written everything and exited before dyad opens it.
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  ASSERT_EQ(::write(fds[1], "Lima\n", 5), 5);
  ::close(fds[1]);
  std::string path = "/dev/fd/" + std::to_string(fds[0]);
  auto start = std::chrono::steady_clock::now();
  Result<UniqueFd> fd = OpenForReading(path, std::chrono::seconds(30));
  ::close(fds[0]);
  ASSERT_TRUE(fd.ok()) << fd.status().ToString();
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  std::string out;
  ASSERT_TRUE(ReadUpTo(fd->get(), 100, &out, path).ok());
  EXPECT_EQ(out, "Lima\n");
}

TEST(FileIoTest, SocketIsNotAFile) {
  TempDir dir;
  std::string path = dir.Path("sock");
  int s = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(s, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  ASSERT_LT(path.size(), sizeof addr.sun_path);
  std::memcpy(addr.sun_path, path.c_str(), path.size() + 1);
  ASSERT_EQ(::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  Result<std::string> got = ReadWholeFile(path);
  ::close(s);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().message(), path + ": is a socket, not a file");
}

TEST(FileIoTest, FifoTimeoutComesFromTheEnvironment) {
  ::unsetenv("DYAD_FIFO_TIMEOUT");
  EXPECT_EQ(FifoWriterTimeout(), std::chrono::seconds(10));
  ::setenv("DYAD_FIFO_TIMEOUT", "0.25", 1);
  EXPECT_EQ(FifoWriterTimeout(), std::chrono::milliseconds(250));
  ::setenv("DYAD_FIFO_TIMEOUT", "soon", 1);
  EXPECT_EQ(FifoWriterTimeout(), std::chrono::seconds(10));
  ::setenv("DYAD_FIFO_TIMEOUT", "-1", 1);
  EXPECT_EQ(FifoWriterTimeout(), std::chrono::seconds(10));
  ::unsetenv("DYAD_FIFO_TIMEOUT");
}

TEST(FileIoTest, FileStem) {
  EXPECT_EQ(FileStem("a/b/001_x.txt"), "001_x");
  EXPECT_EQ(FileStem("story.tar.gz"), "story.tar");
  EXPECT_EQ(FileStem("README"), "README");
  EXPECT_EQ(FileStem("dir.d/file"), "file");
  EXPECT_EQ(FileStem(".hidden"), ".hidden");
  EXPECT_EQ(FileStem("hà-nội.txt"), "hà-nội");
}

TEST(FileIoTest, FileExtension) {
  EXPECT_EQ(FileExtension("a/B.HTML"), "html");
  EXPECT_EQ(FileExtension("feed.Rss"), "rss");
  EXPECT_EQ(FileExtension("noext"), "");
  EXPECT_EQ(FileExtension("dir.d/noext"), "");
  EXPECT_EQ(FileExtension(".bashrc"), "");
  EXPECT_EQ(FileExtension("x.jsonl"), "jsonl");
}

}  // namespace
}  // namespace dyad
