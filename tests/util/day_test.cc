// Calendar days: parsing accepts only real dates, so a user's from/to filter
// of 2024-13-45 is an error rather than an empty or surprising answer.
#include "util/day.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(DayTest, ParsesFullAndPartialDates) {
  EXPECT_EQ(ParseDay("2024-10-12", false), 20241012);
  EXPECT_EQ(ParseDay("2024-02", false), 20240201);
  EXPECT_EQ(ParseDay("2024-02", true), 20240229);
  EXPECT_EQ(ParseDay("2023-02", true), 20230228);
  EXPECT_EQ(ParseDay("2024", false), 20240101);
  EXPECT_EQ(ParseDay("2024", true), 20241231);
}

TEST(DayTest, ImpossibleCalendarDatesAreRejected) {
  for (const char* bad : {"2024-13-45", "2024-13-01", "2024-00-10", "2024-04-31", "2024-02-30", "2023-02-29",
                          "2024-01-00", "2024-13", "2024-00", "0000", "0000-01-01", "2024-1-5", "2024/01/05",
                          "20240105", "yesterday", "", "2024-01-05T00"}) {
    EXPECT_EQ(ParseDay(bad, false), 0) << bad;
    EXPECT_EQ(ParseDay(bad, true), 0) << bad;
    EXPECT_FALSE(IsDateBound(bad)) << bad;
  }
}

TEST(DayTest, RealDatesAreDateBounds) {
  for (const char* good : {"2024", "2024-12", "2024-02-29", "2000-02-29", "2023-12-31", "0001-01-01"}) {
    EXPECT_TRUE(IsDateBound(good)) << good;
  }
  EXPECT_FALSE(IsDateBound("1900-02-29"));  // not a leap year: divisible by 100, not 400
}

TEST(DayTest, NamesOfWeekdaysAndMonthsInFoldedText) {
  EXPECT_TRUE(IsWeekdayName("saturday"));
  EXPECT_FALSE(IsWeekdayName("Saturday"));  // folded text only
  EXPECT_FALSE(IsWeekdayName("weekend"));
  EXPECT_TRUE(IsMonthName("may"));
  EXPECT_FALSE(IsMonthName("mayor"));
}

}  // namespace
}  // namespace dyad
