// Constructions around time phrases, orders and recipients (see construction_test.cc):
// one case per mechanism, in sentences written for these tests.
#include <gtest/gtest.h>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using Case = testing::ConstructionCase;
void Check(const Case& c) { testing::CheckConstruction(c); }

TEST(ConstructionTimeTest, ATimePhraseBetweenTheWordsOfAPatternIsReadThrough) {
  Check({"warned on D that X would pay", "Ghana's president warned on Thursday that Togo would pay dearly for the raid.",
         "2024-05-10", {"GHA>TGO:13@2024-05-09"}, {}});
  Check({"expelled on D two X diplomats", "Kazakhstan expelled on Friday two Kyrgyz diplomats accused of spying.",
         "2024-05-10", {"KAZ>KGZ:17@2024-05-10"}, {}});
  Check({"protested last week to X", "Chile protested last week to Bolivia over the border incident.", "2024-05-10",
         {"CHL>BOL:11"}, {}});
  // "on Friday" before the verb is no occasion ("on a visit") of the noun after it.
  Check({"X on D halted the sale of … to Y", "Carter on Friday halted the sale of grain to the Soviet Union.",
         "1980-01-05", {"USA>RUS:163"}, {}});
  Check({"urged in March X to", "Senegal urged in March Gambia to reopen the crossing.", "2024-05-10", {"SEN>GMB:02"},
         {}});
}

TEST(ConstructionTimeTest, ADayAfterTheStorysIsNoActsDate) {
  // Agreed on the story's day (no day of its own), to take effect later.
  Check({"agreed to halt X on <later day>", "Peru and Ecuador have agreed to halt the fighting on May 20.",
         "1995-05-09", {"PER>ECU:08@1995-05-09"}, {"PER>ECU:08@1995-05-20"}});
  Check({"agreed on D to resume talks in <later month>", "Chad and Sudan agreed on Tuesday to resume talks in March.",
         "2024-02-08", {"TCD>SDN:03@2024-02-06"}, {"TCD>SDN:03@2024-03"}});
}

TEST(ConstructionTimeTest, ThePurposeOfAnActToComeIsToCome) {
  Check({"will meet in <capital> on D to discuss", "Chile and Peru will meet in Lima on Friday to discuss the maritime "
         "border.", "2024-05-08", {"CHL>PER:036", "PER>CHL:036"}, {"CHL>PER:04", "PER>CHL:04"}});
  Check({"flew to <capital> to meet", "The Chilean president flew to Lima on Monday to meet President Boluarte.",
         "2024-05-08", {"CHL>PER:042", "CHL>PER:040"}, {}});
}

TEST(ConstructionTimeTest, APatternThatNamesTheDayStillMatchesIt) {
  Check({"welcomed X on D", "Mongolia welcomed the Chinese president on Tuesday with a ceremony.", "2024-05-10",
         {"MNG>CHN:04"}, {}});
}

TEST(ConstructionTimeTest, AnOrderToAnotherStateWithATimePhraseIsNoActOfTheOrderer) {
  // "ordered Russia on Wednesday to cut its staff in Chisinau": Russia is the
  // one ordered, not Moldova's own act against itself.
  Check({"ordered X on D to cut", "Moldova ordered Russia on Wednesday to cut its embassy staff in Chisinau by 30.",
         "2024-05-10", {}, {"MDA>MDA"}});
}

TEST(ConstructionTimeTest, WhatAStateOrdersItsOwnForcesToDoIsItsOwnAct) {
  Check({"ordered X troops to seize", "The Russian president ordered Russian troops to seize the Ukrainian port of "
         "Berdyansk.", "2024-05-10", {"RUS>UKR:19"}, {"RUS>RUS"}});
  Check({"ordered another state's troops stays a demand", "The Russian president ordered Ukraine to withdraw its "
         "troops from Kursk.", "2024-05-10", {"RUS>UKR:10"}, {}});
}

TEST(ConstructionTimeTest, APlaceBeforeAnInfinitiveIsWhereNotWho) {
  Check({"signed protocols in <city> on D to", "Armenia and Turkey signed protocols in Zurich on Saturday to establish "
         "diplomatic relations.", "2024-05-10", {"ARM>TUR:054"}, {}});
}

TEST(ConstructionTimeTest, TheRecipientOfADativeVerbMayComeFirst) {
  Check({"sent X a message of condolence", "The Chinese president sent King Mohammed VI a message of condolence over "
         "the earthquake.", "2024-05-10", {"CHN>MAR:018"}, {}});
  Check({"denied X entry", "Hungary denied the Ukrainian envoys entry on Monday.", "2024-05-10", {"HUN>UKR:17"}, {}});
  Check({"a possessive is the thing's owner, not its recipient", "Modi conveyed India's deepest sympathies to Nepal "
         "over the earthquake.", "2024-05-10", {"IND>NPL:018"}, {"IND>IND"}});
  Check({"the recipient stands right after the verb", "China sends 30 warplanes toward Taiwan as a US delegation "
         "visits.", "2024-05-10", {"CHN>TWN:15"}, {"CHN>TWN:04"}});
}

TEST(ConstructionTimeTest, ACueReachesThroughABridgeVerbToItsAct) {
  Check({"pledged to begin withdrawing", "Russia pledged to begin withdrawing its troops from Georgia.", "2024-05-10",
         {"RUS>GEO:03"}, {"RUS>GEO:08"}});
  Check({"a noun with no party leaves the cue to the pledge", "Jakarta and Kuala Lumpur pledged on Tuesday to finish "
         "negotiations on their remaining maritime boundaries.", "2024-05-10", {"IDN>MYS:03"}, {}});
}

// Every event is dated: an act the text does not date takes the story's date,
// and says so (date_source), so a time series keeps it and an analyst can
// leave it out.
TEST(ConstructionTimeTest, AnUndatedActTakesTheStorysDateMarkedAsSuch) {
  AnalyzedDocument a = testing::CodeStory("Kenya condemned Uganda over the border raid.", "2024-05-10");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(a.events[0].date, "2024-05-10");
  EXPECT_EQ(a.events[0].date_precision, "day");
  EXPECT_EQ(a.events[0].date_source, "story");
  AnalyzedDocument dated = testing::CodeStory("Kenya condemned Uganda on Tuesday over the border raid.", "2024-05-10");
  ASSERT_EQ(dated.events.size(), 1u);
  EXPECT_EQ(dated.events[0].date, "2024-05-07");
  EXPECT_EQ(dated.events[0].date_source, "text");
  // A story with no date of its own leaves its undated acts undated.
  AnalyzedDocument none = testing::CodeStory("Kenya condemned Uganda over the border raid.", "");
  ASSERT_EQ(none.events.size(), 1u);
  EXPECT_EQ(none.events[0].date, "");
  EXPECT_EQ(none.events[0].date_source, "");
}

// Papers date a story the day after it was filed: "today" under a dateline
// is the dateline's day, within the week before publication.
TEST(ConstructionTimeTest, TodayUnderADatelineIsTheDatelinesDay) {
  const std::string text = "Kenyan troops shelled Somali border posts today, the army said.";
  auto date_of = [&](int month, int day) {
    AnalyzedDocument a = testing::CodeStory(text, "1967-06-06", "NAIROBI", month, day);
    return a.events.empty() ? std::string("none") : a.events[0].date;
  };
  EXPECT_EQ(date_of(6, 5), "1967-06-05");
  EXPECT_EQ(date_of(6, 6), "1967-06-06");
  EXPECT_EQ(date_of(6, 9), "1967-06-06") << "a dateline after publication is no filing day";
  EXPECT_EQ(date_of(5, 1), "1967-06-06") << "nor one weeks before";
  EXPECT_EQ(date_of(2, 30), "1967-06-06") << "nor a day no calendar has";
  EXPECT_EQ(date_of(13, 5), "1967-06-06") << "nor a month past December";
  AnalyzedDocument new_year = testing::CodeStory(text, "1968-01-01", "NAIROBI", 12, 31);
  ASSERT_FALSE(new_year.events.empty());
  EXPECT_EQ(new_year.events[0].date, "1967-12-31") << "filed the year before";
}

// "a day later" after the second of two joined acts moves the first one's
// day; "a day after" opening an act's clause moves the sentence's day back.
TEST(ConstructionTimeTest, ARelativePhraseInTheActsClauseMovesTheSentencesDay) {
  Check({"on D and … a day later", "Chinese coast guard ships fired water cannon at a Philippine supply boat on "
         "Saturday and rammed a Philippine patrol vessel a day later.", "2023-12-12",
         {"CHN>PHL:175@2023-12-09", "CHN>PHL:171@2023-12-10"}, {"CHN>PHL:171@2023-12-09"}});
  Check({"on D, a day after …", "Pakistan shot down two Indian jets on Wednesday, a day after Indian warplanes "
         "bombed a camp in Pakistan.", "2019-02-28", {"PAK>IND:190@2019-02-27", "IND>PAK:195@2019-02-26"}, {}});
  // The clause that names its own day keeps it.
  Check({"hours after … on D", "Kenya expelled two Somali diplomats on Friday, hours after Somali troops shelled a "
         "Kenyan border post on Thursday.", "2024-05-12", {"KEN>SOM:174@2024-05-10", "SOM>KEN:194@2024-05-09"}, {}});
  // After an act not joined to another, the phrase dates a noun: Moon's call.
  Check({"rejecting X's call a day earlier", "North Korea said on Friday it would never talk to Seoul again, rejecting "
         "the South Korean president's call a day earlier for dialogue.", "2019-08-17", {"PRK>KOR:12@2019-08-16"},
        {"PRK>KOR:12@2019-08-15"}});
  // One that closes the act's own clause dates the act.
  Check({"… when X invaded Y the previous day, as …", "Ugandan troops hunted on Friday for the rebel leader, who "
         "escaped when Rwandan soldiers attacked Uganda the previous day, as fighting went on.", "2001-03-10",
         {"RWA>UGA:19@2001-03-08"}, {"RWA>UGA:19@2001-03-09"}});
}

// "May" the month is no "may" of possibility: the sentence stays the pair
// model's to code (an act only the model finds).
TEST(ConstructionTimeTest, TheMonthMayIsNoModal) {
  Check({"… by the end of May", "Nigeria ordered 700,000 immigrants, most of them from Ghana, to leave the country "
         "by the end of May.", "1983-01-20", {"NGA>GHA:"}, {}});  // an expulsion: 17 or, for so many, 20
}

// "until midnight on Saturday" is a deadline, not the day of the ultimatum.
TEST(ConstructionTimeTest, ADeadlineIsNoDayOfTheAct) {
  Check({"gave X until midnight on D", "Washington gave Belgrade until midnight on Saturday to pull its troops out "
         "of Kosovo.", "1999-03-24", {"USA>SRB:13@1999-03-24"}, {"USA>SRB:13@1999-03-20"}});
}

TEST(ConstructionTimeTest, APromiseIsDatedWhenMadeNotWhenItsActIsDue) {
  // The day in the promised act's own clause is when the act is due; the
  // intent is dated by the saying.
  Check({"will visit on D, said on D2", "Xi Jinping will visit Vietnam on Tuesday, the foreign ministry said on Sunday.",
         "2023-12-10", {"CHN>VNM:03@2023-12-10"}, {"CHN>VNM:03@2023-12-05"}});
  // An intent pattern's own day stays: "pledged on Sunday to send aid".
  Check({"pledged on D to", "Japan pledged on Sunday to send aid to Tonga.", "2023-12-10", {"JPN>TON:03@2023-12-10"},
        {}});
  // "by Friday", "next month": when something is due, no act's date.
  Check({"by D", "Russia will withdraw its troops from Moldova by Friday, the Kremlin said.", "2023-12-10",
         {"RUS>MDA:03@2023-12-10"}, {"RUS>MDA:03@2023-12-08"}});
}

TEST(ConstructionTimeTest, DaysCountedBackFromTheSentencesDayAndSpansOfTimeThatAreNot) {
  Check({", four days after X attacked Y", "Somalia announced the withdrawal of its forces on Thursday, four days "
         "after Ethiopian troops attacked Somalia.", "1978-03-10", {"ETH>SOM:19@1978-03-05"}, {"ETH>SOM:19@1978-03-09"}});
  Check({"for five days after talks", "Turkey agreed on Thursday to pause its offensive in Syria for five days "
         "after talks with U.S. Vice President Mike Pence.", "2019-10-17", {"TUR>SYR:08@2019-10-17"}, {}});
  // A phrase that opens the sentence counts back from the main clause's day after it.
  Check({"Two days after X sank Y, Z struck W on D", "Two days after a Greek submarine sank a Turkish frigate, Turkish "
         "jets struck a Greek destroyer on Tuesday.", "2030-05-08", {"GRC>TUR:19@2030-05-05", "TUR>GRC:19@2030-05-07"},
         {}});
}

TEST(ConstructionTimeTest, RelativeDaysAcrossListsAndBeforeTheClausesSubject) {
  // A list of states between "three days after" and its verb closes no clause.
  Check({"three days after A, B, C and D cut ties", "Kuwait's emir pressed on with his mediation on Thursday, three "
         "days after Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic ties with Qatar.",
         "2017-06-08", {"SAU>QAT:16@2017-06-05", "EGY>QAT:16@2017-06-05"}, {}});
  // A phrase opening a clause after "and" dates that clause's act.
  Check({"…, and a day later X shot down", "Indian warplanes struck a camp inside Pakistan on Tuesday, and a day later "
         "Pakistan shot down an Indian MiG-21.", "2019-02-28", {"IND>PAK:19@2019-02-26", "PAK>IND:19@2019-02-27"}, {}});
}

TEST(ConstructionTimeTest, AWhenClauseDatesTheActWhenTheSentenceNamesNoOtherDay) {
  // Not the lead's day: the day of the "when" clause, at the same time.
  Check({"complained to X when … on D", "Kenya closed two border crossings with Uganda on Friday.\n\nKenyan officials "
         "complained to Uganda about cross-border raids when their foreign minister visited Kampala on March 3.",
         "2024-04-20", {"KEN>UGA:114@2024-03-03"}, {"KEN>UGA:114@2024-04-19"}});
  // A day of its own before the clause stays the act's.
  Check({"expelled on D1 when … on D2", "Gabon expelled two Cameroonian diplomats on Friday, when border talks "
         "broke down on Tuesday.", "2024-05-11", {"GAB>CMR:17@2024-05-10"}, {"GAB>CMR:17@2024-05-07"}});
}

TEST(ConstructionTimeTest, WhenAMeasureTakesEffectIsNoDayOfTheAct) {
  Check({"declared on D1 …, effective from D2, and warned", "On Wednesday the Omani government declared a 20-mile "
         "exclusion zone around the islands, effective from Monday, and warned that any Yemeni vessel found inside it "
         "would be treated as hostile.", "2024-05-10", {"OMN>YEM:13@2024-05-08"}, {"OMN>YEM:13@2024-05-06"}});
}

TEST(ConstructionTimeTest, AWeekdayInAClauseOfWhatIsToComeIsTheDayAhead) {
  Check({"will travel to X on D", "Ruto will travel to Addis Ababa on Thursday for talks with Abiy.", "2024-05-06",
         {"KEN>ETH:03"}, {"KEN>ETH:042@2024-05-02"}});
  // Said on a day, the saying's day is the one before.
  Check({"said on D it will", "Mongolia said on Thursday it will send a trade delegation to Seoul.", "2024-05-06",
         {"MNG>KOR:03@2024-05-02"}, {}});
}

TEST(ConstructionTimeTest, ADayCountedOnFromTheDayNamedBeforeDatesTheJoinedAct) {
  Check({"halted X on D and two days later froze", "Canada halted imports of Belarusian potash on June 3 and two days "
         "later froze all Belarusian government deposits in Canadian banks.", "2024-06-10",
         {"CAN>BLR:163@2024-06-03", "CAN>BLR:163@2024-06-05"}, {}});
}

TEST(ConstructionTimeTest, AMonthInARelativeClauseDatesThatClausesActOnly) {
  // The month dates the treaty told as background, not the condemnation.
  Check({"X, which signed Y last month, condemned", "Cuba, which signed a trade pact with Angola last March, "
         "condemned the South African raid on Luanda on Tuesday.", "1981-08-27",
         {"CUB>ZAF:11@1981-08-25"}, {"CUB>ZAF:11@1981-03"}});
  // A day there is the occasion of what the sentence tells.
  Check({"X, who arrived on D, was received", "Nyerere, who arrived in Beijing on Tuesday, held talks with Zhou "
         "Enlai.", "1968-06-20", {"TZA>CHN:04@1968-06-18"}, {}});
}

}  // namespace
}  // namespace dyad
