#include "native/native_story.h"

#include <gtest/gtest.h>

#include "testing/native_lexicon_fixture.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

// A small Chinese lexicon written for these tests.
std::unique_ptr<NativeLexicon> Lexicon(const testing::TempDir& dir) {
  return testing::NativeLexiconOrFail(dir,
                                      "越南\tstate\tVNM\n中国\tstate\tCHN\n菲律宾\tstate\tPHL\n渔船\tgroup\tCVL\n"
                                      "海警\torg\tMIL\n中央社\toutlet\tTWN\n"
                                      "其\tback\t-\n我们\twe\t-\n他\the\t-\n对\tprep\t-\n外交部\torg\tGOV home\n",
                                      "将\tintent\n", "175\t$S 对 $T ... 登临检查\n");
}

// The story of `text`, one sentence per "。", chunked and resolved.
NativeStory Story(const NativeLexicon& lex, const std::string& text) {
  NativeStory story;
  story.tokens = NativeTokenize(text, 0, static_cast<uint32_t>(text.size()), DefaultHanConverter());
  uint32_t begin = 0;
  for (uint32_t i = 0; i < story.tokens.size(); ++i) {
    if (story.tokens[i].key != "." && i + 1 != story.tokens.size()) continue;
    NativeSentence s;
    s.begin = begin;
    s.end = i + 1;
    story.sentences.push_back(s);
    begin = i + 1;
  }
  FindNativeActors(lex, testing::ShippedActorDictionary(), text, 20260127, "CHN", true, 0, &story);
  return story;
}

const NativeChunk* ChunkHow(const NativeStory& story, const std::string& how) {
  for (const NativeChunk& c : story.chunks) {
    if (c.how == how) return &c;
  }
  return nullptr;
}

TEST(NativeStoryTest, ReferencesBackAreAnotherStatesActorToldBefore) {
  testing::TempDir dir;
  std::unique_ptr<NativeLexicon> lex = Lexicon(dir);
  ASSERT_NE(lex, nullptr);
  NativeStory story = Story(*lex, "一艘越南渔船进入该海域，中国海警依法对其进行登临检查。");
  const NativeChunk* back = ChunkHow(story, "back");
  ASSERT_NE(back, nullptr);
  ASSERT_EQ(back->actors.size(), 1u);
  EXPECT_EQ(back->actors[0].country, "VNM");
  // With no actor before it in its sentence, who acts is unknown: so is "其".
  NativeStory alone = Story(*lex, "依法对其进行登临检查。");
  ASSERT_NE(ChunkHow(alone, "back"), nullptr);
  EXPECT_TRUE(ChunkHow(alone, "back")->actors.empty());
}

TEST(NativeStoryTest, WeAndHeOpeningAClauseAreTheSpeaker) {
  testing::TempDir dir;
  std::unique_ptr<NativeLexicon> lex = Lexicon(dir);
  ASSERT_NE(lex, nullptr);
  NativeStory story = Story(*lex, "中国外交部表示，菲律宾渔船非法进入。我们要求菲方停止。他还说，中方愿意对话。");
  const NativeChunk* we = ChunkHow(story, "we");
  ASSERT_NE(we, nullptr);
  ASSERT_EQ(we->actors.size(), 1u);
  EXPECT_EQ(we->actors[0].country, "CHN");
}

TEST(NativeStoryTest, TheOutletNamesTheStateAStoryIsWrittenFrom) {
  testing::TempDir dir;
  std::unique_ptr<NativeLexicon> lex = Lexicon(dir);
  ASSERT_NE(lex, nullptr);
  NativeStory story = Story(*lex, "（中央社记者台北27日电）外交部表示关切。");
  EXPECT_EQ(OutletHome(*lex, story, "CHN"), "TWN");
  NativeStory plain = Story(*lex, "外交部表示关切。");
  EXPECT_EQ(OutletHome(*lex, plain, "CHN"), "CHN");
}

}  // namespace
}  // namespace dyad
