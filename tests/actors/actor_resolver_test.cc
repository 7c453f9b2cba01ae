// Who is who: dictionary people on the story's date, title-coded newcomers,
// short mentions, titles, pronouns, compounds and capitals as metonyms.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using testing::CodeStory;

// The first mention whose text is `text` (at or after `from`).
const Mention* Find(const AnalyzedDocument& a, const std::string& text, size_t from = 0) {
  size_t pos = 0;
  for (const Mention& m : a.mentions) {
    if (m.text == text && m.start >= from) return &m;
    ++pos;
  }
  return nullptr;
}

void ExpectMention(const AnalyzedDocument& a, const std::string& text, const std::string& name,
                   const std::string& code, const std::string& how) {
  const Mention* m = Find(a, text);
  ASSERT_NE(m, nullptr) << "no mention \"" << text << "\"";
  EXPECT_EQ(m->name, name) << text;
  EXPECT_EQ(m->code, code) << text;
  EXPECT_EQ(m->how, how) << text;
}

TEST(ActorResolverTest, CoastGuardSpokespersonNotInDictionaryIsCodedFromTitle) {
  AnalyzedDocument a = CodeStory(
      "MANILA — Philippine Coast Guard spokesperson Ramon Dizon said Chinese vessels fired water cannon at a "
      "Philippine supply boat on Tuesday. Dizon said the crew was unhurt.",
      "2024-03-06");
  const Mention* m = Find(a, "Philippine Coast Guard spokesperson Ramon Dizon");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->country, "PHL");
  EXPECT_EQ(m->code, "PHLMIL");
  EXPECT_EQ(m->how, "title");
  EXPECT_EQ(m->name, "Ramon Dizon");
  const Mention* later = Find(a, "Dizon", m->end);
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->name, "Ramon Dizon");
  EXPECT_EQ(later->how, "coreference");
}

TEST(ActorResolverTest, ForeignMinistriesAndCapitalsAsMetonyms) {
  AnalyzedDocument a = CodeStory(
      "Beijing said on Monday it had lodged a protest with Tokyo. The Chinese Foreign Ministry called the visit a "
      "provocation, while Japan's Ministry of Foreign Affairs rejected the charge.",
      "2024-05-14");
  ExpectMention(a, "Beijing", "China", "CHNGOV", "dictionary");
  ExpectMention(a, "Tokyo", "Japan", "JPNGOV", "dictionary");
  const Mention* fm = Find(a, "Chinese Foreign Ministry");
  ASSERT_NE(fm, nullptr);
  EXPECT_EQ(fm->country, "CHN");
  EXPECT_EQ(fm->code.substr(0, 3), "CHN");
}

TEST(ActorResolverTest, TheMinistryOfADatelineCapitalInAnyOfItsSpellings) {
  // countries.tsv lists "Hà Nội|Hanoi": the dateline may use either.
  AnalyzedDocument a = CodeStory(
      "Vietnam said Chinese troops had crossed the border on Saturday. On Sunday the foreign ministry expelled two "
      "Chinese diplomats.",
      "1979-02-18", "HANOI");
  ExpectMention(a, "foreign ministry", "foreign ministry", "VNMGOV", "dictionary");
}

TEST(ActorResolverTest, AnOfficialNamedByTitleAloneIsOfTheDatelinesState) {
  AnalyzedDocument a = CodeStory(
      "Britain sent two frigates into the fishing zone on Saturday. Prime Minister Olafur Bjornsson condemned the "
      "move. In London, Foreign Secretary Alec Hume defended it. General Fred Brennan said the ships would stay. "
      "U.S. Under-Secretary of State Joseph Cisco flew to London.",
      "1973-05-20", "REYKJAVIK");
  const Mention* pm = Find(a, "Prime Minister Olafur Bjornsson");
  ASSERT_NE(pm, nullptr);
  EXPECT_EQ(pm->code, "ISLGOV");
  // A place that opens the sentence is where the official speaks from.
  const Mention* fs = Find(a, "Foreign Secretary Alec Hume");
  ASSERT_NE(fs, nullptr);
  EXPECT_EQ(fs->country, "GBR");
  // Not a general (whose army may be anyone's), nor a title the chunker
  // split from its state word.
  for (const Mention& m : a.mentions) {
    if (m.text.find("Brennan") != std::string::npos || m.text.find("Cisco") != std::string::npos) {
      EXPECT_NE(m.country, "ISL") << m.text;
    }
  }
}

TEST(ActorResolverTest, AWadeGilesSpellingAndItsFamilyName) {
  AnalyzedDocument a = CodeStory(
      "Chinese Vice Premier Teng Hsiao-ping arrived in Tokyo on Sunday. Fukuda and Teng held talks on Monday.",
      "1978-10-23");
  const Mention* full = Find(a, "Chinese Vice Premier Teng Hsiao-ping");
  ASSERT_NE(full, nullptr);
  EXPECT_EQ(full->name, "Deng Xiaoping");
  const Mention* later = Find(a, "Teng", full->end);
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->name, "Deng Xiaoping");
  EXPECT_EQ(later->country, "CHN");
}

TEST(ActorResolverTest, TitlesAndPronounsFindTheRightPerson) {
  AnalyzedDocument a = CodeStory(
      "HÀ NỘI — Deputy Prime Minister Lê Thành Long received Chinese Ambassador He Wei in Hà Nội on Wednesday. "
      "Long said the two countries should deepen trade. The ambassador said China was ready to help. "
      "He added that Beijing valued the partnership.",
      "2024-12-25");
  ExpectMention(a, "Long", "Lê Thành Long", "VNMGOV", "coreference");
  ExpectMention(a, "ambassador", "He Wei", "CHNGOV", "coreference");
  ExpectMention(a, "He", "He Wei", "CHNGOV", "coreference");
  const Mention* both = Find(a, "the two countries");
  ASSERT_NE(both, nullptr);
  EXPECT_EQ(both->how, "compound");
}

TEST(ActorResolverTest, UnitedStatesAndVietNamOfficialsOnTheirDates) {
  AnalyzedDocument a = CodeStory(
      "WASHINGTON — U.S. Secretary of State Antony Blinken met Vietnamese Foreign Minister Bùi Thanh Sơn on "
      "Thursday. Blinken praised Việt Nam's role in ASEAN, and Sơn thanked Washington for its support.",
      "2023-09-21");
  ExpectMention(a, "Blinken", "Antony Blinken", "USAGOV", "coreference");
  ExpectMention(a, "Sơn", "Bùi Thanh Sơn", "VNMGOV", "coreference");
  ExpectMention(a, "Washington", "United States", "USAGOV", "dictionary");
}

// A surname two people of the dictionary share names the one in office on
// the story's day, and no one when neither is.
TEST(ActorResolverTest, ASharedSurnameIsTheOneInOffice) {
  AnalyzedDocument bill = CodeStory("President Clinton telephoned the Mexican president on Friday.", "1995-02-03");
  ExpectMention(bill, "President Clinton", "Bill Clinton", "USAGOV", "dictionary");
  AnalyzedDocument hillary = CodeStory("Clinton flew to Hanoi on Sunday for talks.", "2010-07-25");
  ExpectMention(hillary, "Clinton", "Hillary Clinton", "USAGOV", "dictionary");
  AnalyzedDocument father = CodeStory("President Bush telephoned the Saudi king on Friday.", "1990-08-04");
  ExpectMention(father, "President Bush", "George H. W. Bush", "USAGOV", "dictionary");
  AnalyzedDocument neither = CodeStory("Clinton spoke at a charity dinner in Ohio on Friday.", "2019-02-03");
  EXPECT_EQ(Find(neither, "Clinton"), nullptr);
}

// A military rank before a leader's surname names the leader; an office
// never held does not ("King Abdullah" is not Abdullah Abdullah).
TEST(ActorResolverTest, ARankBeforeALeadersSurname) {
  AnalyzedDocument a = CodeStory("Colonel Gaddafi received the Italian envoy in Tripoli.", "2009-06-10");
  ExpectMention(a, "Colonel Gaddafi", "Muammar Gaddafi", "LBYGOV", "dictionary");
  AnalyzedDocument b = CodeStory("General Musharraf met the Indian prime minister in Agra.", "2001-07-15");
  ExpectMention(b, "General Musharraf", "Pervez Musharraf", "PAKGOV", "dictionary");
}

// Leaders of the 1980s by name on the day they held office.
TEST(ActorResolverTest, LeadersOfTheEightiesByName) {
  AnalyzedDocument a = CodeStory("President Ronald Reagan met Soviet leader Mikhail Gorbachev in Geneva.", "1985-11-20");
  ExpectMention(a, "President Ronald Reagan", "Ronald Reagan", "USAGOV", "dictionary");
  AnalyzedDocument b = CodeStory("Anwar Sadat addressed the Knesset on Sunday.", "1977-11-21");
  ExpectMention(b, "Anwar Sadat", "Anwar Sadat", "EGYGOV", "dictionary");
}

TEST(ActorResolverTest, AdjectiveAloneAndHyphenatedPairsAreNoActors) {
  AnalyzedDocument a = CodeStory("Việt Nam-China relations and Sino-Vietnamese trade grew with Chinese characteristics.",
                                 "2024-01-02");
  for (const Mention& m : a.mentions) ADD_FAILURE() << "unexpected mention " << m.text;
}

// The mission's own stories: every person resolved, with the right code on
// the story's date, and every later short mention resolved to them.
class SeedActorsTest : public ::testing::Test {
 protected:
  static std::string Seed(const std::string& prefix) {
    std::string dir = std::string(DYAD_SHARED_DIR) + "/seeds";
    if (!std::filesystem::is_directory(dir)) return "";
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.path().filename().string().rfind(prefix, 0) == 0) {
        std::ifstream in(e.path());
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
      }
    }
    return "";
  }
  // Ingests through the reader so datelines and date lines are read as in production.
  static AnalyzedDocument Analyze(const std::string& prefix, const std::string& published,
                                  const std::string& dateline = "", int month = 0, int day = 0) {
    return CodeStory(Seed(prefix), published, dateline, month, day);
  }
};

TEST_F(SeedActorsTest, SeedPeopleAndShortMentions) {
  if (Seed("000").empty()) GTEST_SKIP() << "../shared/seeds is absent";
  struct Expect {
    const char* seed;
    const char* published;
    int month, day;
    const char* text;
    const char* name;
    const char* code;
  };
  const Expect cases[] = {
      {"000", "", 0, 0, "Wei", "He Wei", "CHNGOV"},
      {"000", "", 0, 0, "Chinese diplomat", "He Wei", "CHNGOV"},
      {"001", "", 2, 9, "Trong", "Nguyễn Phú Trọng", "VNMGOV"},
      {"001", "", 2, 9, "Xi", "Xi Jinping", "CHNGOV"},
      {"002", "2024-12-25", 0, 0, "Long", "Lê Thành Long", "VNMGOV"},
      {"002", "2024-12-25", 0, 0, "diplomat", "He Wei", "CHNGOV"},
      {"003", "2024-10-12", 0, 0, "Luong Cuong", "Lương Cường", "VNMPTY"},
      {"003", "2024-10-12", 0, 0, "Chinese leader", "Xi Jinping", "CHNGOV"},
      {"004", "", 0, 0, "Lam", "Tô Lâm", "VNMPTY"},
      {"004", "", 0, 0, "He", "Xi Jinping", "CHNGOV"},
  };
  for (const Expect& c : cases) {
    AnalyzedDocument a = Analyze(c.seed, c.published, c.month ? "BEIJING" : "", c.month, c.day);
    const Mention* m = Find(a, c.text);
    ASSERT_NE(m, nullptr) << c.seed << ": " << c.text;
    EXPECT_EQ(m->name, c.name) << c.seed << ": " << c.text;
    EXPECT_EQ(m->code, c.code) << c.seed << ": " << c.text;
  }
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

// Found by fuzz/analyzer_fuzz: a story short enough for its folded text to
// live inside the string object once left views dangling after a move (ASan).
TEST(ActorResolverTest, TinyStoriesAreSafe) {
  for (const char* text : {"JAKARTA, da", "he", "China", "Xi met", "", " — ", "the two sides"}) {
    AnalyzedDocument a = testing::CodeStory(text, "2024-01-01");
    EXPECT_LE(a.mentions.size(), 2u) << text;
  }
}

}  // namespace
}  // namespace dyad
