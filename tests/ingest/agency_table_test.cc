#include "ingest/agency_table.h"

#include <gtest/gtest.h>

#include <string>

#include "testing/temp_dir.h"

namespace dyad {
namespace {

constexpr char kTable[] =
    "# name\taliases\tdomains\n"
    "Xinhua\tXinhua|Xinhua News Agency\txinhuanet.com|news.cn\n"
    "VNA/VNS\tVNA/VNS\t-\n"
    "PNA\tPNA|Philippine News Agency\tpna.gov.ph\n"
    "CGTN\tCGTN\tcgtn.com\n";

TEST(AgencyTableTest, FindsAliases) {
  Result<AgencyTable> t = AgencyTable::Parse(kTable, "agencies.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->FindAlias("Xinhua News Agency"), "Xinhua");
  EXPECT_EQ(t->FindAlias("  PNA "), "PNA");
  EXPECT_EQ(t->FindAlias("VNA/VNS"), "VNA/VNS");
  EXPECT_EQ(t->FindAlias("xinhua"), "");  // case-sensitive
  EXPECT_EQ(t->FindAlias("Kyodo"), "");
}

TEST(AgencyTableTest, FindsDomainsAsWholeHostNames) {
  Result<AgencyTable> t = AgencyTable::Parse(kTable, "agencies.tsv");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->FindDomain("Reference(s):\nhttps://news.cgtn.com/news/2024/x.html"), "CGTN");
  EXPECT_EQ(t->FindDomain("see english.news.cn today"), "Xinhua");
  EXPECT_EQ(t->FindDomain("(pna.gov.ph)"), "PNA");
  EXPECT_EQ(t->FindDomain("notcgtn.com"), "");
  EXPECT_EQ(t->FindDomain("nothing here"), "");
}

TEST(AgencyTableTest, EarliestDomainWins) {
  Result<AgencyTable> t = AgencyTable::Parse(kTable, "agencies.tsv");
  ASSERT_TRUE(t.ok());
  EXPECT_EQ(t->FindDomain("https://www.pna.gov.ph/a and https://cgtn.com/b"), "PNA");
}

TEST(AgencyTableTest, WrongFieldCountNamesFileAndLine) {
  Result<AgencyTable> t = AgencyTable::Parse("Xinhua\tXinhua\tnews.cn\nKyodo\tKyodo\n", "data/agencies.tsv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kInvalidArgument);
  EXPECT_EQ(t.status().message(), "data/agencies.tsv:2: expected 3 tab-separated fields, found 2");
}

TEST(AgencyTableTest, EmptyNameIsAnError) {
  Result<AgencyTable> t = AgencyTable::Parse("# c\n \tAlias\tx.com\n", "a.tsv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message(), "a.tsv:2: empty agency name");
}

TEST(AgencyTableTest, MissingAliasIsAnError) {
  Result<AgencyTable> t = AgencyTable::Parse("Yonhap\t - \tyna.co.kr\n", "a.tsv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message(), "a.tsv:1: agency has no alias");
}

TEST(AgencyTableTest, DomainWithoutDotIsAnError) {
  Result<AgencyTable> t = AgencyTable::Parse("\nTASS\tTASS\ttass\n", "a.tsv");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message(), "a.tsv:2: domain without a dot: tass");
}

TEST(AgencyTableTest, LoadNamesMissingFile) {
  testing::TempDir dir;
  Result<AgencyTable> t = AgencyTable::Load(dir.Path("none.tsv"));
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kIoError);
  EXPECT_NE(t.status().message().find(dir.Path("none.tsv")), std::string::npos);
}

TEST(AgencyTableTest, LoadReportsTheFilePathInParseErrors) {
  testing::TempDir dir;
  std::string path = dir.Write("agencies.tsv", "Antara\tAntara\n");
  Result<AgencyTable> t = AgencyTable::Load(path);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().message(), path + ":1: expected 3 tab-separated fields, found 2");
}

TEST(AgencyTableTest, ShippedTableLoads) {
  Result<AgencyTable> t = AgencyTable::Load(DYAD_SOURCE_DIR "/data/ingest/agencies.tsv");
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->FindAlias("Viet Nam News"), "VNS");
  EXPECT_EQ(t->FindAlias("Vietnamplus"), "Vietnamplus");
  EXPECT_EQ(t->FindDomain("https://news.cgtn.com/x"), "CGTN");
}

}  // namespace
}  // namespace dyad
