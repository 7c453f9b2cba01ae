#include "events/lemmatizer.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

Lemmatizer Make() {
  return Lemmatizer({{"met", "meet"}, {"held", "hold"}, {"was", "be"}},
                    {"meet", "hold", "criticize", "urge", "congratulate", "apologize", "visit", "be", "call", "talk"});
}

TEST(LemmatizerTest, IrregularForms) {
  Lemmatizer l = Make();
  EXPECT_EQ(l.Lemma("met"), "meet");
  EXPECT_EQ(l.Lemma("held"), "hold");
  EXPECT_EQ(l.Lemma("was"), "be");
}

TEST(LemmatizerTest, RegularInflectionsAndBritishSpelling) {
  Lemmatizer l = Make();
  EXPECT_EQ(l.Lemma("urged"), "urge");
  EXPECT_EQ(l.Lemma("urges"), "urge");
  EXPECT_EQ(l.Lemma("urging"), "urge");
  EXPECT_EQ(l.Lemma("congratulated"), "congratulate");
  EXPECT_EQ(l.Lemma("criticised"), "criticize");
  EXPECT_EQ(l.Lemma("criticizes"), "criticize");
  EXPECT_EQ(l.Lemma("apologised"), "apologize");
  EXPECT_EQ(l.Lemma("visited"), "visit");
  EXPECT_EQ(l.Lemma("calling"), "call");
  EXPECT_EQ(l.Lemma("talks"), "talk");
}

TEST(LemmatizerTest, UnknownWordsStayAsTheyAre) {
  Lemmatizer l = Make();
  EXPECT_EQ(l.Lemma("railways"), "railways");
  EXPECT_EQ(l.Lemma("is"), "is");
}

}  // namespace
}  // namespace dyad
