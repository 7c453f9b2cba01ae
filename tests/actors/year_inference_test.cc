#include <gtest/gtest.h>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using testing::CodeStory;

TEST(YearInferenceTest, OfficesHeldTogetherAndWeekdayFixTheYear) {
  // Trong was both general secretary and state president only from late 2018
  // to April 2021; a Monday one day before Feb. 9 happens only in 2021.
  AnalyzedDocument a = CodeStory(
      "Chinese President Xi Jinping said on Monday that ties were strong. Xi spoke by telephone with Nguyen Phu "
      "Trong, general secretary of the Communist Party of Vietnam Central Committee and Vietnamese president.",
      "", "BEIJING", 2, 9);
  EXPECT_EQ(a.inferred_year, 2021);
  EXPECT_NE(a.inferred_year_reason.find("2021"), std::string::npos);
  for (const EventRecord& e : a.events) {
    if (e.cameo == "041") {
      EXPECT_EQ(e.date, "2021-02-08");
    }
  }
}

TEST(YearInferenceTest, NoTitlesNoYear) {
  AnalyzedDocument a = CodeStory("Officials said on Monday that talks would go on.", "", "BEIJING", 2, 9);
  EXPECT_EQ(a.inferred_year, 0);
}

TEST(YearInferenceTest, PublishedDateNeedsNoInference) {
  AnalyzedDocument a = CodeStory("Xi Jinping met Nguyen Phu Trong, Vietnamese president, on Monday.", "2019-05-07");
  EXPECT_EQ(a.inferred_year, 0);
}

}  // namespace
}  // namespace dyad
