// The pair model in the coder: what it adds to the patterns' events, where it
// stays silent, and the candidates `dyad learn` trains on.
#include <gtest/gtest.h>

#include <algorithm>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

bool Has(const std::vector<std::string>& keys, const std::string& prefix) {
  return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return k.rfind(prefix, 0) == 0; });
}

TEST(PairEventsTest, TheModelCodesAnActThePatternsDoNotList) {
  // No pattern reads "intercepted … and escorted it to": the model does.
  std::vector<std::string> keys = testing::EventKeys(testing::CodeStory(
      "Peru's navy intercepted an Ecuadorian fishing trawler in its waters and escorted it to Paita.", "2025-03-04"));
  EXPECT_TRUE(Has(keys, "PER>ECU:17")) << ::testing::PrintToString(keys);
  EXPECT_FALSE(Has(keys, "ECU>PER")) << ::testing::PrintToString(keys);
}

TEST(PairEventsTest, QuestionsAndDenialsAreLeftToThePatterns) {
  EXPECT_FALSE(Has(testing::EventKeys(testing::CodeStory(
                       "Did Peru's navy intercept an Ecuadorian fishing trawler in its waters?", "2025-03-04")),
                   "PER>ECU"));
  EXPECT_FALSE(Has(testing::EventKeys(testing::CodeStory("Lima denied that Peru's navy had intercepted an Ecuadorian "
                                                          "fishing trawler in its waters.",
                                                          "2025-03-04")),
                   "PER>ECU:17"));
}

TEST(PairEventsTest, StatesDoingOneActToAThirdAreFellowsNotParties) {
  const std::vector<CodedTuple> struck = {{"FRA", "LBY", "19"}, {"USA", "LBY", "19"}, {"GBR", "LBY", "19"}};
  EXPECT_TRUE(FellowsInAct(struck, "FRA", "USA", "19"));
  EXPECT_TRUE(FellowsInAct(struck, "USA", "FRA", "19"));
  EXPECT_FALSE(FellowsInAct(struck, "FRA", "USA", "16")) << "another act";
  EXPECT_FALSE(FellowsInAct(struck, "FRA", "LBY", "19")) << "the target is a party";
  // One state sanctioning two makes the two fellows as targets.
  const std::vector<CodedTuple> sanctioned = {{"USA", "IRN", "16"}, {"USA", "VEN", "16"}};
  EXPECT_TRUE(FellowsInAct(sanctioned, "IRN", "VEN", "16"));
  // A state's act on itself makes no fellow ("Indian jets struck … near Balakot").
  EXPECT_FALSE(FellowsInAct({{"IND", "IND", "19"}, {"PAK", "IND", "19"}}, "IND", "PAK", "19"));
}

TEST(PairEventsTest, EveryOrderedPairOfStatesIsACandidateWithItsFeatures) {
  Document doc;
  doc.id = "t";
  doc.text = "Russian troops shelled Ukrainian towns on Monday.";
  doc.published = "2024-05-07";
  std::vector<PairInstance> pairs = testing::SharedAnalyzer().PairInstances(doc);
  ASSERT_EQ(pairs.size(), 2u);
  const PairInstance& rus = pairs[0].source == "RUS" ? pairs[0] : pairs[1];
  EXPECT_EQ(rus.target, "UKR");
  auto has = [&](const std::string& f) {
    return std::find(rus.features.begin(), rus.features.end(), f) != rus.features.end();
  };
  EXPECT_TRUE(has("bias"));
  EXPECT_TRUE(has("sfirst"));
  EXPECT_TRUE(has("s_is_first"));
  EXPECT_TRUE(has("sS:MIL"));
  EXPECT_TRUE(has("lead"));
  EXPECT_TRUE(has("lex:19")) << "the patterns' own event is a feature";
  EXPECT_TRUE(std::is_sorted(rus.features.begin(), rus.features.end()));
  EXPECT_EQ(std::adjacent_find(rus.features.begin(), rus.features.end()), rus.features.end());
}

TEST(PairEventsTest, AStateNamedOnlyWithTheSourceInACompoundIsNoTarget) {
  // "both sides" names Laos with Vietnam, as its partner in what is said.
  Document doc;
  doc.id = "t";
  doc.text =
      "Vietnamese Foreign Minister Bui Thanh Son received the Lao ambassador in Hanoi on Monday. "
      "Son said both sides should keep strengthening their cooperation.";
  doc.published = "2024-05-07";
  std::vector<PairInstance> pairs = testing::SharedAnalyzer().PairInstances(doc);
  for (const PairInstance& p : pairs) {
    EXPECT_FALSE(p.sentence == 1 && p.source == "VNM") << "Laos is named only in \"both sides\" with the speaker";
  }
  EXPECT_FALSE(pairs.empty()) << "the first sentence names both";
  // A third state's appeal to "both sides" has both as targets.
  doc.text =
      "Fighting between Armenia and Azerbaijan flared on Monday. "
      "Russia urged both sides to observe the ceasefire.";
  pairs = testing::SharedAnalyzer().PairInstances(doc);
  EXPECT_TRUE(std::any_of(pairs.begin(), pairs.end(), [](const PairInstance& p) {
    return p.sentence == 1 && p.source == "RUS" && p.target == "ARM";
  })) << "Russia's appeal to both sides";
}

}  // namespace
}  // namespace dyad
