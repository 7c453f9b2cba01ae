#include "actors/phrase_matcher.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace dyad {
namespace {

std::vector<std::string_view> Views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

// The reference: at each position try every phrase and keep the longest.
std::vector<std::pair<uint32_t, uint32_t>> NaiveFindAll(const std::vector<std::vector<std::string>>& phrases,
                                                        const std::vector<std::string>& tokens) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  size_t pos = 0;
  while (pos < tokens.size()) {
    size_t best = 0;
    for (const auto& p : phrases) {
      if (p.size() <= best || pos + p.size() > tokens.size()) continue;
      bool same = true;
      for (size_t k = 0; k < p.size() && same; ++k) same = tokens[pos + k] == p[k];
      if (same) best = p.size();
    }
    if (best > 0) {
      out.emplace_back(static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + best));
      pos += best;
    } else {
      ++pos;
    }
  }
  return out;
}

TEST(PhraseMatcherTest, TakesLongestPhraseFirst) {
  PhraseMatcher m;
  m.Add({"prime", "minister"}, 1);
  m.Add({"deputy", "prime", "minister"}, 2);
  m.Add({"minister"}, 3);
  std::vector<std::string> doc = {"the", "deputy", "prime", "minister", "and", "the", "minister"};
  auto matches = m.FindAll(m.Intern(Views(doc)));
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].begin, 1u);
  EXPECT_EQ(matches[0].end, 4u);
  EXPECT_EQ(m.Payloads(matches[0].node), std::vector<uint32_t>{2});
  EXPECT_EQ(matches[1].begin, 6u);
  EXPECT_EQ(m.Payloads(matches[1].node), std::vector<uint32_t>{3});
}

TEST(PhraseMatcherTest, KeepsEveryPayloadOfARepeatedPhrase) {
  PhraseMatcher m;
  m.Add({"georgia"}, 7);
  m.Add({"georgia"}, 8);
  auto matches = m.FindAll(m.Intern(Views({"georgia"})));
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(m.Payloads(matches[0].node), (std::vector<uint32_t>{7, 8}));
  EXPECT_EQ(m.phrase_count(), 1u);
}

TEST(PhraseMatcherTest, EmptyPhraseIsRefused) {
  PhraseMatcher m;
  EXPECT_FALSE(m.Add({}, 1));
}

TEST(PhraseMatcherTest, AgreesWithNaiveMatcherOnRandomInput) {
  std::mt19937 rng(20241012);
  const std::vector<std::string> vocabulary = {"a", "b", "c", "d", "e", "f"};
  for (int round = 0; round < 200; ++round) {
    std::vector<std::vector<std::string>> phrases;
    PhraseMatcher m;
    int n = 1 + static_cast<int>(rng() % 12);
    for (int i = 0; i < n; ++i) {
      std::vector<std::string> p;
      int len = 1 + static_cast<int>(rng() % 4);
      for (int k = 0; k < len; ++k) p.push_back(vocabulary[rng() % vocabulary.size()]);
      phrases.push_back(p);
      m.Add(Views(p), static_cast<uint32_t>(i));
    }
    std::vector<std::string> tokens;
    int len = static_cast<int>(rng() % 40);
    for (int k = 0; k < len; ++k) tokens.push_back(vocabulary[rng() % vocabulary.size()] );
    auto fast = m.FindAll(m.Intern(Views(tokens)));
    auto naive = NaiveFindAll(phrases, tokens);
    ASSERT_EQ(fast.size(), naive.size()) << "round " << round;
    for (size_t i = 0; i < fast.size(); ++i) {
      EXPECT_EQ(fast[i].begin, naive[i].first);
      EXPECT_EQ(fast[i].end, naive[i].second);
    }
  }
}

}  // namespace
}  // namespace dyad
