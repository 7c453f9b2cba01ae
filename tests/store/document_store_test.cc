#include "store/document_store.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/event_query.h"
#include "store/store_test_util.h"
#include "testing/temp_dir.h"

namespace dyad {
namespace {

using testing::Analyzed;
using testing::CountRows;
using testing::MustPut;
using testing::TempDir;

class DocumentStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<DocumentStore>> s = DocumentStore::Open(dir_.Path("dyad.db"));
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  int64_t Count(const std::string& sql, const std::string& id) { return CountRows(store_.get(), sql, id); }

  TempDir dir_;
  std::unique_ptr<DocumentStore> store_;
};

TEST_F(DocumentStoreTest, PutAddsThenIgnoresIdenticalContent) {
  AnalyzedDocument a = Analyzed("jp-cn", "Japan and China held talks on Monday. They agreed to meet again.");
  EXPECT_EQ(MustPut(store_.get(), a), PutOutcome::kAdded);
  Result<std::string> hash = store_->StoredHash("jp-cn");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(*hash, a.hash);
  EXPECT_EQ(MustPut(store_.get(), a), PutOutcome::kUnchanged);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM documents WHERE id = ?", "jp-cn"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sentences WHERE doc = ?", "jp-cn"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM docs_fts WHERE rowid = (SELECT rowid FROM documents WHERE id = ?)", "jp-cn"), 1);
}

TEST_F(DocumentStoreTest, StoredHashOfUnknownIdIsEmpty) {
  Result<std::string> hash = store_->StoredHash("nobody");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(*hash, "");
}

// The engine tells a replacement within one ingest (two inputs with one id)
// from an update by comparing the replaced story's seq with LastSeq at the
// start of the run.
TEST_F(DocumentStoreTest, ReplacementNamesTheStoryItReplaced) {
  Result<int64_t> before = store_->LastSeq();
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(*before, 0);
  AnalyzedDocument first = Analyzed("item-1", "Kenya and Uganda held talks on Monday.");
  first.doc.origin = "feeds/east.jsonl:1";
  EXPECT_EQ(MustPut(store_.get(), first), PutOutcome::kAdded);
  Result<int64_t> after = store_->LastSeq();
  ASSERT_TRUE(after.ok());
  EXPECT_GT(*after, *before);

  AnalyzedDocument second = Analyzed("item-1", "Chile and Peru signed a fisheries deal.");
  second.doc.origin = "feeds/south.jsonl:1";
  ASSERT_TRUE(store_->BeginBatch().ok());
  ReplacedStory replaced;
  Result<PutOutcome> put = store_->Put(second, &replaced);
  ASSERT_TRUE(store_->CommitBatch().ok());
  ASSERT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_EQ(*put, PutOutcome::kReplaced);
  EXPECT_EQ(replaced.seq, *after);
  EXPECT_EQ(replaced.origin, "feeds/east.jsonl:1");
}

TEST_F(DocumentStoreTest, SentencesKeepTheirOffsets) {
  AnalyzedDocument a = Analyzed("kr", "Seoul hosted talks. Tokyo sent a minister.");
  MustPut(store_.get(), a);
  Result<Statement> st = store_->database()->Prepare("SELECT idx, start, end FROM sentences WHERE doc = 'kr' ORDER BY idx");
  ASSERT_TRUE(st.ok());
  for (size_t i = 0; i < a.sentences.size(); ++i) {
    ASSERT_TRUE(st->Step());
    EXPECT_EQ(st->ColumnInt(0), static_cast<int64_t>(i));
    EXPECT_EQ(st->ColumnInt(1), a.sentences[i].begin);
    EXPECT_EQ(st->ColumnInt(2), a.sentences[i].end);
  }
  EXPECT_FALSE(st->Step());
}

TEST_F(DocumentStoreTest, ReplacementDeletesEverythingDerivedFromTheOldVersion) {
  AnalyzedDocument old = Analyzed("ph-cn", "The Philippines protested on Monday. Manila summoned the envoy. A third line.");
  Mention m;
  m.doc = "ph-cn";
  m.start = 4;
  m.end = 15;
  m.text = "Philippines";
  m.actor_id = "PHL";
  m.country = "PHL";
  m.code = "PHL";
  m.how = "dictionary";
  old.mentions = {m, m};
  old.events.push_back(testing::Event(old, "PHL", "CHN", "111", "2024-03-04"));
  EXPECT_EQ(MustPut(store_.get(), old), PutOutcome::kAdded);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sentences WHERE doc = ?", "ph-cn"), 3);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM mentions WHERE doc = ?", "ph-cn"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM evidence WHERE doc = ?", "ph-cn"), 1);

  AnalyzedDocument replacement = Analyzed("ph-cn", "Vietnam welcomed Laotian officials.");
  EXPECT_EQ(MustPut(store_.get(), replacement), PutOutcome::kReplaced);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM documents WHERE id = ?", "ph-cn"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sentences WHERE doc = ?", "ph-cn"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM mentions WHERE doc = ?", "ph-cn"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM evidence WHERE doc = ?", "ph-cn"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM events WHERE first_doc = ?", "ph-cn"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM docs_fts WHERE rowid = (SELECT rowid FROM documents WHERE id = ?)", "ph-cn"), 1);
  // The old version's index row went with it: one row per document.
  EXPECT_EQ(Count("SELECT (SELECT COUNT(*) FROM docs_fts) - (SELECT COUNT(*) FROM documents WHERE id != ?)", "-"), 0);
  EXPECT_EQ(Count("SELECT hash = ? FROM documents WHERE id = 'ph-cn'", replacement.hash), 1);

  Result<std::vector<SearchHit>> old_words = store_->Search("summoned", 10);
  ASSERT_TRUE(old_words.ok());
  EXPECT_TRUE(old_words->empty());
  Result<std::vector<SearchHit>> new_words = store_->Search("Laotian", 10);
  ASSERT_TRUE(new_words.ok());
  ASSERT_EQ(new_words->size(), 1u);
  EXPECT_EQ((*new_words)[0].doc, "ph-cn");
}

TEST_F(DocumentStoreTest, RolledBackBatchLeavesNothing) {
  ASSERT_TRUE(store_->BeginBatch().ok());
  ASSERT_TRUE(store_->Put(Analyzed("gone", "Peru and Chile met.")).ok());
  store_->RollbackBatch();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM documents WHERE id = ?", "gone"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sentences WHERE doc = ?", "gone"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM docs_fts WHERE rowid = (SELECT rowid FROM documents WHERE id = ?)", "gone"), 0);
}

TEST_F(DocumentStoreTest, ListsDocumentsWithMetadataInIngestOrder) {
  AnalyzedDocument a = Analyzed("b-first", "BEIJING, Feb.9 (Xinhua) – China and Laos met.", "Rail talks");
  a.doc.dateline = "BEIJING";
  a.doc.dateline_month = 2;
  a.doc.dateline_day = 9;
  a.doc.agency = "Xinhua";
  a.doc.source = "Xinhua";
  a.doc.url = "https://example.org/b";
  AnalyzedDocument b = Analyzed("a-second", "Viet Nam and Laos met.");
  b.doc.published = "2024-12-25";
  b.doc.published_from = "date-line";
  MustPut(store_.get(), a);
  MustPut(store_.get(), b);
  std::vector<DocumentInfo> docs;
  ASSERT_TRUE(store_->ListDocuments([&](const DocumentInfo& d) { docs.push_back(d); }).ok());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "b-first");
  EXPECT_EQ(docs[0].title, "Rail talks");
  EXPECT_EQ(docs[0].dateline, "BEIJING");
  EXPECT_EQ(docs[0].dateline_date, "--02-09");
  EXPECT_EQ(docs[0].agency, "Xinhua");
  EXPECT_EQ(docs[0].source, "Xinhua");
  EXPECT_EQ(docs[0].url, "https://example.org/b");
  EXPECT_EQ(docs[0].published, "");
  EXPECT_EQ(docs[0].sentences, 1);
  EXPECT_EQ(docs[0].origin, "b-first.txt");
  EXPECT_EQ(docs[1].id, "a-second");
  EXPECT_EQ(docs[1].published, "2024-12-25");
  EXPECT_EQ(docs[1].published_from, "date-line");
  EXPECT_EQ(docs[1].dateline_date, "");
  EXPECT_EQ(docs[1].bytes, b.doc.text.size());
}

TEST_F(DocumentStoreTest, MentionsReadBackInTextOrder) {
  AnalyzedDocument a = Analyzed("m", "Russia and India signed an accord.");
  Mention india, russia;
  india.doc = russia.doc = "m";
  india.start = 11, india.end = 16, india.text = "India", india.country = "IND", india.how = "dictionary";
  russia.start = 0, russia.end = 6, russia.text = "Russia", russia.country = "RUS", russia.how = "dictionary";
  a.mentions = {india, russia};
  MustPut(store_.get(), a);
  std::vector<std::string> seen;
  ASSERT_TRUE(ReadMentions(store_->database(), "m", [&](const Mention& x) { seen.push_back(x.text); }).ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"Russia", "India"}));
  seen.clear();
  ASSERT_TRUE(ReadMentions(store_->database(), "", [&](const Mention& x) { seen.push_back(x.country); }).ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"RUS", "IND"}));
}

TEST_F(DocumentStoreTest, ReadOnlyStoreSeesCommittedDocuments) {
  MustPut(store_.get(), Analyzed("ro", "Fiji and Samoa met."));
  Result<std::unique_ptr<DocumentStore>> ro = DocumentStore::Open(dir_.Path("dyad.db"), false, true);
  ASSERT_TRUE(ro.ok()) << ro.status().ToString();
  int n = 0;
  ASSERT_TRUE((*ro)->ListDocuments([&](const DocumentInfo&) { ++n; }).ok());
  EXPECT_EQ(n, 1);
}

}  // namespace
}  // namespace dyad
