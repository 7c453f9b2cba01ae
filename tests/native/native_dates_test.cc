#include "native/native_dates.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

struct Found {
  std::vector<NativeToken> tokens;
  std::vector<NativeDate> dates;
};

Found Dates(std::string_view text, Day anchor, bool chinese) {
  Found f;
  f.tokens = NativeTokenize(text, 0, static_cast<uint32_t>(text.size()), DefaultHanConverter());
  f.dates = FindNativeDates(f.tokens, 0, f.tokens.size(), anchor, chinese);
  return f;
}

Day First(std::string_view text, Day anchor, bool chinese) {
  Found f = Dates(text, anchor, chinese);
  return f.dates.empty() ? 0 : f.dates[0].first;
}

TEST(NativeDatesTest, VietnameseDaysAsTheAgenciesWriteThem) {
  const Day anchor = 20260127;
  EXPECT_EQ(First("ngày 26/1/2026, hai bên", anchor, false), 20260126);
  EXPECT_EQ(First("Chiều 26/1, tại Hà Nội", anchor, false), 20260126);
  EXPECT_EQ(First("hôm 18/1 tàu", anchor, false), 20260118);
  EXPECT_EQ(First("ngày 26 tháng 1 năm 2026", anchor, false), 20260126);
  EXPECT_EQ(First("ngày 30 tháng 12", anchor, false), 20251230);  // the nearest year
  EXPECT_EQ(First("Sáng nay, Thủ tướng", anchor, false), 20260127);
  EXPECT_EQ(First("Bộ Ngoại giao hôm qua", anchor, false), 20260126);
  EXPECT_EQ(First("tối qua", anchor, false), 20260126);
  EXPECT_EQ(First("Hôm qua (27/1), người phát ngôn", anchor, false), 20260127);  // the day written out wins
  EXPECT_TRUE(Dates("Cùng ngày, hai bên", anchor, false).dates[0].same_day);
  EXPECT_EQ(Dates("Ngày hôm sau, hai bên", anchor, false).dates[0].offset, 1);
  EXPECT_EQ(Dates("một ngày trước đó", anchor, false).dates[0].offset, -1);
  // A fraction is no date; a day and month need their opener.
  EXPECT_TRUE(Dates("chiếm 1/3 dân số", anchor, false).dates.empty());
  Found month = Dates("tháng 3/2025", anchor, false);
  ASSERT_EQ(month.dates.size(), 1u);
  EXPECT_EQ(month.dates[0].precision, NativeDate::kMonth);
  EXPECT_EQ(month.dates[0].last, 20250331);
  EXPECT_EQ(Dates("năm 2023", anchor, false).dates[0].precision, NativeDate::kYear);
}

TEST(NativeDatesTest, AVietnameseDatelineIsMarked) {
  Found f = Dates("Viêng Chăn, 11/6 (TTXVN) - Chiều 10/6, Tổng Bí thư", 20250611, false);
  ASSERT_EQ(f.dates.size(), 2u);
  EXPECT_TRUE(f.dates[0].dateline);
  EXPECT_EQ(f.dates[0].first, 20250611);
  EXPECT_FALSE(f.dates[1].dateline);
  EXPECT_EQ(f.dates[1].first, 20250610);
}

TEST(NativeDatesTest, ChineseDaysAsTheAgenciesWriteThem) {
  const Day anchor = 20260127;
  EXPECT_EQ(First("2026年1月26日", anchor, true), 20260126);
  EXPECT_EQ(First("1月26日下午", anchor, true), 20260126);
  EXPECT_EQ(First("习近平26日在北京", anchor, true), 20260126);
  EXPECT_EQ(First("习近平30日在北京", anchor, true), 20251230);  // the 30th before the story: last month's
  EXPECT_EQ(First("昨天表示", anchor, true), 20260126);
  EXPECT_EQ(First("外交部今日表示", anchor, true), 20260127);
  EXPECT_EQ(First("12月28日", 20260105, true), 20251228);
  EXPECT_TRUE(Dates("同日，李强", anchor, true).dates[0].same_day);
  Found next = Dates("次日，双方", anchor, true);
  ASSERT_EQ(next.dates.size(), 1u);
  EXPECT_TRUE(next.dates[0].same_day);
  EXPECT_EQ(next.dates[0].offset, 1);
  EXPECT_EQ(Dates("此前一天，安瓦尔", anchor, true).dates[0].offset, -1);
  EXPECT_TRUE(Dates("3日本首相", anchor, true).dates.empty());  // 日本 is Japan
  // Taiwan's papers: the day of the month in brackets, which must agree.
  EXPECT_EQ(First("漁船昨（26）日晚間", anchor, true), 20260126);
  EXPECT_EQ(First("海巡署今（27）日發出聲明", anchor, true), 20260127);
  EXPECT_TRUE(Dates("昨（19）日", anchor, true).dates.empty() || First("昨（19）日", anchor, true) != 20260119);
  EXPECT_EQ(First("于6号抵达", anchor, true), 20260106);
  EXPECT_TRUE(Dates("渔船顺益兴6号", anchor, true).dates.empty());  // a vessel's name
  EXPECT_EQ(First("去年2月5日，洪森专程访华", anchor, true), 20250205);
  EXPECT_EQ(First("今年1月5日", anchor, true), 20260105);
  EXPECT_TRUE(Dates("于8日凌晨", anchor, true).dates[0].month_unwritten);  // the coder may give it another month
  EXPECT_FALSE(Dates("9月8日凌晨", anchor, true).dates[0].month_unwritten);
  Found month = Dates("2025年3月", anchor, true);
  ASSERT_EQ(month.dates.size(), 1u);
  EXPECT_EQ(month.dates[0].precision, NativeDate::kMonth);
}

TEST(NativeDatesTest, AChineseDatelineIsMarkedInEitherScript) {
  Found f = Dates("新华社河内1月26日电（记者 王明）", 20260127, true);
  ASSERT_EQ(f.dates.size(), 1u);
  EXPECT_TRUE(f.dates[0].dateline);
  Found g = Dates("（中央社記者陳怡台北11日電）", 20260211, true);
  ASSERT_EQ(g.dates.size(), 1u);
  EXPECT_TRUE(g.dates[0].dateline);
  EXPECT_EQ(g.dates[0].first, 20260211);
}

TEST(NativeDatesTest, WithoutAStoryDateOnlyFullDatesAreRead) {
  EXPECT_EQ(First("ngày 26/1/2026", 0, false), 20260126);
  EXPECT_TRUE(Dates("hôm qua", 0, false).dates.empty());
  EXPECT_TRUE(Dates("26日", 0, true).dates.empty());
}

}  // namespace
}  // namespace dyad
