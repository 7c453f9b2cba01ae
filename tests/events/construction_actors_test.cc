// Actors the copy names that dyad must resolve to their state (see construction_test.cc): towns, popes,
// companies and agent nouns from data/actors, and two engine rules about places. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using Case = testing::ConstructionCase;
void Check(const Case& c) { testing::CheckConstruction(c); }

TEST(ConstructionActorsTest, AForeignTownStandsForItsStateAsTarget) {
  Check({"struck <town>", "Russian drones struck Makariv overnight.", "2024-05-10", {"RUS>UKR:19"}, {}});
  Check({"shelled a market in <town>", "Ukrainian officials said Russian artillery shelled a market in Motyzhyn.",
         "2024-05-10", {"RUS>UKR:19"}, {}});
}

TEST(ConstructionActorsTest, APopeActsForTheHolySee) {
  Check({"Pope Francis urged X to", "Pope Francis urged Israel to let aid into Gaza.", "2024-05-10", {"VAT>ISR:02"},
         {}});
  Check({"met Pope Leo XIV", "The Peruvian president met Pope Leo XIV at the Vatican on Monday.", "2025-06-10",
         {"PER>VAT:04"}, {}});
}

TEST(ConstructionActorsTest, AgentNounsTakeTheStateOfTheirCountryWord) {
  Check({"X captors", "Russian captors tortured Ukrainian soldiers.", "2024-05-10", {"RUS>UKR:18"}, {}});
  Check({"an X torpedo", "A North Korean torpedo sank a South Korean warship.", "2024-05-10", {"PRK>KOR:19"}, {}});
  Check({"X supermarkets", "Jordanian supermarkets boycotted Israeli goods.", "2024-05-10", {"JOR>ISR:14"}, {}});
}

TEST(ConstructionActorsTest, AnOfficialWithNoStateWordSpeaksForTheCapitalHeSpeaksIn) {
  // Filed from Nairobi, the bare ministry's spokesman is Somalia's when he
  // speaks in Mogadishu; with no capital after his words, the dateline's.
  auto keys = [](const char* text) {
    std::string all;
    for (const std::string& k : testing::EventKeys(testing::CodeStory(text, "2024-05-10", "NAIROBI", 4, 15))) {
      all += k + " ";
    }
    return all;
  };
  const std::string in_capital =
      keys("Foreign Ministry spokesman Ali Omar said in Mogadishu on Friday, accusing Kenya of sheltering rebels.");
  EXPECT_NE(in_capital.find("SOM>KEN:11"), std::string::npos) << in_capital;
  EXPECT_EQ(in_capital.find("KEN>"), std::string::npos) << in_capital;
  const std::string dateline = keys("Foreign Ministry spokesman Ali Omar accused Somalia of sheltering rebels.");
  EXPECT_NE(dateline.find("KEN>SOM:11"), std::string::npos) << dateline;
}

TEST(ConstructionActorsTest, CompaniesNamedWithoutTheirStateAreTheirStates) {
  Check({"seized units of <firm> and <firm>", "Russia seized the local units of Carlsberg and Danone.", "2024-05-10",
         {"RUS>DNK:17", "RUS>FRA:17"}, {}});
}

TEST(ConstructionActorsTest, ATownOfTheDoersOwnStateIsTheSceneNotAParty) {
  // An inquiry by a state's prosecutors into a shelling at home is no act of
  // that state on itself.
  Check({"investigation into the shelling in <own town>", "Georgian prosecutors opened a war crimes investigation "
         "into the shelling in Gori.", "2024-05-10", {}, {"GEO>GEO"}});
  Check({"investigations into killings found in <own town>", "Ukrainian prosecutors opened war crimes "
         "investigations into the killing of hundreds of civilians found in Makariv.", "2024-05-10", {}, {"UKR>UKR"}});
  // Force against one's own town is a domestic act, still coded.
  Check({"dropped bombs on <own town>", "Syrian forces dropped barrel bombs on Idlib.", "2024-05-10",
         {"SYR>SYR:19"}, {}});
}

TEST(ConstructionActorsTest, APastFormAfterAPrepositionDescribesThePlace) {
  // "around besieged Kharkiv": the siege is no act of the one who urges.
  Check({"fighting around besieged <town>", "Turkey urged Moscow and Kyiv to halt the fighting around besieged "
         "Kharkiv.", "2024-05-10", {"TUR>RUS:02", "TUR>UKR:02"}, {"TUR>UKR:19"}});
  Check({"besieged <town> as a verb", "Russian troops besieged Mariupol for weeks.", "2024-05-10", {"RUS>UKR:19"},
         {}});
}


TEST(ConstructionActorsTest, AShorteningOfAKnownFullNameIsThatPerson) {
  // people.tsv lists "Recep Tayyip Erdoğan" and "Andrés Manuel López Obrador".
  Check({"<middle name and surname> accused X", "Tayyip Erdogan accused Greece of provoking tensions in the Aegean.",
         "2024-05-10", {"TUR>GRC:11"}, {}});
  Check({"telephoned <given names and surname>", "The Spanish foreign minister telephoned Manuel Lopez Obrador on "
         "Thursday.", "2024-05-10", {"ESP>MEX:04"}, {}});
  // Another name word before it: someone else, no act of Turkey.
  Check({"<other given name> <shortening>, a councillor,", "Ali Tayyip Erdogan, a local councillor, accused Greece "
         "of provoking tensions.", "2024-05-10", {}, {"TUR>GRC"}});
}

// people.tsv lists "Gerald Ford" with no short name; offices.tsv his presidency.
TEST(ConstructionActorsTest, ATitleAndASurnameAreThePersonInThatOfficeThatDay) {
  Check({"President <surname> in office", "President Ford demanded that Cambodia release the ship.", "1975-05-13",
         {"USA>KHM:10"}, {}});
  Check({"President <surname> out of office", "President Ford demanded that Cambodia release the ship.", "1995-05-13",
         {}, {"USA>KHM"}});
  // Rank and file titles: the commandants of the occupying powers.
  Check({"<adjectives> commandants", "The American, British and French commandants lodged protests with their Soviet "
         "counterpart.", "1961-08-14", {"USA>RUS:11", "GBR>RUS:11", "FRA>RUS:11"}, {}});
}

// offices.tsv: Shevardnadze was the Soviet Union's foreign minister, then
// Georgia's president; Guterres leads the UN, which is no state.
TEST(ConstructionActorsTest, APersonActsForTheStateWhoseOfficeHeHoldsThatDay) {
  Check({"a Soviet minister from Georgia", "Foreign Minister Eduard Shevardnadze met Secretary of State George Shultz "
         "in Washington on Tuesday.", "1987-09-17", {"RUS>USA:04"}, {"GEO>USA"}});
  Check({"the same man as Georgia's president", "Eduard Shevardnadze met the Russian president in Moscow on Tuesday.",
         "1997-09-17", {"GEO>RUS:04"}, {}});
  Check({"an international official is no state", "UN Secretary-General Antonio Guterres urged Russia to withdraw "
         "its troops.", "2023-01-10", {}, {"PRT>RUS"}});
}

TEST(ConstructionActorsTest, AnEnvoyToABodyActsForTheStateBeforeTheTitle) {
  Check({"X's ambassador to the UN criticised Y", "Japan's ambassador to the UN criticised North Korea over the "
         "missile launch.", "2024-05-10", {"JPN>PRK:11"}, {}});
  Check({"the X envoy to the United Nations accused Y", "The Indian envoy to the United Nations accused Pakistan of "
         "harbouring militants.", "2024-05-10", {"IND>PAK:11"}, {}});
}

TEST(ConstructionActorsTest, ABareApostropheAfterANameInSIsItsPossessive) {
  Check({"<capital in -s>' decision to downgrade ties with Y", "Vilnius' decision to downgrade ties with Beijing "
         "drew a sharp rebuke.", "2024-05-10", {"LTU>CHN:16"}, {}});
}

TEST(ConstructionActorsTest, AStateHyphenedToHeldOrInstalledStandsForTheState) {
  // compound_participles.tsv: "held", "claimed" own; "installed", "appointed" lead.
  Check({"blockaded an X-held reef", "Chinese coast guard ships blockaded a Philippine-held reef on Monday.",
         "2024-05-10", {"CHN>PHL:19"}, {}});
  Check({"X-installed officials accused Y", "Russian-installed officials accused Ukraine of shelling the plant.",
         "2024-05-10", {"RUS>UKR:11"}, {}});
}

TEST(ConstructionActorsTest, ABareCompassWordBeforeAndSharesTheSecondAdjective) {
  // "North and South Korean": "North" is the North's adjective, and both
  // share the group noun after the second.
  Check({"North and South X warships", "North and South Korean warships exchanged fire near the sea border on "
         "Monday.", "2002-07-02", {"PRK>KOR:19", "KOR>PRK:19"}, {}});
  Check({"East and West X leaders", "East and West German leaders met in Erfurt on Thursday.", "1970-03-20",
         {"DDR>DEU:04", "DEU>DDR:04"}, {}});
  // The same compass word twice is no pair.
  Check({"South and South", "South and South Korean officials met.", "2002-07-02", {}, {"PRK>"}});
}

TEST(ConstructionActorsTest, AnotherSpellingOfAKnownNameAfterATitleIsThatPerson) {
  // The surname and one other word of the full name people.tsv writes
  // ("Atal Bihari Vajpayee"): the same person, in the office he held.
  Check({"a middle name spelt otherwise", "Prime Minister Atal Behari Vajpayee met Pakistan's Nawaz Sharif in Lahore "
         "on Sunday.", "1999-02-22", {"IND>PAK:04"}, {}});
  // The surname alone with words the name does not have stays unknown.
  Check({"no word of the name", "Prime Minister Rajesh Kumar Vajpayee met Pakistan's Nawaz Sharif in Lahore on "
         "Sunday.", "1999-02-22", {}, {"IND>PAK"}});
}

}  // namespace
}  // namespace dyad
