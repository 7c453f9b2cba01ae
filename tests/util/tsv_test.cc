#include "util/tsv.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dyad {
namespace {

TEST(TsvTest, VisitsDataLinesWithNumbers) {
  std::string text =
      "# countries\n"
      "\n"
      "VNM\tViet Nam|Vietnam\n"
      "   \n"
      "CHN\tChina\r\n"
      "# trailing comment\n"
      "PHL\tPhilippines";
  std::vector<size_t> lines;
  std::vector<std::string> firsts;
  Status s = ForEachTsvLine(text, "countries.tsv", 2, 2, [&](const TsvLine& line) {
    lines.push_back(line.number);
    firsts.emplace_back(line.fields[0]);
    EXPECT_EQ(line.file, "countries.tsv");
    EXPECT_EQ(line.fields.size(), 2u);
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(lines, (std::vector<size_t>{3, 5, 7}));
  EXPECT_EQ(firsts, (std::vector<std::string>{"VNM", "CHN", "PHL"}));
}

TEST(TsvTest, CarriageReturnIsNotPartOfTheLastField) {
  std::string last;
  ASSERT_TRUE(ForEachTsvLine("JPN\tJapan\r\n", "x.tsv", 2, 2, [&](const TsvLine& line) {
                last = std::string(line.fields[1]);
                return Status::Ok();
              }).ok());
  EXPECT_EQ(last, "Japan");
}

TEST(TsvTest, WrongFieldCountNamesFileAndLine) {
  std::string text = "# header\nIDN\tIndonesia\nMYS Malaysia\n";
  Status s = ForEachTsvLine(text, "data/countries.tsv", 2, 2, [](const TsvLine&) { return Status::Ok(); });
  EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(s.message(), "data/countries.tsv:3: expected 2 tab-separated fields, found 1");
}

TEST(TsvTest, FieldRangeIsReportedInTheMessage) {
  Status s = ForEachTsvLine("a\tb\tc\td\n", "t.tsv", 2, 3, [](const TsvLine&) { return Status::Ok(); });
  EXPECT_EQ(s.message(), "t.tsv:1: expected 2-3 tab-separated fields, found 4");
}

TEST(TsvTest, VisitorErrorStopsTheScanAndNamesTheLine) {
  int visited = 0;
  Status s = ForEachTsvLine("RUS\tRussia\nIND\t\nUSA\tUnited States\n", "c.tsv", 2, 2, [&](const TsvLine& line) {
    ++visited;
    if (Trim(line.fields[1]).empty()) return line.Error("empty name");
    return Status::Ok();
  });
  EXPECT_EQ(visited, 2);
  EXPECT_EQ(s.message(), "c.tsv:2: empty name");
}

TEST(TsvTest, EmptyFieldsAreKept) {
  std::vector<std::string> fields;
  ASSERT_TRUE(ForEachTsvLine("KOR\t\tSeoul\n", "k.tsv", 3, 3, [&](const TsvLine& line) {
                for (auto f : line.fields) fields.emplace_back(f);
                return Status::Ok();
              }).ok());
  EXPECT_EQ(fields, (std::vector<std::string>{"KOR", "", "Seoul"}));
}

TEST(TsvTest, SplitListTrimsAndDropsEmptyItems) {
  std::vector<std::string_view> items = SplitList(" Viet Nam | Vietnam ||  - | VN ");
  EXPECT_EQ(items, (std::vector<std::string_view>{"Viet Nam", "Vietnam", "VN"}));
  EXPECT_TRUE(SplitList("").empty());
  EXPECT_TRUE(SplitList("-").empty());
}

TEST(TsvTest, NamedWordListsFillTheirSetsAndNameBadLines) {
  StringSet a, b;
  ASSERT_TRUE(ParseNamedWordLists("# c\na\tx|y\nb\tz\n", "w.tsv", {{"a", &a}, {"b", &b}}, true).ok());
  EXPECT_TRUE(a.contains("x") && a.contains("y") && b.contains("z"));
  // An unknown name, a name twice, a capital letter, a word in two lists.
  for (const std::string bad : {"a\tx\nc\ty\n", "a\tx\na\ty\n", "a\tx\nb\tY\n", "a\tx\nb\tx\n"}) {
    StringSet c, d;
    Status st = ParseNamedWordLists(bad, "w.tsv", {{"a", &c}, {"b", &d}}, true);
    ASSERT_FALSE(st.ok()) << bad;
    EXPECT_EQ(st.message().rfind("w.tsv:2:", 0), 0u) << st.message();
  }
  StringSet e, f;
  EXPECT_TRUE(ParseNamedWordLists("a\tx\nb\tx\n", "w.tsv", {{"a", &e}, {"b", &f}}, false).ok());
  Status missing = ParseNamedWordLists("a\tx\n", "w.tsv", {{"a", &e}, {"b", &f}}, false);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.message().find("list b missing"), std::string::npos) << missing.message();
}

TEST(TsvTest, TrimRemovesAsciiWhiteSpace) {
  EXPECT_EQ(Trim("  \tHà Nội\r\n"), "Hà Nội");
  EXPECT_EQ(Trim("   "), "");
  EXPECT_EQ(Trim(""), "");
}

}  // namespace
}  // namespace dyad
