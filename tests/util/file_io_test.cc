#include "util/file_io.h"

#include <gtest/gtest.h>

#include <string>

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
