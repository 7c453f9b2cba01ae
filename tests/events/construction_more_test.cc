// More constructions of agency copy (see construction_test.cc): one case per
// mechanism, in sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using Case = testing::ConstructionCase;
void Check(const Case& c) { testing::CheckConstruction(c); }

TEST(ConstructionMoreTest, NounOfForceAfterAPluralIsTheVerb) {
  Check({"bombers strike", "US B-2 bombers strike Iran's underground enrichment plant with heavy bombs.", "2025-06-22",
         {"USA>IRN:19"}, {}});
  Check({"troops raid", "Israeli troops raid a refugee camp in Syria's south, residents say.", "2025-03-02",
         {"ISR>SYR:1"}, {}});
  Check({"a compound stays one actor", "A Russian drone strike hit a Ukrainian power plant on Monday.", "2025-03-04",
         {"RUS>UKR:19"}, {}});
}

TEST(ConstructionMoreTest, AnOccasionNamedAfterItsPlaceNotAttended) {
  Check({"stayed away from the X meeting", "Chile and Peru stayed away from the Quito meeting on migration on Monday.",
         "2024-05-08", {}, {"CHL>PER:04", "PER>CHL:04"}});
  Check({"boycotted the X summit", "Mali and Niger boycotted the Abuja summit of West African leaders.", "2024-05-08",
         {}, {"MLI>NER:04", "NER>MLI:04"}});
  Check({"attended the X meeting still meets", "Chile and Peru held talks at the Quito meeting on migration on Monday.",
         "2024-05-08", {"CHL>PER:04"}, {}});
}

TEST(ConstructionMoreTest, AgreementWithALongOccasionBeforeItsTo) {
  Check({"agreed at a summit in X on D to", "Kenya and Uganda agreed at a summit in Nairobi on Sunday to hold talks "
         "on the disputed island.", "2024-05-08", {"KEN>UGA:03", "UGA>KEN:03"}, {}});
}

TEST(ConstructionMoreTest, AnArrestWithoutAgentIsTheHostStates) {
  Check({"was formally arrested in <capital>", "A Canadian businessman was formally arrested in Beijing on charges of "
         "spying, state media said.", "2024-05-08", {"CHN>CAN:17"}, {}});
  Check({"no host abroad", "A Canadian businessman was arrested on charges of spying.", "2024-05-08", {}, {"CAN>CAN"}});
}

TEST(ConstructionMoreTest, ANegationThePatternSpellsIsNoNegation) {
  Check({"had no comment on", "Seoul's foreign ministry had no comment on the Japanese white paper.", "2024-05-08",
         {"KOR>JPN:01"}, {}});
}

TEST(ConstructionMoreTest, CrowdsInAPartOfACountry) {
  Check({"in southern X", "Rioters torched Chinese-owned factories in southern Vietnam on Wednesday.", "2024-05-08",
         {"VNM>CHN:14"}, {}});
}

TEST(ConstructionMoreTest, PassiveWhoseSubjectIsAnAdjectiveOnThePatternNoun) {
  Check({"Polish airspace was violated by", "Lithuanian airspace was violated by Belarusian helicopters on Tuesday.",
         "2024-05-08", {"BLR>LTU:15"}, {}});
}

TEST(ConstructionMoreTest, DaysNamedRelativeToTheDayBeforeFromTheDataFile) {
  Check({"later in the day", "Japan's foreign minister met his Chinese counterpart in Tokyo on Tuesday. Later in the "
         "day, the Chinese minister called on Prime Minister Fumio Kishida.", "2024-05-09",
         {"JPN>CHN:040@2024-05-07", "CHN>JPN:04@2024-05-07"}, {}});
  Check({"three days later", "Thai troops and Cambodian soldiers clashed on the border on Monday. Three days later, "
         "Cambodia recalled its ambassador from Bangkok.", "2025-07-30", {"KHM>THA:16@2025-07-31"}, {}});
}

TEST(ConstructionMoreTest, ThePronounAfterTellingAListOfHearersIsTheTeller) {
  Check({"informed X and Y that it", "Egypt has informed Israel and Hamas that it will suspend its mediation efforts.",
         "2024-05-08", {"EGY>ISR:1"}, {"ISR>EGY"}});
}

TEST(ConstructionMoreTest, AnOutletToldTheStoryIsNoParty) {
  Check({"told Reuters", "Kigali again rejected the accusations, a government spokeswoman told Reuters on Thursday.",
         "2024-05-08", {}, {"RWA>GBR"}});
  Check({"state media that act are parties", "Iranian state television aired the confessions of two detained French "
         "teachers, prompting Paris to denounce hostage-taking.", "2024-05-08", {"FRA>IRN:11"}, {}});
}

TEST(ConstructionMoreTest, ACallToldAfterTheActFramesIt) {
  Check({"warned X during a video call", "Japanese Prime Minister Fumio Kishida warned Chinese Premier Li Qiang during "
         "a video call on Tuesday that Tokyo would respond to any blockade.", "2024-05-08",
         {"JPN>CHN:041", "JPN>CHN:13"}, {"CHN>JPN:1"}});
  // The warning is Japan's; the call is both leaders' (the pair model may
  // code CHN>JPN:041 too, which is right).
  Check({"the passive keeps the act's direction", "Chinese Premier Li Qiang was warned by Kishida during a video call "
         "on Tuesday.", "2024-05-08", {"JPN>CHN:041"}, {"CHN>JPN:13"}});
  Check({"thanked X in a telephone call for", "Kenyan President William Ruto thanked Ghanaian President Nana "
         "Akufo-Addo in a telephone call for Accra's support.", "2024-05-08", {"KEN>GHA:041", "KEN>GHA:051"}, {}});
  Check({"during a call with Z after the object", "Egyptian President Abdel Fattah al-Sisi expressed support for Libya "
         "during a phone call with Italian Prime Minister Giorgia Meloni.", "2024-05-08", {"EGY>ITA:041"},
         {"LBY>ITA", "EGY>LBY:04"}});
  Check({"a call with Z is not the target's", "Kishida warned Li Qiang during a video call with Yoon Suk Yeol.",
         "2024-05-08", {"JPN>KOR:041"}, {"JPN>CHN:04", "CHN>KOR"}});
  Check({"a state accused is not on the call", "Erdogan accused Israel of genocide during a phone call on Monday.",
         "2024-05-08", {}, {"TUR>ISR:04"}});
  Check({"a call still to come", "Kishida will warn Li Qiang during a video call on Tuesday.", "2024-05-08", {},
         {"JPN>CHN:04"}});
  // With no coded act before it, the call is between the subject and the
  // person of another state the clause names.
  Check({"informed X of … in a telephone call", "Kenyan President William Ruto informed Ghanaian President Nana "
         "Akufo-Addo of the decision in a telephone call on Monday.", "2024-05-08", {"KEN>GHA:041", "GHA>KEN:041"},
         {}});
  Check({"a state named before the call is not on it", "Kenya informed Ghana of the decision in a telephone call on "
         "Monday.", "2024-05-08", {}, {"KEN>GHA:04", "GHA>KEN:04"}});
}

TEST(ConstructionMoreTest, DoerInTheNounsOfPhrase) {
  Check({"a build-up of X tanks near the border with Y", "Satellite images showed a fresh build-up of Azerbaijani "
         "tanks near the border with Armenia.", "2024-05-08", {"AZE>ARM:15"}, {}});
  Check({"a consignment of X rice reached Y", "A consignment of Indian rice reached Sri Lanka as food aid on Friday.",
         "2024-05-08", {"IND>LKA:07"}, {}});
  Check({"a national is whom the act befalls", "The extradition of a Russian national to the United States angered "
         "Moscow.", "2024-05-08", {}, {"RUS>USA:06"}});
}

TEST(ConstructionMoreTest, DoerAfterByBetweenTheNounAndItsOf) {
  Check({"the detention by X of", "The detention by Iran of two British citizens strained ties.", "2024-05-08",
         {"IRN>GBR:17"}, {}});
  Check({"a capital after by, then of the", "The expulsion by Bamako of the French ambassador deepened the rift.",
         "2024-05-08", {"MLI>FRA:16"}, {}});
}

TEST(ConstructionMoreTest, NounAfterWithIsHowTheSubjectAnswers) {
  Check({"retaliated with", "Beijing retaliated with export curbs aimed at Japan.", "2024-05-08", {"CHN>JPN:16"}, {}});
  Check({"responded swiftly with", "Ottawa responded swiftly with sanctions on Tehran.", "2024-05-08", {"CAN>IRN:16"},
         {}});
  Check({"complied with is someone else's", "Turkey complied with sanctions on Russia.", "2024-05-08", {},
         {"TUR>RUS:16"}});
  Check({"a reaction names another's act", "China condemned the sanctions on Russia.", "2024-05-08", {"CHN>RUS:11"},
         {"CHN>RUS:16"}});
}

TEST(ConstructionMoreTest, PlaceUnderAttackAsThePassivesSubject) {
  Check({"came under X artillery fire", "Mykolaiv came under intense Russian artillery fire overnight.", "2024-05-08",
         {"RUS>UKR:19"}, {}});
  Check({"was hit by X drones", "Odesa was hit by Russian drones overnight.", "2024-05-08", {"RUS>UKR:19"}, {}});
  Check({"a place recognised is no party", "Donetsk was recognised by Russia as independent.", "2024-05-08", {},
         {"RUS>UKR"}});
}

TEST(ConstructionMoreTest, AMediatorJoinedByAHyphenToItsParticiple) {
  Check({"X and Y held Z-brokered talks", "Kenya and Somalia held Qatari-brokered talks in Doha on Thursday.",
         "2024-05-08", {"QAT>KEN:045", "QAT>SOM:045", "KEN>SOM:046", "SOM>KEN:046"}, {}});
  Check({"signed a Z-brokered deal", "Serbia and Kosovo signed an EU-brokered accord on Monday, and a "
         "Norwegian-mediated pact followed.", "2024-05-08", {"NOR>SRB:045", "SRB>XKX:05"}, {}});
  Check({"take part in Z-mediated talks with Y", "Eritrea said it was ready to take part in Saudi-mediated talks "
         "with Djibouti.", "2024-05-08", {"SAU>ERI:045", "SAU>DJI:045"}, {"ERI>SAU:04", "DJI>SAU"}});
  Check({"Z-hosted talks, a plain host", "Peru and Ecuador held Brazilian-hosted talks on the border.", "2024-05-08",
         {"BRA>PER:043", "BRA>ECU:043"}, {}});
  Check({"not attended", "Peru and Ecuador did not attend Brazilian-hosted talks on the border.", "2024-05-08", {},
         {"BRA>"}});
  Check({"a participle of another root", "Russian-backed separatists shelled Ukrainian positions.", "2024-05-08", {},
         {"RUS>UKR:04"}});
}

TEST(ConstructionMoreTest, TalksAMediationNamesAreThePartiesOwn) {
  Check({"Z-brokered talks between X and Y", "Chinese-brokered talks between Nepal and Bhutan resumed on Friday.",
         "2024-05-08", {"CHN>NPL:045", "CHN>BTN:045", "NPL>BTN:046", "BTN>NPL:046"}, {}});
  Check({"talks only offered", "Austria offered to host talks between Nepal and Bhutan.", "2024-05-08", {},
         {"NPL>BTN:04", "BTN>NPL:04"}});
  Check({"co-mediators are no parties", "Chad and Niger agreed to reopen the border after talks brokered by Qatar "
         "and Turkey.", "2024-05-08", {"QAT>TCD:045", "TUR>NER:045"}, {"QAT>TUR:045", "TUR>QAT:045"}});
  Check({"a fronted phrase ending in a mediator", "After talks mediated by Turkey, Russia and Ukraine agreed to a "
         "ceasefire.", "2024-05-08", {"TUR>RUS:045", "TUR>UKR:045", "RUS>UKR:08", "UKR>RUS:08"}, {"TUR>RUS:08"}});
  Check({"a fronted phrase ending in a place", "After talks in Istanbul, Russia and Ukraine signed a grain deal.",
         "2024-05-08", {"RUS>UKR:057", "UKR>RUS:057"}, {}});
  Check({"talks brokered by two mediators are not theirs", "Pakistan and Afghanistan agreed to a ceasefire in talks "
         "brokered by Qatar and Turkey.", "2024-05-08", {"QAT>PAK:045", "TUR>AFG:045", "PAK>AFG:08"},
         {"QAT>TUR", "TUR>QAT"}});
}

TEST(ConstructionMoreTest, TheHostOfTalksNamedAfterBy) {
  Check({"agreed after talks hosted by <a third state's leader>", "Guinea and Liberia agreed to a truce after talks "
         "on Friday hosted by Ghanaian President John Mahama in Accra.", "2025-03-08",
         {"GHA>GIN:04", "GHA>LBR:04"}, {"GIN>GHA:08", "LBR>GHA:08"}});
  Check({"after talks hosted by <a third state>", "Guinea and Liberia agreed to resume trade after talks hosted by "
         "Ghana on Friday.", "2025-03-08", {"GHA>GIN:04", "GHA>LBR:04"}, {}});
}

TEST(ConstructionMoreTest, TheTwoSidesAreNotAPairNamedAfterThem) {
  Check({"the two sides thanked X and Y", "Kenya and Uganda signed a border deal in Nairobi on Monday. The two sides "
         "thanked Ethiopia and Somalia for their support.", "2024-05-08", {"KEN>ETH:05", "UGA>SOM:05"},
         {"ETH>SOM", "SOM>ETH"}});
}

TEST(ConstructionMoreTest, AnAgreementToCooperateIsReportedAsTheAct) {
  // The patterns report the agreement as the act (06). The pair model adds the
  // intent (031), as the development sets' annotators often code "agreed to"
  // too, so the intent is not held out here.
  Check({"agreed to share intelligence", "Estonia and Latvia agreed on Monday to share intelligence on organised "
         "crime.", "2024-05-08", {"EST>LVA:06", "LVA>EST:06"}, {}});
  Check({"agreed to hold talks stays intent", "Estonia and Latvia agreed to hold talks on the border on Monday.",
         "2024-05-08", {"EST>LVA:036"}, {}});
  Check({"agreed on <day> to", "Estonia and Latvia agreed on Monday to hold talks on the border.", "2024-05-08",
         {"EST>LVA:036@2024-05-06"}, {"EST>LVA:046"}});
}

TEST(ConstructionMoreTest, PronounsAsObjectsAndOwners) {
  // "him" is never its own verb's subject: the one other person named.
  Check({"warned him: the other person", "Erdogan held a phone call with Putin and warned him against striking "
         "the port.", "2024-05-08", {"TUR>RUS:041", "TUR>RUS:13"}, {}});
  Check({"him inside a reported claim stays unresolved", "Nigeria dismissed Trump's claim that Tinubu had asked him "
         "to mediate.", "2024-05-08", {}, {"NGA>USA:02"}});
  Check({"him after an infinitive stays unresolved", "Macron phoned Scholz to tell him about the plan.",
         "2024-05-08", {"FRA>DEU:041"}, {"DEU>FRA", "FRA>DEU:01"}});
  // "renewed its call": the possessive after a doing verb is its subject's.
  Check({"renewed its call for the release of people held by Y", "Manila renewed its call for the release of the "
         "Filipino sailors held by Iran.", "2024-05-08", {"PHL>IRN:0253"}, {}});
  Check({"repeated her appeal", "Meloni repeated her appeal to Tunisia for help with the migrants.", "2024-05-08",
         {"ITA>TUN:023"}, {}});
  Check({"a reaction's possessive is another's", "Hanoi rejected its call for the release of the fishermen held "
         "by Beijing.", "2024-05-08", {}, {"VNM>CHN:02"}});
  // "its neighbour": the one other state the sentence names.
  Check({"X was blaming its neighbour", "Addis Ababa dismissed the charge, saying Asmara was blaming its "
         "neighbour for its own troubles.", "2024-05-08", {"ERI>ETH:112"}, {}});
  Check({"X was threatening its neighbour", "Seoul said Pyongyang was threatening its neighbour with missiles.",
         "2024-05-08", {"PRK>KOR:13"}, {}});
  Check({"two other states: no neighbour", "Kenya and Uganda said Somalia was blaming its neighbour for the "
         "attacks.", "2024-05-08", {}, {"SOM>"}});
  // A participle after a comma has the sentence's subject: "its" is Sudan's.
  Check({", accusing its neighbour of", "Sudan cut diplomatic ties with Chad on Sunday, accusing its neighbour of "
         "sponsoring a rebel assault.", "2024-05-08", {"SDN>TCD:161", "SDN>TCD:112"}, {}});
  // "the kingdom" alone: a noun few states answer to is a description.
  Check({", accusing the kingdom of", "Algeria cut diplomatic relations with Morocco on Tuesday, accusing the "
         "kingdom of hostile actions.", "2024-05-08", {"DZA>MAR:112"}, {}});
  Check({"the country alone names no state", "Algeria cut diplomatic relations with Morocco on Tuesday, accusing "
         "the country of hostile actions.", "2024-05-08", {}, {"DZA>MAR:112"}});
}

TEST(ConstructionMoreTest, AnAttemptCodesOnlyWhatTryingItIs) {
  Check({"tried to mediate", "Oman tried to mediate between Iran and Bahrain on Sunday.", "2024-05-08",
         {"OMN>IRN:045", "OMN>BHR:045"}, {}});
  Check({"flew to X in an attempt to mediate", "The Kenyan president flew to Kampala in an attempt to mediate the "
         "quarrel between Uganda and Rwanda.", "2024-05-08", {"KEN>UGA:042", "KEN>UGA:045", "KEN>RWA:045"}, {}});
  Check({"attempted to seize", "Venezuelan gunboats attempted to seize a Guyanese fishing trawler.", "2024-05-08",
         {"VEN>GUY:171"}, {}});
  Check({"an attempted killing of a commander", "Israeli agents attempted to eliminate a senior Iranian commander in "
         "Damascus.", "2024-05-08", {"ISR>IRN:185"}, {"ISR>IRN:186"}});
  Check({"sanctions only tried", "Ankara tried to impose sanctions on Armenia.", "2024-05-08", {}, {"TUR>ARM"}});
  Check({"no attempt", "Algeria did not try to mediate between Mali and Niger.", "2024-05-08", {}, {"DZA>"}});
  Check({"an attempt foiled", "Britain foiled an Iranian attempt to seize a tanker.", "2024-05-08", {}, {"GBR>"}});
  Check({"a capital listed after a city is no subject", "Turkey's foreign minister visited Baghdad, then went on to "
         "Erbil and Tehran in an attempt to mediate between Iraq and Iran.", "2024-05-08",
         // IRN>IRQ:04x is the pair model's (a known false event, 042 or 045
         // as it is retrained); the patterns make Iran the subject of nothing.
         {"TUR>IRQ:045", "TUR>IRN:045"}, {"IRN>TUR", "IRN>IRQ:1", "IRN>IRQ:05"}});
}

TEST(ConstructionMoreTest, APurposeAfterAMovementIsTheMoversAct) {
  Check({"arrived in X to investigate", "A Philippine forensic team arrived in Jakarta to investigate the deaths of "
         "Indonesian fishermen.", "2024-05-08", {"PHL>IDN:042", "PHL>IDN:09"}, {}});
  Check({"travelled to <capital> to mediate", "Norway's envoy travelled to Khartoum to mediate between Sudan and South "
         "Sudan.", "2024-05-08", {"NOR>SDN:045", "NOR>SSD:045"}, {}});
  Check({"flew to X to hold talks", "Modi flew to Tokyo to hold talks with the Japanese prime minister.", "2024-05-08",
         {"IND>JPN:046"}, {}});
  Check({"sent a delegation to X to negotiate", "Chile sent a delegation to Lima to negotiate with Peru over the "
         "fishing dispute.", "2024-05-08", {"CHL>PER:046"}, {}});
  Check({"an appeal keeps its addressee", "Washington urged Caracas to free the detained Americans.", "2024-05-08",
         {"USA>VEN:02"}, {"USA>VEN:08"}});
  Check({"a place after a verb of no movement", "Turkey allowed Russia to hold talks with Ukraine in Istanbul.",
         "2024-05-08", {}, {"TUR>UKR"}});
}

TEST(ConstructionMoreTest, AnUnresolvedSpeakerLeavesTheSaidClausesState) {
  Check({"Name said State would", "Okafor said Nigeria would defend every inch of its territory against Cameroon.",
         "2024-05-08", {"NGA>CMR:13"}, {}});
  Check({"Name said that State would", "Sato said that Japan would defend every inch of its territory against "
         "China.", "2024-05-08", {"JPN>CHN:13"}, {}});
  Check({"a plural noun is no name", "Analysts said Japan would defend every inch of its territory against China.",
         "2024-05-08", {}, {"JPN>CHN"}});
}

TEST(ConstructionMoreTest, AReactionWrittenLastAnswersTheClauseBefore) {
  Check({", Capital complains", "Chinese coast guard ships blocked a resupply mission near the shoal, Manila "
         "complains.", "2024-05-08", {"PHL>CHN:11"}, {}});
  Check({"the clause's doer, not its object", "China summoned the Japanese ambassador, Tokyo complained.",
         "2024-05-08", {"JPN>CHN:11"}, {}});
  Check({"a warning last is no threat", "Russian drones struck Odesa overnight, Kyiv warned.", "2024-05-08", {},
         {"UKR>RUS:13"}});
  Check({"a list is no clause", "Iran, Russia protest.", "2024-05-08", {}, {"RUS>IRN", "IRN>RUS"}});
}

TEST(ConstructionMoreTest, AnOpeningParticipleClauseHasTheMainSubject) {
  Check({"Welcomed in X by Y, Z", "Welcomed in Hanoi by Vietnamese leader To Lam, Biden hailed a new era of ties.",
         "2024-09-10", {"VNM>USA:043", "USA>VNM:042"}, {"VNM>VNM"}});
  Check({"Received by Y, Z", "Received by Kenyan President William Ruto, Museveni signed a pipeline deal.",
         "2024-05-08", {"KEN>UGA:043", "UGA>KEN:042"}, {}});
}

TEST(ConstructionMoreTest, AReactionAnswersTheDoerOfTheActToldBefore) {
  Check({"the act's doer, not a place", "Iranian gunboats seized the Liberian-flagged tanker Ocean Star in the Gulf "
         "of Oman, the British navy said, calling the seizure unlawful.", "2024-05-08", {"GBR>IRN:11"}, {"GBR>OMN"}});
  Check({"the agent of a passive", "Argentina said two of its fishermen had been detained by Chilean sailors while "
         "fishing off Uruguay, and demanded their release.", "2024-05-08", {"ARG>CHL:10"}, {"ARG>URY"}});
  Check({"every doer of a list", "Malaysia, Indonesia and Brunei signed a pact on fishing rights, a long-awaited "
         "move that Manila condemned as illegal.", "2024-05-08", {"PHL>MYS:11", "PHL>IDN:11", "PHL>BRN:11"}, {}});
  Check({"a reaction answers no ally's reaction", "Chile and Peru condemned Bolivia's decision, with Boric calling it "
         "unacceptable.", "2024-05-08", {"CHL>BOL:11"}, {"CHL>PER", "PER>CHL"}});
}

TEST(ConstructionMoreTest, AStateOpeningASubordinateClauseOwnsItsSubject) {
  Check({"when X's unnamed force bombed <place>", "Afghanistan protested on Monday when Pakistan's Thunder jets "
         "bombed Kandahar.", "2024-05-08", {"PAK>AFG:19"}, {}});
  Check({"a place of no known state", "Afghanistan protested on Monday when Pakistan's Thunder jets bombed "
         "Springfield.", "2024-05-08", {}, {"PAK>"}});
  Check({"a place in the source's own country", "Iran protested on Monday after Iran's Revolutionary Guards fired "
         "missiles at Isfahan.", "2024-05-08", {}, {"IRN>IRN"}});
}

TEST(ConstructionMoreTest, ACrowdOpeningASubordinateClauseIsWhereItHappens) {
  Check({"hours after hundreds of protesters stormed the X embassy in <capital>", "Britain summoned Lebanon's "
         "ambassador on Monday, hours after hundreds of protesters stormed the British embassy in Beirut.", "2024-05-08",
         {"LBN>GBR:14"}, {}});
  Check({"after rioters torched X-owned shops in <place>", "China protested on Friday after rioters torched "
         "Chinese-owned shops in Lahore.", "2024-05-08", {"PAK>CHN:14"}, {}});
  // A list of things thrown ends no clause before the place.
  Check({"students hurled stones, paint and bottles at the X embassy in <capital>", "Thousands of students hurled "
         "stones, paint and bottles at the US embassy in Beijing on Saturday.", "1999-05-10", {"CHN>USA:14"}, {}});
  // A place opening the sentence places the crowd of its main clause; the
  // crowd as an object there is no doer.
  Check({"In <capital>, thousands of demonstrators besieged the X embassy", "In Moscow, tens of thousands of "
         "demonstrators besieged the Chinese embassy on Friday, hurling ink bottles at its walls.", "1969-03-08",
         {"RUS>CHN:14"}, {}});
  Check({"In <capital>, police arrested protesters", "In Tehran, police arrested protesters outside the British "
         "embassy on Friday.", "2024-05-08", {}, {"IRN>GBR:14"}});
  Check({"the place in another clause", "China protested on Friday after rioters torched Chinese-owned shops, police "
         "in Lahore said.", "2024-05-08", {}, {"PAK>CHN"}});
}

TEST(ConstructionMoreTest, ListsOfStatesActOneEventPerMember) {
  // A list whose items open with "the" or span several words.
  Check({"owners of a target noun", "Rioters in Nairobi stormed the consulates of Uganda, Tanzania, the United "
         "Kingdom and South Africa on Friday.", "2024-05-08",
         {"KEN>UGA:14", "KEN>TZA:14", "KEN>GBR:14", "KEN>ZAF:14"}, {}});
  Check({"a list of four targets", "Beijing sanctioned Lithuania, Estonia, the Czech Republic and Latvia on Monday.",
         "2024-05-08", {"CHN>LTU:16", "CHN>EST:16", "CHN>CZE:16", "CHN>LVA:16"}, {}});
  Check({"no list across a clause", "Turkey summoned the Swedish envoy, and Finland recalled its ambassador.",
         "2024-05-08", {"TUR>SWE:1"}, {"TUR>FIN"}});
  // Country adjectives before the noun they share.
  Check({"coordinated adjectives", "Ukraine halted imports of Hungarian and Slovak pork on Thursday.", "2024-05-08",
         {"UKR>HUN:16", "UKR>SVK:16"}, {}});
  Check({"three adjectives", "Ankara suspended purchases of Greek, Cypriot and Bulgarian grain.", "2024-05-08",
         {"TUR>GRC:16", "TUR>CYP:16", "TUR>BGR:16"}, {}});
  // A pronoun read as the list's last state is none of the list's targets.
  Check({"one of the owners is no target", "Jordan regretted the decision by Kuwait, the United Arab Emirates, Oman "
         "and Yemen to cut diplomatic ties with it.", "2024-05-08", {}, {"KWT>YEM", "ARE>YEM", "OMN>YEM"}});
  Check({"a name joins no adjective", "Egypt welcomed Qatar and Turkish mediation in Gaza.", "2024-05-08", {},
         {"EGY>TUR:05"}});
}

TEST(ConstructionMoreTest, ThreeStatesIntendingAJointActIntendItPairwise) {
  Check({"will jointly build", "Spain, Portugal and Morocco will jointly build a high-speed rail link.", "2024-05-08",
         {"ESP>PRT:03", "PRT>MAR:03", "MAR>ESP:03"}, {}});
  // What three agree to do together concerns a third, not each other. (The
  // pair model retrained in session 28 reads Chad and Niger's agreement as
  // an intent between them, 031: a known false event; forbidding it for
  // every fellow cost 205 right ones on the development sets; the model
  // retrained on BC in session 33 reads Nigeria and Chad's so too.)
  Check({"agreed to lift a siege", "Chad, Niger and Nigeria agreed to lift their closure of Benin's border.",
         "2024-05-08", {}, {"NER>NGA:03"}});
}

TEST(ConstructionMoreTest, WhomASubjectFollowedInAnActDidItToo) {
  Check({"followed X in", "Burkina Faso followed Niger on Monday in expelling French diplomats.", "2024-05-08",
         {"BFA>FRA:17", "NER>FRA:17"}, {}});
  Check({"joined X and Y in", "Canada joined Australia and New Zealand in imposing sanctions on Myanmar.",
         "2024-05-08", {"CAN>MMR:16", "AUS>MMR:16", "NZL>MMR:16"}, {"AUS>CAN", "NZL>CAN"}});
  Check({"followed X's lead in", "Panama followed Ecuador's lead in recalling its ambassador from Venezuela.",
         "2024-05-08", {"PAN>VEN:16", "ECU>VEN:16"}, {}});
  // An act not done by the subject says nothing of the one it would follow.
  Check({"would follow", "Slovakia said it would not follow Poland in sending tanks to Ukraine.", "2024-05-08", {},
         {"POL>UKR"}});
}

TEST(ConstructionMoreTest, TwoSubjectsActingWithAThirdDoNotActWithEachOther) {
  Check({"signed deals … with Z", "Qatar and Oman signed accords opening air links with Iran on Sunday.",
         "2024-05-08", {"QAT>IRN:05", "OMN>IRN:05"}, {"QAT>OMN:05", "OMN>QAT:05"}});
  Check({"with each other is each other", "Qatar and Oman signed accords with each other on Sunday.", "2024-05-08",
         {"QAT>OMN:05", "OMN>QAT:05"}, {}});
}

TEST(ConstructionMoreTest, AGroupPlacedInACapitalOrFromAStateIsThatStates) {
  Check({"officials in <capital>", "Officials in Baku condemned Armenia's shelling of border villages.", "2024-05-08",
         {"AZE>ARM:11"}, {}});
  Check({"prosecutors in <capital>", "Prosecutors in Warsaw accused Belarus of smuggling migrants across the border.",
         "2024-05-08", {"POL>BLR:11"}, {}});
  Check({"soldiers from <state>", "Soldiers from Burundi attacked Rwandan army positions near the border.",
         "2024-05-08", {"BDI>RWA:19"}, {}});
  Check({"a modifier says whose they are", "Foreign diplomats in Seoul condemned North Korea's missile launch.",
         "2024-05-08", {}, {"KOR>PRK"}});
  Check({"a possessive says whose they are", "Its diplomats in Moscow condemned Ukraine's drone attacks.",
         "2024-05-08", {}, {"RUS>UKR:11"}});
}

TEST(ConstructionMoreTest, AStateAfterAntiIsTheTargetNeverTheDoer) {
  Check({"anti-X demonstrators", "Anti-Turkish demonstrators stormed the Turkish consulate in Athens.", "2024-05-08",
         {"GRC>TUR:145"}, {"TUR>TUR"}});
  Check({"anti-X protesters", "Anti-Iranian protesters burned the Iranian flag in Baghdad.", "2024-05-08", {},
         {"IRN>IRN"}});
}

TEST(ConstructionMoreTest, ANominalActAnnouncedInThePassiveIsTheAgentsAct) {
  Check({"was announced by", "The expulsion of three Chinese diplomats was announced by Canada's foreign minister.",
         "2024-05-08", {"CAN>CHN:174"}, {}});
  // "The expulsion of three Chinese diplomats was condemned by Canada's foreign
  // minister" (a reaction names someone else) is in code_cases/11_disapprove.tsv,
  // where the pair model's reading of Canada as the expeller is a known false event.
  Check({"a noun in -en is no participle", "The abduction of Georgian children by Russian soldiers continued for "
         "months.", "2024-05-08", {"RUS>GEO:18"}, {}});
}

TEST(ConstructionMoreTest, ABareVerbAfterAndSharesTheCueInsideTheFirstActsPattern) {
  Check({"agreed to set aside … and begin talks", "Somalia and Ethiopia agreed on Wednesday to set aside their dispute "
         "and begin technical talks.", "2024-12-12", {"SOM>ETH:036", "ETH>SOM:036"}, {"SOM>ETH:046", "ETH>SOM:046"}});
  Check({"pledged to end … and recalled", "Somalia pledged to end the dispute and recalled its ambassador from "
         "Ethiopia.", "2024-12-12", {"SOM>ETH:161"}, {"SOM>ETH:13"}});
}

TEST(ConstructionMoreTest, APastVerbAfterAndIsNoLongerUnderTheFirstVerbsCue) {
  Check({"pledged to X and recalled", "Kenya pledged to hold talks with Somalia and recalled its ambassador from "
         "Uganda.", "2024-05-08", {"KEN>SOM:036", "KEN>UGA:161"}, {"KEN>UGA:13"}});
  Check({"will not X and recalled", "Pakistan will not attend the summit in India and recalled its envoy from New "
         "Delhi.", "2024-05-08", {"PAK>IND:12", "PAK>IND:161"}, {}});
  Check({"might X and recalled", "Cairo might hold talks with Ethiopia and recalled its envoy from Sudan.",
         "2024-05-08", {"EGY>SDN:161"}, {"EGY>ETH"}});
  Check({"avoided X-ing and condemned", "Seoul avoided criticising Beijing and condemned Pyongyang for the launch.",
         "2024-05-08", {"KOR>PRK:111"}, {"KOR>CHN"}});
  Check({"a base form after and still shares", "Kenya pledged to hold talks with Somalia and to reopen its embassy "
         "in Mogadishu.", "2024-05-08", {"KEN>SOM:036", "KEN>SOM:03"}, {"KEN>SOM:05"}});
}

TEST(ConstructionMoreTest, AConditionPutFirstMakesAnAnnouncedConflictActAThreat) {
  Check({"If X, Y will", "If Tallinn removes the monument, Moscow will cut ties with Estonia.", "2024-05-08",
         {"RUS>EST:13"}, {"RUS>EST:16"}});
  Check({"said that if X, Y would", "The Kremlin said that if Tallinn removed the monument, Russia would sever "
         "relations with Estonia.", "2024-05-08", {"RUS>EST:13"}, {"RUS>EST:16"}});
  Check({"no condition: the act", "Moscow will cut ties with Estonia, the foreign ministry said.", "2024-05-08",
         {"RUS>EST:161"}, {"RUS>EST:13"}});
  Check({"if anything is no condition", "If anything, Moscow will cut ties with Estonia.", "2024-05-08",
         {"RUS>EST:161"}, {"RUS>EST:13"}});
}

TEST(ConstructionMoreTest, AnActDecidedAgainstOrNotDoneIsRefusedByTheModeTable) {
  Check({"decided against X-ing", "Seoul decided against sending artillery shells to Poland.", "2024-05-08",
         {"KOR>POL:1222"}, {"KOR>POL:07"}});
  Check({"decided against a noun", "Seoul decided against a visit to Tokyo, officials said.", "2024-05-08",
         {"KOR>JPN:125"}, {"KOR>JPN:04"}});
  Check({"did not release", "Ankara did not release the Greek soldiers, Athens said.", "2024-05-08",
         {"TUR>GRC:1243"}, {"TUR>GRC:08"}});
}

TEST(ConstructionMoreTest, AReactionToAnActOfNoStateCodesNothing) {
  Check({"gunmen are no state", "Gunmen shot dead three Nepali workers in Malaysia's Sabah on Tuesday, and Kathmandu "
         "condemned the killings.", "2024-05-08", {}, {"NPL>MYS"}});
  Check({"pirates are no state", "Pirates hijacked a Danish-owned bulk carrier off the coast of Benin on "
         "Sunday, and Copenhagen condemned the hijacking.", "2024-05-08", {}, {"DNK>BEN:11"}});
  // The patterns code no reaction (111) to an act of no state; the pair
  // model, retrained on every new set, has coded TGO>BFA 111 or 112 here,
  // and DNK>BEN 154 above since AJ joined its training (known false events of
  // the model, not of this mechanism).
  Check({"a group's fighters are not their host's forces", "Unidentified gunmen ambushed a Togolese army patrol "
         "near the border with Burkina Faso, and Lome denounced the attack.", "2024-05-08", {}, {"TGO>BFA:111"}});
  Check({"whom the reaction blames is coded", "Gunmen killed two Thai rubber tappers in Malaysia's Kedah on "
         "Friday, and Bangkok blamed Kuala Lumpur for lax security.", "2024-05-08", {"THA>MYS:112"}, {}});
}

TEST(ConstructionMoreTest, HeadlineInfinitiveIsAnAnnouncedAct) {
  Check({"cooperation announced is intent", "Sweden to provide $15 million in aid to Georgia.", "2024-05-08",
         {"SWE>GEO:033"}, {"SWE>GEO:07"}});
  Check({"conflict announced is the act", "Nairobi to expel three Ugandan diplomats.", "2024-05-08",
         {"KEN>UGA:174"}, {}});
  Check({"a subject of two states", "Brazil and Argentina to hold talks with Paraguay next month.", "2024-05-08",
         {"BRA>PRY:036", "ARG>PRY:036"}, {"BRA>PRY:04", "ARG>PRY:04"}});
  Check({"an investigation announced", "Seoul to investigate Japanese seizure of fishing boat.", "2024-05-08",
         {"KOR>JPN:09"}, {}});
  Check({"a second act joined by and shares it", "Ghana to host the summit and sign a trade deal with Togo.",
         "2024-05-08", {}, {"GHA>TGO:057"}});
  Check({"not at the head of the sentence", "It is time for Chile to recall its ambassador to Bolivia.", "2024-05-08",
         {}, {"CHL>BOL"}});
}

TEST(ConstructionMoreTest, ParticipleJoinedToAStateByAHyphen) {
  Check({"a sponsor is no doer, nor is its participle a verb", "Eritrean-backed militias shelled Ethiopian positions.",
         "2024-05-08", {}, {"ERI>ETH"}});
  Check({"held land is no act of holding", "Turkish-occupied Afrin came under Syrian artillery fire.", "2024-05-08", {},
         {"TUR>SYR"}});
  Check({"a funder gives aid", "Saudi-funded schools in Pakistan reopened.", "2024-05-08", {"SAU>PAK:07"}, {}});
  Check({"an origin is no doer", "Iranian-made drones hit Odesa overnight.", "2024-05-08", {}, {"IRN>UKR"}});
  Check({"nor a party to the user's act", "Russia fired Iranian-made drones at Odesa.", "2024-05-08", {"RUS>UKR:19"},
         {"IRN>UKR", "RUS>IRN"}});
  Check({"a flag state is no doer", "A Liberian-flagged tanker rammed a Greek fishing boat.", "2024-05-08", {},
         {"LBR>GRC"}});
  Check({"a flag state is the target", "Eritrea seized a Panama-flagged cargo ship on Friday.", "2024-05-08",
         {"ERI>PAN:17"}, {}});
  Check({"a leader is the doer", "The Saudi-led coalition bombed Hodeidah.", "2024-05-08", {"SAU>YEM:19"}, {}});
}

TEST(ConstructionMoreTest, APassiveWithItsAgentFarAfterTheVerb) {
  // The recipient is the passive's subject; an active line read on the
  // passive verb made it the giver, to a partner.
  Check({"promised … by X after a long object", "Kenya was promised one billion dollars for a new railway line to "
         "the coast by China.", "2024-05-08", {"CHN>KEN:03"}, {"KEN>CHN"}});
  Check({"pledged … by X after a long object", "Laos was pledged 50 million dollars in flood relief for its "
         "northern provinces and the capital region by Vietnam.", "2024-05-08", {"VNM>LAO:03"}, {"LAO>VNM"}});
  Check({"no agent: no giver", "Uganda was promised five hundred million dollars for its refineries over the "
         "coming decade.", "2024-05-08", {}, {"UGA>"}});
}

TEST(ConstructionMoreTest, AnActInAnAdverbialClauseAfterACharge) {
  // "accuse X of", "blame X for" govern the charge; an "after"/"as"/"when"
  // clause with a subject of its own tells the narrator's fact.
  Check({"after: the clause's act codes", "Armenia accused Azerbaijan of aggression after Azerbaijani forces "
         "attacked Armenian positions.", "2024-05-08", {"ARM>AZE:112", "AZE>ARM:19"}, {}});
  Check({"days after, an owner's adjective as subject", "Kyiv accused Moscow of terrorism days after Russian "
         "missiles struck a Ukrainian shopping center.", "2024-05-08", {"UKR>RUS:112", "RUS>UKR:19"}, {}});
  Check({"blame … for … after", "Morocco blamed Algeria for the crisis after Algiers expelled Moroccan diplomats.",
         "2024-05-08", {"MAR>DZA:112", "DZA>MAR:174"}, {}});
  Check({"as", "Thailand accused Cambodia of provocation as Cambodian troops shelled Thai villages.", "2024-05-08",
         {"KHM>THA:19"}, {}});
  Check({"when", "Beijing blamed Manila for the collision when a Philippine boat rammed a Chinese vessel.",
         "2024-05-08", {"PHL>CHN:17"}, {}});
  Check({"no subject of its own: still the charge", "Armenia accused Azerbaijan of aggression after attacking "
         "Armenian positions.", "2024-05-08", {"ARM>AZE:112"}, {"AZE>ARM"}});
  Check({"the charge itself is no act", "Seoul accused Pyongyang of firing artillery at a South Korean island.",
         "2024-05-08", {}, {"PRK>KOR"}});
}

TEST(ConstructionMoreTest, TalksThatNameNoPartyAreThoseOfTheSentencesMutualAct) {
  // Fronted, before the parties' clause: coded after their acts.
  Check({"After talks in P, X and Y signed", "After talks in Doha, Chad and Sudan signed a border security pact.",
         "2024-05-08", {"TCD>SDN:046", "SDN>TCD:046", "TCD>SDN:057", "SDN>TCD:057"}, {}});
  Check({"After two days of talks in P, X and Y agreed to restore", "After two days of talks in Lisbon, Angola and "
         "Namibia agreed to restore direct flights.", "2024-05-08", {"AGO>NAM:046", "NAM>AGO:046"}, {}});
  // Said at the talks: by one party to the other.
  Check({"X urged Y at talks in P", "Bhutan urged Nepal at boundary talks in Kathmandu on Monday to speed up the survey.",
         "2024-05-08", {"BTN>NPL:02", "BTN>NPL:046", "NPL>BTN:046"}, {}});
  // Done during talks, not said at them: no talks between the act's parties.
  Check({"X detained a Y citizen for spying during talks", "Turkmenistan detained an Uzbek engineer, accusing him of "
         "stealing secrets during gas talks.", "2024-05-08", {"TKM>UZB:17"}, {"TKM>UZB:046", "UZB>TKM:046"}});
  // A mediator's act is no party's: the talks are the parties'.
  Check({"X and Y agreed … after talks in P brokered by Z", "Armenia and Azerbaijan agreed to a prisoner exchange after "
         "ten hours of talks in Tbilisi brokered by Georgia.", "2024-05-08", {"GEO>ARM:045", "ARM>AZE:046"},
        {"GEO>AZE:046", "AZE>GEO:046"}});
}

TEST(ConstructionMoreTest, ASigningInThePassiveWithNoAgentIsTheStorysPairs) {
  const std::string story =
      "Kenya and Somalia pledge joint action\n\n"
      "Kenyan and Somali officials held two days of talks in Mogadishu on security along the border.\n\n"
      "The agreement was signed in Mogadishu on Tuesday.\n\n"
      "No trade agreements were signed in Nairobi during the visit.\n";
  std::vector<std::string> keys = testing::EventKeys(testing::CodeStory(story, "2011-10-20"));
  std::string coded;
  for (const std::string& k : keys) coded += k + " ";
  auto has = [&](const std::string& prefix) {
    return std::any_of(keys.begin(), keys.end(), [&](const std::string& k) { return k.rfind(prefix, 0) == 0; });
  };
  EXPECT_TRUE(has("KEN>SOM:057@2011-10-18")) << coded;
  EXPECT_TRUE(has("SOM>KEN:057@2011-10-18")) << coded;
  // Not signed: no signing, and no refusal either.
  EXPECT_FALSE(has("KEN>SOM:12")) << coded;
  EXPECT_FALSE(has("SOM>KEN:12")) << coded;
}

TEST(ConstructionMoreTest, TheTwoMenAreTheStorysPair) {
  Check({"the two men signed", "Chilean President Boric and Bolivian President Arce met in Santiago on Tuesday."
         "\n\nAfter five hours of talks, the two men signed a joint statement on water rights.", "2024-05-08",
         {"CHL>BOL:057", "BOL>CHL:057"}, {}});
}

TEST(ConstructionMoreTest, ARecipientBeforeALongThing) {
  Check({"expressed to X the condolences of", "Premier Li expressed to the government and people of Nepal the deep "
         "condolences of the Chinese government.", "2024-05-08", {"CHN>NPL:018"}, {}});
  Check({"conveyed to X the greetings of", "The envoy conveyed to President Tokayev the warm greetings of the Uzbek "
         "leadership.", "2024-05-08", {}, {"KAZ>UZB"}});
}

TEST(ConstructionMoreTest, ListCommasAreNoWordsOfAGap) {
  Check({"launched N drones, A missiles and B missiles at X", "Yemen launched more than 300 drones, cruise missiles "
         "and ballistic missiles at Saudi Arabia late on Sunday in its first direct attack on Saudi territory.",
         "2024-05-08", {"YEM>SAU:19"}, {}});
  Check({"signed a treaty of friendship and cooperation with X", "Laos signed a 25-year treaty of friendship and "
         "cooperation with Cambodia.", "2024-05-08", {"LAO>KHM:057", "KHM>LAO:057"}, {}});
}

TEST(ConstructionMoreTest, TwoSubjectsFightingAFoeTheWithNames) {
  // "US and Iraqi troops clashed with Islamist militants near Mosul" is in
  // code_cases/19_fight.tsv: the patterns code nothing, the pair model retrained
  // in session 38 IRQ>USA 190 (a known false event).
  Check({"each other is no foe", "Indian and Pakistani troops clashed with each other along the Line of Control on "
         "Tuesday.", "2020-01-17", {"IND>PAK:19", "PAK>IND:19"}, {}});
  Check({"an instrument is no foe", "Thai and Cambodian soldiers exchanged fire with heavy weapons near the temple on "
         "Tuesday.", "2020-01-17", {"THA>KHM:19", "KHM>THA:19"}, {}});
}

}  // namespace
}  // namespace dyad
