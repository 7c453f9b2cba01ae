#include "native/native_lexicon.h"

#include <gtest/gtest.h>

#include "testing/actor_fixture.h"
#include "testing/native_lexicon_fixture.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

struct Files {
  std::string actors = "Trung Quốc\tstate\tCHN\nViệt Nam\tstate\tVNM\nvới\tprep\t-\nbị\tpassive\t-\n";
  std::string modes = "sẽ\tintent\n";
  std::string events = "046\t$S hội đàm ... với $T\tmutual\n175\t$S đâm $T\n";
};

Result<std::unique_ptr<NativeLexicon>> Load(const testing::TempDir& dir, const Files& f) {
  return testing::LoadNativeLexicon(dir, f.actors, f.modes, f.events);
}

TEST(NativeLexiconTest, PatternsAreFoundByTheirLongestWordAndPassivesDerived) {
  testing::TempDir dir;
  Result<std::unique_ptr<NativeLexicon>> lex = Load(dir, Files());
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  // Two patterns and the passive of the transitive one ("$T bị $S đâm").
  ASSERT_EQ((*lex)->pattern_count(), 3u);
  const NativePattern& talks = (*lex)->pattern(0);
  EXPECT_TRUE(talks.mutual);
  EXPECT_EQ(talks.elements[talks.head].length, 2u);  // "hội đàm", not "với"
  const NativePattern& passive = (*lex)->pattern(2);
  EXPECT_EQ(passive.code, "175");
  EXPECT_EQ(passive.elements[0].kind, NativePattern::Element::kTarget);
  EXPECT_EQ(passive.elements[2].kind, NativePattern::Element::kSource);
}

TEST(NativeLexiconTest, TheLongestPhraseIsMatched) {
  testing::TempDir dir;
  Files f;
  f.actors += "phía Trung Quốc\tside\tCHN\n";
  Result<std::unique_ptr<NativeLexicon>> lex = Load(dir, f);
  ASSERT_TRUE(lex.ok()) << lex.status().message();
  std::string text = "Phía Trung Quốc";
  std::vector<NativeToken> t = NativeTokenize(text, 0, static_cast<uint32_t>(text.size()), nullptr);
  NativeLexicon::Match m = (*lex)->Longest(t, 0, t.size());
  ASSERT_EQ(m.length, 3u);
  EXPECT_EQ((*lex)->entry((*m.entries)[0]).kind, NativeEntryKind::kSide);
}

TEST(NativeLexiconTest, ABadLineNamesItsFileAndLine) {
  struct Case {
    std::string Files::*file;
    std::string line;
    std::string message;
  };
  const Case cases[] = {
      {&Files::actors, "Mỹ\tstate\tXXX\n", "actors.tsv:5: unknown state"},
      {&Files::actors, "Ai đó\tperson\tnobody_at_all\n", "actors.tsv:5: unknown person id"},
      {&Files::actors, "gì\tverb\t-\n", "actors.tsv:5: unknown kind"},
      {&Files::actors, "Bộ\ttitle\tgov\n", "actors.tsv:5: want a sector"},
      {&Files::modes, "có lẽ\tmaybe\n", "modes.tsv:2: unknown mode"},
      {&Files::events, "17\t$S đâm $T\n", "events.tsv:3: want a CAMEO code"},
      {&Files::events, "040\t$S gặp\n", "events.tsv:3: a pattern without $T must be mutual"},
      {&Files::events, "040\t$S $T gặp\n", "events.tsv:3: two slots side by side"},
      {&Files::events, "040\tgặp $T\n", "events.tsv:3: a pattern needs $S"},
      {&Files::events, "040\t$S gặp $T\tsometimes\n", "events.tsv:3: the third column"},
  };
  for (const Case& c : cases) {
    testing::TempDir dir;
    Files f;
    f.*c.file += c.line;
    Result<std::unique_ptr<NativeLexicon>> lex = Load(dir, f);
    ASSERT_FALSE(lex.ok()) << c.line;
    EXPECT_NE(lex.status().message().find(c.message), std::string::npos) << lex.status().message();
  }
}

TEST(NativeLexiconTest, TheShippedLexiconsLoad) {
  for (const char* lang : {"vi", "zh"}) {
    Result<std::unique_ptr<NativeLexicon>> lex =
        NativeLexicon::Load(std::string(DYAD_SOURCE_DIR) + "/data/native/" + lang, testing::ShippedActorDictionary(),
                            DefaultHanConverter(), std::string(lang) == "vi");
    ASSERT_TRUE(lex.ok()) << lex.status().message();
    EXPECT_GT((*lex)->pattern_count(), 150u) << lang;
  }
}

}  // namespace
}  // namespace dyad
