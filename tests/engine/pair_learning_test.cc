// Which sentences of a story set teach the pair model (src/engine/pair_learning.h).
// Stories written for this test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "engine/pair_learning.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

void Write(const fs::path& p, const std::string& text) {
  std::ofstream out(p);
  out << text;
}

// A set of one story naming Japan and China in two sentences; the gold's
// event says by its "what" which sentence tells it.
size_t PositivesFor(const std::string& what) {
  const fs::path dir = fs::temp_directory_path() / ("dyad_pair_learning_" + std::to_string(what.size()));
  fs::remove_all(dir);
  fs::create_directories(dir / "stories");
  Write(dir / "sentences.jsonl", "{\"id\": \"s1\", \"published\": \"2024-05-08\", \"text\": \"It rained in Osaka.\"}\n");
  Write(dir / "gold.jsonl", "{\"doc\": \"s1\", \"countries\": [], \"required\": [], \"allowed\": [], \"negatives\": []}\n");
  Write(dir / "stories" / "001_collision.txt",
        "date 2024-05-08\n\nTrawler row\n\nTOKYO, May 8 (Kyodo) - Japanese and Chinese officials held talks in "
        "Tokyo on Wednesday.\n\nJapan lodged a strong protest with China over the collision of a trawler with a "
        "Japanese patrol boat.\n");
  Write(dir / "stories_gold.jsonl",
        "{\"doc\": \"001_collision\", \"countries\": [\"JPN\", \"CHN\"], \"published\": \"2024-05-08\", "
        "\"required\": [{\"source\": \"JPN\", \"target\": \"CHN\", \"code\": \"111\", \"what\": \"" + what +
            "\"}], \"allowed\": [], \"negatives\": []}\n");
  PairLearningStats stats;
  Result<std::string> model = LearnPairModel((fs::path(DYAD_SOURCE_DIR) / "data").string(), {dir.string()},
                                             PairTrainingOptions{}, [](const std::string& m) { ADD_FAILURE() << m; },
                                             &stats);
  fs::remove_all(dir);
  EXPECT_TRUE(model.ok()) << model.status().message();
  return stats.positives;
}

TEST(PairLearningTest, TheStorySentenceSharingTheEventsWordsTeachesIt) {
  // Both sentences name the pair; "lodged a protest … collision" is the second's.
  EXPECT_EQ(PositivesFor("lodged protest over collision of trawler"), 1u);
}

TEST(PairLearningTest, AStoryEventNoSentenceTellsAloneTeachesNone) {
  // Too few words in any sentence (two: "protest", "collision"): no sentence is taught.
  EXPECT_EQ(PositivesFor("complained bitterly of the protest and the collision"), 0u);
}

}  // namespace
}  // namespace dyad
