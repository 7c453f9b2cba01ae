#include "engine/coded_story.h"

#include <gtest/gtest.h>

#include <string>

namespace dyad {
namespace {

AnalyzedDocument Story() {
  AnalyzedDocument a;
  Document& d = a.doc;
  d.id = "vna-1";
  d.title = "Việt Nam, Lào ký thỏa thuận";
  d.text = "HÀ NỘI (VNA) - Vietnam and Laos signed a deal on Monday. \"Quote\"\ttab.";
  d.source = "VNA";
  d.url = "https://example.org/1";
  d.published = "2024-05-06";
  d.published_from = "input";
  d.dateline = "HÀ NỘI";
  d.dateline_region = "";
  d.dateline_month = 5;
  d.dateline_day = 6;
  d.agency = "VNA";
  d.lang = "en";
  d.metadata_json = "{\"section\":\"politics\"}";
  d.origin = "feeds/vna.jsonl:7";
  d.body_begin = 15;
  d.body_end = static_cast<uint32_t>(d.text.size());
  a.hash = "00ff";
  a.sentences = {{15, 57}, {58, static_cast<uint32_t>(d.text.size())}};
  a.folded_title = "viet nam, lao ky thoa thuan";
  a.folded_body = "ha noi (vna) - vietnam and laos signed a deal on monday.";
  a.inferred_year = 2024;
  a.inferred_year_reason = "roles";
  a.mentions.push_back({d.id, 0, 15, 22, "Vietnam", "", "Viet Nam", "VNM", "VNM", "", "dictionary"});
  EventRecord e;
  e.event_id = "ev-1";
  e.doc = d.id;
  e.date = "2024-05-06";
  e.date_precision = "day";
  e.date_note = "\"monday\"";
  e.date_source = "text";
  e.source = {"VNM", "VNM", "Viet Nam", ""};
  e.target = {"LAO", "LAO", "Laos", ""};
  e.cameo = "057";
  e.cameo_name = "Sign formal agreement";
  e.root = "05";
  e.plover = "SUPPORT";
  e.goldstein = 8.0;
  e.quad_class = 1;
  e.location = {"Hanoi", "VNM", "capital", 21.0245, 105.8412, true, 1581130};
  e.evidence.push_back({d.id, 0, 15, 57, ""});
  e.mechanism = "vnm_lao_intergovernmental_committee";
  e.frameworks = {"asean"};
  e.topics = {"trade"};
  e.commitments.push_back({"trade", "", "a deal", "signed"});
  a.events.push_back(e);
  a.institutions.push_back({"framework", "asean", 0, 30, 35});
  return a;
}

TEST(CodedStoryTest, EverythingTheStoreKeepsComesBack) {
  AnalyzedDocument a = Story();
  std::string line;
  AppendCodedStoryJson(a, &line);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  Result<AnalyzedDocument> back = ParseCodedStory(line);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  const AnalyzedDocument& b = *back;
  EXPECT_EQ(b.doc.id, a.doc.id);
  EXPECT_EQ(b.doc.title, a.doc.title);
  EXPECT_EQ(b.doc.text, a.doc.text);
  EXPECT_EQ(b.doc.metadata_json, a.doc.metadata_json);
  EXPECT_EQ(b.doc.origin, a.doc.origin);
  EXPECT_EQ(b.doc.dateline_month, 5);
  EXPECT_EQ(b.doc.body_begin, 15u);
  EXPECT_EQ(b.hash, a.hash);
  ASSERT_EQ(b.sentences.size(), 2u);
  EXPECT_EQ(b.sentences[1].end, a.sentences[1].end);
  EXPECT_EQ(b.folded_body, a.folded_body);
  EXPECT_EQ(b.inferred_year_reason, "roles");
  ASSERT_EQ(b.mentions.size(), 1u);
  EXPECT_EQ(b.mentions[0].how, "dictionary");
  EXPECT_EQ(b.mentions[0].doc, "vna-1");
  ASSERT_EQ(b.events.size(), 1u);
  const EventRecord& e = b.events[0];
  EXPECT_EQ(e.event_id, "ev-1");
  EXPECT_EQ(e.date_note, "\"monday\"");
  EXPECT_EQ(e.target.name, "Laos");
  EXPECT_EQ(e.cameo_name, "Sign formal agreement");
  EXPECT_DOUBLE_EQ(e.goldstein, 8.0);
  EXPECT_TRUE(e.location.has_point);
  EXPECT_DOUBLE_EQ(e.location.lon, 105.8412);
  EXPECT_EQ(e.location.geonames_id, 1581130);
  ASSERT_EQ(e.evidence.size(), 1u);
  EXPECT_EQ(e.evidence[0].end, 57u);
  EXPECT_EQ(e.mechanism, "vnm_lao_intergovernmental_committee");
  EXPECT_EQ(e.topics, std::vector<std::string>{"trade"});
  ASSERT_EQ(e.commitments.size(), 1u);
  EXPECT_EQ(e.commitments[0].stage, "signed");
  ASSERT_EQ(b.institutions.size(), 1u);
  EXPECT_EQ(b.institutions[0].id, "asean");
}

TEST(CodedStoryTest, AnythingElseIsRefusedSayingWhy) {
  EXPECT_NE(ParseCodedStory("[1, 2]").status().message().find("not a JSON object"), std::string::npos);
  EXPECT_NE(ParseCodedStory("{\"id\": \"x\", \"text\": \"a story\"}").status().message().find("dyad code --stories"),
            std::string::npos);
  EXPECT_NE(ParseCodedStory("{\"dyad_story\": 2}").status().message().find("version 2"), std::string::npos);
  EXPECT_NE(ParseCodedStory("{\"dyad_story\": 1, \"doc\": {}}").status().message().find("malformed"), std::string::npos);

  AnalyzedDocument a = Story();
  a.events[0].evidence[0].end = 9999;  // past the text: offsets would cut garbage
  std::string line;
  AppendCodedStoryJson(a, &line);
  EXPECT_NE(ParseCodedStory(line).status().message().find("evidence outside"), std::string::npos);
}

}  // namespace
}  // namespace dyad
