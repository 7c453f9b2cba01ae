#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/document_store.h"
#include "store/event_query.h"
#include "store/event_writer.h"
#include "store/store_test_util.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::Analyzed;
using testing::CountRows;
using testing::Event;
using testing::MustPut;
using testing::TempDir;

class EventStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<DocumentStore>> s = DocumentStore::Open(location_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  std::vector<EventRecord> Events(const EventFilter& f = {}) {
    std::vector<EventRecord> out;
    Status s = ReadEvents(store_->database(), f, [&](const EventRecord& e) { out.push_back(e); });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }

  TempDir dir_;
  testing::StoreLocation location_{dir_, "dyad.db"};  // also run on PostgreSQL (tests/CMakeLists.txt)
  std::unique_ptr<DocumentStore> store_;
};

TEST_F(EventStoreTest, ReportsOfOneEventFromTwoStoriesMerge) {
  AnalyzedDocument a = Analyzed("a", "China and Viet Nam held consultations in Beijing on Thursday.");
  a.events.push_back(Event(a, "CHN", "VNM", "040", "2024-10-10"));
  AnalyzedDocument b = Analyzed("b", "Chinese and Vietnamese officials consulted in Beijing from Oct. 9 to 12.");
  b.events.push_back(Event(b, "CHN", "VNM", "043", "2024-10-09", "2024-10-12"));
  MustPut(store_.get(), a);
  MustPut(store_.get(), b);
  std::vector<EventRecord> events = Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].doc, "a");
  EXPECT_EQ(events[0].docs, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(events[0].evidence.size(), 2u);
  EXPECT_EQ(events[0].evidence[0].doc, "a");
  EXPECT_EQ(events[0].evidence[1].doc, "b");
  EXPECT_EQ(events[0].evidence[1].text, b.doc.text);
}

TEST_F(EventStoreTest, LinksAreStoredAndMergedAndMentionsReadBack) {
  AnalyzedDocument a = Analyzed("a", "The Steering Committee met in Hanoi on Monday to discuss railways.");
  EventRecord ea = Event(a, "CHN", "VNM", "040", "2024-10-07");
  ea.mechanism = "vnm_chn_steering_committee";
  ea.topics = {"railways"};
  a.events.push_back(ea);
  a.institutions.push_back({"mechanism", "vnm_chn_steering_committee", 0, 4, 22});
  AnalyzedDocument b = Analyzed("b", "China and Vietnam met on Monday on the Belt and Road and trade.");
  EventRecord eb = Event(b, "CHN", "VNM", "040", "2024-10-07");
  eb.frameworks = {"bri"};
  eb.topics = {"trade"};
  b.events.push_back(eb);
  MustPut(store_.get(), a);
  MustPut(store_.get(), b);
  std::vector<EventRecord> events = Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].mechanism, "vnm_chn_steering_committee");
  EXPECT_EQ(events[0].frameworks, (std::vector<std::string>{"bri"}));
  EXPECT_EQ(events[0].topics, (std::vector<std::string>{"railways", "trade"}));
  EXPECT_EQ(CountRows(store_.get(),
                      "SELECT count(*) FROM institution_mentions WHERE doc = 'a' AND kind = 'mechanism' AND "
                      "id = 'vnm_chn_steering_committee' AND sentence = 0 AND start = 4 AND \"end\" = 22"),
            1);
  EXPECT_EQ(CountRows(store_.get(), "SELECT count(*) FROM institution_mentions WHERE doc = 'b'"), 0);
}

TEST_F(EventStoreTest, DifferentRootDirectionOrDatesDoNotMerge) {
  AnalyzedDocument a = Analyzed("a", "Japan protested to China on Monday.");
  a.events.push_back(Event(a, "JPN", "CHN", "111", "2024-03-04"));
  AnalyzedDocument b = Analyzed("b", "Japan and China talked on Monday.");
  b.events.push_back(Event(b, "JPN", "CHN", "040", "2024-03-04"));  // other root
  AnalyzedDocument c = Analyzed("c", "China protested to Japan on Monday.");
  c.events.push_back(Event(c, "CHN", "JPN", "111", "2024-03-04"));  // other direction
  AnalyzedDocument d = Analyzed("d", "Japan protested to China a week later.");
  d.events.push_back(Event(d, "JPN", "CHN", "111", "2024-03-11"));  // other day
  AnalyzedDocument e = Analyzed("e", "Japan protested to China in 2024.");
  e.events.push_back(Event(e, "JPN", "CHN", "111", "2024"));  // year only never merges
  for (const AnalyzedDocument* x : {&a, &b, &c, &d, &e}) MustPut(store_.get(), *x);
  EXPECT_EQ(Events().size(), 5u);
}

TEST_F(EventStoreTest, StoryDatedReportsNeitherMergeNorAreMergedInto) {
  AnalyzedDocument a = Analyzed("a", "Japan protested to China on Monday.");
  a.events.push_back(Event(a, "JPN", "CHN", "111", "2024-03-04"));
  AnalyzedDocument b = Analyzed("b", "Japan protested to China.");  // undated: the story's day stands in
  b.events.push_back(Event(b, "JPN", "CHN", "111", "2024-03-04"));
  b.events.back().date_source = "story";
  AnalyzedDocument c = Analyzed("c", "Japan protested to China again.");
  c.events.push_back(Event(c, "JPN", "CHN", "111", "2024-03-04"));
  c.events.back().date_source = "story";
  for (const AnalyzedDocument* x : {&b, &c, &a}) MustPut(store_.get(), *x);
  std::vector<EventRecord> events = Events();
  ASSERT_EQ(events.size(), 3u);
  int story = 0;
  for (const EventRecord& e : events) story += e.date_source == "story";
  EXPECT_EQ(story, 2);
}

TEST_F(EventStoreTest, AnActorIsFoundByIdCodeOrNameHoweverTyped) {
  AnalyzedDocument a = Analyzed("a", "Nguyễn Phú Trọng received Wang Yi in Hà Nội on Tuesday.");
  a.events.push_back(Event(a, "VNM", "CHN", "043", "2023-04-04"));
  a.events.back().source = {"VNMPTY", "VNM", "Nguyễn Phú Trọng", "nguyen_phu_trong"};
  AnalyzedDocument b = Analyzed("b", "Japan protested to China on Monday.");
  b.events.push_back(Event(b, "JPN", "CHN", "111", "2024-03-04"));
  MustPut(store_.get(), a);
  MustPut(store_.get(), b);
  for (const char* who : {"nguyen_phu_trong", "VNMPTY", "Nguyen Phu Trong", "NGUYỄN PHÚ TRỌNG", "nguyễn phú trọng"}) {
    EventFilter f;
    f.actor = who;
    std::vector<EventRecord> found = Events(f);
    ASSERT_EQ(found.size(), 1u) << who;
    EXPECT_EQ(found[0].doc, "a") << who;
  }
  EventFilter nobody;
  nobody.actor = "Nguyen";
  EXPECT_TRUE(Events(nobody).empty()) << "a whole name, not a part";
}

TEST_F(EventStoreTest, MonthDatedReportMergesWithADayInThatMonth) {
  AnalyzedDocument a = Analyzed("a", "Russia and India signed a defence pact on Nov. 12.");
  a.events.push_back(Event(a, "RUS", "IND", "057", "2024-11-12"));
  AnalyzedDocument b = Analyzed("b", "Russia and India signed a defence pact in November.");
  b.events.push_back(Event(b, "RUS", "IND", "057", "2024-11"));
  MustPut(store_.get(), a);
  MustPut(store_.get(), b);
  std::vector<EventRecord> events = Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].docs.size(), 2u);
}

TEST_F(EventStoreTest, ReplacingTheFirstSourceKeepsTheOtherEvidence) {
  AnalyzedDocument a = Analyzed("a", "China and Viet Nam held consultations on Thursday.");
  a.events.push_back(Event(a, "CHN", "VNM", "040", "2024-10-10"));
  AnalyzedDocument b = Analyzed("b", "Beijing and Hanoi consulted on Thursday, Oct. 10.");
  b.events.push_back(Event(b, "CHN", "VNM", "040", "2024-10-10"));
  MustPut(store_.get(), a);
  MustPut(store_.get(), b);
  ASSERT_EQ(Events().size(), 1u);

  // A corrected version of "a" reports no event any more.
  EXPECT_EQ(MustPut(store_.get(), Analyzed("a", "Correction: the consultations were postponed.")), PutOutcome::kReplaced);
  std::vector<EventRecord> events = Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].doc, "b");
  EXPECT_EQ(events[0].docs, (std::vector<std::string>{"b"}));
  ASSERT_EQ(events[0].evidence.size(), 1u);
  EXPECT_EQ(events[0].evidence[0].doc, "b");
  EXPECT_EQ(CountRows(store_.get(), "SELECT COUNT(*) FROM evidence WHERE doc = ?", "a"), 0);
}

TEST_F(EventStoreTest, ReplacingTheSecondSourceKeepsTheFirst) {
  AnalyzedDocument a = Analyzed("a", "Indonesia and Malaysia agreed on a maritime boundary on Tuesday.");
  a.events.push_back(Event(a, "IDN", "MYS", "057", "2023-06-06"));
  AnalyzedDocument b = Analyzed("b", "Jakarta and Kuala Lumpur signed a boundary treaty on June 6.");
  b.events.push_back(Event(b, "IDN", "MYS", "057", "2023-06-06"));
  MustPut(store_.get(), a);
  MustPut(store_.get(), b);
  AnalyzedDocument b2 = Analyzed("b", "Jakarta and Kuala Lumpur signed a boundary treaty on Tuesday, June 6.");
  b2.events.push_back(Event(b2, "IDN", "MYS", "057", "2023-06-06"));
  EXPECT_EQ(MustPut(store_.get(), b2), PutOutcome::kReplaced);
  std::vector<EventRecord> events = Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].doc, "a");
  EXPECT_EQ(events[0].docs, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(events[0].evidence.size(), 2u);
  EXPECT_EQ(events[0].evidence[1].text, b2.doc.text);
}

TEST_F(EventStoreTest, ReplacingTheOnlySourceDeletesTheEvent) {
  AnalyzedDocument a = Analyzed("a", "The United States imposed sanctions on North Korean firms on Friday.");
  a.events.push_back(Event(a, "USA", "PRK", "163", "2024-05-10"));
  MustPut(store_.get(), a);
  ASSERT_EQ(Events().size(), 1u);
  MustPut(store_.get(), Analyzed("a", "No event here."));
  EXPECT_TRUE(Events().empty());
  EXPECT_EQ(CountRows(store_.get(), "SELECT COUNT(*) FROM events"), 0);
}

TEST_F(EventStoreTest, FiltersSelectEvents) {
  AnalyzedDocument a = Analyzed("a", "Japan and China met.");
  a.events.push_back(Event(a, "JPN", "CHN", "040", "2024-03-04"));
  a.events.push_back(Event(a, "CHN", "JPN", "111", "2024-04-01"));
  AnalyzedDocument b = Analyzed("b", "Russia and India met.");
  b.events.push_back(Event(b, "RUS", "IND", "057", "2023-11-12"));
  AnalyzedDocument c = Analyzed("c", "Undated meeting.");
  c.events.push_back(Event(c, "PHL", "CHN", "036", ""));
  for (const AnalyzedDocument* x : {&a, &b, &c}) MustPut(store_.get(), *x);

  std::vector<EventRecord> all = Events();
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[0].date, "2023-11-12");
  EXPECT_EQ(all.back().date, "");  // undated last

  EventFilter f;
  f.dyad = "chn-jpn";
  EXPECT_EQ(Events(f).size(), 2u);
  f = {};
  f.from = "2024";
  EXPECT_EQ(Events(f).size(), 2u);
  f = {};
  f.to = "2024-03";
  EXPECT_EQ(Events(f).size(), 2u);
  f = {};
  f.cameo_prefix = "11";
  ASSERT_EQ(Events(f).size(), 1u);
  EXPECT_EQ(Events(f)[0].cameo, "111");
  f = {};
  f.doc = "b";
  ASSERT_EQ(Events(f).size(), 1u);
  f = {};
  f.actor = "PHL";
  ASSERT_EQ(Events(f).size(), 1u);
  f = {};
  f.limit = 1;
  f.offset = 1;
  ASSERT_EQ(Events(f).size(), 1u);
  EXPECT_EQ(Events(f)[0].date, "2024-03-04");
  f = {};
  f.dyad = "JPN";
  EXPECT_FALSE(ReadEvents(store_->database(), f, [](const EventRecord&) {}).ok());
}

TEST(NormalizeDyadTest, SortsAndUpperCases) {
  EXPECT_EQ(*NormalizeDyad("VNM-CHN"), "CHN-VNM");
  EXPECT_EQ(*NormalizeDyad("CHN-VNM"), "CHN-VNM");
  EXPECT_EQ(*NormalizeDyad("phl-chn"), "CHN-PHL");
}

TEST(NormalizeDyadTest, RejectsAnythingButTwoDifferentCodes) {
  for (const char* bad : {"", "CHN", "CHN-", "-VNM", "CHN-CHN", "CH-VNM", "CHN-VNM-USA", "CHN_VNM", "C1N-VNM"}) {
    Result<std::string> r = NormalizeDyad(bad);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) {
      EXPECT_EQ(r.status().code(), Status::Code::kInvalidArgument) << bad;
    }
  }
}

TEST(DateIntervalTest, CoversDaysRangesAndMonths) {
  std::string first, last;
  ASSERT_TRUE(DateInterval("2024-10-10", "", &first, &last));
  EXPECT_EQ(first, "2024-10-10");
  EXPECT_EQ(last, "2024-10-10");
  ASSERT_TRUE(DateInterval("2024-10-09", "2024-10-12", &first, &last));
  EXPECT_EQ(first, "2024-10-09");
  EXPECT_EQ(last, "2024-10-12");
  ASSERT_TRUE(DateInterval("2024-02", "", &first, &last));
  EXPECT_EQ(first, "2024-02-01");
  EXPECT_GE(last, "2024-02-29");
  EXPECT_LT(last, "2024-03-01");
  EXPECT_FALSE(DateInterval("2024", "", &first, &last));
  EXPECT_FALSE(DateInterval("", "", &first, &last));
}

}  // namespace
}  // namespace dyad
