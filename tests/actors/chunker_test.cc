// FindChunks on hostile sentences: its cost must stay linear in the sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/chunker.h"
#include "actors/document_tokens.h"
#include "testing/actor_fixture.h"
#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

const ActorDictionary& Dict() { return testing::ShippedActorDictionary(); }

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// analyzer_fuzz: a MB of state names without a stop was one phrase that
// Extend rescanned for every name it added (256 KB took 2 minutes under
// ASan). A phrase now stops at 32 elements, so the cost is linear.
TEST(ChunkerTest, ARunOfNamesWithoutAStopIsCutIntoBoundedPhrases) {
  const int kRuns = 2000;  // 12,000 names
  std::string text = Repeat("Turkey Greece Cyprus Egypt Israel Iran ", kRuns);
  DocumentTokens d = TokenizeDocument(text, {{0, static_cast<uint32_t>(text.size())}}, Dict().matcher());
  std::vector<RawChunk> chunks =
      FindChunks(Dict(), d, 0, static_cast<uint32_t>(d.size()), [](uint32_t) { return false; });
  size_t elements = 0;
  for (const RawChunk& c : chunks) {
    EXPECT_LE(c.elements.size(), 32u);
    elements += c.elements.size();
  }
  EXPECT_GE(chunks.size(), static_cast<size_t>(6 * kRuns / 32));
  EXPECT_EQ(elements, static_cast<size_t>(6 * kRuns));  // every name is still in a phrase
}

TEST(ChunkerTest, TheWholeAnalysisOfSuchAStoryFinishes) {
  AnalyzedDocument a = testing::CodeStory(Repeat("Turkey Greece Cyprus Egypt Israel Iran ", 5000), "2024-03-04");
  EXPECT_FALSE(a.mentions.empty());
}

}  // namespace
}  // namespace dyad
