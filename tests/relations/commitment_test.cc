// Commitments: what an act of cooperation promises (its object, project and
// stage) and commitments followed across stories, two different ones kept
// apart.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "relations/commitment_finder.h"
#include "relations/commitment_threads.h"
#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using testing::CodeStory;

// The commitments of the story's events between `a` and `b`, as
// "topic/project:stage:object", once each.
std::vector<std::string> CommitmentsOf(const AnalyzedDocument& doc, const std::string& a, const std::string& b) {
  std::vector<std::string> out;
  for (const EventRecord& e : doc.events) {
    if (!((e.source.country == a && e.target.country == b) || (e.source.country == b && e.target.country == a))) {
      continue;
    }
    for (const CommitmentMention& c : e.commitments) {
      std::string s = c.topic + "/" + c.project + ":" + c.stage + ":" + c.object;
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
  }
  return out;
}

TEST(CommitmentFinderTest, APledgeGivesTheObjectAsWrittenAndItsProject) {
  AnalyzedDocument doc = CodeStory(
      "HANOI, Aug 19 (VNA) - Vietnam and China pledged on Monday to build the Lao Cai-Hanoi-Hai Phong standard-gauge "
      "railway linking Vietnam and China.",
      "2025-08-19");
  // Hanoi is a place of the project's name, in either spelling of the capital.
  EXPECT_EQ(CommitmentsOf(doc, "VNM", "CHN"),
            (std::vector<std::string>{"railways/lao cai hanoi hai phong:pledged:Lao Cai-Hanoi-Hai Phong standard-gauge "
                                      "railway linking Vietnam and China"}));
}

TEST(CommitmentFinderTest, TheFirstWordOfAStageGivesIt) {
  AnalyzedDocument signed_deal = CodeStory(
      "JAKARTA, Oct 16 (Reuters) - Indonesia and China signed an agreement on Friday to build a high-speed railway.",
      "2015-10-16");
  EXPECT_EQ(CommitmentsOf(signed_deal, "IDN", "CHN"),
            (std::vector<std::string>{"railways/:signed:high-speed railway"}));
  // Conflict carries no commitment, whatever its sentence is about.
  AnalyzedDocument protest = CodeStory(
      "MANILA, May 2 (AP) - The Philippines accused China on Tuesday of blocking Filipino fishing boats near the "
      "shoal.",
      "2023-05-02");
  EXPECT_TRUE(CommitmentsOf(protest, "PHL", "CHN").empty());
}

EventRecord Step(const std::string& doc, const std::string& date, const std::string& topic,
                 const std::string& project, const std::string& stage) {
  EventRecord e;
  e.doc = doc;
  e.event_id = "ev-" + doc;
  e.date = date;
  e.cameo = "030";
  e.source.country = "IDN";
  e.target.country = "CHN";
  e.evidence.push_back({doc, 0, 0, 1, "x"});
  e.commitments.push_back({topic, project, topic + " " + project, stage});
  return e;
}

const CommitmentFinder& Stages() {
  static const CommitmentFinder stages = [] {
    Result<CommitmentFinder> f = CommitmentFinder::Load(DYAD_SOURCE_DIR "/data/relations/commitment_stages.tsv");
    EXPECT_TRUE(f.ok()) << f.status().message();
    return std::move(f).value();
  }();
  return stages;
}

TEST(CommitmentThreadsTest, OneCommitmentFromPledgeToSigningToConstruction) {
  std::vector<EventRecord> events = {Step("c", "2016-01-21", "railways", "bandung", "started"),
                                     Step("a", "2015-03-26", "railways", "bandung", "pledged"),
                                     Step("b", "2015-10-16", "railways", "bandung", "signed")};
  std::vector<Commitment> c = FollowCommitments(events, Stages());
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].key, "railways/bandung");
  EXPECT_EQ(c[0].status, "started");
  EXPECT_TRUE(c[0].open());
  EXPECT_EQ(c[0].docs, (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_TRUE(c[0].frameworks.empty());
  events[0].frameworks = {"bri"};
  EXPECT_EQ(FollowCommitments(events, Stages())[0].frameworks, (std::vector<std::string>{"bri"}));
}

TEST(CommitmentThreadsTest, TwoCommitmentsOfOnePairStayApart) {
  std::vector<EventRecord> events = {Step("a", "2015-03-26", "railways", "bandung", "pledged"),
                                     Step("b", "2019-05-01", "railways", "surabaya", "signed"),
                                     Step("c", "2019-05-02", "railways", "", "pledged"),
                                     Step("d", "2019-05-03", "agriculture", "", "agreed")};
  std::vector<Commitment> c = FollowCommitments(events, Stages());
  ASSERT_EQ(c.size(), 4u);
  std::vector<std::string> keys;
  for (const Commitment& x : c) keys.push_back(x.key + ":" + x.status);
  EXPECT_EQ(keys, (std::vector<std::string>{"agriculture:agreed", "railways:pledged", "railways/bandung:pledged",
                                            "railways/surabaya:signed"}));
}

TEST(CommitmentThreadsTest, ADelayStandsUntilTheNextStepAndAReaffirmationChangesNothing) {
  std::vector<EventRecord> events = {Step("a", "2015-01-01", "energy", "", "signed"),
                                     Step("b", "2016-01-01", "energy", "", "delayed"),
                                     Step("c", "2017-01-01", "energy", "", "reaffirmed")};
  EXPECT_EQ(FollowCommitments(events, Stages())[0].status, "delayed");
  events.push_back(Step("d", "2018-01-01", "energy", "", "started"));
  EXPECT_EQ(FollowCommitments(events, Stages())[0].status, "started");
  events.push_back(Step("e", "2019-01-01", "energy", "", "completed"));
  EXPECT_FALSE(FollowCommitments(events, Stages())[0].open());
}

}  // namespace
}  // namespace dyad
