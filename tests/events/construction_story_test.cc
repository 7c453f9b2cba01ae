// Constructions that need the story around a sentence: what a pronoun
// opening a sentence stands for. Sentences written for these tests.
#include <gtest/gtest.h>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using Case = testing::ConstructionCase;
void Check(const Case& c) { testing::CheckConstruction(c); }

TEST(ConstructionStoryTest, ItOpeningASentenceIsThePreviousSubject) {
  // The previous sentence names another state last (a meeting's place, the
  // target of an accusation): "It" is still its subject.
  Check({"a place named last", "The Peruvian foreign ministry said the Madrid meeting on fishing rights had produced "
         "no result. It urged Chile to return to the negotiating table.", "2018-05-08", {"PER>CHL:02"}, {"ESP>CHL"}});
  Check({"the object of an accusation", "Vietnam accused China of ramming its fishing boats near the Paracel "
         "Islands. It demanded compensation.", "2018-05-08", {"VNM>CHN:10"}, {"CHN>VNM"}});
  Check({"an agent of the sentence before", "Ghana's foreign ministry said it was shocked by the decision announced "
         "by the Nigerian government on Friday. It called on Abuja to reconsider.", "2018-05-08", {"GHA>NGA:02"},
         {"NGA>NGA"}});
}

TEST(ConstructionStoryTest, ItAfterTwoConjoinedSubjectsIsLeftAlone) {
  // "It" after "X and Y …" may be either: no act is coded for it.
  Check({"a conjoined subject", "India and Pakistan exchanged fire on Monday. It accused Pakistan of violating the "
         "ceasefire.", "2018-05-08", {}, {"IND>PAK:11", "PAK>PAK"}});
}

}  // namespace
}  // namespace dyad
