#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/folding.h"

namespace dyad {
namespace {

using Texts = std::vector<std::string_view>;

TEST(TokenizerTest, PossessiveIsItsOwnToken) {
  EXPECT_EQ(TokenTexts("china's"), (Texts{"china", "'s"}));
  EXPECT_EQ(TokenTexts(FoldString("China\u2019s coast guard")), (Texts{"china", "'s", "coast", "guard"}));
}

TEST(TokenizerTest, ApostropheNotFollowedByLoneSIsPunctuation) {
  EXPECT_EQ(TokenTexts("xi'an"), (Texts{"xi", "'", "an"}));
  EXPECT_EQ(TokenTexts("states' rights"), (Texts{"states", "'", "rights"}));
  EXPECT_EQ(TokenTexts("it'sy"), (Texts{"it", "'", "sy"}));
}

TEST(TokenizerTest, AbbreviationsSplitIntoLettersAndDots) {
  EXPECT_EQ(TokenTexts("u.s."), (Texts{"u", ".", "s", "."}));
  EXPECT_EQ(TokenTexts(FoldString("the U.S. envoy")), (Texts{"the", "u", ".", "s", ".", "envoy"}));
  EXPECT_EQ(TokenTexts("u.n."), (Texts{"u", ".", "n", "."}));
}

TEST(TokenizerTest, HyphenatedWordsSplit) {
  EXPECT_EQ(TokenTexts(FoldString("Sino-Vietnamese")), (Texts{"sino", "-", "vietnamese"}));
  EXPECT_EQ(TokenTexts(FoldString("Việt Nam–China")), (Texts{"viet", "nam", "-", "china"}));
}

TEST(TokenizerTest, NumbersAndPunctuation) {
  EXPECT_EQ(TokenTexts("on 3/3, 2024: (talks)"), (Texts{"on", "3", "/", "3", ",", "2024", ":", "(", "talks", ")"}));
}

TEST(TokenizerTest, NonAsciiBytesAreWordBytes) {
  EXPECT_EQ(TokenTexts("москва и пекин"), (Texts{"москва", "и", "пекин"}));
}

TEST(TokenizerTest, OffsetsAndKinds) {
  std::string s = "  japan's  pm.";
  std::vector<Token> t = Tokenize(s);
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].begin, 2u);
  EXPECT_EQ(t[0].end, 7u);
  EXPECT_TRUE(t[0].is_word);
  EXPECT_EQ(s.substr(t[1].begin, t[1].end - t[1].begin), "'s");
  EXPECT_EQ(s.substr(t[2].begin, t[2].end - t[2].begin), "pm");
  EXPECT_FALSE(t[3].is_word);
  EXPECT_EQ(t[3].begin, 13u);
}

TEST(TokenizerTest, EmptyAndBlank) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" \n\t ").empty());
}

}  // namespace
}  // namespace dyad
