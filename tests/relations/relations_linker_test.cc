// RelationsLinker through the analyzer: a story's mentions of mechanisms and
// frameworks, and the mechanism, frameworks and topics on its events; a name
// written as a common phrase stays with its own members.
#include "relations/relations_linker.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "testing/analyzer_fixture.h"

namespace dyad {
namespace {

using testing::CodeStory;

// The events between `a` and `b` (either way).
std::vector<const EventRecord*> Between(const AnalyzedDocument& doc, const std::string& a, const std::string& b) {
  std::vector<const EventRecord*> out;
  for (const EventRecord& e : doc.events) {
    if ((e.source.country == a && e.target.country == b) || (e.source.country == b && e.target.country == a)) {
      out.push_back(&e);
    }
  }
  return out;
}

std::vector<std::string> MentionIds(const AnalyzedDocument& doc) {
  std::vector<std::string> out;
  for (const InstitutionMention& m : doc.institutions) out.push_back(m.kind + ":" + m.id);
  return out;
}

TEST(RelationsLinkerTest, AMeetingOfTheSteeringCommitteeCarriesTheMechanism) {
  const std::string text =
      "HANOI, March 4 (VNA) - Vietnamese Deputy Prime Minister Bui Thanh Son held talks with Chinese State "
      "Councillor Wang Yi in Hanoi on Monday at the 16th meeting of the Steering Committee for Bilateral "
      "Cooperation. The two sides agreed to speed up the standard-gauge railway linking Lao Cai and Hanoi.";
  AnalyzedDocument doc = CodeStory(text, "2025-03-04");
  std::vector<const EventRecord*> talks = Between(doc, "VNM", "CHN");
  ASSERT_FALSE(talks.empty());
  bool meeting = false, railway = false;
  for (const EventRecord* e : talks) {
    if (e->root == "04" && e->evidence.front().sentence == 0) {
      meeting = true;
      EXPECT_EQ(e->mechanism, "vnm_chn_steering_committee");
    }
    if (e->evidence.front().sentence == 1) {
      railway = true;
      EXPECT_EQ(e->mechanism, "");  // the sentence names none
      EXPECT_EQ(e->topics, (std::vector<std::string>{"railways"}));
    }
  }
  EXPECT_TRUE(meeting);
  EXPECT_TRUE(railway);
  ASSERT_EQ(doc.institutions.size(), 1u);
  const InstitutionMention& m = doc.institutions[0];
  EXPECT_EQ(m.kind, "mechanism");
  EXPECT_EQ(text.substr(m.start, m.end - m.start), "Steering Committee for Bilateral Cooperation");
  EXPECT_EQ(m.sentence, 0);
}

TEST(RelationsLinkerTest, APledgeToConnectFrameworksCarriesBoth) {
  AnalyzedDocument doc = CodeStory(
      "BEIJING, Aug 19 (Xinhua) - Chinese President Xi Jinping told visiting Vietnamese leader To Lam on Monday "
      "that China was ready to connect the Belt and Road Initiative with Vietnam's Two Corridors, One Belt "
      "framework.",
      "2024-08-19");
  std::vector<const EventRecord*> events = Between(doc, "CHN", "VNM");
  ASSERT_FALSE(events.empty());
  bool both = false;
  for (const EventRecord* e : events) {
    if (e->frameworks == std::vector<std::string>{"bri", "two_corridors_one_belt"}) both = true;
  }
  EXPECT_TRUE(both);
  EXPECT_EQ(MentionIds(doc), (std::vector<std::string>{"framework:bri", "framework:two_corridors_one_belt"}));
}

TEST(RelationsLinkerTest, ACommonPhraseStaysWithItsOwnMembers) {
  // Vietnam and Laos have a committee of their own: "the bilateral
  // cooperation steering committee" of a Vietnam-Laos story is not the
  // Vietnam-China one.
  AnalyzedDocument doc = CodeStory(
      "VIENTIANE, May 6 (VNA) - Vietnamese Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay "
      "Siphandone in Vientiane on Tuesday ahead of a session of the bilateral cooperation steering committee.",
      "2025-05-06");
  ASSERT_FALSE(Between(doc, "VNM", "LAO").empty());
  for (const EventRecord* e : Between(doc, "VNM", "LAO")) EXPECT_EQ(e->mechanism, "");
  EXPECT_TRUE(doc.institutions.empty());
}

TEST(RelationsLinkerTest, AGroupingNamedByANonMemberIsStillNamed) {
  AnalyzedDocument doc = CodeStory(
      "BEIJING, Sept 25 (Reuters) - China on Wednesday criticised Japan for joining the Quad and said the grouping "
      "stoked confrontation. A quad bike race was held in Tokyo.",
      "2024-09-25");
  bool named = false;
  for (const EventRecord* e : Between(doc, "CHN", "JPN")) {
    if (e->frameworks == std::vector<std::string>{"quad"}) named = true;
  }
  EXPECT_TRUE(named);
  EXPECT_EQ(MentionIds(doc), (std::vector<std::string>{"framework:quad"}));
}

}  // namespace
}  // namespace dyad
