// Where an act happened: the place a sentence names for it, with the
// gazetteer's point, and seas and disputed features that are no state's.
#include <gtest/gtest.h>

#include <string>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

const EventRecord* Find(const AnalyzedDocument& a, const std::string& source, const std::string& root) {
  for (const EventRecord& e : a.events) {
    if (e.source.country == source && e.root == root) return &e;
  }
  return nullptr;
}

TEST(ConstructionPlacesTest, APlaceNearTheActWithItsPoint) {
  AnalyzedDocument a = testing::CodeStory(
      "A Chinese coast guard ship fired a water cannon at a Philippine supply boat near Second Thomas Shoal on Monday.",
      "2024-03-05");
  const EventRecord* e = Find(a, "CHN", "17");
  ASSERT_NE(e, nullptr) << testing::EventKeys(a).size() << " events";
  EXPECT_EQ(e->location.name, "Second Thomas Shoal");
  EXPECT_EQ(e->location.country, "") << "a disputed feature is no state's";
  EXPECT_EQ(e->location.kind, "shoal");
  ASSERT_TRUE(e->location.has_point);
  EXPECT_NEAR(e->location.lat, 9.73, 0.2);
  EXPECT_NEAR(e->location.lon, 115.87, 0.2);
  EXPECT_EQ(e->target.country, "PHL") << "the shoal takes nobody's side";
}

TEST(ConstructionPlacesTest, ACityOfTheGazetteerCarriesItsGeoNamesId) {
  AnalyzedDocument a =
      testing::CodeStory("Russian forces shelled residential areas in Kharkiv on Sunday, Ukraine said.", "2024-05-13");
  const EventRecord* e = Find(a, "RUS", "19");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->location.name, "Kharkiv");
  EXPECT_EQ(e->location.country, "UKR");
  EXPECT_TRUE(e->location.has_point);
  EXPECT_GT(e->location.geonames_id, 0);
}

TEST(ConstructionPlacesTest, ASeaNamedAfterAStateIsNotThatState) {
  // "South China Sea", "Sea of Japan", "Gulf of Oman": places, never actors.
  AnalyzedDocument a = testing::CodeStory(
      "Vietnam and the Philippines signed two coast guard accords to prevent incidents in the South China Sea on "
      "Tuesday.",
      "2024-01-31");
  for (const EventRecord& e : a.events) {
    EXPECT_NE(e.source.country, "CHN") << e.cameo;
    EXPECT_NE(e.target.country, "CHN") << e.cameo;
  }
  const EventRecord* e = Find(a, "VNM", "05");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->location.name, "South China Sea");
  EXPECT_EQ(e->location.kind, "sea");
}

TEST(ConstructionPlacesTest, ASeaNeverHostsAVisit) {
  // The talks were in Bali; the boundary is in the sea. A visit needs a host.
  testing::CheckConstruction({"talks on a boundary in a sea, in a city", "Malaysian negotiators held talks with "
                              "Indonesia on their maritime boundary in the Sulawesi Sea in Bali on Monday.",
                              "2024-05-14", {"MYS>IDN:04"}, {"IDN>MYS:042"}});
}

TEST(ConstructionPlacesTest, TheDatelineLocatesActsDatedByTheLead) {
  // The third paragraph's act takes the lead's day, and the lead's place.
  const std::string text =
      "Japan condemned China on Monday over the incident.\n\nThe two countries have argued over the islands for "
      "years.\n\nJapan also urged China to show restraint.";
  auto urged = [&](const std::string& dateline) {
    AnalyzedDocument a = testing::CodeStory(text, "2024-05-14", dateline, 5, 13);
    const EventRecord* e = Find(a, "JPN", "02");
    return e != nullptr ? e->location : EventLocation{"<no event>", "", "", 0, 0, false, 0};
  };
  EventLocation capital = urged("TOKYO");
  EXPECT_EQ(capital.name, "Tokyo");
  EXPECT_EQ(capital.country, "JPN");
  EXPECT_EQ(capital.kind, "capital");
  EXPECT_TRUE(capital.has_point);
  EventLocation city = urged("OSAKA");
  EXPECT_EQ(city.name, "Osaka") << "a dateline that is a place of the dictionary";
  EXPECT_TRUE(city.has_point);
  EventLocation unknown = urged("SOMEWHERE");
  EXPECT_EQ(unknown.name, "SOMEWHERE") << "the name only";
  EXPECT_FALSE(unknown.has_point);
}

// "PALU, Indonesia, Oct 3 (Kyodo) -": a dateline town the dictionary lacks is
// still placed in the state the dateline names after it.
TEST(ConstructionPlacesTest, ADatelineTownTheDictionaryLacksIsInTheStateNamedAfterIt) {
  Document doc;
  doc.id = "test";
  doc.text = "Rescue teams reached the town on Wednesday.\n\nSingapore pledged $1 million in relief aid to Indonesia.";
  doc.published = "2018-10-03";
  doc.dateline = "PALU";
  doc.dateline_region = "Indonesia";
  AnalyzedDocument a = testing::SharedAnalyzer().Analyze(std::move(doc));
  const EventRecord* e = Find(a, "SGP", "03");
  ASSERT_NE(e, nullptr) << testing::EventKeys(a).size() << " events";
  EXPECT_EQ(e->location.name, "PALU");
  EXPECT_EQ(e->location.country, "IDN");
}

TEST(ConstructionPlacesTest, TalksAndSigningsOfTheLeadAreAtItsCapitalDateline) {
  auto keys = [](const std::string& text, const std::string& dateline) {
    std::vector<std::string> k = testing::EventKeys(testing::CodeStory(text, "1987-07-30", dateline, 7, 29));
    std::string all;
    for (const std::string& e : k) all += e + " ";
    return all;
  };
  const std::string talks = "Rajiv Gandhi and J. R. Jayewardene held talks on Wednesday.";
  EXPECT_NE(keys(talks, "COLOMBO").find("IND>LKA:042@1987-07-29"), std::string::npos) << keys(talks, "COLOMBO");
  EXPECT_NE(keys(talks, "COLOMBO").find("LKA>IND:043@1987-07-29"), std::string::npos) << keys(talks, "COLOMBO");
  EXPECT_NE(keys(talks, "NEW DELHI").find("LKA>IND:042"), std::string::npos) << keys(talks, "NEW DELHI");
  EXPECT_EQ(keys(talks, "GENEVA").find(":042"), std::string::npos) << "no state's capital";
  // A day other than the lead's is told from the dateline, not held there;
  // "spoke to" may be a telephone call.
  const std::string background =
      "India and Sri Lanka traded charges on Wednesday.\n\nRajiv Gandhi and J. R. Jayewardene held talks in 1985.";
  EXPECT_EQ(keys(background, "COLOMBO").find(":042"), std::string::npos) << keys(background, "COLOMBO");
  const std::string call = "Rajiv Gandhi spoke to Sri Lankan President J. R. Jayewardene on Wednesday.";
  EXPECT_EQ(keys(call, "COLOMBO").find(":042"), std::string::npos) << keys(call, "COLOMBO");
  // A signing between officials in a capital named is a visit too.
  testing::CheckConstruction({"a signing in a capital named", "Rajiv Gandhi and J. R. Jayewardene signed an accord "
                              "in Colombo on Wednesday.", "1987-07-30", {"IND>LKA:042", "IND>LKA:057"},
                              {"LKA>IND:042"}});
}

// "here" in a story filed from a capital is that capital: a crowd there is
// its state's, and so is the other party of an agreement signed "here".
TEST(ConstructionPlacesTest, HereAndTheLeadsCrowdAreWhereTheStoryWasFiled) {
  auto keys = [](const std::string& text, const std::string& published, const std::string& dateline) {
    std::string coded;
    for (const std::string& k : testing::EventKeys(testing::CodeStory(text, published, dateline))) coded += k + " ";
    return coded;
  };
  EXPECT_NE(keys("Rioters smashed the windows of the Cambodian embassy here on Wednesday night.", "2003-01-30",
                 "BANGKOK").find("THA>KHM:14"),
            std::string::npos);
  // A crowd opening the lead, at a place the gazetteer does not know.
  EXPECT_NE(keys("Thousands of demonstrators burned the British embassy in Merrion Square tonight.", "1972-02-02",
                 "DUBLIN").find("IRL>GBR:14"),
            std::string::npos);
  const std::string signed_here = keys("The Kuwait Fund signed an agreement here on Wednesday to finance a water "
                                       "project.", "2010-06-09", "AMMAN");
  EXPECT_NE(signed_here.find("KWT>JOR:057"), std::string::npos) << signed_here;
  EXPECT_NE(signed_here.find("JOR>KWT:057"), std::string::npos) << signed_here;
  // Two parties signing "here" sign with each other, not with the host.
  const std::string two_here = keys("Sudan and South Sudan signed an agreement here on Saturday on oil transit fees.",
                                    "2012-09-30", "ADDIS ABABA");
  EXPECT_NE(two_here.find("SDN>SSD:057"), std::string::npos) << two_here;
  EXPECT_NE(two_here.find("SSD>SDN:057"), std::string::npos) << two_here;
  EXPECT_EQ(two_here.find(">ETH:057"), std::string::npos) << two_here;
  // Without a dateline "here" names no state.
  EXPECT_EQ(keys("Rioters smashed the windows of the Cambodian embassy here on Wednesday night.", "2003-01-30", "")
                .find(">KHM:14"),
            std::string::npos);
}

}  // namespace
}  // namespace dyad
