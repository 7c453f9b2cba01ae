// Who an act's parties are when a cue or a list stands between the words and
// the states: an appeal over a halt (CueScope::PartyCue) and several states'
// adjectives sharing one noun that opens a nominal act
// (SentenceContext::ActorsWithListed). Sentences written for these tests.
#include <gtest/gtest.h>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using Case = testing::ConstructionCase;
void Check(const Case& c) { testing::CheckConstruction(c); }

TEST(ConstructionPartiesTest, AnAppealToHaltAnActIsMadeOfTheOneUrgedNotOfTheActsObject) {
  Check({"urged X to stop harassing <own adjective> …", "Manila urged Beijing to stop harassing Filipino fishermen "
         "near the shoal.", "2024-05-10", {"PHL>CHN:02"}, {"PHL>PHL"}});
  Check({"demanded that X stop jamming <own adjective> …", "Seoul demanded that Pyongyang stop jamming South Korean "
         "GPS signals.", "2024-05-10", {"KOR>PRK:10"}, {"KOR>KOR"}});
  // An order to the state's own forces is the halt itself, done.
  Check({"ordered own troops to stop firing at …", "Netanyahu ordered Israeli troops to stop firing at Lebanese "
         "positions.", "2024-05-10", {"ISR>LBN:087"}, {"ISR>ISR"}});
}

}  // namespace
}  // namespace dyad
