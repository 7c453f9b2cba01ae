#include "ingest/input_file.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::TempDir;

// A pipe holding `bytes` with its write end closed, named as process
// substitution names it; closes its read end when done.
class FilledPipe {
 public:
  explicit FilledPipe(const std::string& bytes) {
    int fds[2];
    EXPECT_EQ(::pipe(fds), 0);
    EXPECT_EQ(::write(fds[1], bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
    ::close(fds[1]);
    read_end_ = fds[0];
  }
  ~FilledPipe() { ::close(read_end_); }
  std::string path() const { return "/dev/fd/" + std::to_string(read_end_); }

 private:
  int read_end_ = -1;
};

std::string ReadStream(InputFile::Stream& in) {
  std::string out;
  char buf[100];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, in.get())) > 0;) out.append(buf, n);
  return out;
}

TEST(InputFileTest, RegularFileReportsItsSize) {
  TempDir dir;
  std::string path = dir.Write("story.txt", "Fiji and Tonga met.");
  Result<InputFile> file = InputFile::Open(path, std::chrono::seconds(1));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_TRUE(file->is_regular());
  EXPECT_EQ(file->stat_size(), 19u);
  Result<std::string> bytes = std::move(*file).ReadAtMost(100);
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(*bytes, "Fiji and Tonga met.");
}

TEST(InputFileTest, ReadOfARegularFileIsBoundedWhateverItsSize) {
  // fstat is a hint only: a file may grow after it, so the read stops at
  // the limit all the same.
  TempDir dir;
  std::string path = dir.Write("long.txt", std::string(1000, 'x'));
  Result<InputFile> file = InputFile::Open(path, std::chrono::seconds(1));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  Result<std::string> bytes = std::move(*file).ReadAtMost(100);
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(bytes->size(), 101u);
}

TEST(InputFileTest, FileReportingSizeZeroIsStillRead) {
  // /proc files report 0 bytes and have content.
  Result<InputFile> file = InputFile::Open("/proc/self/status", std::chrono::seconds(1));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_TRUE(file->is_regular());
  EXPECT_EQ(file->stat_size(), 0u);
  Result<std::string> bytes = std::move(*file).ReadAtMost(1 << 20);
  ASSERT_TRUE(bytes.ok());
  EXPECT_NE(bytes->find("Name:"), std::string::npos);
}

TEST(InputFileTest, ErrorsDoNotRepeatThePath) {
  TempDir dir;
  Result<InputFile> file = InputFile::Open(dir.Path("missing.txt"), std::chrono::seconds(1));
  ASSERT_FALSE(file.ok());
  EXPECT_EQ(file.status().message(), "cannot open: No such file or directory");
}

TEST(InputFileTest, ReadAtMostReadsOneByteOverTheLimitAndNoMore) {
  // A pipe has no size to check first: only the bounded read stops it.
  FilledPipe pipe(std::string(60000, 'x'));
  Result<InputFile> file = InputFile::Open(pipe.path(), std::chrono::seconds(1));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_FALSE(file->is_regular());
  EXPECT_EQ(file->stat_size(), 0u);
  Result<std::string> bytes = std::move(*file).ReadAtMost(50000);
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(bytes->size(), 50001u);
}

// Devices are refused on stat, never opened, with a word on how to read one.
TEST(InputFileTest, DeviceIsRefusedByTypeSayingHowToReadIt) {
  for (const char* device : {"/dev/zero", "/dev/null"}) {
    Result<InputFile> file = InputFile::Open(device, std::chrono::seconds(1));
    ASSERT_FALSE(file.ok()) << device;
    EXPECT_EQ(file.status().message(), "is a character device, not a file; pipe it on stdin if you mean it");
  }
}

TEST(InputFileTest, StreamStartingWithABraceIsJsonLinesAndLosesNoByte) {
  std::string jsonl = "\n  \n{\"id\":\"a\",\"text\":\"Laos and Cambodia met.\"}\n";
  FilledPipe pipe(jsonl);
  Result<InputFile> file = InputFile::Open(pipe.path(), std::chrono::seconds(1));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_FALSE(file->is_regular());
  Result<bool> starts = file->StartsLikeJsonLines();
  ASSERT_TRUE(starts.ok());
  EXPECT_TRUE(*starts);
  Result<InputFile::Stream> in = std::move(*file).ToStream();
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  EXPECT_EQ(ReadStream(*in), jsonl);
}

TEST(InputFileTest, StreamOfTextIsNotJsonLinesAndIsReadWhole) {
  std::string text = "  Bhutan and Nepal held talks on Monday.";
  FilledPipe pipe(text);
  Result<InputFile> file = InputFile::Open(pipe.path(), std::chrono::seconds(1));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  Result<bool> starts = file->StartsLikeJsonLines();
  ASSERT_TRUE(starts.ok());
  EXPECT_FALSE(*starts);
  Result<std::string> bytes = std::move(*file).ReadAtMost(1000);
  ASSERT_TRUE(bytes.ok());
  EXPECT_EQ(*bytes, text);
}

TEST(InputFileTest, EmptyStreamIsNotJsonLines) {
  FilledPipe pipe("");
  Result<InputFile> file = InputFile::Open(pipe.path(), std::chrono::seconds(1));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  Result<bool> starts = file->StartsLikeJsonLines();
  ASSERT_TRUE(starts.ok());
  EXPECT_FALSE(*starts);
}

TEST(InputFileTest, RegularFileAsStream) {
  TempDir dir;
  std::string jsonl = "{\"id\":\"b\",\"text\":\"Palau and Nauru met.\"}\n";
  std::string path = dir.Write("b.jsonl", jsonl);
  Result<InputFile> file = InputFile::Open(path, std::chrono::seconds(1));
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  Result<InputFile::Stream> in = std::move(*file).ToStream();
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  EXPECT_EQ(ReadStream(*in), jsonl);
}

}  // namespace
}  // namespace dyad
