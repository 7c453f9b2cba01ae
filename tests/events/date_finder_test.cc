#include "events/date_finder.h"

#include <gtest/gtest.h>

#include "actors/document_tokens.h"

namespace dyad {
namespace {

std::vector<DateMention> Dates(const std::string& text, Day anchor) {
  static PhraseMatcher empty;
  DocumentTokens d = TokenizeDocument(text, {{0, static_cast<uint32_t>(text.size())}}, empty);
  return FindDates(d, 0, static_cast<uint32_t>(d.size()), anchor);
}

std::string One(const std::string& text, Day anchor) {
  auto v = Dates(text, anchor);
  if (v.size() != 1) return "count=" + std::to_string(v.size());
  std::string s = FormatMention(v[0]) + "/" + v[0].precision;
  if (v[0].precision == "range") s += "/" + FormatDay(v[0].last);
  return s;
}

TEST(DateFinderTest, WeekdayBeforeTheAnchor) {
  EXPECT_EQ(One("Xi said on Monday that", MakeDay(2021, 2, 9)), "2021-02-08/day");
  EXPECT_EQ(One("at their meeting on Wednesday", MakeDay(2024, 12, 25)), "2024-12-25/day");
  EXPECT_EQ(One("talks last Friday", MakeDay(2024, 3, 8)), "2024-03-01/day");
}

TEST(DateFinderTest, WeekdayBetweenTheDatelineAndThePublicationDay) {
  static PhraseMatcher empty;
  const std::string text = "denounced the communique on Saturday after talks on Friday and a visit on Thursday";
  DocumentTokens d = TokenizeDocument(text, {{0, static_cast<uint32_t>(text.size())}}, empty);
  // Filed on Friday 1969-11-21, published on Saturday 1969-11-22.
  std::vector<DateMention> v = FindDates(d, 0, static_cast<uint32_t>(d.size()), MakeDay(1969, 11, 21), MakeDay(1969, 11, 22));
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(FormatMention(v[0]), "1969-11-22") << "the publication day, not a week before the dateline";
  EXPECT_EQ(FormatMention(v[1]), "1969-11-21");
  EXPECT_EQ(FormatMention(v[2]), "1969-11-20");
  v = FindDates(d, 0, static_cast<uint32_t>(d.size()), MakeDay(1969, 11, 21));
  EXPECT_EQ(FormatMention(v[0]), "1969-11-15") << "without a later publication day, the Saturday before";
}

TEST(DateFinderTest, PartsOfTheStorysDay) {
  EXPECT_EQ(One("arrived at the airport tonight", MakeDay(1977, 11, 19)), "1977-11-19/day");
  EXPECT_EQ(One("crossed the canal this afternoon", MakeDay(1973, 10, 6)), "1973-10-06/day");
  EXPECT_EQ(One("shelled the town last night", MakeDay(1973, 10, 6)), "1973-10-05/day");
  EXPECT_EQ(One("shelled the town last evening", MakeDay(1973, 10, 6)), "count=0") << "not said so";
  EXPECT_EQ(One("shelled the town tonight", 0), "count=0") << "no anchor, no day";
}

TEST(DateFinderTest, RangesAndExplicitDays) {
  EXPECT_EQ(One("a working visit to China from October 9-12.", MakeDay(2024, 10, 12)),
            "2024-10-09/range/2024-10-12");
  EXPECT_EQ(One("from Oct. 30 to Nov. 2", MakeDay(2024, 11, 5)), "2024-10-30/range/2024-11-02");
  EXPECT_EQ(One("At a meeting on October 11 with", MakeDay(2024, 10, 12)), "2024-10-11/day");
  EXPECT_EQ(One("signed on March 3, 2023,", 0), "2023-03-03/day");
  EXPECT_EQ(One("on 9 February 2021", 0), "2021-02-09/day");
  EXPECT_EQ(One("published 2024-10-11 in", 0), "2024-10-11/day");
}

TEST(DateFinderTest, DecemberDateInAJanuaryStoryIsLastYear) {
  EXPECT_EQ(One("met on December 30", MakeDay(2025, 1, 3)), "2024-12-30/day");
}

TEST(DateFinderTest, ADayMonthsAheadInWordsOfWhatIsToComeIsThisYear) {
  // Months after the story's day, a bare date leans to last year, unless
  // the words before it say it is still to come.
  EXPECT_EQ(One("held reunions around Aug. 15", MakeDay(2000, 6, 15)), "1999-08-15/day");
  EXPECT_EQ(One("will arrange reunions around Aug. 15", MakeDay(2000, 6, 15)), "2000-08-15/day");
  EXPECT_EQ(One("the summit is scheduled for October 3", MakeDay(2000, 6, 15)), "2000-10-03/day");
}

TEST(DateFinderTest, RelativeMonthsAndYears) {
  EXPECT_EQ(One("Lam's state visit to China last August", MakeDay(2025, 1, 20)), "2024-08/month");
  EXPECT_EQ(One("earlier this month", MakeDay(2024, 6, 20)), "2024-06-01/range/2024-06-20");
  EXPECT_EQ(One("sanctions last week", MakeDay(2024, 12, 20)), "2024-12-09/range/2024-12-15");
  EXPECT_EQ(One("the 75th anniversary next year", MakeDay(2024, 10, 12)), "2025/year");
  EXPECT_EQ(One("in March 2023", 0), "2023-03/month");
  // A day with its year told relatively.
  EXPECT_EQ(One("severed ties with Doha on June 5 last year", MakeDay(2018, 6, 12)), "2017-06-05/day");
  EXPECT_EQ(One("on 3 March of next year", MakeDay(2018, 6, 12)), "2019-03-03/day");
}

TEST(DateFinderTest, AnEarlierYearAloneIsTheEventsYear) {
  EXPECT_EQ(One("fought a war in the Cenepa valley in 1995", MakeDay(2009, 1, 7)), "1995/year");
  EXPECT_EQ(One("clashed along the border in early 2020", MakeDay(2021, 1, 7)), "2020/year");
  // A year to come, or the anchor's own, is no act's: a plan's target, or a
  // year the story's finer dates tell better.
  EXPECT_TRUE(Dates("pledged to build a railway in 2030", MakeDay(2021, 1, 7)).empty());
  EXPECT_TRUE(Dates("the talks held in 2021", MakeDay(2021, 6, 7)).empty());
  EXPECT_TRUE(Dates("in 1995", 0).empty());
}

TEST(DateFinderTest, AYearWrittenOutHoldsForTheLaterDaysOfTheSentence) {
  EXPECT_EQ(One("paid a visit in April last year", MakeDay(1961, 10, 6)), "1960-04/month");
  auto v = Dates("visited in April last year and signed a treaty on April 28", MakeDay(1961, 10, 6));
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(FormatMention(v[1]), "1960-04-28");
  v = Dates("the war of 1971, which ended on December 16", MakeDay(2001, 12, 20));
  ASSERT_EQ(v.size(), 1u) << "a year without \"in\" names no date";
  v = Dates("troops landed in 1983 and withdrew in December", MakeDay(1985, 6, 1));
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(FormatMention(v[1]), "1983-12");
  EXPECT_EQ(One("the treaty signed on March 3", MakeDay(1961, 10, 6)), "1961-03-03/day") << "none written: the anchor's";
}

TEST(DateFinderTest, UnknownStaysUnknown) {
  EXPECT_TRUE(Dates("said on Monday that", 0).empty());
  EXPECT_TRUE(Dates("last August", 0).empty());
  EXPECT_TRUE(Dates("The minister may visit in spring.", MakeDay(2024, 1, 1)).empty());
  EXPECT_TRUE(Dates("development visions for 2030 and 2045", MakeDay(2024, 1, 1)).empty());
}

}  // namespace
}  // namespace dyad
