// PhraseIndex: names and topic words found in a story's tokens, longest
// first, with case and plural endings as the options say.
#include "relations/phrase_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tokens_for_test.h"

namespace dyad {
namespace {


// The raw text of each hit and its payload: "Belt and Road=1".
std::vector<std::string> Hits(const PhraseIndex& index, const std::string& raw) {
  DocumentTokens d = testing::OneSentenceTokens(raw);
  std::vector<std::string> out;
  for (const PhraseIndex::Hit& h : index.Find(d, raw, 0, static_cast<uint32_t>(d.size()))) {
    out.push_back(raw.substr(d.raw_begin[h.first], d.raw_end[h.last - 1] - d.raw_begin[h.first]) + "=" +
                  std::to_string(h.payload));
  }
  return out;
}

TEST(PhraseIndexTest, FindsTheLongestNameAtEachWord) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("Belt and Road", 1, {}));
  ASSERT_TRUE(index.Add("Belt and Road Initiative", 2, {}));
  ASSERT_TRUE(index.Add("3+3 strategic dialogue", 3, {}));
  EXPECT_EQ(Hits(index, "They linked the Belt and Road Initiative to the plan."),
            (std::vector<std::string>{"Belt and Road Initiative=2"}));
  EXPECT_EQ(Hits(index, "projects under the Belt and Road, and the 3+3 strategic dialogue met"),
            (std::vector<std::string>{"Belt and Road=1", "3+3 strategic dialogue=3"}));
}

TEST(PhraseIndexTest, CapitalsInTheNameMustBeWrittenAndOneWordNamesExactly) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("Quad", 1, {}));
  ASSERT_TRUE(index.Add("Steering Committee", 2, {}));
  ASSERT_TRUE(index.Add("bilateral cooperation steering committee", 3, {}));
  EXPECT_EQ(Hits(index, "leaders of the Quad met"), (std::vector<std::string>{"Quad=1"}));
  EXPECT_TRUE(Hits(index, "a quad bike and the QUAD").empty());
  EXPECT_TRUE(Hits(index, "a steering committee of experts").empty());
  EXPECT_EQ(Hits(index, "the Bilateral Cooperation Steering Committee"),
            (std::vector<std::string>{"Bilateral Cooperation Steering Committee=3"}));
}

TEST(PhraseIndexTest, SpacesBetweenWordsDoNotMatter) {
  PhraseIndex index;
  ASSERT_TRUE(index.Add("Steering Committee for Vietnam-China Bilateral Cooperation", 1, {}));
  // Vietnamese spelling, and two words run together where markup was stripped.
  EXPECT_EQ(Hits(index, "the Steering Committee for Việt Nam-ChinaBilateral Cooperation met"),
            (std::vector<std::string>{"Steering Committee for Việt Nam-ChinaBilateral Cooperation=1"}));
  // The capitals still count, wherever the words are split.
  EXPECT_TRUE(Hits(index, "the Steering Committee for Việt Nam-Chinabilateral cooperation met").empty());
}

TEST(PhraseIndexTest, APluralEndingOnlyWhenAsked) {
  PhraseIndex topics;
  ASSERT_TRUE(topics.Add("railway", 1, {.case_matters = false, .plural_ending = true}));
  ASSERT_TRUE(topics.Add("border gate", 2, {.case_matters = false, .plural_ending = true}));
  ASSERT_TRUE(topics.Add("policy", 3, {.case_matters = false, .plural_ending = true}));
  PhraseIndex names;
  ASSERT_TRUE(names.Add("railway", 1, {}));
  EXPECT_EQ(Hits(topics, "Railways and smart border gates; new policies"),
            (std::vector<std::string>{"Railways=1", "border gates=2", "policies=3"}));
  EXPECT_TRUE(Hits(names, "railways").empty());
  EXPECT_FALSE(topics.Add(" - ", 4, {}));  // no word
}

}  // namespace
}  // namespace dyad
