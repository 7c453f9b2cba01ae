// The events of one Vietnamese or Chinese story as records: each act between
// two actors on a day once, with every sentence that tells it.
//
// Thread safety: one builder per story.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/actor_resolver.h"
#include "dyad/document.h"
#include "dyad/records.h"
#include "events/codebook.h"
#include "native/native_dates.h"
#include "text/sentence_splitter.h"

namespace dyad {

class NativeRecordBuilder {
 public:
  NativeRecordBuilder(const Document& doc, const Codebook& codebook, const ActorDictionary& dict)
      : doc_(doc), codebook_(codebook), dict_(dict) {}

  // Records `src` doing `code` to `tgt` on `date` (none: the story's day) as
  // sentence `sentence` tells it; an act already recorded gains the evidence.
  void Add(const ResolvedActor& src, const ResolvedActor& tgt, const std::string& code, const NativeDate* date,
           Day story_day, const SentenceSpan& span, int sentence);

  // The records, each with its event id.
  std::vector<EventRecord> Finish() &&;

 private:
  const Document& doc_;
  const Codebook& codebook_;
  const ActorDictionary& dict_;
  std::vector<EventRecord> out_;
  std::vector<std::string> keys_;                  // per record: who, whom, what, when
  std::unordered_map<std::string, size_t> index_;  // key -> its record
};

}  // namespace dyad
