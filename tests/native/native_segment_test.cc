#include "native/native_segment.h"

#include <gtest/gtest.h>

#include "native/native_names.h"
#include "testing/native_lexicon_fixture.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

// A small Chinese lexicon written for these tests.
std::unique_ptr<NativeLexicon> Lexicon(const testing::TempDir& dir) {
  return testing::NativeLexiconOrFail(dir,
                                      "菲律宾\tstate\tPHL\n菲律宾海\tplace\t-\n海警\torg\tMIL\n对\tprep\t-\n台湾\tstate\tTWN\n"
                                      "发言人\ttitle\tGOV\n田\tsurname\t-\n菲\tabbr\tPHL\n外交部\torg\tGOV home\n",
                                      "将\tintent\n", "152\t$S 向 $T ... 派遣 ... 军\n100\t$S 对台 ... 要求 $T\n");
}

struct Cut {
  std::vector<NativeToken> tokens;
  NativeSentence sentence;
};

Cut Segment(const NativeLexicon& lex, std::string_view text, bool chinese) {
  Cut c;
  c.tokens = NativeTokenize(text, 0, static_cast<uint32_t>(text.size()), DefaultHanConverter());
  c.sentence.begin = 0;
  c.sentence.end = static_cast<uint32_t>(c.tokens.size());
  SegmentNative(lex, c.tokens, chinese, &c.sentence);
  return c;
}

std::vector<uint32_t> Lengths(const Cut& c) {
  std::vector<uint32_t> out;
  for (const NativeSegment& s : c.sentence.segments) out.push_back(s.end - s.begin);
  return out;
}

TEST(NativeSegmentTest, ChineseLeavesFewestCharactersOutsideThePhrases) {
  testing::TempDir dir;
  std::unique_ptr<NativeLexicon> lex = Lexicon(dir);
  ASSERT_NE(lex, nullptr);
  // Longest match would take 菲律宾海 (a place) and leave 警 alone.
  EXPECT_EQ(Lengths(Segment(*lex, "菲律宾海警", true)), (std::vector<uint32_t>{3, 2}));
  // The sea alone is still the place.
  EXPECT_EQ(Lengths(Segment(*lex, "菲律宾海", true)), (std::vector<uint32_t>{4}));
  // "对台" of a pattern does not cut 台湾 in two.
  EXPECT_EQ(Lengths(Segment(*lex, "对台湾", true)), (std::vector<uint32_t>{1, 2}));
}

TEST(NativeSegmentTest, AOneCharacterStateNameIsNoPhrase) {
  testing::TempDir dir;
  std::unique_ptr<NativeLexicon> lex = Lexicon(dir);
  ASSERT_NE(lex, nullptr);
  Cut c = Segment(*lex, "菲外交部", true);
  ASSERT_EQ(Lengths(c), (std::vector<uint32_t>{1, 3}));
  EXPECT_EQ(c.sentence.segments[0].entries, nullptr);
  EXPECT_EQ(lex->AbbreviatedState(c.tokens[0].key), "PHL");
  EXPECT_EQ(lex->AbbreviatedState("越"), "");
}

TEST(NativeSegmentTest, ANameAfterATitleBeginsWithAFamilyName) {
  testing::TempDir dir;
  std::unique_ptr<NativeLexicon> lex = Lexicon(dir);
  ASSERT_NE(lex, nullptr);
  // 发言人 | 田 军 里 | 20 日: "军" is a pattern's word, still part of the name.
  Cut c = Segment(*lex, "发言人田军里20日表示", true);
  EXPECT_EQ(StoryNames::NameAfterTitle(*lex, c.tokens, c.sentence.segments, 1), 3u);
  StoryNames names;
  names.Remember(c.tokens, c.sentence.segments, 1, 3, ResolvedActor());
  Cut later = Segment(*lex, "田军里指出", true);
  const ResolvedActor* actor = nullptr;
  EXPECT_EQ(names.Recall(*lex, later.tokens, later.sentence.segments, 0, &actor), 3u);
  EXPECT_NE(actor, nullptr);
  // No family name, no name: "发言人今天表示".
  Cut none = Segment(*lex, "发言人今天表示", true);
  EXPECT_EQ(StoryNames::NameAfterTitle(*lex, none.tokens, none.sentence.segments, 1), 0u);
}

}  // namespace
}  // namespace dyad
