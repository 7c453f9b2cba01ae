// The per-document pipeline after reading: content hash, sentences, folded
// text for search, actor mentions and coded events.
//
// Thread safety: Analyze is const and may run on many threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "events/pair_events.h"
#include "store/document_store.h"

namespace dyad {

class Analyzer {
 public:
  // Loads the dictionaries under `data_dir`; a bad line names file and line.
  static Result<std::unique_ptr<Analyzer>> Create(const std::string& data_dir);
  ~Analyzer();

  // The content hash of a document's input fields (what "same content" means).
  static std::string ContentHash(const Document& doc);

  AnalyzedDocument Analyze(Document doc) const;

  // Only the coded events, as Analyze would give them: for `dyad code`, which
  // stores nothing, so no hash, mentions or folded text for search.
  std::vector<EventRecord> CodeEvents(Document doc, std::string* error = nullptr) const;

  // The pair model's candidate pairs with their features, for `dyad learn`.
  std::vector<PairInstance> PairInstances(Document doc) const;

 private:
  Analyzer();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad
