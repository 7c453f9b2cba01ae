// JSON event records (src/engine/record_json.h): whole for exports, bounded
// for the API.
#include "engine/record_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dyad {
namespace {

EventRecord Syndicated(int copies) {
  EventRecord e;
  e.event_id = "ev-0000000000000001";
  e.doc = "s0";
  for (int i = 0; i < copies; ++i) {
    e.docs.push_back("s" + std::to_string(i));
    e.evidence.push_back({"s" + std::to_string(i), 0, 0, 20, "Tokyo protested to Beijing."});
  }
  e.date = "2024-03-04";
  e.date_source = "text";
  e.source = {"JPN", "JPN", "Japan", ""};
  e.target = {"CHN", "CHN", "China", ""};
  e.cameo = "111";
  e.root = "11";
  return e;
}

TEST(RecordJsonTest, AWholeRecordListsEverySourceAndCountsThem) {
  nlohmann::json j = nlohmann::json::parse(EventToJson(Syndicated(8)));
  EXPECT_EQ(j["docs"].size(), 8u);
  EXPECT_EQ(j["evidence"].size(), 8u);
  EXPECT_EQ(j["num_documents"], 8);
  EXPECT_EQ(j["num_evidence"], 8);
  EXPECT_EQ(j["date_source"], "text");
  EXPECT_TRUE(j["url"].is_null());
}

TEST(RecordJsonTest, AListingShowsTheFirstFewAndCountsAll) {
  std::string out = "[";
  AppendEventJsonListing(Syndicated(300), 5, &out);
  out += "]";
  nlohmann::json j = nlohmann::json::parse(out)[0];
  EXPECT_EQ(j["docs"].size(), 5u);
  EXPECT_EQ(j["docs"][0], "s0");
  EXPECT_EQ(j["evidence"].size(), 5u);
  EXPECT_EQ(j["num_documents"], 300);
  EXPECT_EQ(j["num_evidence"], 300);
  EXPECT_LT(out.size(), 2000u);
}

}  // namespace
}  // namespace dyad
