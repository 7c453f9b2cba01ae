// Constructions that need the story around a sentence: what a pronoun
// opening a sentence stands for. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

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

TEST(ConstructionStoryTest, AGroupAfterTheIsTheOneTheStoryNamedWithThatNoun) {
  Check({"the troops", "Ethiopian troops crossed into Eritrea on Monday. The troops shelled Eritrean positions near "
         "Badme.", "2000-05-16", {"ETH>ERI:194"}, {}});
  Check({"the Marines", "U.S. Marines landed in Grenada on Tuesday. The Marines shelled Cuban positions near the "
         "airport.", "1983-10-26", {"USA>CUB:19"}, {}});
  // Four sentences on, or a group the story never gave a state, names none.
  Check({"too far back", "Ethiopian troops crossed into Eritrea on Monday. Aid agencies warned of hunger. Prices rose. "
         "Rains failed. The troops shelled Eritrean positions.", "2000-05-16", {}, {"ETH>ERI:194"}});
  Check({"never given a state", "The troops shelled Eritrean positions near Badme.", "2000-05-16", {}, {"ETH>"}});
}

TEST(ConstructionStoryTest, ThePairAfterToIsNoVerb) {
  // After "to" a noun of force may be a verb ("vowed to strike"); "both
  // sides" and "the two countries" never are.
  Check({"urged the two sides", "Kenyan and Somali troops clashed near Mandera on Monday. Uganda appealed to the two "
         "countries to end the fighting.", "2024-05-08", {"UGA>KEN:02", "UGA>SOM:02"}, {}});
}

// A refusal to talk with no one named is a refusal to talk with the story's
// other party.
TEST(ConstructionStoryTest, ARefusalToNegotiateIsTowardsTheStorysOtherParty) {
  Check({"refused to negotiate", "Britain and Iceland signed an agreement on Tuesday ending their fishing dispute. "
         "Iceland had refused to negotiate until the British warships were withdrawn.", "1976-06-02",
         {"ISL>GBR:125"}, {}});
}

TEST(ConstructionStoryTest, ItAfterTwoConjoinedSubjectsIsLeftAlone) {
  // "It" after "X and Y …" may be either: no act is coded for it.
  Check({"a conjoined subject", "India and Pakistan exchanged fire on Monday. It accused Pakistan of violating the "
         "ceasefire.", "2018-05-08", {}, {"IND>PAK:11", "PAK>PAK"}});
}

TEST(ConstructionStoryTest, APairNounWithModifiersIsTheStorysPair) {
  // "the two allies", "both neighbours" with words between the number and
  // the noun still name the story's pair.
  Check({"the two <adjective> powers", "Fiji expelled the envoys of Australia and New Zealand on Tuesday. The Fijian "
         "prime minister accused the two regional powers of meddling in its courts.", "2009-11-04", {"FJI>AUS:11", "FJI>NZL:11"}, {}});
  Check({"both <name> neighbours", "Greece and Turkey traded accusations over airspace on Monday. Both Aegean "
         "neighbours held talks in Athens on Tuesday.", "2018-05-08", {"GRC>TUR:04", "TUR>GRC:04"}, {}});
  // A country's adjective makes them one state's; factions are no pair.
  Check({"the two <country adjective> ministers", "Greece and Turkey traded accusations over airspace on Monday. The "
         "two Chinese ministers held talks in Athens on Tuesday.", "2018-05-08", {}, {"GRC>TUR:04", "TUR>GRC:04"}});
  Check({"both warring parties", "Egypt and Sudan discussed the war on Monday. Cairo urged both warring parties to "
         "agree to a ceasefire.", "2024-05-08", {}, {"EGY>SDN:02"}});
}

TEST(ConstructionStoryTest, AidWithNoRecipientGoesToTheStorysRecipient) {
  // Donors one after another: the last recipient of aid, not the last donor.
  Check({"a second donor", "Japan said it would send transport planes with drinking water to Tonga. Australia "
         "pledged 40 million dollars for reconstruction.", "2022-01-18", {"JPN>TON:03", "AUS>TON:03"}, {"AUS>JPN"}});
  Check({"relief goods, no recipient", "Indonesia sent relief supplies to Vanuatu on Monday. Beijing would provide "
         "food, water and emergency equipment, the Chinese foreign ministry said.", "2024-12-19", {"CHN>VUT:03"},
         {"CHN>IDN"}});
}

TEST(ConstructionStoryTest, AReactionToANamedActAnswersWhoeverDidThatKindOfAct) {
  // "the invasion" is the invasion told three sentences back, not the
  // shooting told last (data/events/act_kinds.tsv).
  Check({"invasion, then a shooting", "Thousands of U.S. troops invaded Panama early on Wednesday. Panamanian "
         "troops shot dead an American officer on Saturday. Cuba condemned the invasion as a gross violation of "
         "international law.", "1989-12-21", {"CUB>USA:111"}, {"CUB>PAN"}});
  // "the invasion of Panama": Panama suffered it, the United States did it.
  Check({"the invasion of <victim>", "Thousands of U.S. troops invaded Panama early on Wednesday. Cuba condemned "
         "the invasion of Panama.", "1989-12-21", {"CUB>USA:111"}, {"CUB>PAN"}});
  // "The attack" is the one the story reports, not the interception after
  // it; no one named in another predicate of the subject is its target.
  Check({"the story's attack, another predicate", "Iran launched more than 300 drones and missiles at Israel on "
         "Saturday night. Israeli jets shot down most of them over Jordan on Sunday. U.S. President Joe Biden "
         "condemned the attack, told Prime Minister Benjamin Netanyahu that U.S. support for Israel's security was "
         "ironclad, and gathered G7 leaders on Sunday.", "2024-04-14", {"USA>IRN:111"}, {"USA>ISR:111"}});
  // A state named in the subject's apposition describes the subject.
  Check({"a name in the subject's apposition", "Israeli artillery shells slammed into a refugee camp in Lebanon on "
         "Thursday, killing 75 people. Syria, the main power broker in Lebanon, also condemned the attack.",
         "1996-04-18", {"SYR>ISR:111"}, {"SYR>LBN"}});
  // A killing is the shooting told last; a noun of no kind answers the
  // latest hostile act.
  Check({"the killing", "Thousands of U.S. troops invaded Panama early on Wednesday. Panamanian troops shot dead an "
         "American officer on Saturday. Britain condemned the killing as cowardly.", "1989-12-21", {"GBR>PAN:111"},
        {"GBR>USA"}});
  Check({"a noun of no kind", "Thousands of U.S. troops invaded Panama early on Wednesday. Panamanian troops shot "
         "dead an American officer on Saturday. Britain condemned the move.", "1989-12-21", {"GBR>PAN:111"},
        {"GBR>USA"}});
}

// An act only the pair model finds ("invaded the country", whose target the
// patterns do not resolve) is known to the sentences after it. Whether the
// model finds it moves with each retraining (the model of session 38 trained
// on BN-BP does not; the one before did): the reaction is checked when it
// does, and never answers the invaded state either way.
TEST(ConstructionStoryTest, AReactionAnswersAnActOnlyThePairModelFound) {
  const char* text = "Iraqi troops tightened their grip across Kuwait today, a day after more than 100,000 Iraqi "
                     "soldiers invaded the country to topple the emir, who fled to Saudi Arabia. The governments of "
                     "Jordan and Yemen condemned the invasion as an act of aggression.";
  const std::vector<std::string> keys = testing::EventKeys(testing::CodeStory(text, "1990-08-03"));
  auto coded = [&](const std::string& prefix) {
    return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return k.rfind(prefix, 0) == 0; });
  };
  if (coded("IRQ>KWT:19")) {
    EXPECT_TRUE(coded("JOR>IRQ:11"));
    EXPECT_TRUE(coded("YEM>IRQ:11"));
  }
  EXPECT_FALSE(coded("JOR>KWT"));
  EXPECT_FALSE(coded("YEM>KWT"));
}

// "called the shelling outrageous": the act's noun is inside the match, not
// its last word; the reaction answers whoever shelled, not the last state
// that did anything hostile.
TEST(ConstructionStoryTest, AnActCalledSomethingAnswersThatActsDoer) {
  Check({"called the shelling outrageous", "Russian artillery shelled the Georgian town of Gori on Friday, killing "
         "five civilians. Georgia expelled two Russian diplomats on Saturday. Ukraine called the shelling "
         "outrageous.", "2008-08-10", {"RUS>GEO:19", "UKR>RUS:111"}, {"UKR>GEO"}});
}

TEST(ConstructionStoryTest, AReactionToAnActToldBeforeAnswersItsDoerNotAPlaceNamedAfter) {
  Check({"denounced the invasion … on Grenada", "U.S. Marines pressed their assault on Grenada on Wednesday. Cuba's "
         "president denounced the invasion as a criminal act and said the Cubans on Grenada would fight only if "
         "attacked.", "1983-10-26", {"CUB>USA:11"}, {"CUB>GRD:11"}});
}

TEST(ConstructionStoryTest, AMediationIsBetweenBothPartiesOfTheStorysLastMutualAct) {
  Check({"brokered the talks", "Saudi Arabia and Iran agreed in Beijing on Friday to restore diplomatic relations. "
         "China hosted and brokered the talks.", "2023-03-11", {"CHN>IRN:045", "CHN>SAU:045"}, {}});
  Check({"mediation by X", "Peru and Ecuador signed a peace treaty in Brasilia on Monday. The treaty followed three "
         "years of mediation by Brazil.", "1998-10-27", {"BRA>PER:045", "BRA>ECU:045"}, {}});
  Check({"hosted the final round of negotiations", "Angola and Namibia signed a border treaty on Saturday. Zambian "
         "President Hichilema hosted the final round of negotiations.", "2024-05-06", {"ZMB>AGO:04", "ZMB>NAM:04"},
         {}});
  // A visit and its hosting in between are no act of the two.
  Check({"hosted rounds of talks after a visit", "Saudi Arabia and Iran agreed on Friday to restore diplomatic "
         "relations. Saudi Foreign Minister Prince Faisal visited Beijing on Saturday. Iraq hosted five rounds of "
         "talks in 2021 and 2022.", "2023-03-12", {"IRQ>SAU:045", "IRQ>IRN:045"}, {"IRQ>CHN"}});
  // The story's most named states are Zambia's and one party's: the signing is
  // still the parties' of the mutual act before it.
  Check({"signed in the presence of a host", "Angola and Namibia signed a border treaty on Saturday. Zambian "
         "President Hichilema watched. The treaty was signed in Lusaka in the presence of Zambian ministers.",
         "2024-05-06", {"AGO>NAM:057"}, {"ZMB>AGO:057", "AGO>ZMB:057", "ZMB>NAM:057", "NAM>ZMB:057"}});
}

// De-escalation told with no party: the story's other state.
TEST(ConstructionStoryTest, DeEscalationWithNoPartyNamedIsTowardsTheStorysOther) {
  const char* lead = "Ethiopia accused Eritrea on Tuesday of massing troops on the border. ";
  Check({"pledged to de-escalate", (std::string(lead) + "Asmara pledged to de-escalate.").c_str(), "2024-05-08",
         {"ERI>ETH:03"}, {}});
  Check({"accepted the peace plan", (std::string(lead) + "Eritrea accepted the peace plan.").c_str(), "2024-05-08",
         {"ERI>ETH:03"}, {}});
  // Pledged with no party in a sentence alone: none.
  Check({"pledged to de-escalate, alone", "Asmara pledged to de-escalate.", "2024-05-08", {}, {"ERI>"}});
}

// An act said to be a wrong condemns whoever did it.
TEST(ConstructionStoryTest, AnActSaidToBeAWrongIsCondemned) {
  Check({"told parliament that the raid was a massacre", "Israeli commandos stormed a Turkish aid ship on Monday, "
         "killing nine activists. Erdogan told parliament on Tuesday that the raid was \"a bloody massacre\".",
         "2010-06-01", {"TUR>ISR:111@2010-06-01"}, {}});
  Check({"said the drills were not a provocation", "China said the drills were not a provocation against Taiwan.",
         "2024-05-01", {}, {"CHN>TWN:11"}});
}

// States that did one act together on a third are allies: the act of one of
// them with no target named is on the third, never on an ally. A list of the
// states a group noun belongs to counts as one item of a gap.
TEST(ConstructionStoryTest, AnActWithNoTargetIsNeverOnAnAllyOfTheLastAct) {
  Check({"troops of X, Y, Z and W poured across the borders of V; X's soldiers opened fire",
         "Troops of Russia, Belarus, Armenia and Kazakhstan poured across the borders of Georgia on Tuesday. Georgia "
         "told its army not to resist. On Wednesday Russian soldiers opened fire on crowds in the capital.",
         "2031-03-06",
         {"RUS>GEO:192", "BLR>GEO:192", "ARM>GEO:192", "KAZ>GEO:192", "RUS>GEO:193"},
         {"RUS>KAZ", "RUS>BLR", "RUS>ARM"}});
}

// Forces that fight back answer the story's attacker; a side that fights
// back in a match is no party.
TEST(ConstructionStoryTest, ForcesThatFightBackFightTheAttacker) {
  Check({"X invaded Y; Y's troops fought back", "Iraqi troops invaded Kuwait on Thursday. Kuwaiti troops fought back "
         "around the palace, residents said.", "1990-08-03", {"IRQ>KWT:19", "KWT>IRQ:190"}, {}});
  Check({"a team fought back", "Japan beat Oman 2-1 on Thursday. Australia fought back to draw with Iraq.",
         "2024-01-19", {}, {"AUS>IRQ:19", "AUS>OMN:19", "AUS>JPN:19"}});
}

// An arrest told in the passive with no agent and no place is the doing of
// the state whose hostile act on the captives' state the story just told.
TEST(ConstructionStoryTest, AnAgentlessArrestIsTheDoingOfTheLastHostileActsDoer) {
  Check({"X stormed a Y ship; Y activists were detained", "Israeli commandos stormed a Turkish aid ship on Monday. "
         "Hundreds of Turkish activists were detained.", "2010-06-01", {"ISR>TUR:173"}, {}});
  // Not when the act was on another state.
  Check({"X stormed a Z ship; Y activists were detained", "Israeli commandos stormed a Greek aid ship on Monday. "
         "Hundreds of Turkish activists were detained.", "2010-06-01", {}, {"ISR>TUR:17"}});
}

TEST(ConstructionStoryTest, AnActDoneAlsoIsOnTheStateOfTheActItRepeats) {
  // "also", "too", "likewise": the same act as another state's just told,
  // on its target, not on the state that did it.
  Check({"has also withdrawn", "Chile recalled its ambassador from Lima on Monday in protest at the ruling. Bolivia has "
         "also withdrawn its ambassador.", "2014-01-28", {"BOL>PER:16"}, {"BOL>CHL"}});
  Check({"recalled its envoy too", "Sweden recalled its ambassador from Riyadh on Monday. Norway recalled its envoy too.",
         "2015-03-11", {"NOR>SAU:16"}, {"NOR>SWE"}});
  // Without the adverb the act answers the state just named, as before.
  Check({"no adverb", "Chile recalled its ambassador from Lima on Monday in protest at the ruling. Bolivia withdrew "
         "its ambassador.", "2014-01-28", {}, {"BOL>PER:16"}});
}

TEST(ConstructionStoryTest, ADescriptionInAppositionIsTheStateJustNamed) {
  // "Japan, the only country to …" is Japan: the description names no other
  // state the story told before.
  Check({"the only country", "Australia recalled its ambassador from Paris on Wednesday. Japan, the only country to "
         "have suffered nuclear attack, lodged a formal protest with the French government.", "1995-09-07",
         {"JPN>FRA:114"}, {"AUS>FRA:114"}});
}

TEST(ConstructionStoryTest, HimInARelativeClauseIsThePersonTheMainClauseNamed) {
  // "…, where X received him": the relative clause has its own subject, and
  // "him" is the other person named; a surname found by coreference counts.
  Check({"where he was received", "President Boris Yeltsin left Moscow on Tuesday. On Wednesday Yeltsin flew to "
         "Berlin, where Chancellor Helmut Kohl received him.", "1994-08-31", {"DEU>RUS:04"}, {}});
}

TEST(ConstructionStoryTest, APersonNamedByTitleAloneIsTheTitleLater) {
  // "the Chinese trawler captain … The captain": the person the story named
  // by a title and a state, though it never gave a name.
  Check({"the captain", "Tokyo freed the Chinese trawler captain on Friday. The captain had been taken into custody "
         "by the Japanese coast guard on Sept. 8.", "2010-09-25", {"JPN>CHN:173"}, {}});
}

}  // namespace
}  // namespace dyad
