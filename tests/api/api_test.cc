// Starts `dyad serve` on a free loopback port over a store of the sample
// corpus and checks every endpoint, and that bad parameters get a 4xx JSON
// error while the server keeps serving.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <thread>

#include "api/served_store.h"

namespace dyad {
namespace {

using Json = nlohmann::json;

class ApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    served_ = new testing::ServedStore();
    served_->Start();
  }
  static void TearDownTestSuite() { delete served_; }

  static std::pair<int, Json> Get(const std::string& path) {
    httplib::Client client("127.0.0.1", served_->port());
    client.set_read_timeout(10, 0);
    auto res = client.Get(path.c_str());
    if (!res) return {0, Json()};
    Json body = Json::parse(res->body, nullptr, false);
    return {res->status, body};
  }

  static testing::ServedStore* served_;
};

testing::ServedStore* ApiTest::served_ = nullptr;

TEST_F(ApiTest, DyadsListPairsWithCounts) {
  auto [status, body] = Get("/api/dyads");
  ASSERT_EQ(status, 200);
  ASSERT_TRUE(body["dyads"].is_array());
  ASSERT_FALSE(body["dyads"].empty());
  EXPECT_GT(body["dyads"][0]["events"].get<int>(), 0);
  EXPECT_EQ(body["dyads"][0]["dyad"].get<std::string>().size(), 7u);
}

TEST_F(ApiTest, EventsArePagedAndFiltered) {
  auto [status, body] = Get("/api/events?limit=2&offset=0");
  ASSERT_EQ(status, 200);
  EXPECT_LE(body["events"].size(), 2u);
  EXPECT_GE(body["total"].get<int>(), static_cast<int>(body["events"].size()));
  std::string dyad = Get("/api/dyads").second["dyads"][0]["dyad"];
  auto [s2, filtered] = Get("/api/events?dyad=" + dyad + "&limit=1000");
  ASSERT_EQ(s2, 200);
  for (const Json& e : filtered["events"]) {
    std::string a = e["source"]["country"], b = e["target"]["country"];
    std::string key = a < b ? a + "-" + b : b + "-" + a;
    EXPECT_EQ(key, dyad);
    EXPECT_FALSE(e["evidence"].empty());
  }
}

TEST_F(ApiTest, PlacesCountTheFilteredEventsWithTheirPoints) {
  auto [status, body] = Get("/api/places");
  ASSERT_EQ(status, 200);
  ASSERT_TRUE(body["places"].is_array());
  ASSERT_FALSE(body["places"].empty()) << "the sample corpus names places";
  int total = 0, placed = 0, previous = 1 << 30;
  for (const Json& p : body["places"]) {
    int n = p["events"].get<int>();
    EXPECT_LE(n, previous) << "most events first";
    previous = n;
    total += n;
    const Json& q = p["quad"];
    EXPECT_EQ(q[0].get<int>() + q[1].get<int>() + q[2].get<int>() + q[3].get<int>(), n);
    if (p["lat"].is_number()) {
      ++placed;
      EXPECT_GE(p["lat"].get<double>(), -90);
      EXPECT_LE(p["lon"].get<double>(), 180);
    }
  }
  EXPECT_GT(placed, 0);
  // Every event the places count has a location, and none is counted twice.
  int located = 0;
  Json events = Get("/api/events?limit=1000").second;
  for (const Json& e : events["events"]) {
    if (e["location"].is_object()) {
      ++located;
      EXPECT_TRUE(e["location"]["name"].is_string());
      EXPECT_TRUE(e["location"].contains("lat"));
    } else {
      EXPECT_TRUE(e["location"].is_null());
    }
  }
  EXPECT_EQ(total, located);
  std::string dyad = Get("/api/dyads").second["dyads"][0]["dyad"];
  auto [s2, one] = Get("/api/places?dyad=" + dyad + "&direction=ab");
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(one["dyad"], dyad);
  auto [s3, bad] = Get("/api/places?from=2024-13");
  EXPECT_EQ(s3, 400);
  // One state's events, on either side: at least its busiest pair's.
  std::string a = dyad.substr(0, 3);
  auto [s4, of_a] = Get("/api/events?limit=1&country=" + a);
  ASSERT_EQ(s4, 200);
  EXPECT_GE(of_a["total"].get<int>(), Get("/api/events?limit=1&dyad=" + dyad).second["total"].get<int>());
  EXPECT_EQ(Get("/api/places?country=" + a).first, 200);
  EXPECT_EQ(Get("/api/places?country=XXQ").first, 404);
}

TEST_F(ApiTest, TimelineNetworkSearchDocAndActor) {
  std::string dyad = Get("/api/dyads").second["dyads"][0]["dyad"];
  auto [s1, timeline] = Get("/api/timeline?dyad=" + dyad + "&bucket=month");
  ASSERT_EQ(s1, 200);
  ASSERT_TRUE(timeline["points"].is_array());
  auto [s2, network] = Get("/api/network?dyad=" + dyad);
  ASSERT_EQ(s2, 200);
  EXPECT_FALSE(network["nodes"].empty());
  auto [s3, events] = Get("/api/events?limit=1");
  std::string doc = events["events"][0]["doc"];
  auto [s4, story] = Get("/api/docs/" + doc);
  ASSERT_EQ(s4, 200);
  EXPECT_FALSE(story["text"].get<std::string>().empty());
  EXPECT_FALSE(story["evidence"].empty());
  EXPECT_EQ(story["lang"], "en");  // identified from the text on ingest
  EXPECT_EQ(events["events"][0]["lang"], "en");
  auto [s5, search] = Get("/api/search?q=talks");
  ASSERT_EQ(s5, 200);
  EXPECT_TRUE(search["hits"].is_array());
  auto [s6, actor] = Get("/api/actors/xi_jinping");
  ASSERT_EQ(s6, 200);
  EXPECT_FALSE(actor["offices"].empty());
}

TEST_F(ApiTest, AnEventsSourcesArePagedApart) {
  auto [status, body] = Get("/api/events?limit=1");
  ASSERT_EQ(status, 200);
  const Json& e = body["events"][0];
  EXPECT_EQ(e["num_documents"], e["docs"].size());
  EXPECT_LE(e["evidence"].size(), 5u);
  std::string id = e["event_id"];
  auto [s1, sources] = Get("/api/events/" + id + "/sources?limit=1");
  ASSERT_EQ(s1, 200) << sources.dump();
  EXPECT_EQ(sources["event_id"], id);
  EXPECT_EQ(sources["total"], e["num_evidence"]);
  ASSERT_EQ(sources["sources"].size(), 1u);
  EXPECT_EQ(sources["sources"][0]["text"], e["evidence"][0]["text"]);
  auto [s2, past] = Get("/api/events/" + id + "/sources?offset=1000");
  EXPECT_EQ(s2, 200);
  EXPECT_TRUE(past["sources"].empty());
  EXPECT_EQ(Get("/api/events/ev-0000000000000000/sources").first, 404);
  EXPECT_EQ(Get("/api/events/" + std::string(65, 'a') + "/sources").first, 400) << "an id is at most 64 bytes";
}

TEST_F(ApiTest, ADirectionSplitsAPairsEvents) {
  std::string dyad = Get("/api/dyads").second["dyads"][0]["dyad"];
  std::string reversed = dyad.substr(4, 3) + "-" + dyad.substr(0, 3);
  int total = Get("/api/events?dyad=" + dyad + "&limit=1").second["total"];
  auto [s1, ab] = Get("/api/events?dyad=" + dyad + "&direction=ab&limit=1000");
  auto [s2, ba] = Get("/api/events?dyad=" + dyad + "&direction=ba&limit=1000");
  ASSERT_EQ(s1, 200);
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(ab["total"].get<int>() + ba["total"].get<int>(), total);
  for (const Json& e : ab["events"]) EXPECT_EQ(e["source"]["country"], dyad.substr(0, 3));
  // The pair as written decides which way "ab" runs.
  EXPECT_EQ(Get("/api/events?dyad=" + reversed + "&direction=ba&limit=1").second["total"], ab["total"]);
  auto [s3, timeline] = Get("/api/timeline?dyad=" + dyad + "&direction=ab");
  ASSERT_EQ(s3, 200);
  int charted = 0;
  for (const Json& p : timeline["points"]) charted += p["events"].get<int>();
  EXPECT_LE(charted, ab["total"].get<int>());
  EXPECT_EQ(Get("/api/events?dyad=" + dyad + "&direction=up").first, 400);
  EXPECT_EQ(Get("/api/events?direction=ab").first, 400);
}

TEST_F(ApiTest, AStatesPartnersWithTheirStoriesAndDates) {
  const Json all = Get("/api/dyads").second["dyads"];
  std::string country = all[0]["countries"][0];
  auto [status, body] = Get("/api/dyads?country=" + country);
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["country"], country);
  int expected = 0;
  for (const Json& d : all) expected += d["dyad"].get<std::string>().find(country) != std::string::npos;
  ASSERT_EQ(static_cast<int>(body["dyads"].size()), expected);
  for (const Json& d : body["dyads"]) {
    EXPECT_NE(d["partner"], country);
    EXPECT_NE(d["dyad"].get<std::string>().find(d["partner"].get<std::string>()), std::string::npos);
    EXPECT_GE(d["stories"].get<int>(), 1);
    EXPECT_LE(d["first_date"].get<std::string>(), d["last_date"].get<std::string>());
  }
  EXPECT_EQ(Get("/api/dyads?country=XXX").first, 404);
}

TEST_F(ApiTest, TimelinePointsCountStoriesAndTotalGoldstein) {
  std::string dyad = Get("/api/dyads").second["dyads"][0]["dyad"];
  auto [status, timeline] = Get("/api/timeline?dyad=" + dyad);
  ASSERT_EQ(status, 200);
  ASSERT_FALSE(timeline["points"].empty());
  const Json& p = timeline["points"][0];
  EXPECT_GE(p["stories"].get<int>(), 1);
  EXPECT_LE(p["stories"].get<int>(), p["events"].get<int>());
  EXPECT_NEAR(p["total_goldstein"].get<double>(), p["mean_goldstein"].get<double>() * p["events"].get<int>(), 0.01);
}

TEST_F(ApiTest, BadParametersGetJsonErrorsAndTheServerKeepsServing) {
  const char* bad[] = {
      "/api/events?dyad=XXX-YYY",               // unknown dyad
      "/api/events?dyad=CHNVNM",                // malformed dyad
      "/api/events?from=2024-10-01&to=2023-01",  // dates out of order
      "/api/events?from=yesterday",             // bad date
      "/api/events?limit=1000000000",           // page size 10^9
      "/api/events?limit=-5",                   // negative
      "/api/events?cameo=04%27%20OR%201%3D1",     // SQL in a filter
      "/api/timeline?bucket=decade",            // bad bucket
      "/api/docs/no-such-document",             // unknown document
      "/api/actors/no_such_actor",              // unknown actor
      "/api/search",                            // missing query
      "/api/nothing",                           // unknown endpoint
  };
  for (const char* path : bad) {
    auto [status, body] = Get(path);
    EXPECT_GE(status, 400) << path;
    EXPECT_LT(status, 500) << path;
    EXPECT_TRUE(body.is_object() && body.contains("error")) << path;
  }
  auto [status, body] = Get("/api/dyads");
  EXPECT_EQ(status, 200);
}

TEST_F(ApiTest, ARelationsArchitectureAndCommitments) {
  auto [status, body] = Get("/api/relation?dyad=VNM-CHN");
  ASSERT_EQ(status, 200) << body.dump();
  EXPECT_EQ(body["dyad"], "CHN-VNM");
  int levels = 0, mechanisms = 0;
  for (const Json& fact : body["facts"]) {
    EXPECT_EQ(fact["dyad"], "CHN-VNM");
    if (fact["kind"] == "level") {
      ++levels;
      EXPECT_EQ(fact["level"], "comprehensive_strategic_cooperative_partnership");
    }
    mechanisms += fact["kind"] == "mechanism";
  }
  EXPECT_EQ(levels, 1);
  EXPECT_GE(mechanisms, 2);
  auto [then_status, then] = Get("/api/relation?dyad=CHN-VNM&on=2000-01-01");
  ASSERT_EQ(then_status, 200);
  EXPECT_EQ(then["facts"][0]["level"], "diplomatic_relations");
  auto [c_status, commitments] = Get("/api/commitments?dyad=CHN-VNM&topic=railways&open=1");
  ASSERT_EQ(c_status, 200);
  EXPECT_TRUE(commitments["commitments"].is_array());
  const char* bad[] = {"/api/relation", "/api/relation?dyad=XXX-YYY", "/api/relation?dyad=CHN-VNM&on=2024-02-30",
                       "/api/commitments?dyad=CHN-VNM&topic=Rail%20ways", "/api/commitments?dyad=CHN-VNM&open=2",
                       "/api/commitments?dyad=CHNVNM", "/api/events?topic=Rail%20ways",
                       "/api/events?mechanism=x%27y"};
  for (const char* path : bad) {
    auto [s, b] = Get(path);
    EXPECT_GE(s, 400) << path;
    EXPECT_LT(s, 500) << path;
    EXPECT_TRUE(b.contains("error")) << path;
  }
}

TEST_F(ApiTest, ImpossibleCalendarDatesAreRejectedByName) {
  const std::pair<const char*, const char*> bad[] = {
      {"from", "2024-13-45"}, {"to", "2024-02-30"}, {"from", "2023-02-29"}, {"to", "2024-13"}, {"from", "0000"}};
  for (const char* endpoint : {"/api/events", "/api/timeline", "/api/network"}) {
    for (const auto& [key, value] : bad) {
      std::string path = std::string(endpoint) + "?" + key + "=" + value;
      auto [status, body] = Get(path);
      EXPECT_EQ(status, 400) << path;
      std::string error = body.is_object() && body["error"].is_string() ? body["error"].get<std::string>() : "";
      EXPECT_NE(error.find(std::string(key) + " (" + value + ")"), std::string::npos) << path << ": " << error;
    }
  }
  auto [status, body] = Get("/api/events?from=2024-02-29&to=2024-02-29");
  EXPECT_EQ(status, 200) << body.dump();
}

TEST_F(ApiTest, SqlInAFilterIsJustText) {
  auto [status, body] = Get("/api/events?actor=x%27%20OR%20%271%27=%271");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body["total"].get<int>(), 0);
}

}  // namespace
}  // namespace dyad
