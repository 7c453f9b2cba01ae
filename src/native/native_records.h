// The events of one Vietnamese or Chinese story as records: each act between
// two actors on a day once, with every sentence that tells it.
//
// Thread safety: one builder per story.
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/actor_resolver.h"
#include "dyad/document.h"
#include "dyad/records.h"
#include "events/codebook.h"
#include "native/native_dates.h"
#include "text/sentence_splitter.h"

namespace dyad {

// The doers of the acts a story has told so far, for a reaction that points
// back at one ("Trung Quốc lên án động thái này", "泰国外长对此表示遗憾").
class ToldActs {
 public:
  using Pair = std::pair<const ResolvedActor*, const ResolvedActor*>;
  // The acts of one pattern, coded `code`, told by sentence `sentence`: who did them.
  void Add(const std::vector<Pair>& pairs, const CameoCode& code, int sentence);
  // The doers of the latest act told in this sentence or the two before it
  // by a state none of `subject` belongs to (one reacts to another's act): of
  // one of `roots` when the reaction names the act
  // ("lên án cuộc tập trận"); else, for a `hostile` reaction, any act but a
  // friendly one done to the subject, and for a friendly one a friendly act.
  std::vector<const ResolvedActor*> DoersOfLatest(const std::vector<const ResolvedActor*>& subject, bool hostile,
                                                  const std::vector<std::string>& roots, int sentence) const;

 private:
  struct Told {
    int sentence;
    bool hostile;
    std::string root;
    std::vector<const ResolvedActor*> doers;
    std::vector<std::string> targets;  // their states
  };
  std::vector<Told> told_;
};

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
