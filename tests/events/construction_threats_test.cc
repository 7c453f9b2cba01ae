// Threats told as possibilities and refusals kept open (conditional_threats.h,
// CodeUnderCue): one case per mechanism, in sentences written for these tests.
#include <gtest/gtest.h>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using Case = testing::ConstructionCase;
void Check(const Case& c) { testing::CheckConstruction(c); }

TEST(ConstructionThreatsTest, APossibleConflictActOnAConditionIsAThreat) {
  Check({"said X could impose sanctions on Y if", "Hungary's foreign minister said Budapest could impose sanctions on "
         "Serbia if the border incidents continued.", "2024-05-10", {"HUN>SRB:13"}, {"HUN>SRB:16"}});
  Check({"if Y …, X may expel Y's diplomats", "If Chad keeps sheltering the rebels, Sudan may expel Chadian diplomats, "
         "the Sudanese foreign ministry said.", "2024-05-10", {"SDN>TCD:13"}, {"SDN>TCD:17"}});
}

TEST(ConstructionThreatsTest, APossibleHaltOnAConditionIsAThreatAndWithoutOneNoAct) {
  Check({"might cut off gas exports to Y unless", "Algeria said it might cut off gas exports to Spain unless Madrid "
         "changed course.", "2024-05-10", {"DZA>ESP:13"}, {"DZA>ESP:16"}});
  Check({"might cut off, no condition", "Algeria might cut off gas exports to Spain, its energy minister said.",
         "2024-05-10", {}, {"DZA>ESP"}});
}

TEST(ConstructionThreatsTest, AThreatWithNoTargetOfItsOwnIsMadeAgainstTheStateTheConditionNames) {
  Check({"could recall its ambassador if Y", "Armenia could recall its ambassador if Baku continues the blockade, "
         "Pashinyan said.", "2024-05-10", {"ARM>AZE:13"}, {}});
}

TEST(ConstructionThreatsTest, APossibilityNotVoicedByTheActingStateIsSpeculation) {
  Check({"economists said X might", "Economists said Algeria might cut off gas exports to Spain if prices fall.",
         "2024-05-10", {}, {"DZA>"}});
  Check({"another state said X might", "Spain said Algeria might cut off gas exports to Spain if the dispute worsens.",
         "2024-05-10", {}, {"DZA>"}});
  Check({"no condition", "Hungary's foreign minister said Budapest could impose sanctions on Serbia.", "2024-05-10", {},
         {"HUN>SRB"}});
  Check({"a question", "Could Hungary impose sanctions on Serbia if the incidents continue?", "2024-05-10", {},
         {"HUN>SRB"}});
}

TEST(ConstructionThreatsTest, WhatWouldHaveBeenIsNoAct) {
  // "Hanoi said it would have detained the Chinese crew if they had landed": no pattern codes it, but the pair model
  // retrained with AV (session 29) does (173); it is a known false event in code_cases/17_coerce.tsv.
  Check({"could … if it had", "Hanoi said it could detain the Chinese crew if they had landed.", "2024-05-10", {},
         {"VNM>CHN"}});
}

TEST(ConstructionThreatsTest, RulingOutAConflictActRefusesItAndNotRulingItOutThreatensIt) {
  Check({"ruled out imposing sanctions", "Greece ruled out imposing sanctions on Turkey.", "2024-05-10", {},
         {"GRC>TUR"}});
  Check({"did not rule out imposing tariffs", "Lithuania did not rule out imposing tariffs on Belarusian potash, its "
         "prime minister said.", "2024-05-10", {"LTU>BLR:13"}, {"LTU>BLR:16"}});
}

TEST(ConstructionThreatsTest, AStateThatAnswersAnAttackInAClauseOfItsOwnAccusesNoOne) {
  // A speaker after "and" that speaks of itself threatens; it accuses no one.
  Check({"A fired at B, and B said it reserved the right to retaliate", "Iraq fired eight Scud missiles at Tel Aviv "
         "on Friday, and Israel said it reserved the right to retaliate.", "1991-01-18", {"IRQ>ISR:195", "ISR>IRQ:13"},
         {"ISR>IRQ:11"}});
  // A clash both ways that the speaker tells is neither its claim nor its charge.
  Check({"A and B exchanged fire, and A said its ships were sunk", "Chinese and Vietnamese navy ships exchanged fire "
         "near the reef on Monday, and Hanoi said three of its transport vessels were sunk.", "1988-03-16",
         {"CHN>VNM:19", "VNM>CHN:19"}, {"VNM>CHN:11", "VNM>CHN:015"}});
  // Nor does one that tells of the other's act: the report is the act alone.
  Check({"A accused B …, while B said A's forces had fired", "Armenia accused Azerbaijan on Sunday of shelling "
         "Stepanakert, while Baku said Armenian forces had fired rockets at Ganja.", "2020-10-05",
         {"ARM>AZE:11"}, {"AZE>ARM:11"}});
}

}  // namespace
}  // namespace dyad
