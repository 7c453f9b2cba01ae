// The shipped pair model is the one the development sets train now: a change
// to the lexicon, the dictionaries or a set that moves the model's features
// or labels is followed by scripts/learn.sh.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "engine/pair_learning.h"
#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

// The model's records, without the comments (which name the sets' paths).
std::string Records(const std::string& text) {
  std::istringstream in(text);
  std::string out;
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') out += line + "\n";
  }
  return out;
}

TEST(PairModelFileTest, TheShippedModelIsTheOneTheDevSetsTrain) {
  const fs::path root(DYAD_SOURCE_DIR);
  std::vector<std::string> sets;
  for (const auto& e : fs::directory_iterator(root / "tests" / "golden" / "dev")) {
    if (fs::exists(e.path() / "gold.jsonl")) sets.push_back(e.path().string());
  }
  std::sort(sets.begin(), sets.end());
  ASSERT_FALSE(sets.empty());
  PairLearningStats stats;
  Result<std::string> trained = LearnPairModel((root / "data").string(), sets, PairTrainingOptions{},
                                               [](const std::string& m) { ADD_FAILURE() << m; }, &stats);
  ASSERT_TRUE(trained.ok()) << trained.status().message();
  const std::string shipped = testing::Slurp(root / "data" / "events" / "pair_model.tsv");
  // Compared whole, not with EXPECT_EQ: a diff of megabytes helps no one.
  EXPECT_TRUE(Records(*trained) == Records(shipped))
      << "data/events/pair_model.tsv is stale: run scripts/learn.sh (" << stats.documents << " documents)";
}

}  // namespace
}  // namespace dyad
