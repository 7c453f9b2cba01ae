#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/document_store.h"
#include "store/store_test_util.h"
#include "testing/store_location.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::Analyzed;
using testing::MustPut;
using testing::TempDir;

class SearchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<DocumentStore>> s = DocumentStore::Open(location_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
    MustPut(store_.get(), Analyzed("vn-la", "Lao President visited Hà Nội on Monday and met Vietnamese leaders.",
                                   "Lao leader in Hà Nội"));
    MustPut(store_.get(), Analyzed("vn-jp", "Japanese Navy ships called at Đà Nẵng port on Friday, a first since 2016.",
                                   "Ships visit"));
    MustPut(store_.get(), Analyzed("id-my", "Indonesia and Malaysia held border talks in Kuching on Tuesday."));
  }
  std::vector<SearchHit> Find(const std::string& q) {
    Result<std::vector<SearchHit>> hits = store_->Search(q, 10);
    EXPECT_TRUE(hits.ok()) << hits.status().ToString();
    return hits.ok() ? *hits : std::vector<SearchHit>();
  }

  TempDir dir_;
  testing::StoreLocation location_{dir_, "dyad.db"};  // also run on PostgreSQL (tests/pg/CMakeLists.txt)
  std::unique_ptr<DocumentStore> store_;
};

TEST_F(SearchTest, HaNoiFindsHaNoiWithDiacritics) {
  std::vector<SearchHit> hits = Find("Ha Noi");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].doc, "vn-la");
  EXPECT_EQ(hits[0].title, "Lao leader in Hà Nội");
  EXPECT_NE(hits[0].snippet.find("[Hà Nội]"), std::string::npos) << hits[0].snippet;
}

TEST_F(SearchTest, DaNangFindsDaNangWithStrokedD) {
  std::vector<SearchHit> hits = Find("Da Nang");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].doc, "vn-jp");
  EXPECT_NE(hits[0].snippet.find("[Đà Nẵng]"), std::string::npos) << hits[0].snippet;
}

TEST_F(SearchTest, AccentedAndUpperCaseQueriesFindTheSame) {
  for (const char* q : {"Đà Nẵng", "DA NANG", "da nang", "đà nẵng"}) {
    std::vector<SearchHit> hits = Find(q);
    ASSERT_EQ(hits.size(), 1u) << q;
    EXPECT_EQ(hits[0].doc, "vn-jp") << q;
  }
}

TEST_F(SearchTest, AllWordsMustMatch) {
  EXPECT_EQ(Find("Indonesia Malaysia").size(), 1u);
  EXPECT_TRUE(Find("Indonesia Japanese").empty());
}

TEST_F(SearchTest, SnippetMarksTheEarliestWordWhenThePhraseIsAbsent) {
  std::vector<SearchHit> hits = Find("Kuching Indonesia");
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find("[Indonesia]"), std::string::npos) << hits[0].snippet;
}

TEST_F(SearchTest, NoHitsAndEmptyQueries) {
  EXPECT_TRUE(Find("Ulaanbaatar").empty());
  EXPECT_TRUE(Find("").empty());
  EXPECT_TRUE(Find("  ... ---").empty());
}

TEST_F(SearchTest, QuerySyntaxIsNotInterpreted) {
  // FTS5 operators and quotes in the query are just punctuation to dyad.
  EXPECT_EQ(Find("\"Indonesia\" OR").size(), 0u);
  EXPECT_EQ(Find("Indonesia*").size(), 1u);
  EXPECT_EQ(Find("NEAR(Indonesia)").size(), 0u);
}

TEST_F(SearchTest, LongTextsGetAShortSnippetWithEllipses) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "Filler sentence about regional trade. ";
  text += "The Thai and Cambodian ministers met in Siem Reap. ";
  for (int i = 0; i < 40; ++i) text += "More filler about fisheries. ";
  MustPut(store_.get(), Analyzed("th-kh", text));
  std::vector<SearchHit> hits = Find("Siem Reap");
  ASSERT_EQ(hits.size(), 1u);
  const std::string& s = hits[0].snippet;
  EXPECT_NE(s.find("[Siem Reap]"), std::string::npos) << s;
  EXPECT_LT(s.size(), 240u);
  EXPECT_EQ(s.rfind("…", 0), 0u) << s;
}

}  // namespace
}  // namespace dyad
