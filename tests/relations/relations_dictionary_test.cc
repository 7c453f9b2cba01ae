// The relations data: the shipped files load, answer a pair's level on a day,
// its channels and frameworks, and a bad line names its file and line.
#include "relations/relations_dictionary.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "testing/temp_dir.h"

namespace dyad {
namespace {

// The ISO3 codes of countries.tsv (its first column).
const std::set<std::string, std::less<>>& States() {
  static const std::set<std::string, std::less<>> states = [] {
    std::set<std::string, std::less<>> out;
    std::ifstream in(DYAD_SOURCE_DIR "/data/actors/countries.tsv");
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line[0] != '#') out.insert(line.substr(0, line.find('\t')));
    }
    return out;
  }();
  return states;
}

bool IsState(std::string_view code) { return States().count(code) > 0; }

template <typename T>
std::set<std::string> Ids(const std::vector<const T*>& items) {
  std::set<std::string> out;
  for (const T* t : items) out.insert(t->id);
  return out;
}

TEST(RelationsDictionaryTest, TheShippedFilesLoadAndAnswerForAPair) {
  Result<RelationsDictionary> r = RelationsDictionary::Load(DYAD_SOURCE_DIR "/data/relations", IsState);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_GE(r->levels().size(), 30u);
  EXPECT_GE(r->partnerships().size(), 300u);
  EXPECT_GE(r->mechanisms().size(), 100u);
  EXPECT_GE(r->frameworks().size(), 100u);
  // Either order of the pair; a change dated by year counts from 1 January.
  const PartnershipChange* in2009 = r->LevelOn("CHN", "VNM", "2009-06-01");
  ASSERT_NE(in2009, nullptr);
  EXPECT_EQ(in2009->level, "comprehensive_strategic_cooperative_partnership");
  const PartnershipChange* in2024 = r->LevelOn("VNM", "CHN", "2024-06-01");
  ASSERT_NE(in2024, nullptr);
  // The community with a shared future (December 2023) is built on the
  // partnership, which stays the level.
  EXPECT_EQ(in2024->level, "comprehensive_strategic_cooperative_partnership");
  EXPECT_EQ(r->LevelOn("VNM", "CHN", "1900-01-01"), nullptr);
  std::vector<const PartnershipChange*> history = r->LevelHistory("VNM", "CHN");
  ASSERT_GE(history.size(), 3u);
  EXPECT_LT(history.front()->since, history.back()->since);
  EXPECT_EQ(history.back()->level, "community_with_shared_future");
  EXPECT_TRUE(r->Level(history.back()->level)->designation);
  EXPECT_TRUE(Ids(r->MechanismsOf("CHN", "VNM")).count("vnm_chn_steering_committee"));
  std::set<std::string> frameworks = Ids(r->FrameworksOf("VNM", "CHN"));
  EXPECT_TRUE(frameworks.count("bri")) << "one state's initiative concerns its partners";
  EXPECT_TRUE(frameworks.count("two_corridors_one_belt"));
  EXPECT_FALSE(frameworks.count("unclos")) << "an open convention says nothing of one pair";
}

struct BadLine {
  const char* file;
  const char* line;
  const char* message;
};

TEST(RelationsDictionaryTest, ABadLineNamesItsFileAndLine) {
  const std::string levels = "# levels\npartnership\t4\tpartnership\thigh\nalliance\t14\talliance|allies\thigh\n";
  const std::string pairs = "# pairs\nUSA\tJPN\talliance\t1951-09-08\t-\thigh\n";
  const std::string mechanisms = "# m\nusa_jpn_2plus2\tministerial_2plus2\tUSA|JPN\t1990\t2+2\thigh\n";
  const std::string frameworks = "# f\nquad\tgrouping\tUSA|JPN|IND|AUS\t2007\tQuad\thigh\n";
  const BadLine cases[] = {
      {"partnership_levels.tsv", "treaty_ally\t99\tally\thigh", "rank"},
      {"partnership_levels.tsv", "partnership\t4\tpartners\thigh", "twice"},
      {"partnership_levels.tsv", "vision\t13\tvision\thigh\toverlay", "kind must be level or designation"},
      {"partnerships.tsv", "USA\tXXX\talliance\t1951\t-\thigh", "unknown state"},
      {"partnerships.tsv", "USA\tKOR\tfriendship\t1953\t-\thigh", "level not in"},
      {"partnerships.tsv", "USA\tKOR\talliance\t1953-13\t-\thigh", "since"},
      {"partnerships.tsv", "USA\tKOR\talliance\t1953\t-\tsure", "confidence"},
      {"partnerships.tsv", "JPN\tUSA\talliance\t1951-09-08\t-\thigh", "twice"},
      {"mechanisms.tsv", "x\tteaparty\tUSA|JPN\t-\tTea\thigh", "kind"},
      {"mechanisms.tsv", "y\tsummit\tUSA\t-\tSummit\thigh", "two members"},
      {"mechanisms.tsv", "z\tparty_channel\tVNMXYZ|CHNPTY\t-\tChannel\thigh", "ruling party"},
      {"frameworks.tsv", "rcep\ttrade_agreement\tCHN|ZZZ\t2020-11-15\tRCEP\thigh", "unknown state"},
      {"frameworks.tsv", "Bad Id\ttreaty\t*\t-\tTreaty\thigh", "id"},
  };
  for (const BadLine& c : cases) {
    testing::TempDir dir;
    const std::string file = c.file;
    dir.Write("partnership_levels.tsv", levels + (file == "partnership_levels.tsv" ? std::string(c.line) + "\n" : ""));
    dir.Write("partnerships.tsv", pairs + (file == "partnerships.tsv" ? std::string(c.line) + "\n" : ""));
    dir.Write("mechanisms.tsv", mechanisms + (file == "mechanisms.tsv" ? std::string(c.line) + "\n" : ""));
    dir.Write("frameworks.tsv", frameworks + (file == "frameworks.tsv" ? std::string(c.line) + "\n" : ""));
    Result<RelationsDictionary> r = RelationsDictionary::Load(dir.path(), IsState);
    ASSERT_FALSE(r.ok()) << c.file << ": " << c.line;
    const std::string message(r.status().message());
    const int line_number = file == "partnership_levels.tsv" ? 4 : 3;
    EXPECT_NE(message.find(file + ":" + std::to_string(line_number) + ":"), std::string::npos) << message;
    EXPECT_NE(message.find(c.message), std::string::npos) << message;
  }
}

TEST(RelationsDictionaryTest, ASentenceThatMovesTiesNamesTheLevelReached) {
  Result<RelationsDictionary> r = RelationsDictionary::Load(DYAD_SOURCE_DIR "/data/relations", IsState);
  ASSERT_TRUE(r.ok()) << r.status().message();
  auto level = [&](const char* sentence) {
    const PartnershipLevel* l = r->LevelChangeIn(sentence);
    return l == nullptr ? std::string("none") : l->id;
  };
  EXPECT_EQ(level("Biden and Trong elevated ties to a Comprehensive Strategic Partnership on Sunday."),
            "comprehensive_strategic_partnership");
  EXPECT_EQ(level("Algeria cut diplomatic relations with Morocco on Tuesday."), "relations_severed");
  EXPECT_EQ(level("China downgraded its diplomatic relations with Lithuania to the level of charge d'affaires."),
            "charge_daffaires_level");
  // Named without a change, or left rather than reached: no level.
  EXPECT_EQ(level("The two sides praised their comprehensive strategic partnership."), "none");
  EXPECT_EQ(level("Manila suspended the strategic partnership with Beijing."), "none");
  EXPECT_EQ(level("The two states deepened their partnership."), "none");
}

TEST(RelationsDictionaryTest, DatesAreAsPreciseAsKnown) {
  EXPECT_TRUE(IsPartialDate("2008"));
  EXPECT_TRUE(IsPartialDate("2023-12"));
  EXPECT_TRUE(IsPartialDate("2024-02-29"));
  EXPECT_FALSE(IsPartialDate("2023-02-30"));
  EXPECT_FALSE(IsPartialDate("2023-13"));
  EXPECT_FALSE(IsPartialDate("08"));
  EXPECT_FALSE(IsPartialDate("2023/12/01"));
}

}  // namespace
}  // namespace dyad
