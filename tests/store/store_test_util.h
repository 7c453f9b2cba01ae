// Builders shared by the store tests: documents analysed the way the engine
// does it (sentences, folded text), without the engine.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "store/document_store.h"
#include "text/folding.h"
#include "text/sentence_splitter.h"
#include "util/hash.h"

namespace dyad::testing {

inline AnalyzedDocument Analyzed(const std::string& id, const std::string& text, const std::string& title = "") {
  AnalyzedDocument a;
  a.doc.id = id;
  a.doc.title = title;
  a.doc.text = text;
  a.doc.origin = id + ".txt";
  a.doc.body_begin = 0;
  a.doc.body_end = static_cast<uint32_t>(text.size());
  a.hash = Hex64(Fnv1a64(text, Fnv1a64(title)));
  a.sentences = SplitSentences(text);
  a.folded_title = FoldString(title);
  a.folded_body = FoldString(text);
  return a;
}

// An event `source` -> `target` (country codes) with one piece of evidence:
// the first sentence of the document.
inline EventRecord Event(const AnalyzedDocument& a, const std::string& source, const std::string& target,
                         const std::string& cameo, const std::string& date, const std::string& date_end = "") {
  static int serial = 0;
  EventRecord e;
  e.event_id = "ev-test-" + std::to_string(++serial);  // the coder names events; here a serial does
  e.doc = a.doc.id;
  e.date = date;
  e.date_end = date_end;
  e.date_precision = date_end.empty() ? (date.size() == 10 ? "day" : date.size() == 7 ? "month" : "") : "range";
  e.source = {source, source, source, ""};
  e.target = {target, target, target, ""};
  e.cameo = cameo;
  e.root = cameo.substr(0, 2);
  e.cameo_name = "test event";
  SentenceSpan s = a.sentences.empty() ? SentenceSpan{0, 0} : a.sentences[0];
  e.evidence.push_back({a.doc.id, 0, s.begin, s.end, a.doc.text.substr(s.begin, s.end - s.begin)});
  return e;
}

inline int64_t CountRows(DocumentStore* store, const std::string& sql, const std::string& param = "") {
  Result<Statement> st = store->database()->Prepare(sql);
  EXPECT_TRUE(st.ok()) << st.status().ToString();
  if (!st.ok()) return -1;
  if (!param.empty()) st->Bind(1, param);
  int64_t n = st->Step() ? st->ColumnInt(0) : -1;
  EXPECT_TRUE(st->status().ok()) << st->status().ToString();
  return n;
}

inline PutOutcome MustPut(DocumentStore* store, const AnalyzedDocument& a) {
  EXPECT_TRUE(store->BeginBatch().ok());
  Result<PutOutcome> put = store->Put(a);
  EXPECT_TRUE(put.ok()) << put.status().ToString();
  EXPECT_TRUE(store->CommitBatch().ok());
  return put.ok() ? *put : PutOutcome::kUnchanged;
}

}  // namespace dyad::testing
