#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace dyad {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (SentenceSpan s : SplitSentences(text)) {
    EXPECT_LE(s.begin, s.end);
    EXPECT_LE(s.end, text.size());
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

using Strings = std::vector<std::string>;

TEST(SentenceSplitterTest, SplitsOrdinarySentences) {
  EXPECT_EQ(Sentences("Japan and China held talks on Monday. Both sides agreed to meet again. "
                      "Was it useful? Officials said yes!"),
            (Strings{"Japan and China held talks on Monday.", "Both sides agreed to meet again.", "Was it useful?",
                     "Officials said yes!"}));
}

TEST(SentenceSplitterTest, UsAndUnDoNotSplit) {
  EXPECT_EQ(Sentences("The U.S. Secretary of State met the U.N. Secretary-General on Friday. They spoke."),
            (Strings{"The U.S. Secretary of State met the U.N. Secretary-General on Friday.", "They spoke."}));
}

TEST(SentenceSplitterTest, UsAtTheEndOfASentenceSplitsBeforeAnOpener) {
  EXPECT_EQ(Sentences("Viet Nam welcomed a delegation from the U.S. The visit lasted three days."),
            (Strings{"Viet Nam welcomed a delegation from the U.S.", "The visit lasted three days."}));
}

TEST(SentenceSplitterTest, MonthAbbreviationsDoNotSplit) {
  EXPECT_EQ(Sentences("The envoy arrived on Jan. 5 and left on Feb. 9 after talks. Both sides were pleased."),
            (Strings{"The envoy arrived on Jan. 5 and left on Feb. 9 after talks.", "Both sides were pleased."}));
  EXPECT_EQ(Sentences("Talks resumed on Sept. 14 in Jakarta."), (Strings{"Talks resumed on Sept. 14 in Jakarta."}));
}

TEST(SentenceSplitterTest, TitlesDoNotSplit) {
  EXPECT_EQ(Sentences("Gen. Ramos met Dr. Tan at No. 10 Harbour Road in St. Petersburg on Monday. Mr. Ivanov was absent."),
            (Strings{"Gen. Ramos met Dr. Tan at No. 10 Harbour Road in St. Petersburg on Monday.",
                     "Mr. Ivanov was absent."}));
}

TEST(SentenceSplitterTest, AnInitialInANameDoesNotSplit) {
  EXPECT_EQ(Sentences("President George W. Bush met Hu Jintao. They spoke."),
            (Strings{"President George W. Bush met Hu Jintao.", "They spoke."}));
  EXPECT_EQ(Sentences("Samora Machel and P.W. Botha met. They spoke."),
            (Strings{"Samora Machel and P.W. Botha met.", "They spoke."}));
  EXPECT_EQ(Sentences("Shevardnadze and H.-D. Genscher initialled it."),
            (Strings{"Shevardnadze and H.-D. Genscher initialled it."}));
  EXPECT_EQ(Sentences("Rajiv Gandhi and J. R. Jayewardene met. They spoke."),
            (Strings{"Rajiv Gandhi and J. R. Jayewardene met.", "They spoke."}));
  EXPECT_EQ(Sentences("It was signed by J.R. Jayewardene and R. Gandhi."),
            (Strings{"It was signed by J.R. Jayewardene and R. Gandhi."}));
  EXPECT_EQ(Sentences("Talks went on until the end of part B. Officials left."),
            (Strings{"Talks went on until the end of part B.", "Officials left."}));
  EXPECT_EQ(Sentences("Chủ tịch nước hội đàm với Tổng thống George W. Bush tại Nhà Trắng."),
            (Strings{"Chủ tịch nước hội đàm với Tổng thống George W. Bush tại Nhà Trắng."}));
  EXPECT_EQ(Sentences("The army moved to Plan B. The talks failed."), (Strings{"The army moved to Plan B.", "The talks failed."}));
  // An initial that opens the text or follows a preposition or an article shortens a name.
  EXPECT_EQ(Sentences("N. Korea fires missile over Japan"), (Strings{"N. Korea fires missile over Japan"}));
  EXPECT_EQ(Sentences("Seoul vows response after N. Korean shelling. Talks end."),
            (Strings{"Seoul vows response after N. Korean shelling.", "Talks end."}));
  EXPECT_EQ(Sentences("The barrage killed two S. Korean marines and 12 S. Korean civilians."),
            (Strings{"The barrage killed two S. Korean marines and 12 S. Korean civilians."}));
}

TEST(SentenceSplitterTest, ParagraphBreaksAlwaysSplit) {
  EXPECT_EQ(Sentences("Indonesia and Malaysia signed a border accord\n\nThe ministers met in Kuching"),
            (Strings{"Indonesia and Malaysia signed a border accord", "The ministers met in Kuching"}));
  // Even after an abbreviation that would otherwise join the next line.
  EXPECT_EQ(Sentences("Delegates came from the U.S.\n\nNavy officers joined them."),
            (Strings{"Delegates came from the U.S.", "Navy officers joined them."}));
  EXPECT_EQ(Sentences("A headline with no stop\nFirst sentence of the story."),
            (Strings{"A headline with no stop", "First sentence of the story."}));
}

TEST(SentenceSplitterTest, SentencesAreTrimmedAndOffsetsExact) {
  std::string text = "  \n Russia and India signed an accord.   Delhi welcomed it.\n\n  ";
  std::vector<SentenceSpan> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 4u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].end - spans[0].begin), "Russia and India signed an accord.");
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "Delhi welcomed it.");
  EXPECT_EQ(spans[1].end, text.find("it.") + 3);
}

TEST(SentenceSplitterTest, OffsetsAreBytesInUtf8Text) {
  std::string text = "Đà Nẵng hosted the talks. Hà Nội sent a deputy minister. 🌏 Next one.";
  std::vector<SentenceSpan> spans = SplitSentences(text);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].end - spans[1].begin), "Hà Nội sent a deputy minister.");
  EXPECT_EQ(text.substr(spans[2].begin, spans[2].end - spans[2].begin), "🌏 Next one.");
  EXPECT_EQ(spans[2].end, text.size());
}

TEST(SentenceSplitterTest, EmptyAndBlankGiveNoSentences) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences(" \n\n\t ").empty());
}

TEST(SentenceSplitterTest, QuotedSentenceEndsAfterTheQuote) {
  EXPECT_EQ(Sentences("\u201CWe protest,\u201D the ministry said. Manila summoned the ambassador."),
            (Strings{"\u201CWe protest,\u201D the ministry said.", "Manila summoned the ambassador."}));
}

// The rules that spare ICU most paragraphs must cut exactly where ICU does:
// random text from pieces that exercise every rule, the abbreviations ICU
// suppresses breaks after (whole, and split at a '.': "U. S. A.") and the
// character classes the rules leave to ICU.
TEST(SentenceSplitterTest, MatchesIcuOnRandomText) {
  const std::vector<std::string> pieces = {
      "a", "bc", "A", "Zed", "5", ".", ".", ".", "!", "?", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t",
      "\"", "'", "(", ")", "[", ",", "-", ":", ";", "\u00e9", "\u00c9", "\u201c", "\u201d", "\u2019", "\u00a0",
      "e\u0301", "\u200b", "\u00ad", "\u3002", "\u4e2d", "\u2028", "\u0085", "U.S.", "U.", "S.", "Mr.", "No.",
      "Ph.D.", "e.g.", "O.", "L.A.", "etc.", "Jan.", "a.m.", "p.m.", "Gen.", "vs.", "Inc.", "Corp.", "Co.", "The",
      "the", "3.5", "\U0001F30F", "...", "?!", ".\"", ".)", "NATO.", "Iran.", "U.K.", "U.S.A.", "D.C.", "N.Y.",
      "A.M.", "P.M.", "Ph.", "D.", "i.e.", "Mt.", "St.", "Mrs.", "Dr.", "Sept.", "Nov.", "Dec.", "Calif.", "M.I.T.",
      "Prof.", "Lt.", "Col.", "Ave.", "Bldg.", "exec.", "Nos.", "Hz.", "Op."};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  for (int n = 0; n < 300000; ++n) {
    std::string text;
    for (int k = length(rng); k > 0; --k) text += pieces[piece(rng)];
    std::vector<SentenceSpan> fast = SplitSentences(text);
    std::vector<SentenceSpan> icu = SplitSentencesWithIcu(text);
    bool same = fast.size() == icu.size();
    for (size_t i = 0; same && i < fast.size(); ++i) same = fast[i].begin == icu[i].begin && fast[i].end == icu[i].end;
    ASSERT_TRUE(same) << "text: [" << text << "]";
  }
}

}  // namespace
}  // namespace dyad
