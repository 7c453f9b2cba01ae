// The development sets of tests/golden/dev stay above their floors: recall
// and precision by CAMEO root and direction, as `dyad eval --match root`
// scores them. A change to the lexicon or the coder that loses what was
// gained fails here.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine/evaluator.h"
#include "ingest/input_reader.h"
#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;
const fs::path kDev = fs::path(DYAD_SOURCE_DIR) / "tests" / "golden" / "dev";

EvalReport Score(const std::vector<fs::path>& inputs, const fs::path& gold_file) {
  auto agencies = AgencyTable::Load(std::string(DYAD_SOURCE_DIR) + "/data/ingest/agencies.tsv");
  EXPECT_TRUE(agencies.ok());
  InputReader reader(std::move(agencies).value());
  std::vector<EventRecord> events;
  for (const fs::path& input : inputs) {
    reader.ReadBytes(
        testing::Slurp(input), input.string(),
        [&](Document&& doc) {
          AnalyzedDocument a = testing::SharedAnalyzer().Analyze(std::move(doc));
          for (EventRecord& e : a.events) events.push_back(std::move(e));
        },
        [&](InputProblem&& p) { ADD_FAILURE() << p.where << ": " << p.message; });
  }
  Result<std::vector<GoldDocument>> gold = ParseGold(testing::Slurp(gold_file), gold_file.string());
  EXPECT_TRUE(gold.ok()) << gold.status().message();
  TruncateGoldToRoots(&*gold);
  return Evaluate(*gold, events);
}

std::vector<fs::path> StoryFiles(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

void ExpectAbove(const EvalReport& r, double recall, double precision, const std::string& name) {
  std::printf("%s: %s\n", name.c_str(), r.Summary().c_str());
  EXPECT_GE(r.Recall(), recall) << name << ": " << r.Summary();
  EXPECT_GE(r.Precision(), precision) << name << ": " << r.Summary();
}

TEST(DevSetsTest, SentencesStayAboveTheirFloors) {
  ExpectAbove(Score({kDev / "a" / "sentences.jsonl"}, kDev / "a" / "gold.jsonl"), 0.88, 0.95, "a sentences");
  ExpectAbove(Score({kDev / "b" / "sentences.jsonl"}, kDev / "b" / "gold.jsonl"), 0.92, 0.94, "b sentences");
  ExpectAbove(Score({kDev / "c" / "sentences.jsonl"}, kDev / "c" / "gold.jsonl"), 0.86, 0.92, "c sentences");
  ExpectAbove(Score({kDev / "d" / "sentences.jsonl"}, kDev / "d" / "gold.jsonl"), 0.88, 0.93, "d sentences");
  ExpectAbove(Score({kDev / "e" / "sentences.jsonl"}, kDev / "e" / "gold.jsonl"), 0.86, 0.89, "e sentences");
  ExpectAbove(Score({kDev / "f" / "sentences.jsonl"}, kDev / "f" / "gold.jsonl"), 0.82, 0.92, "f sentences");
  ExpectAbove(Score({kDev / "g" / "sentences.jsonl"}, kDev / "g" / "gold.jsonl"), 0.80, 0.89, "g sentences");
  ExpectAbove(Score({kDev / "h" / "sentences.jsonl"}, kDev / "h" / "gold.jsonl"), 0.78, 0.90, "h sentences");
  ExpectAbove(Score({kDev / "i" / "sentences.jsonl"}, kDev / "i" / "gold.jsonl"), 0.73, 0.92, "i sentences");
  ExpectAbove(Score({kDev / "j" / "sentences.jsonl"}, kDev / "j" / "gold.jsonl"), 0.78, 0.93, "j sentences");
  ExpectAbove(Score({kDev / "k" / "sentences.jsonl"}, kDev / "k" / "gold.jsonl"), 0.78, 0.92, "k sentences");
  ExpectAbove(Score({kDev / "l" / "sentences.jsonl"}, kDev / "l" / "gold.jsonl"), 0.78, 0.91, "l sentences");
  ExpectAbove(Score({kDev / "m" / "sentences.jsonl"}, kDev / "m" / "gold.jsonl"), 0.79, 0.90, "m sentences");
  ExpectAbove(Score({kDev / "n" / "sentences.jsonl"}, kDev / "n" / "gold.jsonl"), 0.73, 0.90, "n sentences");
  ExpectAbove(Score({kDev / "o" / "sentences.jsonl"}, kDev / "o" / "gold.jsonl"), 0.735, 0.90, "o sentences");
  ExpectAbove(Score({kDev / "s" / "sentences.jsonl"}, kDev / "s" / "gold.jsonl"), 0.77, 0.92, "s sentences");
  ExpectAbove(Score({kDev / "r" / "sentences.jsonl"}, kDev / "r" / "gold.jsonl"), 0.76, 0.85, "r sentences");
  ExpectAbove(Score({kDev / "q" / "sentences.jsonl"}, kDev / "q" / "gold.jsonl"), 0.79, 0.89, "q sentences");
  ExpectAbove(Score({kDev / "t" / "sentences.jsonl"}, kDev / "t" / "gold.jsonl"), 0.72, 0.80, "t sentences");
  ExpectAbove(Score({kDev / "u" / "sentences.jsonl"}, kDev / "u" / "gold.jsonl"), 0.73, 0.83, "u sentences");
  ExpectAbove(Score({kDev / "v" / "sentences.jsonl"}, kDev / "v" / "gold.jsonl"), 0.80, 0.83, "v sentences");
  ExpectAbove(Score({kDev / "w" / "sentences.jsonl"}, kDev / "w" / "gold.jsonl"), 0.70, 0.84, "w sentences");
  ExpectAbove(Score({kDev / "x" / "sentences.jsonl"}, kDev / "x" / "gold.jsonl"), 0.77, 0.88, "x sentences");
  ExpectAbove(Score({kDev / "aa" / "sentences.jsonl"}, kDev / "aa" / "gold.jsonl"), 0.82, 0.93, "aa sentences");
  ExpectAbove(Score({kDev / "y" / "sentences.jsonl"}, kDev / "y" / "gold.jsonl"), 0.78, 0.93, "y sentences");
  ExpectAbove(Score({kDev / "ab" / "sentences.jsonl"}, kDev / "ab" / "gold.jsonl"), 0.68, 0.92, "ab sentences");
  ExpectAbove(Score({kDev / "ac" / "sentences.jsonl"}, kDev / "ac" / "gold.jsonl"), 0.79, 0.92, "ac sentences");
  ExpectAbove(Score({kDev / "ad" / "sentences.jsonl"}, kDev / "ad" / "gold.jsonl"), 0.83, 0.92, "ad sentences");
  ExpectAbove(Score({kDev / "ae" / "sentences.jsonl"}, kDev / "ae" / "gold.jsonl"), 0.81, 0.92, "ae sentences");
  ExpectAbove(Score({kDev / "af" / "sentences.jsonl"}, kDev / "af" / "gold.jsonl"), 0.81, 0.90, "af sentences");
  ExpectAbove(Score({kDev / "ag" / "sentences.jsonl"}, kDev / "ag" / "gold.jsonl"), 0.86, 0.90, "ag sentences");
  ExpectAbove(Score({kDev / "ah" / "sentences.jsonl"}, kDev / "ah" / "gold.jsonl"), 0.91, 0.89, "ah sentences");
  ExpectAbove(Score({kDev / "ai" / "sentences.jsonl"}, kDev / "ai" / "gold.jsonl"), 0.88, 0.90, "ai sentences");
  ExpectAbove(Score({kDev / "aj" / "sentences.jsonl"}, kDev / "aj" / "gold.jsonl"), 0.89, 0.91, "aj sentences");
  ExpectAbove(Score({kDev / "ak" / "sentences.jsonl"}, kDev / "ak" / "gold.jsonl"), 0.92, 0.92, "ak sentences");
  ExpectAbove(Score({kDev / "al" / "sentences.jsonl"}, kDev / "al" / "gold.jsonl"), 0.87, 0.91, "al sentences");
  ExpectAbove(Score({kDev / "am" / "sentences.jsonl"}, kDev / "am" / "gold.jsonl"), 0.92, 0.93, "am sentences");
  ExpectAbove(Score({kDev / "an" / "sentences.jsonl"}, kDev / "an" / "gold.jsonl"), 0.91, 0.90, "an sentences");
  ExpectAbove(Score({kDev / "ao" / "sentences.jsonl"}, kDev / "ao" / "gold.jsonl"), 0.91, 0.91, "ao sentences");
  ExpectAbove(Score({kDev / "ap" / "sentences.jsonl"}, kDev / "ap" / "gold.jsonl"), 0.86, 0.93, "ap sentences");
  ExpectAbove(Score({kDev / "aq" / "sentences.jsonl"}, kDev / "aq" / "gold.jsonl"), 0.91, 0.92, "aq sentences");
  ExpectAbove(Score({kDev / "ar" / "sentences.jsonl"}, kDev / "ar" / "gold.jsonl"), 0.87, 0.90, "ar sentences");
  ExpectAbove(Score({kDev / "as" / "sentences.jsonl"}, kDev / "as" / "gold.jsonl"), 0.90, 0.92, "as sentences");
  ExpectAbove(Score({kDev / "at" / "sentences.jsonl"}, kDev / "at" / "gold.jsonl"), 0.89, 0.93, "at sentences");
  ExpectAbove(Score({kDev / "au" / "sentences.jsonl"}, kDev / "au" / "gold.jsonl"), 0.89, 0.92, "au sentences");
  ExpectAbove(Score({kDev / "av" / "sentences.jsonl"}, kDev / "av" / "gold.jsonl"), 0.91, 0.92, "av sentences");
  ExpectAbove(Score({kDev / "aw" / "sentences.jsonl"}, kDev / "aw" / "gold.jsonl"), 0.93, 0.94, "aw sentences");
  ExpectAbove(Score({kDev / "ax" / "sentences.jsonl"}, kDev / "ax" / "gold.jsonl"), 0.90, 0.93, "ax sentences");
  ExpectAbove(Score({kDev / "ay" / "sentences.jsonl"}, kDev / "ay" / "gold.jsonl"), 0.92, 0.93, "ay sentences");
  ExpectAbove(Score({kDev / "az" / "sentences.jsonl"}, kDev / "az" / "gold.jsonl"), 0.91, 0.93, "az sentences");
  ExpectAbove(Score({kDev / "ba" / "sentences.jsonl"}, kDev / "ba" / "gold.jsonl"), 0.93, 0.95, "ba sentences");
  ExpectAbove(Score({kDev / "bb" / "sentences.jsonl"}, kDev / "bb" / "gold.jsonl"), 0.94, 0.94, "bb sentences");
  ExpectAbove(Score({kDev / "bc" / "sentences.jsonl"}, kDev / "bc" / "gold.jsonl"), 0.87, 0.92, "bc sentences");
  ExpectAbove(Score({kDev / "bd" / "sentences.jsonl"}, kDev / "bd" / "gold.jsonl"), 0.89, 0.93, "bd sentences");
  ExpectAbove(Score({kDev / "be" / "sentences.jsonl"}, kDev / "be" / "gold.jsonl"), 0.91, 0.93, "be sentences");
  ExpectAbove(Score({kDev / "bf" / "sentences.jsonl"}, kDev / "bf" / "gold.jsonl"), 0.90, 0.93, "bf sentences");
  ExpectAbove(Score({kDev / "bg" / "sentences.jsonl"}, kDev / "bg" / "gold.jsonl"), 0.86, 0.89, "bg sentences");
  ExpectAbove(Score({kDev / "bh" / "sentences.jsonl"}, kDev / "bh" / "gold.jsonl"), 0.85, 0.92, "bh sentences");
  ExpectAbove(Score({kDev / "bi" / "sentences.jsonl"}, kDev / "bi" / "gold.jsonl"), 0.84, 0.91, "bi sentences");
  ExpectAbove(Score({kDev / "bj" / "sentences.jsonl"}, kDev / "bj" / "gold.jsonl"), 0.91, 0.93, "bj sentences");
  ExpectAbove(Score({kDev / "bk" / "sentences.jsonl"}, kDev / "bk" / "gold.jsonl"), 0.94, 0.95, "bk sentences");
  ExpectAbove(Score({kDev / "bl" / "sentences.jsonl"}, kDev / "bl" / "gold.jsonl"), 0.89, 0.92, "bl sentences");
  ExpectAbove(Score({kDev / "bm" / "sentences.jsonl"}, kDev / "bm" / "gold.jsonl"), 0.89, 0.92, "bm sentences");
  ExpectAbove(Score({kDev / "bn" / "sentences.jsonl"}, kDev / "bn" / "gold.jsonl"), 0.93, 0.93, "bn sentences");
  ExpectAbove(Score({kDev / "bo" / "sentences.jsonl"}, kDev / "bo" / "gold.jsonl"), 0.94, 0.93, "bo sentences");
  ExpectAbove(Score({kDev / "bp" / "sentences.jsonl"}, kDev / "bp" / "gold.jsonl"), 0.95, 0.94, "bp sentences");
  ExpectAbove(Score({kDev / "bq" / "sentences.jsonl"}, kDev / "bq" / "gold.jsonl"), 0.95, 0.94, "bq sentences");
  ExpectAbove(Score({kDev / "br" / "sentences.jsonl"}, kDev / "br" / "gold.jsonl"), 0.92, 0.94, "br sentences");
  ExpectAbove(Score({kDev / "bs" / "sentences.jsonl"}, kDev / "bs" / "gold.jsonl"), 0.94, 0.94, "bs sentences");
  ExpectAbove(Score({kDev / "bt" / "sentences.jsonl"}, kDev / "bt" / "gold.jsonl"), 0.94, 0.94, "bt sentences");
}

TEST(DevSetsTest, StoriesStayAboveTheirFloors) {
  ExpectAbove(Score(StoryFiles(kDev / "a" / "stories"), kDev / "a" / "stories_gold.jsonl"), 0.76, 0.94, "a stories");
  ExpectAbove(Score(StoryFiles(kDev / "b" / "stories"), kDev / "b" / "stories_gold.jsonl"), 0.70, 0.95, "b stories");
  ExpectAbove(Score(StoryFiles(kDev / "c" / "stories"), kDev / "c" / "stories_gold.jsonl"), 0.68, 0.91, "c stories");
  ExpectAbove(Score(StoryFiles(kDev / "d" / "stories"), kDev / "d" / "stories_gold.jsonl"), 0.71, 0.90, "d stories");
  ExpectAbove(Score(StoryFiles(kDev / "e" / "stories"), kDev / "e" / "stories_gold.jsonl"), 0.57, 0.89, "e stories");
  ExpectAbove(Score(StoryFiles(kDev / "f" / "stories"), kDev / "f" / "stories_gold.jsonl"), 0.60, 0.89, "f stories");
  ExpectAbove(Score(StoryFiles(kDev / "g" / "stories"), kDev / "g" / "stories_gold.jsonl"), 0.48, 0.87, "g stories");
  ExpectAbove(Score(StoryFiles(kDev / "h" / "stories"), kDev / "h" / "stories_gold.jsonl"), 0.58, 0.89, "h stories");
  ExpectAbove(Score(StoryFiles(kDev / "i" / "stories"), kDev / "i" / "stories_gold.jsonl"), 0.50, 0.84, "i stories");
  ExpectAbove(Score(StoryFiles(kDev / "j" / "stories"), kDev / "j" / "stories_gold.jsonl"), 0.51, 0.87, "j stories");
  ExpectAbove(Score(StoryFiles(kDev / "k" / "stories"), kDev / "k" / "stories_gold.jsonl"), 0.54, 0.83, "k stories");
  ExpectAbove(Score(StoryFiles(kDev / "l" / "stories"), kDev / "l" / "stories_gold.jsonl"), 0.45, 0.84, "l stories");
  ExpectAbove(Score(StoryFiles(kDev / "m" / "stories"), kDev / "m" / "stories_gold.jsonl"), 0.51, 0.86, "m stories");
  ExpectAbove(Score(StoryFiles(kDev / "n" / "stories"), kDev / "n" / "stories_gold.jsonl"), 0.57, 0.90, "n stories");
  ExpectAbove(Score(StoryFiles(kDev / "o" / "stories"), kDev / "o" / "stories_gold.jsonl"), 0.55, 0.84, "o stories");
  ExpectAbove(Score(StoryFiles(kDev / "s" / "stories"), kDev / "s" / "stories_gold.jsonl"), 0.60, 0.88, "s stories");
  ExpectAbove(Score(StoryFiles(kDev / "r" / "stories"), kDev / "r" / "stories_gold.jsonl"), 0.56, 0.74, "r stories");
  ExpectAbove(Score(StoryFiles(kDev / "q" / "stories"), kDev / "q" / "stories_gold.jsonl"), 0.54, 0.80, "q stories");
  ExpectAbove(Score(StoryFiles(kDev / "t" / "stories"), kDev / "t" / "stories_gold.jsonl"), 0.58, 0.82, "t stories");
  ExpectAbove(Score(StoryFiles(kDev / "u" / "stories"), kDev / "u" / "stories_gold.jsonl"), 0.56, 0.80, "u stories");
  ExpectAbove(Score(StoryFiles(kDev / "v" / "stories"), kDev / "v" / "stories_gold.jsonl"), 0.50, 0.85, "v stories");
  ExpectAbove(Score(StoryFiles(kDev / "w" / "stories"), kDev / "w" / "stories_gold.jsonl"), 0.34, 0.72, "w stories");
  // x stories: 0.841 precision at the start of session 33, 0.839 once the model trained on BD too.
  ExpectAbove(Score(StoryFiles(kDev / "x" / "stories"), kDev / "x" / "stories_gold.jsonl"), 0.51, 0.83, "x stories");
  ExpectAbove(Score(StoryFiles(kDev / "aa" / "stories"), kDev / "aa" / "stories_gold.jsonl"), 0.64, 0.94, "aa stories");
  ExpectAbove(Score(StoryFiles(kDev / "y" / "stories"), kDev / "y" / "stories_gold.jsonl"), 0.53, 0.90, "y stories");
  ExpectAbove(Score(StoryFiles(kDev / "ab" / "stories"), kDev / "ab" / "stories_gold.jsonl"), 0.66, 0.91, "ab stories");
  ExpectAbove(Score(StoryFiles(kDev / "ac" / "stories"), kDev / "ac" / "stories_gold.jsonl"), 0.65, 0.91, "ac stories");
  ExpectAbove(Score(StoryFiles(kDev / "ad" / "stories"), kDev / "ad" / "stories_gold.jsonl"), 0.65, 0.91, "ad stories");
  ExpectAbove(Score(StoryFiles(kDev / "ae" / "stories"), kDev / "ae" / "stories_gold.jsonl"), 0.62, 0.89, "ae stories");
  ExpectAbove(Score(StoryFiles(kDev / "af" / "stories"), kDev / "af" / "stories_gold.jsonl"), 0.67, 0.82, "af stories");
  ExpectAbove(Score(StoryFiles(kDev / "ag" / "stories"), kDev / "ag" / "stories_gold.jsonl"), 0.65, 0.92, "ag stories");
  ExpectAbove(Score(StoryFiles(kDev / "ah" / "stories"), kDev / "ah" / "stories_gold.jsonl"), 0.68, 0.88, "ah stories");
  ExpectAbove(Score(StoryFiles(kDev / "ai" / "stories"), kDev / "ai" / "stories_gold.jsonl"), 0.72, 0.90, "ai stories");
  ExpectAbove(Score(StoryFiles(kDev / "aj" / "stories"), kDev / "aj" / "stories_gold.jsonl"), 0.68, 0.85, "aj stories");
  ExpectAbove(Score(StoryFiles(kDev / "ak" / "stories"), kDev / "ak" / "stories_gold.jsonl"), 0.72, 0.85, "ak stories");
  ExpectAbove(Score(StoryFiles(kDev / "al" / "stories"), kDev / "al" / "stories_gold.jsonl"), 0.65, 0.87, "al stories");
  ExpectAbove(Score(StoryFiles(kDev / "am" / "stories"), kDev / "am" / "stories_gold.jsonl"), 0.73, 0.89, "am stories");
  ExpectAbove(Score(StoryFiles(kDev / "an" / "stories"), kDev / "an" / "stories_gold.jsonl"), 0.68, 0.91, "an stories");
  ExpectAbove(Score(StoryFiles(kDev / "ao" / "stories"), kDev / "ao" / "stories_gold.jsonl"), 0.70, 0.85, "ao stories");
  ExpectAbove(Score(StoryFiles(kDev / "ap" / "stories"), kDev / "ap" / "stories_gold.jsonl"), 0.65, 0.88, "ap stories");
  ExpectAbove(Score(StoryFiles(kDev / "aq" / "stories"), kDev / "aq" / "stories_gold.jsonl"), 0.77, 0.88, "aq stories");
  ExpectAbove(Score(StoryFiles(kDev / "ar" / "stories"), kDev / "ar" / "stories_gold.jsonl"), 0.68, 0.90, "ar stories");
  ExpectAbove(Score(StoryFiles(kDev / "as" / "stories"), kDev / "as" / "stories_gold.jsonl"), 0.65, 0.87, "as stories");
  ExpectAbove(Score(StoryFiles(kDev / "at" / "stories"), kDev / "at" / "stories_gold.jsonl"), 0.67, 0.91, "at stories");
  ExpectAbove(Score(StoryFiles(kDev / "au" / "stories"), kDev / "au" / "stories_gold.jsonl"), 0.64, 0.88, "au stories");
  ExpectAbove(Score(StoryFiles(kDev / "av" / "stories"), kDev / "av" / "stories_gold.jsonl"), 0.69, 0.87, "av stories");
  ExpectAbove(Score(StoryFiles(kDev / "aw" / "stories"), kDev / "aw" / "stories_gold.jsonl"), 0.67, 0.90, "aw stories");
  ExpectAbove(Score(StoryFiles(kDev / "ax" / "stories"), kDev / "ax" / "stories_gold.jsonl"), 0.64, 0.85, "ax stories");
  ExpectAbove(Score(StoryFiles(kDev / "ay" / "stories"), kDev / "ay" / "stories_gold.jsonl"), 0.69, 0.88, "ay stories");
  ExpectAbove(Score(StoryFiles(kDev / "az" / "stories"), kDev / "az" / "stories_gold.jsonl"), 0.72, 0.91, "az stories");
  ExpectAbove(Score(StoryFiles(kDev / "ba" / "stories"), kDev / "ba" / "stories_gold.jsonl"), 0.68, 0.93, "ba stories");
  ExpectAbove(Score(StoryFiles(kDev / "bb" / "stories"), kDev / "bb" / "stories_gold.jsonl"), 0.63, 0.86, "bb stories");
  ExpectAbove(Score(StoryFiles(kDev / "bc" / "stories"), kDev / "bc" / "stories_gold.jsonl"), 0.71, 0.87, "bc stories");
  ExpectAbove(Score(StoryFiles(kDev / "bd" / "stories"), kDev / "bd" / "stories_gold.jsonl"), 0.68, 0.95, "bd stories");
  ExpectAbove(Score(StoryFiles(kDev / "be" / "stories"), kDev / "be" / "stories_gold.jsonl"), 0.62, 0.88, "be stories");
  ExpectAbove(Score(StoryFiles(kDev / "bf" / "stories"), kDev / "bf" / "stories_gold.jsonl"), 0.76, 0.90, "bf stories");
  ExpectAbove(Score(StoryFiles(kDev / "bg" / "stories"), kDev / "bg" / "stories_gold.jsonl"), 0.72, 0.90, "bg stories");
  ExpectAbove(Score(StoryFiles(kDev / "bh" / "stories"), kDev / "bh" / "stories_gold.jsonl"), 0.66, 0.92, "bh stories");
  ExpectAbove(Score(StoryFiles(kDev / "bi" / "stories"), kDev / "bi" / "stories_gold.jsonl"), 0.67, 0.89, "bi stories");
  ExpectAbove(Score(StoryFiles(kDev / "bj" / "stories"), kDev / "bj" / "stories_gold.jsonl"), 0.70, 0.89, "bj stories");
  ExpectAbove(Score(StoryFiles(kDev / "bk" / "stories"), kDev / "bk" / "stories_gold.jsonl"), 0.73, 0.88, "bk stories");
  ExpectAbove(Score(StoryFiles(kDev / "bl" / "stories"), kDev / "bl" / "stories_gold.jsonl"), 0.72, 0.89, "bl stories");
  ExpectAbove(Score(StoryFiles(kDev / "bm" / "stories"), kDev / "bm" / "stories_gold.jsonl"), 0.66, 0.88, "bm stories");
  ExpectAbove(Score(StoryFiles(kDev / "bn" / "stories"), kDev / "bn" / "stories_gold.jsonl"), 0.72, 0.86, "bn stories");
  ExpectAbove(Score(StoryFiles(kDev / "bo" / "stories"), kDev / "bo" / "stories_gold.jsonl"), 0.78, 0.91, "bo stories");
  ExpectAbove(Score(StoryFiles(kDev / "bp" / "stories"), kDev / "bp" / "stories_gold.jsonl"), 0.66, 0.89, "bp stories");
  ExpectAbove(Score(StoryFiles(kDev / "bq" / "stories"), kDev / "bq" / "stories_gold.jsonl"), 0.91, 0.94, "bq stories");
  ExpectAbove(Score(StoryFiles(kDev / "br" / "stories"), kDev / "br" / "stories_gold.jsonl"), 0.88, 0.93, "br stories");
  ExpectAbove(Score(StoryFiles(kDev / "bs" / "stories"), kDev / "bs" / "stories_gold.jsonl"), 0.88, 0.94, "bs stories");
  ExpectAbove(Score(StoryFiles(kDev / "bt" / "stories"), kDev / "bt" / "stories_gold.jsonl"), 0.90, 0.92, "bt stories");
}

// The Vietnamese and Chinese sets (issue 14), coded by src/native.
TEST(DevSetsTest, NativeSetsStayAboveTheirFloors) {
  struct Set {
    const char* name;
    double sentences_recall, sentences_precision, stories_recall, stories_precision;
  };
  const Set sets[] = {
      {"native-vi", 0.79, 0.91, 0.86, 0.98},
      {"native-zh", 0.82, 0.97, 0.92, 0.98},
      {"native-vi1", 0.73, 0.95, 0.82, 0.93},  // measured blind once in session 17, then folded in
      {"native-zh1", 0.82, 0.97, 0.88, 0.96},
      {"native-vi2", 0.69, 0.91, 0.86, 0.91},  // measured blind once in session 18, then folded in; 0.91: background kept (session 20)
      {"native-zh2", 0.85, 0.97, 0.89, 0.95},
      {"native-vi3", 0.69, 0.91, 0.86, 0.91},  // measured blind once at the end of session 18, then folded in
      {"native-zh3", 0.81, 0.96, 0.88, 0.96},
      {"native-vi4", 0.70, 0.96, 0.90, 0.95},  // measured blind once in session 19, then folded in
      {"native-zh4", 0.82, 0.95, 0.89, 0.96},
      {"native-vi5", 0.78, 0.91, 0.83, 0.89},  // measured blind once at the end of session 19, then folded in
      {"native-zh5", 0.80, 0.96, 0.90, 0.95},
      {"native-vi6", 0.70, 0.90, 0.80, 0.91},  // measured blind once in session 20, then folded in
      {"native-zh6", 0.64, 0.89, 0.83, 0.93},
  };
  for (const Set& set : sets) {
    const fs::path dir = kDev / set.name;
    ExpectAbove(Score({dir / "sentences.jsonl"}, dir / "gold.jsonl"), set.sentences_recall, set.sentences_precision,
                std::string(set.name) + " sentences");
    ExpectAbove(Score(StoryFiles(dir / "stories"), dir / "stories_gold.jsonl"), set.stories_recall,
                set.stories_precision, std::string(set.name) + " stories");
  }
}

}  // namespace
}  // namespace dyad
