// The codebook and verb patterns load from the repository, and a bad line is
// reported with its file and line.
#include <gtest/gtest.h>

#include <algorithm>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "actors/compound_participles.h"
#include "events/act_kinds.h"
#include "events/codebook.h"
#include "events/relative_days.h"
#include "events/verb_classes.h"
#include "events/verb_patterns.h"

namespace dyad {
namespace {

const std::string kEvents = std::string(DYAD_SOURCE_DIR) + "/data/events";

TEST(CodebookTest, HasEveryLevelWithGoldsteinAndQuadClass) {
  auto book = Codebook::Load(kEvents + "/cameo.tsv");
  ASSERT_TRUE(book.ok()) << book.status().message();
  EXPECT_GE((*book)->size(), 300u);
  const CameoCode* c = (*book)->Find("057");
  ASSERT_NE(c, nullptr);
  EXPECT_DOUBLE_EQ(c->goldstein, 8.0);
  EXPECT_EQ(c->quad_class, 1);
  EXPECT_EQ(c->plover, "SUPPORT");
  ASSERT_NE((*book)->Find("163"), nullptr);
  EXPECT_EQ((*book)->Find("163")->quad_class, 4);
  EXPECT_EQ((*book)->Find("020")->plover, "");
}

TEST(CodebookTest, BadLineNamesFileAndLine) {
  auto book = Codebook::Parse("# header\n01\t0.0\t1\t-\tMAKE PUBLIC STATEMENT\n0x1\t1\t1\t-\tBad\n", "cameo.tsv");
  ASSERT_FALSE(book.ok());
  EXPECT_EQ(book.status().message().rfind("cameo.tsv:3:", 0), 0u) << book.status().message();
}

TEST(VerbPatternsTest, RepositoryPatternsLoad) {
  auto book = Codebook::Load(kEvents + "/cameo.tsv");
  ASSERT_TRUE(book.ok());
  std::unordered_set<std::string> codes;
  for (const std::string& c : (*book)->Codes()) codes.insert(c);
  auto patterns = VerbPatterns::LoadDirectory(kEvents + "/lexicon", codes, kEvents + "/word_classes.tsv");
  ASSERT_TRUE(patterns.ok()) << patterns.status().message();
  EXPECT_GE((*patterns)->patterns().size(), 100u);
  EXPECT_TRUE((*patterns)->Vocabulary().count("summon"));
}

TEST(VerbPatternsTest, UnknownCodeAndMissingFlagAreRejected) {
  std::unordered_set<std::string> codes = {"040", "051"};
  auto bad_code = VerbPatterns::Parse("999\tmeet $T\n", "verbs.tsv", codes);
  ASSERT_FALSE(bad_code.ok());
  EXPECT_NE(bad_code.status().message().find("verbs.tsv:1: unknown CAMEO code 999"), std::string::npos);
  auto no_flag = VerbPatterns::Parse("040\tmeet $T\n051\tpraise\n", "verbs.tsv", codes);
  ASSERT_FALSE(no_flag.ok());
  EXPECT_NE(no_flag.status().message().find("verbs.tsv:2:"), std::string::npos);
  auto bad_word = VerbPatterns::Parse("040\tMeet $T\n", "verbs.tsv", codes);
  EXPECT_FALSE(bad_word.ok());
}

TEST(VerbPatternsTest, UnderscoreJoinsTheWordsOfOneAlternative) {
  auto patterns = VerbPatterns::Parse("126\tturn_down|reject $T\n", "verbs.tsv", {"126"});
  ASSERT_TRUE(patterns.ok()) << patterns.status().message();
  std::vector<std::vector<std::string>> spelled;
  for (const VerbPattern& p : (*patterns)->patterns()) {
    if (p.passive) continue;
    std::vector<std::string> words;
    for (const PatternElement& e : p.elements) words.push_back(e.kind == SlotKind::kWord ? e.words[0] : "$");
    spelled.push_back(words);
  }
  EXPECT_NE(std::find(spelled.begin(), spelled.end(), std::vector<std::string>{"turn", "down", "$"}), spelled.end());
  EXPECT_NE(std::find(spelled.begin(), spelled.end(), std::vector<std::string>{"reject", "$"}), spelled.end());
  auto bad = VerbPatterns::Parse("126\tturn__down $T\n", "verbs.tsv", {"126"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("verbs.tsv:1:"), std::string::npos);
}

TEST(VerbPatternsTest, LargeNumbersAreAWordClass) {
  EXPECT_TRUE(VerbPatterns::Parse("201\tdeport * #many $T\n", "verbs.tsv", {"201"}).ok());
  auto bad = VerbPatterns::Parse("201\tdeport * #few $T\n", "verbs.tsv", {"201"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("unknown word class #few"), std::string::npos);
}

TEST(VerbPatternsTest, AFallbackPatternWeighsNothing) {
  auto parsed = VerbPatterns::Parse("030\tpledge to help * $T\tfallback\n030\tpledge to help * $T\n", "verbs.tsv",
                                    {"030"});
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  const std::vector<VerbPattern>& patterns = (*parsed)->patterns();
  ASSERT_GE(patterns.size(), 2u);
  EXPECT_TRUE(patterns[0].fallback);
  EXPECT_EQ(patterns[0].literal_words, 0);
  EXPECT_FALSE(patterns[1].fallback);
  EXPECT_GT(patterns[1].literal_words, 0);
  auto bad = VerbPatterns::Parse("030\tpledge to help * $T\tfalback\n", "verbs.tsv", {"030"});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("verbs.tsv:1: unknown flag falback"), std::string::npos);
}

TEST(VerbPatternsTest, WordClassesStandForTheirWords) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("dyad_classes_" + std::to_string(::getpid()));
  fs::create_directories(dir / "lexicon");
  auto write = [](const fs::path& p, const std::string& text) { std::ofstream(p) << text; };
  write(dir / "lexicon" / "11.tsv", "111\tcondemn * #act\tpartner\n");
  write(dir / "classes.tsv", "# acts\nact\traid|demolition\n");
  auto ok = VerbPatterns::LoadDirectory((dir / "lexicon").string(), {"111"}, (dir / "classes.tsv").string());
  ASSERT_TRUE(ok.ok()) << ok.status().message();
  const std::vector<std::string>& words = (*ok)->patterns()[0].elements.back().words;
  EXPECT_EQ(words, (std::vector<std::string>{"raid", "demolition"}));
  // A class the lexicon names must exist; a bad class line names its file and line.
  auto unknown = VerbPatterns::LoadDirectory((dir / "lexicon").string(), {"111"});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("unknown word class #act"), std::string::npos);
  write(dir / "classes.tsv", "act\traid\nact\tdemolition\n");
  auto twice = VerbPatterns::LoadDirectory((dir / "lexicon").string(), {"111"}, (dir / "classes.tsv").string());
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().message().find("classes.tsv:2: class defined twice"), std::string::npos);
  write(dir / "classes.tsv", "act\traid\nAct\tdemolition\n");
  auto bad = VerbPatterns::LoadDirectory((dir / "lexicon").string(), {"111"}, (dir / "classes.tsv").string());
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("classes.tsv:2:"), std::string::npos);
  fs::remove_all(dir);
}

TEST(VerbPatternsTest, CueModesAreParsedOnceAndUnknownOnesRejected) {
  CueMode mode = CueMode::kAct;
  ASSERT_TRUE(ParseCueMode("none_clause", &mode));
  EXPECT_EQ(mode, CueMode::kNoneClause);
  EXPECT_TRUE(Blocks(mode));
  ASSERT_TRUE(ParseCueMode("speaker_appeal", &mode));
  EXPECT_TRUE(BySpeaker(mode));
  EXPECT_FALSE(ParseCueMode("maybe", &mode));

  auto patterns = VerbPatterns::Parse("040\tmeet $T\n", "verbs.tsv", {"040"});
  ASSERT_TRUE(patterns.ok());
  const std::string path = ::testing::TempDir() + "/modality_bad.tsv";
  FILE* f = std::fopen(path.c_str(), "w");
  ASSERT_NE(f, nullptr);
  std::fputs("intent\tpledge to\nmaybe\tperhaps\n", f);
  std::fclose(f);
  Status s = (*patterns)->LoadCues(path);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("modality_bad.tsv:2: unknown mode maybe"), std::string::npos) << s.message();
}

TEST(RelativeDayPhrasesTest, LoadsTheRepositoryFile) {
  auto phrases = RelativeDayPhrases::Load(kEvents + "/relative_days.tsv");
  ASSERT_TRUE(phrases.ok()) << phrases.status().message();
}

TEST(RelativeDayPhrasesTest, BadLinesNameFileAndLine) {
  for (const char* bad : {"the next day\t1\nthe Next day\t1\n", "the next day\t1\nthe  next day\t1\n",
                          "the next day\t1\na fortnight later\t14\n", "the next day\t1\nthe next day\t1\n"}) {
    auto phrases = RelativeDayPhrases::Parse(bad, "relative_days.tsv");
    ASSERT_FALSE(phrases.ok()) << bad;
    EXPECT_EQ(phrases.status().message().rfind("relative_days.tsv:2:", 0), 0u) << phrases.status().message();
  }
}

TEST(VerbClassesTest, LoadsTheRepositoryFile) {
  auto classes = VerbClasses::Load(kEvents + "/verb_classes.tsv");
  ASSERT_TRUE(classes.ok()) << classes.status().message();
  EXPECT_TRUE(classes->IsDoing("announced"));
  EXPECT_TRUE(classes->IsReaction("condemned"));
  EXPECT_TRUE(classes->IsAnswer("retaliated"));
  EXPECT_TRUE(classes->IsAdjectivalParticiple("fishing"));
  EXPECT_TRUE(classes->IsFellow("followed"));
  EXPECT_TRUE(classes->IsBenefactive("support"));
  EXPECT_FALSE(classes->IsBenefactive("bomb"));
  EXPECT_FALSE(classes->IsReaction("announced"));
}

TEST(VerbClassesTest, BadLinesNameFileAndLine) {
  // The reader's rules are ParseNamedWordLists' (tests/util/tsv_test.cc);
  // here, that the loader names its own classes.
  auto classes = VerbClasses::Parse("doing\tannounced\nsaying\tsaid\n", "verb_classes.tsv");
  ASSERT_FALSE(classes.ok());
  EXPECT_EQ(classes.status().message().rfind("verb_classes.tsv:2: unknown list saying", 0), 0u);
  auto missing = VerbClasses::Parse("doing\tannounced\n", "verb_classes.tsv");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("list reaction missing"), std::string::npos);
}

TEST(ActKindsTest, LoadsTheRepositoryFile) {
  auto kinds = ActKinds::Load(kEvents + "/act_kinds.tsv");
  ASSERT_TRUE(kinds.ok()) << kinds.status().message();
  EXPECT_TRUE(kinds->Names("invasion", "192"));
  EXPECT_FALSE(kinds->Names("invasion", "193"));  // the skirmish after it
  EXPECT_TRUE(kinds->Names("seizure", "171"));
  EXPECT_TRUE(kinds->Names("sanctions", "163"));
  EXPECT_EQ(kinds->PrefixesOf("decision"), nullptr);  // any act
  EXPECT_FALSE(kinds->Names("decision", "192"));
}

TEST(ActKindsTest, BadLinesNameFileAndLine) {
  auto letters = ActKinds::Parse("19\tinvasion\n1x\traid\n", "act_kinds.tsv");
  ASSERT_FALSE(letters.ok());
  EXPECT_EQ(letters.status().message().rfind("act_kinds.tsv:2: '1x' is no CAMEO code prefix", 0), 0u)
      << letters.status().message();
  auto twice = ActKinds::Parse("19\tinvasion\n17\tseizure|invasion\n", "act_kinds.tsv");
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.status().message().rfind("act_kinds.tsv:2: 'invasion' already has a kind", 0), 0u);
  auto upper = ActKinds::Parse("19\tInvasion\n", "act_kinds.tsv");
  ASSERT_FALSE(upper.ok());
  EXPECT_EQ(upper.status().message().rfind("act_kinds.tsv:1:", 0), 0u);
}

TEST(CompoundParticiplesTest, LoadsTheRepositoryFile) {
  auto compounds = CompoundParticiples::Load(std::string(DYAD_SOURCE_DIR) + "/data/actors/compound_participles.tsv");
  ASSERT_TRUE(compounds.ok()) << compounds.status().message();
  EXPECT_EQ(compounds->RoleOf("flagged"), CompoundRole::kOwner);
  EXPECT_EQ(compounds->RoleOf("led"), CompoundRole::kLeader);
  EXPECT_EQ(compounds->RoleOf("made"), CompoundRole::kOrigin);
  EXPECT_EQ(compounds->RoleOf("funded"), CompoundRole::kFunder);
  EXPECT_EQ(compounds->RoleOf("backed"), CompoundRole::kSponsor);
  EXPECT_EQ(compounds->RoleOf("occupied"), CompoundRole::kSponsor);  // unlisted: the state only qualifies
  EXPECT_TRUE(compounds->StandsForState("owned"));
  EXPECT_FALSE(compounds->StandsForState("built"));
}

TEST(CompoundParticiplesTest, BadLinesNameFileAndLine) {
  // The reader's rules are ParseNamedWordLists' (tests/util/tsv_test.cc);
  // here, that a participle has one role only.
  auto compounds = CompoundParticiples::Parse("owner\towned\nleader\towned\n", "compound_participles.tsv");
  ASSERT_FALSE(compounds.ok());
  EXPECT_EQ(compounds.status().message().rfind("compound_participles.tsv:2: owned stands in two lists", 0), 0u)
      << compounds.status().message();
}

}  // namespace
}  // namespace dyad
