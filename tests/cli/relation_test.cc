// `dyad relation --dyad A-B`: a pair's level of ties over time, its
// mechanisms and frameworks, as a table or JSON Lines; bad options are usage
// errors (exit 2).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "testing/run_process.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

testing::ProcessResult Dyad(std::vector<std::string> args) {
  static testing::TempDir scratch;
  args.insert(args.begin(), DYAD_BINARY);
  testing::ProcessOptions options;
  options.unset.push_back("DYAD_DATA");
  return testing::Run(args, options, scratch.path());
}

TEST(RelationCommandTest, TheTableGivesTheLevelItsHistoryMechanismsAndFrameworks) {
  testing::ProcessResult r = Dyad({"relation", "--dyad", "VNM-CHN"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("level: comprehensive_strategic_cooperative_partnership (rank 10) since 2008"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("community_with_shared_future                        (designation)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("comprehensive_strategic_cooperative_partnership"), std::string::npos);
  EXPECT_NE(r.out.find("Steering Committee for Bilateral Cooperation"), std::string::npos);
  EXPECT_NE(r.out.find("Belt and Road Initiative"), std::string::npos);
  testing::ProcessResult then = Dyad({"relation", "--dyad", "CHN-VNM", "--on", "2010-05-01"});
  ASSERT_EQ(then.exit_code, 0) << then.err;
  EXPECT_NE(then.out.find("level on 2010-05-01: comprehensive_strategic_cooperative_partnership"), std::string::npos)
      << then.out;
}

TEST(RelationCommandTest, JsonLinesGiveOneObjectPerFact) {
  testing::ProcessResult r = Dyad({"relation", "--dyad", "USA-JPN", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  int levels = 0, mechanisms = 0, frameworks = 0;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    EXPECT_EQ(j["dyad"], "JPN-USA");  // sorted, as everywhere
    const std::string type = j["kind"];
    if (type == "level") {
      ++levels;
      EXPECT_EQ(j["level"], "alliance");
    }
    EXPECT_TRUE(j["docs"].is_array()) << line;  // every fact lists the stories that speak of it
    mechanisms += type == "mechanism";
    frameworks += type == "framework";
  }
  EXPECT_EQ(levels, 1);
  EXPECT_GE(mechanisms, 1);
  EXPECT_GE(frameworks, 1);
}

TEST(RelationCommandTest, AStoreAddsTheChangesItsStoriesTell) {
  testing::TempDir dir;
  dir.Write("story.txt", "date 2023-09-11\n\nHANOI (Reuters) - U.S. President Joe Biden and Vietnamese Communist Party "
                         "chief Nguyen Phu Trong elevated ties to a comprehensive strategic partnership in Hanoi on "
                         "Sunday.\n");
  testing::StoreLocation store(dir, "s.db");
  testing::ProcessResult ingest = Dyad({"ingest", "--quiet", "--db", store.str(), dir.Path("story.txt")});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  testing::ProcessResult r = Dyad({"relation", "--dyad", "USA-VNM", "--db", store.str(), "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  int changes = 0;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (j["kind"] != "coded_change") continue;
    ++changes;
    EXPECT_EQ(j["level"], "comprehensive_strategic_partnership");
    EXPECT_EQ(j["date"], "2023-09-10");
    EXPECT_EQ(j["doc"], "story");
  }
  EXPECT_GE(changes, 1) << r.out;
  EXPECT_EQ(Dyad({"relation", "--dyad", "USA-VNM", "--db", dir.Path("missing.db")}).exit_code, 1);
}

TEST(RelationCommandTest, AStoreListsTheMeetingsOfAMechanismAndTheFrameworksInvoked) {
  testing::TempDir dir;
  dir.Write("committee.txt",
            "date 2025-03-04\n\nHANOI, March 4 (VNA) - Vietnamese Deputy Prime Minister Bui Thanh Son held talks with "
            "Chinese State Councillor Wang Yi in Hanoi on Monday at the 16th meeting of the Steering Committee for "
            "Bilateral Cooperation.\n");
  dir.Write("law.txt",
            "date 2025-04-10\n\nHANOI, April 10 (Reuters) - Vietnam on Thursday urged China to respect the 1982 UN "
            "Convention on the Law of the Sea.\n");
  testing::StoreLocation store(dir, "s.db");
  testing::ProcessResult ingest = Dyad({"ingest", "--quiet", "--db", store.str(), dir.Path("committee.txt"),
                                        dir.Path("law.txt")});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  testing::ProcessResult r = Dyad({"relation", "--dyad", "CHN-VNM", "--db", store.str(), "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  bool committee = false, unclos = false;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json j = nlohmann::json::parse(line);
    if (j["kind"] == "mechanism" && j["id"] == "vnm_chn_steering_committee") {
      committee = true;
      EXPECT_EQ(j["name"], "Steering Committee for Bilateral Cooperation");
      EXPECT_EQ(j["docs"], nlohmann::json::array({"committee"}));
      ASSERT_GE(j["events"].size(), 1u);
      EXPECT_EQ(j["events"][0]["date"], "2025-03-03");
    }
    if (j["kind"] == "framework" && j["id"] == "unclos") {
      unclos = true;  // open to all states, so listed only because a story invokes it
      EXPECT_EQ(j["docs"], nlohmann::json::array({"law"}));
    }
  }
  EXPECT_TRUE(committee) << r.out;
  EXPECT_TRUE(unclos) << r.out;
}

TEST(RelationCommandTest, ABadPairOrDayIsAUsageError) {
  EXPECT_EQ(Dyad({"relation", "--dyad", "CHNVNM"}).exit_code, 2);
  EXPECT_EQ(Dyad({"relation", "--dyad", "CHN-XXX"}).exit_code, 2);
  EXPECT_EQ(Dyad({"relation", "--dyad", "CHN-CHN"}).exit_code, 2);
  testing::ProcessResult r = Dyad({"relation", "--dyad", "CHN-VNM", "--on", "2024-02-30"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--on"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dyad
