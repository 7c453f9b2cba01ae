// `dyad commitments` and `dyad relation --db` on the project's own stories
// (tests/relations/stories): a railway followed over three stories from
// pledge to signing to the start of construction, kept apart from the same
// pair's other commitments; an upgrade and a downgrade of ties (one later than
// the data, which moves the level); a mechanism of another pair; events by
// topic and mechanism.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <sstream>
#include <algorithm>
#include <string>
#include <vector>

#include "testing/run_process.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

class CommitmentsCommandTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    store_ = new testing::StoreLocation(*dir_, "s.db");
    testing::ProcessResult r =
        Dyad({"ingest", "--quiet", "--db", store_->str(), DYAD_SOURCE_DIR "/tests/relations/stories"});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  static void TearDownTestSuite() {
    delete store_;
    delete dir_;
  }
  static testing::ProcessResult Dyad(std::vector<std::string> args) {
    args.insert(args.begin(), DYAD_BINARY);
    testing::ProcessOptions options;
    options.unset.push_back("DYAD_DATA");
    options.unset.push_back("DYAD_DB");
    return testing::Run(args, options, dir_->path());  // its scratch files too: one per test process
  }
  static std::vector<nlohmann::json> Lines(const std::string& out) {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out);
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
  }
  static testing::TempDir* dir_;
  static testing::StoreLocation* store_;
};
testing::TempDir* CommitmentsCommandTest::dir_ = nullptr;
testing::StoreLocation* CommitmentsCommandTest::store_ = nullptr;

TEST_F(CommitmentsCommandTest, ARailwayFromPledgeToSigningToConstructionIsOneCommitment) {
  testing::ProcessResult r =
      Dyad({"commitments", "--dyad", "IDN-CHN", "--db", store_->str(), "--topic", "railways", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 1u) << r.out;
  const nlohmann::json& c = lines[0];
  EXPECT_EQ(c["dyad"], "CHN-IDN");
  EXPECT_EQ(c["key"], "railways/jakarta bandung");
  EXPECT_EQ(c["status"], "started");
  EXPECT_EQ(c["open"], true);
  EXPECT_EQ(c["name"], "Jakarta-Bandung high-speed railway");
  EXPECT_EQ(c["docs"], nlohmann::json::array({"01_idn_chn_rail_pledge", "02_idn_chn_rail_signing",
                                              "03_idn_chn_rail_groundbreaking"}));
  std::vector<std::string> stages;
  for (const nlohmann::json& s : c["timeline"]) stages.push_back(s["stage"]);
  EXPECT_EQ(stages, (std::vector<std::string>{"pledged", "signed", "started"}));
  EXPECT_EQ(c["timeline"][1]["date"], "2015-10-16");
}

TEST_F(CommitmentsCommandTest, ThePairsOtherCommitmentsStayApart) {
  testing::ProcessResult r = Dyad({"commitments", "--dyad", "CHN-IDN", "--db", store_->str()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("railways/jakarta bandung  [started]"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("agriculture  [agreed]  Indonesian palm oil"), std::string::npos) << r.out;
  EXPECT_EQ(Dyad({"commitments", "--dyad", "CHNIDN", "--db", store_->str()}).exit_code, 2);
  EXPECT_EQ(Dyad({"commitments", "--dyad", "CHN-IDN", "--db", dir_->Path("missing.db")}).exit_code, 1);
}

TEST_F(CommitmentsCommandTest, AnUpgradeADowngradeAndAnotherPairsMechanism) {
  testing::ProcessResult up =
      Dyad({"relation", "--dyad", "AUS-VNM", "--db", store_->str(), "--format", "jsonl"});
  ASSERT_EQ(up.exit_code, 0) << up.err;
  bool upgrade = false, dialogue = false;
  for (const nlohmann::json& j : Lines(up.out)) {
    if (j["kind"] == "coded_change" && j["level"] == "comprehensive_strategic_partnership") {
      upgrade = true;
      EXPECT_EQ(j["date"], "2024-03-07");
    }
    if (j["kind"] == "mechanism" && j["id"] == "vnm_aus_strategic_dialogue") {
      dialogue = !j["docs"].empty();
    }
  }
  EXPECT_TRUE(upgrade) << up.out;
  EXPECT_TRUE(dialogue) << up.out;
  testing::ProcessResult down = Dyad({"relation", "--dyad", "LTU-CHN", "--db", store_->str()});
  ASSERT_EQ(down.exit_code, 0) << down.err;
  EXPECT_NE(down.out.find("2021-11-21  charge_daffaires_level"), std::string::npos) << down.out;
}

TEST_F(CommitmentsCommandTest, AChangeAStoryTellsMovesTheLevelFromItsDate) {
  testing::ProcessResult now = Dyad({"relation", "--dyad", "VNM-CHL", "--db", store_->str()});
  ASSERT_EQ(now.exit_code, 0) << now.err;
  EXPECT_NE(now.out.find("level: strategic_partnership (rank 6) since 2026-11-16, as story 06_vnm_chl_upgrade tells"),
            std::string::npos)
      << now.out;
  testing::ProcessResult before =
      Dyad({"relation", "--dyad", "VNM-CHL", "--db", store_->str(), "--on", "2026-01-01", "--format", "jsonl"});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  std::vector<nlohmann::json> lines = Lines(before.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0]["kind"], "level");
  EXPECT_EQ(lines[0]["level"], "comprehensive_partnership");
  EXPECT_EQ(lines[0]["source"], "data");
}

TEST_F(CommitmentsCommandTest, EventsAreFilteredByTopicAndMechanism) {
  testing::ProcessResult r =
      Dyad({"events", "--db", store_->str(), "--topic", "railways", "--format", "jsonl"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> events = Lines(r.out);
  ASSERT_GE(events.size(), 3u);
  for (const nlohmann::json& e : events) {
    const auto& topics = e["topics"];
    EXPECT_NE(std::find(topics.begin(), topics.end(), "railways"), topics.end()) << e.dump();
  }
  testing::ProcessResult m = Dyad({"events", "--db", store_->str(), "--mechanism", "vnm_aus_strategic_dialogue",
                                   "--format", "jsonl"});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  std::vector<nlohmann::json> held = Lines(m.out);
  ASSERT_EQ(held.size(), 1u) << m.out;
  EXPECT_EQ(held[0]["mechanism"], "vnm_aus_strategic_dialogue");
}

}  // namespace
}  // namespace dyad
