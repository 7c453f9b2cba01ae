// The pair model in the coder: what it adds to the patterns' events, where it
// stays silent, and the candidates `dyad learn` trains on.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <unistd.h>

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


// The repository's dictionaries with a model that reads a disapproval (11)
// into every ordered pair of states: what the coder lets through is what
// its rules let through, whatever the trained model says.
class OneRootModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    namespace fs = std::filesystem;
    dir_ = new fs::path(fs::temp_directory_path() / ("dyad_one_root_model_" + std::to_string(::getpid())));
    fs::remove_all(*dir_);
    fs::copy(fs::path(DYAD_SOURCE_DIR) / "data", *dir_, fs::copy_options::recursive);
    std::ofstream(*dir_ / "events" / "pair_model.tsv") << "threshold\t0.5\nfeature\tbias\t11:6|111:6\n";
    Result<std::unique_ptr<Analyzer>> a = Analyzer::Create(dir_->string());
    ASSERT_TRUE(a.ok()) << a.status().message();
    analyzer_ = std::move(a).value().release();
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    std::filesystem::remove_all(*dir_);
    delete dir_;
  }
  static std::vector<std::string> Keys(const std::string& text) {
    Document doc;
    doc.id = "t";
    doc.text = text;
    doc.published = "2024-05-07";
    return testing::EventKeys(analyzer_->Analyze(std::move(doc)));
  }
  static std::filesystem::path* dir_;
  static Analyzer* analyzer_;
};
std::filesystem::path* OneRootModelTest::dir_ = nullptr;
Analyzer* OneRootModelTest::analyzer_ = nullptr;

TEST_F(OneRootModelTest, StatesNamedOnlyTogetherInAListDoNoOneWayActToEachOther) {
  std::vector<std::string> keys =
      Keys("According to the envoy, both Chile and Peru remain committed members of the Pacific Alliance.");
  EXPECT_FALSE(Has(keys, "CHL>PER:11")) << ::testing::PrintToString(keys);
  EXPECT_FALSE(Has(keys, "PER>CHL:11")) << ::testing::PrintToString(keys);
  // "each other", "the other", "each": they may.
  keys = Keys("Chile and Peru accused each other of stalling the talks.");
  EXPECT_TRUE(Has(keys, "CHL>PER:11")) << ::testing::PrintToString(keys);
  keys = Keys("Chile and Peru each blamed the other for the delay.");
  EXPECT_TRUE(Has(keys, "PER>CHL:11")) << ::testing::PrintToString(keys);
  // Named apart from the list, a state may act on the other.
  keys = Keys("Chile's foreign minister spoke as Chile and Peru remained at odds over the maritime border.");
  EXPECT_TRUE(Has(keys, "CHL>PER:11")) << ::testing::PrintToString(keys);
  // A list a preposition governs is no subject.
  keys = Keys("The border between Chile and Peru remained unmarked on Tuesday.");
  EXPECT_TRUE(Has(keys, "PER>CHL:11")) << ::testing::PrintToString(keys);
}

}  // namespace
}  // namespace dyad
