// A state acting on itself (source and target of one state) is a misread
// party: a second predicate whose first conjunct lies in an embedded clause,
// or a demand for the release of the state's own nationals. Sentences
// written for these tests.
#include <gtest/gtest.h>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using Case = testing::ConstructionCase;
void Check(const Case& c) { testing::CheckConstruction(c); }

TEST(ConstructionSelfPairTest, APredicateJoinedByAndIsTheMainClauses) {
  // The nearest verb before "and summoned" is the drone's, in the clause
  // "demanded that" embeds; the summons is Finland's.
  Check({"demanded that X explain why a Y drone had …, and summoned", "Finland demanded that Moscow explain why a "
         "Russian drone had crossed Finnish airspace near Kotka, and summoned Russia's ambassador.", "2024-05-10",
         {"FIN>RUS:11"}, {"RUS>RUS"}});
  // Past an adverbial clause the predicate stays that clause's.
  Check({"after X shelled … and seized", "Armenia put its troops on alert after Azerbaijani forces shelled "
         "Stepanakert and seized a village.", "2024-05-10", {}, {"ARM>AZE:19"}});
}

TEST(ConstructionSelfPairTest, ADemandForTheReleaseOfOwnNationalsIsMadeOfTheirHolder) {
  Check({"demanded the release of <own nationals> after Y said it had detained them", "Berlin demanded the immediate "
         "release of two German aid workers on Monday after Venezuela's intelligence service said it had detained "
         "them.", "2024-05-10", {"DEU>VEN:10"}, {"DEU>DEU"}});
  Check({"insists on the return of <own citizens> held by Y agents", "Canberra insists on the return of every "
         "Australian citizen held by Chinese security agents, the minister said.", "2024-05-10", {"AUS>CHN:10"},
         {"AUS>AUS"}});
}

}  // namespace
}  // namespace dyad
