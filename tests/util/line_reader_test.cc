#include "util/line_reader.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "testing/temp_dir.h"

namespace dyad {
namespace {

struct Seen {
  std::vector<std::string> lines;
  std::vector<size_t> numbers, too_long;
};

Seen Read(const std::string& bytes, size_t limit) {
  testing::TempDir dir;
  std::string path = dir.Write("in.txt", bytes);
  int fd = ::open(path.c_str(), O_RDONLY);
  EXPECT_GE(fd, 0);
  Seen seen;
  Status s = ReadLines(
      fd, path, limit,
      [&](std::string_view line, size_t number) {
        seen.lines.emplace_back(line);
        seen.numbers.push_back(number);
      },
      [&](size_t number) { seen.too_long.push_back(number); });
  EXPECT_TRUE(s.ok()) << s.ToString();
  ::close(fd);
  return seen;
}

TEST(LineReaderTest, LinesWithTheirNumbersWhateverTheEnding) {
  Seen seen = Read("one\r\ntwo\n\nfour", 100);
  EXPECT_EQ(seen.lines, (std::vector<std::string>{"one", "two", "", "four"}));
  EXPECT_EQ(seen.numbers, (std::vector<size_t>{1, 2, 3, 4}));
  EXPECT_TRUE(seen.too_long.empty());
}

TEST(LineReaderTest, ALineOverTheLimitIsPassedOverAndNamed) {
  std::string big(3 << 20, 'x');  // spans pieces
  Seen seen = Read("a\n" + big + "\nb\n" + big, 1 << 20);
  EXPECT_EQ(seen.lines, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(seen.numbers, (std::vector<size_t>{1, 3}));
  EXPECT_EQ(seen.too_long, (std::vector<size_t>{2, 4}));
}

TEST(LineReaderTest, ALongLineUnderTheLimitIsWholeAcrossPieces) {
  std::string big(2 << 20, 'y');
  Seen seen = Read(big + "\nz\n", 4 << 20);
  ASSERT_EQ(seen.lines.size(), 2u);
  EXPECT_EQ(seen.lines[0], big);
  EXPECT_EQ(seen.lines[1], "z");
}

TEST(LineReaderTest, AReadErrorNamesTheInput) {
  Status s = ReadLines(-1, "feed.coded", 100, [](std::string_view, size_t) {}, [](size_t) {});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("feed.coded: read error"), std::string::npos) << s.message();
}

}  // namespace
}  // namespace dyad
