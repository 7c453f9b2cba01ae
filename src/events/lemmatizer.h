// Verb and noun lemmas for pattern matching, from an exception list
// (data/events/irregular_verbs.tsv) and suffix rules checked against the
// words the patterns use, so "criticised", "criticizes" and "criticizing" all
// become "criticize" and "held" becomes "hold".
//
// Thread safety: immutable after construction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "dyad/status.h"

namespace dyad {

class Lemmatizer {
 public:
  // `vocabulary`: the lemmas worth finding (every word the patterns use).
  Lemmatizer(std::unordered_map<std::string, std::string> irregular, std::unordered_set<std::string> vocabulary);

  static Result<std::unordered_map<std::string, std::string>> LoadIrregular(const std::string& path);

  // The lemma of a folded word, or the word itself when no rule leads to a
  // vocabulary word.
  std::string Lemma(std::string_view word) const;

  // The same, without a copy: a view of `word` itself or of a string this
  // lemmatizer owns (valid as long as it lives).
  std::string_view LemmaView(std::string_view word) const;

  // The lemmatizer's own copy of a lemma LemmaView returned that is not the
  // word itself: a pointer that stays valid as long as the lemmatizer.
  const std::string* Stored(std::string_view lemma) const;

 private:
  bool Known(const std::string& w) const { return vocabulary_.count(w) > 0; }
  std::string Compute(const std::string& w) const;
  // The vocabulary word a suffix rule leads to, "" if none.
  std::string ComputeByRule(const std::string& w) const;
  std::unordered_map<std::string, std::string> irregular_;
  std::unordered_set<std::string> vocabulary_;
  std::unordered_set<std::string> lemmas_;  // every lemma other than the word itself: stable storage for views
  uint64_t id_;  // tells per-thread caches of different lemmatizers apart
};

}  // namespace dyad
