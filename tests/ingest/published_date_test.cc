#include "ingest/published_date.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(PublishedDateTest, PlainIsoDate) {
  EXPECT_EQ(ParsePublishedDate("2024-10-12"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("  2024-10-12\n"), "2024-10-12");
}

TEST(PublishedDateTest, IsoDateTimesKeepTheWrittenDate) {
  EXPECT_EQ(ParsePublishedDate("2024-10-12T08:30:00+07:00"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("2024-10-12T23:59:59Z"), "2024-10-12");
  // Late evening west of UTC is the next day in UTC; the written day wins.
  EXPECT_EQ(ParsePublishedDate("2024-10-12T22:00:00-05:00"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("2024-10-12T08:30:00.123Z"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("2024-10-12 08:30:00"), "2024-10-12");
}

TEST(PublishedDateTest, Rfc822AsRssWritesIt) {
  EXPECT_EQ(ParsePublishedDate("Sat, 12 Oct 2024 08:30:00 +0700"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("Tue, 03 Sep 2024 10:00:00 GMT"), "2024-09-03");
  EXPECT_EQ(ParsePublishedDate("12 Oct 2024"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("1 Jan 2025 00:00 +0000"), "2025-01-01");
}

TEST(PublishedDateTest, LongFormEnglishDates) {
  EXPECT_EQ(ParsePublishedDate("October 12, 2024"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("12 October 2024"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("Oct. 12, 2024"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("Sept. 3, 2024"), "2024-09-03");
  EXPECT_EQ(ParsePublishedDate("Saturday, October 12, 2024"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("October 12th, 2024"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("3rd March 2024"), "2024-03-03");
  EXPECT_EQ(ParsePublishedDate("May 5, 2024 at 9:15 am"), "2024-05-05");
}

TEST(PublishedDateTest, MonthNamesIgnoreCase) {
  EXPECT_EQ(ParsePublishedDate("OCTOBER 12, 2024"), "2024-10-12");
  EXPECT_EQ(ParsePublishedDate("12 dec 2024"), "2024-12-12");
}

TEST(PublishedDateTest, LeapYears) {
  EXPECT_EQ(ParsePublishedDate("2024-02-29"), "2024-02-29");
  EXPECT_EQ(ParsePublishedDate("2000-02-29"), "2000-02-29");
  EXPECT_EQ(ParsePublishedDate("2023-02-29"), "");
  EXPECT_EQ(ParsePublishedDate("1900-02-29"), "");  // divisible by 100, not by 400
  EXPECT_EQ(ParsePublishedDate("29 Feb 2023"), "");
  EXPECT_EQ(ParsePublishedDate("February 29, 2024"), "2024-02-29");
}

TEST(PublishedDateTest, RejectsImpossibleDates) {
  EXPECT_EQ(ParsePublishedDate("2024-02-30"), "");
  EXPECT_EQ(ParsePublishedDate("2024-04-31"), "");
  EXPECT_EQ(ParsePublishedDate("2024-13-01"), "");
  EXPECT_EQ(ParsePublishedDate("2024-00-10"), "");
  EXPECT_EQ(ParsePublishedDate("2024-10-00"), "");
  EXPECT_EQ(ParsePublishedDate("31 Apr 2024"), "");
  EXPECT_EQ(ParsePublishedDate("October 32, 2024"), "");
}

TEST(PublishedDateTest, YearsOutsideRangeAreRejected) {
  EXPECT_EQ(ParsePublishedDate("1900-01-01"), "1900-01-01");
  EXPECT_EQ(ParsePublishedDate("2100-12-31"), "2100-12-31");
  EXPECT_EQ(ParsePublishedDate("1899-12-31"), "");
  EXPECT_EQ(ParsePublishedDate("2101-01-01"), "");
  EXPECT_EQ(ParsePublishedDate("12 Oct 0024"), "");
}

TEST(PublishedDateTest, RejectsOtherText) {
  EXPECT_EQ(ParsePublishedDate(""), "");
  EXPECT_EQ(ParsePublishedDate("   "), "");
  EXPECT_EQ(ParsePublishedDate("yesterday"), "");
  EXPECT_EQ(ParsePublishedDate("12/10/2024"), "");  // day/month order is ambiguous
  EXPECT_EQ(ParsePublishedDate("20241012"), "");
  EXPECT_EQ(ParsePublishedDate("2024-10-12junk"), "");
  EXPECT_EQ(ParsePublishedDate("2024-1-12"), "");
  EXPECT_EQ(ParsePublishedDate("October 2024"), "");
  EXPECT_EQ(ParsePublishedDate("12 Foo 2024"), "");
  EXPECT_EQ(ParsePublishedDate("12 Oct 2024abc"), "");
  EXPECT_EQ(ParsePublishedDate("Oct 12, 24"), "");
  EXPECT_EQ(ParsePublishedDate("Sat,"), "");
}

}  // namespace
}  // namespace dyad
