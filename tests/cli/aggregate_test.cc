// `dyad timeline` and `dyad dyads` on a small store of stories written for
// this test.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "testing/run_process.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::ProcessOptions;
using testing::ProcessResult;
using testing::TempDir;

class AggregateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Write("a.txt", "date 2024-03-05\n\nManila protested to Beijing on Monday over the water cannon attack.\n");
    Write("b.txt", "date 2024-04-10\n\nChina's foreign minister visited Manila on Tuesday and praised the Philippines.\n");
    Write("c.txt", "date 2024-04-12\n\nVietnam and the Philippines held talks in Hanoi on Thursday.\n");
    ProcessResult r = Dyad({"ingest", "--quiet", "--db", store_.str(), dir_.Path("a.txt"), dir_.Path("b.txt"),
                            dir_.Path("c.txt")});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  void Write(const std::string& name, const std::string& text) { std::ofstream(dir_.Path(name)) << text; }
  ProcessResult Dyad(std::vector<std::string> args) {
    args.insert(args.begin(), DYAD_BINARY);
    ProcessOptions options;
    options.unset.push_back("DYAD_DATA");
    return testing::Run(args, options, scratch_.path());
  }
  ProcessResult Store(std::vector<std::string> args) {
    args.push_back("--db");
    args.push_back(store_.str());
    return Dyad(args);
  }
  static std::vector<std::string> Lines(const std::string& out) {
    std::vector<std::string> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
  // The CSV field `k` of a row.
  static std::string Field(const std::string& row, int k) {
    std::istringstream in(row);
    std::string f;
    for (int i = 0; i <= k; ++i) std::getline(in, f, ',');
    return f;
  }
  TempDir dir_;
  TempDir scratch_;
  testing::StoreLocation store_{dir_, "s.db"};
};

TEST_F(AggregateTest, TimelineByMonthWithStoriesAndDirections) {
  ProcessResult both = Store({"timeline", "--dyad", "PHL-CHN", "--format", "csv"});
  ASSERT_EQ(both.exit_code, 0) << both.err;
  std::vector<std::string> rows = Lines(both.out);
  ASSERT_EQ(rows.size(), 3u) << both.out;  // header, March, April
  EXPECT_EQ(rows[0].rfind("bucket,direction,events,stories,", 0), 0u);
  EXPECT_EQ(Field(rows[1], 0), "2024-03");
  EXPECT_EQ(Field(rows[2], 0), "2024-04");
  EXPECT_EQ(Field(rows[1], 1), "CHN-PHL");
  EXPECT_EQ(Field(rows[1], 3), "1") << "one story in March";
  // The two directions add up to both; "ab" follows the order written.
  ProcessResult ab = Store({"timeline", "--dyad", "PHL-CHN", "--direction", "ab", "--format", "csv"});
  ProcessResult ba = Store({"timeline", "--dyad", "PHL-CHN", "--direction", "ba", "--format", "csv"});
  ASSERT_EQ(ab.exit_code, 0);
  ASSERT_EQ(ba.exit_code, 0);
  int sum = 0, total = 0;
  for (const std::string& row : Lines(ab.out)) {
    if (row.rfind("2024", 0) != 0) continue;
    sum += std::stoi(Field(row, 2));
    EXPECT_EQ(Field(row, 1), "PHL>CHN");
  }
  for (const std::string& row : Lines(ba.out)) {
    if (row.rfind("2024", 0) != 0) continue;
    sum += std::stoi(Field(row, 2));
    EXPECT_EQ(Field(row, 1), "CHN>PHL");
  }
  for (size_t i = 1; i < rows.size(); ++i) total += std::stoi(Field(rows[i], 2));
  EXPECT_EQ(sum, total);
  EXPECT_NE(Lines(ab.out).size(), 1u) << "Manila protested to Beijing";
  ProcessResult years = Store({"timeline", "--dyad", "CHN-PHL", "--bucket", "year", "--format", "jsonl"});
  ASSERT_EQ(Lines(years.out).size(), 1u) << years.out;
  EXPECT_NE(years.out.find("\"bucket\":\"2024\""), std::string::npos);
  EXPECT_NE(years.out.find("\"stories\":2"), std::string::npos) << years.out;
}

TEST_F(AggregateTest, SeveralPairsSideBySide) {
  ProcessResult r = Store({"timeline", "--dyad", "CHN-PHL", "--dyad", "PHL-VNM", "--bucket", "year", "--format", "csv"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> rows = Lines(r.out);
  ASSERT_EQ(rows.size(), 3u) << r.out;  // one header, a 2024 row per pair
  EXPECT_EQ(Field(rows[1], 1), "CHN-PHL");
  EXPECT_EQ(Field(rows[2], 1), "PHL-VNM");
  EXPECT_EQ(Field(rows[2], 0), "2024");
  // One bad pair among good ones is a usage error before anything is printed.
  ProcessResult bad = Store({"timeline", "--dyad", "CHN-PHL", "--dyad", "PHL-XX"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(bad.out, "");
}

TEST_F(AggregateTest, DyadsListsOneStatesPartners) {
  ProcessResult all = Store({"dyads", "--format", "csv"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  ProcessResult phl = Store({"dyads", "--country", "phl", "--format", "csv"});
  ASSERT_EQ(phl.exit_code, 0) << phl.err;
  std::vector<std::string> rows = Lines(phl.out);
  ASSERT_GE(rows.size(), 3u) << phl.out;
  std::vector<std::string> partners;
  for (size_t i = 1; i < rows.size(); ++i) {
    EXPECT_NE(Field(rows[i], 0).find("PHL"), std::string::npos) << rows[i];
    partners.push_back(Field(rows[i], 1));
  }
  EXPECT_NE(std::find(partners.begin(), partners.end(), "CHN"), partners.end()) << phl.out;
  EXPECT_NE(std::find(partners.begin(), partners.end(), "VNM"), partners.end()) << phl.out;
}

TEST_F(AggregateTest, BadArgumentsAreUsageErrors) {
  EXPECT_EQ(Store({"timeline"}).exit_code, 2) << "--dyad is required";
  EXPECT_EQ(Store({"timeline", "--dyad", "CHINA-PHL"}).exit_code, 2);
  EXPECT_EQ(Store({"timeline", "--dyad", "CHN-PHL", "--direction", "up"}).exit_code, 2);
  EXPECT_EQ(Store({"timeline", "--dyad", "CHN-PHL", "--bucket", "day"}).exit_code, 2);
  EXPECT_EQ(Store({"timeline", "--dyad", "CHN-PHL", "--from", "2024-13"}).exit_code, 2);
  EXPECT_EQ(Store({"dyads", "--country", "PHILIPPINES"}).exit_code, 2);
  EXPECT_EQ(Dyad({"dyads", "--db", dir_.Path("none.db")}).exit_code, 1);
}

}  // namespace
}  // namespace dyad
