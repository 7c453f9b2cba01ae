// The event tables analysts load: dyad's CSV (event_csv.h) and GDELT 2.0's
// layout (event_gdelt.h).
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "engine/event_csv.h"
#include "engine/event_gdelt.h"

namespace dyad {
namespace {

std::vector<std::string> SplitTabs(const std::string& row) {
  std::vector<std::string> out(1);
  for (char c : row) {
    if (c == '\t') {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

std::string Column(const std::string& row, std::string_view name) {
  const auto& names = GdeltColumnNames();
  std::vector<std::string> fields = SplitTabs(row);
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i < fields.size() ? fields[i] : "<missing>";
  }
  return "<no such column>";
}

EventRecord Sample() {
  EventRecord e;
  e.event_id = "ev-8afcedce5b8fedf9";
  e.doc = "story-1";
  e.docs = {"story-1", "story-2", "story-1"};
  e.date = "2024-03-04";
  e.date_precision = "day";
  e.date_source = "text";
  e.published = "2024-03-05";
  e.url = "https://example.org/a";
  e.source = {"CHNMIL", "CHN", "Chinese coast guard", ""};
  e.target = {"IGOUNOKID", "", "Unicef", ""};
  e.cameo = "1711";
  e.cameo_name = "Confiscate property";
  e.root = "17";
  e.goldstein = -9.2;
  e.quad_class = 4;
  e.location.name = "Second\tThomas Shoal";  // no state's: a disputed feature
  e.location.kind = "shoal";
  e.location.lat = 9.7167;
  e.location.lon = 115.8667;
  e.location.has_point = true;
  e.evidence = {{"story-1", 0, 0, 10, "Lead."}, {"story-2", 3, 40, 60, "Later, \"quoted\", text."}};
  return e;
}

const FipsCodes& Fips() {
  static const FipsCodes* codes = new FipsCodes{{"VNM", "VM"}, {"USA", "US"}, {"PHL", "RP"}};
  return *codes;
}

std::string EventToGdelt(const EventRecord& e) { return dyad::EventToGdelt(e, Fips()); }

TEST(EventGdeltTest, SixtyOneColumnsInGdeltsOrder) {
  EXPECT_EQ(GdeltColumnNames().front(), "GLOBALEVENTID");
  EXPECT_EQ(GdeltColumnNames()[26], "EventCode");
  EXPECT_EQ(GdeltColumnNames().back(), "SOURCEURL");
  EXPECT_EQ(SplitTabs(GdeltHeader()).size(), kGdeltColumns);
  std::string row = EventToGdelt(Sample());
  EXPECT_EQ(SplitTabs(row).size(), kGdeltColumns);
  EXPECT_EQ(row.find('\n'), std::string::npos);
}

TEST(EventGdeltTest, DatesInEveryGdeltForm) {
  std::string row = EventToGdelt(Sample());
  EXPECT_EQ(Column(row, "SQLDATE"), "20240304");
  EXPECT_EQ(Column(row, "MonthYear"), "202403");
  EXPECT_EQ(Column(row, "Year"), "2024");
  EXPECT_EQ(Column(row, "FractionDate"), "2024.2575");  // 2024 + (3 * 30 + 4) / 365
  // A month or a year stands at its first day: SQLDATE is always eight digits.
  EventRecord month = Sample();
  month.date = "2024-11";
  EXPECT_EQ(Column(EventToGdelt(month), "SQLDATE"), "20241101");
  EventRecord year = Sample();
  year.date = "2023";
  EXPECT_EQ(Column(EventToGdelt(year), "SQLDATE"), "20230101");
  EventRecord none = Sample();
  none.date.clear();
  EXPECT_EQ(Column(EventToGdelt(none), "SQLDATE"), "");
}

TEST(EventGdeltTest, ActorsEventAndSources) {
  std::string row = EventToGdelt(Sample());
  EXPECT_EQ(Column(row, "Actor1Code"), "CHNMIL");
  EXPECT_EQ(Column(row, "Actor1Name"), "CHINESE COAST GUARD");
  EXPECT_EQ(Column(row, "Actor1CountryCode"), "CHN");
  EXPECT_EQ(Column(row, "Actor1Type1Code"), "MIL");
  EXPECT_EQ(Column(row, "Actor2KnownGroupCode"), "UNO");
  EXPECT_EQ(Column(row, "Actor2Type1Code"), "KID");
  EXPECT_EQ(Column(row, "IsRootEvent"), "1");
  EXPECT_EQ(Column(row, "EventCode"), "1711");
  EXPECT_EQ(Column(row, "EventBaseCode"), "171");
  EXPECT_EQ(Column(row, "EventRootCode"), "17");
  EXPECT_EQ(Column(row, "QuadClass"), "4");
  EXPECT_EQ(Column(row, "GoldsteinScale"), "-9.2");
  EXPECT_EQ(Column(row, "NumMentions"), "2");
  EXPECT_EQ(Column(row, "NumArticles"), "2");
  EXPECT_EQ(Column(row, "ActionGeo_FullName"), "Second Thomas Shoal") << "a tab inside a value becomes a space";
  EXPECT_EQ(Column(row, "SOURCEURL"), "https://example.org/a");
  EventRecord no_url = Sample();
  no_url.url.clear();
  EXPECT_EQ(Column(EventToGdelt(no_url), "SOURCEURL"), "story-1");
}

TEST(EventGdeltTest, ActionGeoFromTheGazetteer) {
  std::string shoal = EventToGdelt(Sample());
  EXPECT_EQ(Column(shoal, "ActionGeo_Type"), "4") << "a landmark";
  EXPECT_EQ(Column(shoal, "ActionGeo_CountryCode"), "") << "no state's";
  EXPECT_EQ(Column(shoal, "ActionGeo_Lat"), "9.7167");
  EXPECT_EQ(Column(shoal, "ActionGeo_Long"), "115.8667");
  EXPECT_EQ(Column(shoal, "ActionGeo_FeatureID"), "");
  EventRecord city = Sample();
  city.location = {"Hà Nội", "VNM", "capital", 21.0245, 105.8412, true, 1581130};
  std::string row = EventToGdelt(city);
  EXPECT_EQ(Column(row, "ActionGeo_Type"), "4");
  EXPECT_EQ(Column(row, "ActionGeo_FullName"), "Hà Nội");
  EXPECT_EQ(Column(row, "ActionGeo_CountryCode"), "VM") << "FIPS 10-4, as GDELT, not ISO";
  EXPECT_EQ(Column(row, "ActionGeo_ADM1Code"), "");
  EXPECT_EQ(Column(row, "ActionGeo_FeatureID"), "1581130");
  EventRecord state = Sample();
  state.location = {"California", "USA", "province", 37.0, -120.0, true, 0};
  EXPECT_EQ(Column(EventToGdelt(state), "ActionGeo_Type"), "2");
  EXPECT_EQ(Column(EventToGdelt(state), "ActionGeo_CountryCode"), "US");
  EventRecord province = Sample();
  province.location = {"Quảng Ninh", "VNM", "province", 21.0, 107.3, true, 0};
  EXPECT_EQ(Column(EventToGdelt(province), "ActionGeo_Type"), "5");
  EventRecord unplaced = Sample();
  unplaced.location = {"GENEVA", "", "", 0, 0, false, 0};
  std::string bare = EventToGdelt(unplaced);
  EXPECT_EQ(Column(bare, "ActionGeo_Type"), "") << "no type without a point";
  EXPECT_EQ(Column(bare, "ActionGeo_FullName"), "GENEVA");
  EXPECT_EQ(Column(bare, "ActionGeo_Lat"), "");
  EventRecord nowhere = Sample();
  nowhere.location = EventLocation();
  EXPECT_EQ(Column(EventToGdelt(nowhere), "ActionGeo_FullName"), "");
  EXPECT_EQ(SplitTabs(EventToGdelt(nowhere)).size(), kGdeltColumns);
}

TEST(EventGdeltTest, FipsCodesAreValidated) {
  std::string dir = ::testing::TempDir();
  auto write = [&](const std::string& name, const std::string& text) {
    std::string path = dir + "/" + name;
    FILE* f = std::fopen(path.c_str(), "w");
    std::fputs(text.c_str(), f);
    std::fclose(f);
    return path;
  };
  Result<FipsCodes> good = LoadFipsCodes(write("fips-good.tsv", "# comment\nVNM\tVM\nUMI\t-\n"));
  ASSERT_TRUE(good.ok()) << good.status().message();
  EXPECT_EQ(good->at("VNM"), "VM");
  EXPECT_EQ(good->count("UMI"), 0u) << "- is a territory FIPS does not name";
  Result<FipsCodes> bad = LoadFipsCodes(write("fips-bad.tsv", "VNM\tVM\nPHL\trp\n"));
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("fips-bad.tsv:2"), std::string::npos) << bad.status().message();
}

TEST(EventGdeltTest, TheIdIsAnExactIntegerForDoubles) {
  std::string id = Column(EventToGdelt(Sample()), "GLOBALEVENTID");
  uint64_t value = std::stoull(id);
  EXPECT_LT(value, uint64_t{1} << 53);
  EXPECT_EQ(value, 0x8afcedce5b8fedf9ull & ((uint64_t{1} << 53) - 1));
  EventRecord other = Sample();
  other.event_id = "ev-0000000000000001";
  EXPECT_EQ(Column(EventToGdelt(other), "GLOBALEVENTID"), "1");
}

TEST(EventCsvTest, OneQuotedFieldPerHeaderColumn) {
  std::string header = EventCsvHeader();
  std::string row = EventToCsv(Sample());
  auto count = [](const std::string& line) {
    size_t n = 1;
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      if (c == ',' && !quoted) ++n;
    }
    return n;
  };
  EXPECT_EQ(count(row), count(header));
  EXPECT_EQ(header.rfind("event_id,date,date_end,date_precision,date_source,published,", 0), 0u);
  EXPECT_EQ(row.substr(row.size() - 6), ",Lead.") << "the first evidence only";
  EXPECT_EQ(row.find("Later"), std::string::npos);
  EventRecord quoted = Sample();
  quoted.location = {"Manila, \"the capital\"", "PHL", "capital", 14.6042, 120.9822, true, 1701668};
  EXPECT_NE(EventToCsv(quoted).find(",\"Manila, \"\"the capital\"\"\",PHL,capital,14.6042,120.9822,"), std::string::npos)
      << EventToCsv(quoted);
  EXPECT_NE(header.find(",location,location_country,location_kind,lat,lon,"), std::string::npos);
  EventRecord unplaced = Sample();
  unplaced.location = {"GENEVA", "", "", 0, 0, false, 0};
  EXPECT_NE(EventToCsv(unplaced).find(",GENEVA,,,,,"), std::string::npos) << "no point: empty, not 0,0";
}

}  // namespace
}  // namespace dyad
