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

TEST(ConstructionPartiesTest, StatesListedBeforeTheNounOfANominalActEachDoIt) {
  Check({"Chinese and Russian bombers flew near Y", "Chinese and Russian strategic bombers flew near Japan.",
         "2024-05-10", {"CHN>JPN:15", "RUS>JPN:15"}, {"CHN>RUS:15", "RUS>CHN:15"}});  // a joint flight (062) may be
  Check({"Indian and French warships sailed near Y", "Indian and French warships sailed near Sri Lanka, Colombo "
         "said.", "2024-05-10", {"IND>LKA:15", "FRA>LKA:15"}, {"IND>FRA", "FRA>IND"}});
  // A listed state whose own town is hit is no party; the other is.
  Check({"X and Y strikes on a town of X", "Syrian and Russian air strikes on Idlib killed 20 civilians, Turkey said.",
         "2024-05-10", {"RUS>SYR:19"}, {}});
}

TEST(ConstructionPartiesTest, AListAfterACommaAndThatActsOpensAClause) {
  Check({"…, and X and Y recalled", "Honduras severed diplomatic relations with Israel on Monday over its military "
         "offensive in Gaza, and Chile and Peru recalled their ambassadors for consultations.", "2024-05-10",
         {"HND>ISR:16", "CHL>ISR:16", "PER>ISR:16"}, {"HND>PER", "CHL>PER", "PER>CHL", "CHL>PSE"}});
}

// AddVisitsAtVenues: an official acting in a foreign capital is visiting it.
TEST(ConstructionPartiesTest, AnOfficialActingInAForeignCapitalIsVisitingIt) {
  Check({"X's minister said in <capital of Y>", "Germany's foreign minister said in Nairobi on Thursday that Berlin "
         "would double its climate funding.", "2024-05-10", {"DEU>KEN:042"}, {}});
  Check({"<person> pledged on D in <capital>", "Emmanuel Macron pledged on Monday in Dakar to return looted art.",
         "2024-05-10", {"FRA>SEN:042"}, {}});
  // Two leaders on neutral ground meet each other (044), not the host; at
  // one's home, the other visits.
  Check({"X and Y agreed in <third capital>", "The presidents of Chile and Peru agreed in Brasilia to reopen the "
         "border.", "2024-05-10", {}, {"CHL>BRA:042", "PER>BRA:042"}});
  Check({"<person> and <person> agreed in <third capital>", "Manmohan Singh and Pervez Musharraf agreed in Havana "
         "on Saturday to set up a joint anti-terrorism mechanism.", "2006-09-18", {"IND>PAK:044", "PAK>IND:044"}, {}});
  Check({"<person> and <person> agreed in <capital of one>", "Narendra Modi and Sheikh Hasina agreed in Dhaka on "
         "Saturday to open two border markets.", "2015-06-08", {"IND>BGD:042"}, {"BGD>IND:042", "IND>BGD:044"}});
  Check({"X and Y did not agree in <third capital>", "The presidents of Chile and Peru failed to agree in Brasilia.",
         "2024-05-10", {}, {"CHL>PER:044", "PER>CHL:044"}});
  // An envoy is posted where he speaks; a state named by its capital is at home.
  Check({"an ambassador said in <capital>", "Japan's ambassador said in Hanoi that the loan would be signed soon.",
         "2024-05-10", {}, {"JPN>VNM:042"}});
  Check({"troops stationed in <capital>", "U.S. troops stationed in Seoul held a parade.", "2024-05-10", {},
         {"USA>KOR:042"}});
}

// A party named "with the ... nation" that coreference cannot tell is
// neither of the clause's own subjects (WithUnnamedParty, StateDescription).
TEST(ConstructionPartiesTest, TwoSubjectsOfACutWithAnUnnamedNationAreNotEachOthersParty) {
  Check({"X and Y suspended cooperation with the <region> nation", "Soldiers in Guinea seized power on Sunday, and "
         "Senegal and Mali suspended military cooperation with the West African nation.", "2024-05-10", {},
         {"SEN>MLI", "MLI>SEN"}});
  Check({"X and Y cut ties: with each other", "Senegal and Mali suspended diplomatic ties on Sunday.", "2024-05-10",
         {"SEN>MLI:16", "MLI>SEN:16"}, {}});
}

// A gerund right after a state addressed ("a note to Malaysia condemning")
// is the sender's act; after an agent noun it is the agent's.
TEST(ConstructionPartiesTest, AGerundAfterAStateAddressedIsTheSendersAct) {
  Check({"sent a note to X condemning", "Indonesia sent a note to Malaysia condemning the arrest of its fishermen.",
         "2024-05-10", {"IDN>MYS:111"}, {"MYS>IDN"}});
  Check({"to X's warplanes flying to Y", "Algeria opened its airspace to French warplanes flying to Mali.",
         "2024-05-10", {}, {"DZA>MLI:042"}});
}

// AddRelativeReactions: ", a move X condemned", ", a charge X rejected" — a
// reaction after the noun of the act it answers, whose doer is its party.
TEST(ConstructionPartiesTest, AReactionAfterTheNounOfTheActAnswersItsDoer) {
  Check({", a move X condemned", "Serbia closed its border crossings with Kosovo on Monday, a move Pristina "
         "condemned.", "2024-05-10", {"XKX>SRB:111"}, {"SRB>XKX:111"}});
  Check({", a charge X rejected", "Ethiopia accused Eritrea on Tuesday of arming rebels in Tigray, a charge Asmara "
         "rejected.", "2024-05-10", {"ERI>ETH:120"}, {"ETH>ERI:120"}});
  Check({", in drills X condemned as", "Russia fired cruise missiles into the Baltic Sea on Friday, in drills Vilnius "
         "condemned as intimidation.", "2024-05-10", {"LTU>RUS:111"}, {"RUS>LTU:111"}});
  // The verb names its own party: the pattern's, not the relative's.
  Check({"an attack X blamed on Y", "Gunmen killed six soldiers near the border on Sunday, an attack Mali blamed on "
         "Niger.", "2024-05-10", {"MLI>NER:112"}, {}});
  // No act of another state coded before: the charge is the story's other
  // state's, which said it (SentenceContext::Partner).
  Check({"a charge said, not coded", "Ethiopia said on Tuesday that the rebels were armed from abroad, a charge "
         "Asmara rejected.", "2024-05-10", {"ERI>ETH:120"}, {}});
  // Nobody else in the story: no party to guess.
  Check({"a charge and no other state", "The rebels said the army had shelled their positions, a charge Asmara "
         "rejected.", "2024-05-10", {}, {"ERI>"}});
  // A naming that condemns the act, or dismisses the claim; one that does
  // neither is no reaction.
  Check({", a move X called <censure>", "Russia banned imports of Moldovan apples on Monday, a move Chisinau called "
         "political blackmail.", "2024-05-10", {"MDA>RUS:111"}, {"RUS>MDA:111"}});
  Check({", a charge X called <dismissal>", "The Kremlin accused Estonia on Monday of harbouring saboteurs, a charge "
         "Tallinn called absurd.", "2024-05-10", {"EST>RUS:120"}, {"EST>RUS:111"}});
  Check({", a step X described as <censure>", "Beijing suspended imports of Lithuanian beef, a step Vilnius described "
         "as an act of economic coercion.", "2024-05-10", {"LTU>CHN:111"}, {}});
  Check({", a step X called <praise>", "Australia lifted its ban on Chinese coal on Monday, a step Beijing called "
         "positive.", "2024-05-10", {}, {"CHN>AUS:111", "CHN>AUS:120"}});
}

TEST(ConstructionPartiesTest, APlaceOfOneOfTheDoersIsWhereTheyActedTogether) {
  Check({"joint drills near a place of one doer", "Turkish and Iraqi forces began joint military exercises near the "
         "Habur border crossing on Tuesday.", "2017-09-26", {"TUR>IRQ:06", "IRQ>TUR:06"}, {"IRQ>TUR:15", "TUR>IRQ:15"}});
  // A capital of one of them, after "near", is a place too.
  Check({"joint drills near the capital of one doer", "Turkish and Azerbaijani troops began joint exercises near Baku "
         "on Wednesday.", "2021-09-08", {"TUR>AZE:06", "AZE>TUR:06"}, {"TUR>AZE:15"}});
  // A mutual act in a place of one of the two: each with the other.
  Check({"agreed to a ceasefire in a place of one", "Armenia and Azerbaijan agreed to a ceasefire in Nagorno-Karabakh "
         "brokered by Russia.", "1994-05-17", {"ARM>AZE:08", "AZE>ARM:08", "RUS>ARM:045", "RUS>AZE:045"}, {}});
}

TEST(ConstructionPartiesTest, AnInfinitiveAfterASendingIsItsPurposeNotItsRecipient) {
  Check({"sent a jet to bomb X's targets", "Thailand sent an F-16 fighter jet to bomb Cambodian military targets on "
         "Thursday.", "2025-07-25", {"THA>KHM:19"}, {"THA>KHM:07"}});
  // A verb of help passes on to whom the sending is for.
  Check({"sent tanks to support X's troops", "Germany sent tanks to support Ukrainian troops.", "2025-07-25",
         {"DEU>UKR:07"}, {}});
}

TEST(ConstructionPartiesTest, ADenialAnswersTheAccuserNotAFellowAccused) {
  Check({"A accused B and C …, and B denied the charge", "Zaire accused Rwanda and Burundi of invading its eastern "
         "provinces, and Kigali denied the charge.", "1996-10-31", {"COD>RWA:112", "RWA>COD:016"}, {"RWA>BDI"}});
  Check({"A accused B …, and B dismissed the accusations", "Moldova's president accused Moscow of plotting to "
         "overthrow her government, and the Kremlin dismissed the accusations.", "2023-02-14", {"RUS>MDA:016"}, {}});
  Check({"denied that it was preparing to invade Y", "The Soviet Union denied on Friday that it was preparing to "
         "invade Poland.", "1980-12-06", {"RUS>POL:016@1980-12-05"}, {"RUS>POL:19"}});
  Check({"denied using weapons against Y", "Iraq denied using chemical weapons against Iranian forces.",
         "1984-03-31", {"IRQ>IRN:016"}, {"IRQ>IRN:20"}});
}

TEST(ConstructionPartiesTest, AnActOnTheProtestersOwnPeopleIsTheAddresseesAct) {
  Check({"protested to Y over the detention of <own> fishermen", "Vietnam lodged a protest with China over the "
         "detention of 23 Vietnamese fishermen.", "2012-05-21", {"VNM>CHN:114", "CHN>VNM:173"}, {}});
  // The doer is the reaction's addressee only: a state named otherwise is not.
  Check({"rejected X's demands over the seizure of <own> company", "Argentina brushed aside Spanish demands for "
         "compensation over the seizure of the Argentine oil company.", "2012-05-08", {}, {"ESP>ARG:17"}});
  Check({"protested over the detention of <other state's> people", "China protested to Japan over the detention of "
         "Philippine fishermen.", "2012-05-21", {"CHN>JPN:114"}, {"JPN>PHL:17"}});
}

// Talks with no one named, told as the occasion of an act two states did
// with each other, are theirs; talks of years are no event a day dates.
TEST(ConstructionPartiesTest, TalksBehindAMutualActAreBetweenItsParties) {
  Check({"…, in a deal mediated by X after days of talks", "Eritrea and Ethiopia agreed on Monday to reopen their "
         "embassies, in a deal mediated by the UAE after three days of talks in Abu Dhabi.", "2018-07-09",
         {"ERI>ETH:046", "ETH>ERI:046", "ARE>ERI:045"}, {"ARE>ETH:046"}});
  Check({"after two decades of talks", "Eritrea and Ethiopia agreed on Monday to reopen their embassies, in a deal "
         "mediated by the UAE after two decades of talks.", "2018-07-09", {"ERI>ETH:05"}, {"ERI>ETH:046"}});
}

// The "it" of "what it called": whoever names the act, not the actor named
// last (DocumentResolver::NamerBefore); state radio speaks for its state.
TEST(ConstructionPartiesTest, WhoNamesAnActAndWhoIsBlamedForIt) {
  Check({"X said Y did … in what it called …", "Hanoi Radio said Chinese forces had crossed the frontier at dawn in "
         "what it called a war of aggression by the Peking authorities.", "1979-02-18", {"VNM>CHN:112"},
         {"CHN>CHN", "CHN>VNM:112"}});
  Check({"…, the Pentagon said, and Tehran vowed to avenge what it called …", "A U.S. cruiser shot down an Iranian "
         "airliner over the Gulf on Sunday, the Pentagon said, and Tehran vowed to avenge what it called a barbaric "
         "massacre.", "1988-07-04", {"IRN>USA:13"}, {"USA>IRN:111"}});
  // The state an act was done to is not blamed for it, named or not.
  Check({"told a rally that the invasion of X was a grave mistake", "Romania's president told a mass rally in "
         "Bucharest that the invasion of Czechoslovakia was a grave mistake.", "1968-08-22", {}, {"ROU>CZE"}});
  Check({"mobilised in response to the <adjective> invasion of X", "Greece ordered a general mobilisation on Saturday "
         "in response to the Turkish invasion of Cyprus.", "1974-07-21", {"GRC>TUR:15"}, {"GRC>CYP"}});
  // An apology for the act is to the state that suffered it.
  Check({"apologised for the bombing of X's embassy", "President Clinton apologised again on Monday for the bombing "
         "of China's embassy in Belgrade.", "1999-05-10", {"USA>CHN:055"}, {"USA>SRB"}});
  Check({"<adjective> radio called the raid …", "Libyan radio called the American raid \"a barbaric and cowardly "
         "aggression\".", "1986-04-16", {"LBY>USA:111"}, {}});
}

TEST(ConstructionPartiesTest, FourOrMoreActWithTheOneNamedFirst) {
  Check({"four states held an exercise", "Japan, the United States, Australia and India held a joint naval exercise "
         "in the Bay of Bengal on Monday.", "2024-05-08", {"JPN>USA:06", "USA>JPN:06", "JPN>IND:06", "IND>JPN:06"},
         {"USA>AUS", "AUS>IND", "USA>IND"}});
  Check({"three still act each with each", "Kenya, Uganda and Tanzania signed a customs pact on Monday.", "2024-05-08",
         {"KEN>UGA:05", "UGA>TZA:05", "TZA>KEN:05"}, {}});
}

}  // namespace
}  // namespace dyad
