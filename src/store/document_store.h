// The embedded store: documents with their sentences, full-text index,
// mentions and events, in one SQLite file.
//
// Writes are transactional per batch: a crash leaves only whole documents.
// Thread safety: one DocumentStore per thread; SQLite WAL lets readers in
// other processes see the last committed batch.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/records.h"
#include "dyad/status.h"
#include "store/database.h"
#include "text/sentence_splitter.h"

namespace dyad {

// A document with everything derived from it, ready to store.
struct AnalyzedDocument {
  Document doc;
  std::string hash;  // content hash: equal inputs, equal hash
  std::vector<SentenceSpan> sentences;
  std::string folded_title;
  std::string folded_body;
  int inferred_year = 0;  // year inferred from roles when the story has none
  std::string inferred_year_reason;
  std::vector<Mention> mentions;
  std::vector<EventRecord> events;  // merged within the document already
  std::vector<InstitutionMention> institutions;  // mechanisms and frameworks the story names
  std::string analysis_error;       // set when analysis failed: the story is stored without events
  // The stored JSON of `sentences` and `mentions`, when built beforehand by
  // PrepareForStore (off the writer's thread); Put builds it otherwise.
  std::string sentences_json, mentions_json;
};

// Builds what Put can build without the store, so that analysis threads do
// it rather than the single writer.
void PrepareForStore(AnalyzedDocument* doc);

enum class PutOutcome { kAdded, kReplaced, kUnchanged };

// The stored story a Put replaced: its place in ingest order and its origin.
struct ReplacedStory {
  int64_t seq = 0;
  std::string origin;
};

struct DocumentInfo {
  std::string id, title, source, url, published, published_from, dateline, dateline_date, agency, origin, lang;
  int inferred_year = 0;
  int sentences = 0;
  size_t bytes = 0;
};

struct SearchHit {
  std::string doc;
  std::string title;
  std::string snippet;  // original text around the first match, matches in [brackets]
  double rank = 0;
};

class DocumentStore {
 public:
  // Opens or creates the store at `path` and migrates its schema.
  static Result<std::unique_ptr<DocumentStore>> Open(const std::string& path, bool create = true,
                                                     bool read_only = false);

  // The stored content hash of `id`, "" when absent.
  Result<std::string> StoredHash(const std::string& id);
  // True when no document is stored.
  Result<bool> Empty();
  // The ingest order (seq) of the last document stored, 0 when none: a
  // replaced story with a greater seq was stored after this call.
  Result<int64_t> LastSeq();

  Status BeginBatch() { return db_->Begin(); }
  Status CommitBatch() { return db_->Commit(); }
  void RollbackBatch() { db_->Rollback(); }

  // Adds a document, replaces one with the same id and other content (with
  // everything derived from it), or does nothing for identical content.
  // REQUIRES: inside a batch. When the outcome is kReplaced and `replaced`
  // is given, it describes the story that was replaced.
  Result<PutOutcome> Put(const AnalyzedDocument& doc, ReplacedStory* replaced = nullptr);

  Status ListDocuments(const std::function<void(const DocumentInfo&)>& visit);
  // Full-text search over folded text; `query` is folded the same way.
  Result<std::vector<SearchHit>> Search(const std::string& query, int limit);

  Database* database() { return db_.get(); }

 private:
  explicit DocumentStore(std::unique_ptr<Database> db) : db_(std::move(db)) {}
  Status DeleteDocument(const std::string& id);
  Status DeleteFullText(const std::string& id);  // SQLite's FTS5 row of `id`
  Status PutEvents(const AnalyzedDocument& doc);

  std::unique_ptr<Database> db_;
};

}  // namespace dyad
