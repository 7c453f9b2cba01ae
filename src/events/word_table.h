// What the event coder needs to know about a word, computed once per
// distinct word and remembered per thread: its lemma, the pattern ids of
// lemma and form, and a few caller-defined flags. One look-up per token
// replaces a lemma look-up, two pattern-word look-ups and the set look-ups
// of the per-sentence rules.
//
// Thread safety: Lookup is const and safe concurrently (the cache is
// thread_local, bounded, and tied to this table).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "events/lemmatizer.h"
#include "events/verb_patterns.h"

namespace dyad {

struct WordInfo {
  const std::string* lemma = nullptr;  // owned by the lemmatizer; nullptr: the word itself
  uint32_t lemma_id = 0;               // VerbPatterns::WordId of the lemma
  uint32_t form_id = 0;                // VerbPatterns::WordId of the word
  uint8_t flags = 0;                   // what the classifier said
};

class WordTable {
 public:
  // `classify(form, lemma)` gives the flags of a word; it must depend on
  // nothing else. The lemmatizer and patterns must outlive the table.
  using Classifier = std::function<uint8_t(std::string_view form, std::string_view lemma)>;
  WordTable(const Lemmatizer& lemmatizer, const VerbPatterns& patterns, Classifier classify);

  WordInfo Lookup(std::string_view word) const;
  // The pattern id of a word or word class ("#many"), 0 if no pattern uses it.
  uint32_t PatternWordId(std::string_view word) const { return patterns_.WordId(word); }

 private:
  WordInfo Compute(std::string_view word) const;
  const Lemmatizer& lemmatizer_;
  const VerbPatterns& patterns_;
  Classifier classify_;
  uint64_t id_;  // tells per-thread caches of different tables apart
};

}  // namespace dyad
