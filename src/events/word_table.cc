#include "events/word_table.h"

#include <atomic>

#include "util/flat_map.h"

namespace dyad {

WordTable::WordTable(const Lemmatizer& lemmatizer, const VerbPatterns& patterns, Classifier classify)
    : lemmatizer_(lemmatizer), patterns_(patterns), classify_(std::move(classify)) {
  static std::atomic<uint64_t> next_id{1};
  id_ = next_id++;
}

WordInfo WordTable::Compute(std::string_view word) const {
  WordInfo info;
  std::string_view lemma = lemmatizer_.LemmaView(word);
  // LemmaView returns either `word` itself or a string the lemmatizer owns.
  if (lemma.data() != word.data()) info.lemma = lemmatizer_.Stored(lemma);
  info.form_id = patterns_.WordId(word);
  info.lemma_id = lemma == word ? info.form_id : patterns_.WordId(lemma);
  info.flags = classify_(word, lemma);
  return info;
}

WordInfo WordTable::Lookup(std::string_view word) const {
  // A few thousand words recur in every story; the bound keeps memory flat
  // on any corpus.
  thread_local uint64_t cache_owner = 0;
  thread_local FlatStringMap<WordInfo> cache;
  if (cache_owner != id_ || cache.size() > 200000) {
    cache.Clear();
    cache_owner = id_;
  }
  if (const WordInfo* hit = cache.Find(word)) return *hit;
  WordInfo info = Compute(word);
  cache.TryEmplace(word, info);
  return info;
}

}  // namespace dyad
