// What an event of cooperation promises or carries forward (issue 13): for
// each topic its sentence names, the object as written ("standard-gauge
// railways linking Viet Nam and China"), the project it names (the
// capitalised words before the topic's phrase that name no actor but may name
// places: "Lao Cai-Hanoi-Hai Phong"), and the stage the event says it reached, from the
// words of data/relations/commitment_stages.tsv or, failing them, its code.
//
// Thread safety: Find is const and may run on many threads at once.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_resolver.h"
#include "dyad/records.h"
#include "dyad/status.h"
#include "relations/phrase_index.h"
#include "relations/topic_list.h"

namespace dyad {

struct CommitmentStage {
  std::string id;
  int order = 0;  // 1-6 along the way from proposal to completion; 0 for delays, cancellations, reaffirmations
};

class CommitmentFinder {
 public:
  // Reads commitment_stages.tsv; a bad line names file and line.
  static Result<CommitmentFinder> Load(const std::string& path);

  const std::vector<CommitmentStage>& stages() const { return stages_; }
  const CommitmentStage* Stage(std::string_view id) const;

  // The commitments event `e` speaks of in its sentence, tokens [begin, end)
  // of `r`, whose topic phrases are `topic_hits`; none for an event that is
  // not cooperation (roots 02-08) or whose stage neither words nor code tell.
  // `is_place` says whether a folded word names a place the gazetteer knows
  // (a city, a capital), which may name a project though it is an actor.
  using IsPlace = std::function<bool(std::string_view)>;
  std::vector<CommitmentMention> Find(const ResolvedDocument& r, std::string_view raw, uint32_t begin, uint32_t end,
                                      const EventRecord& e, const std::vector<PhraseIndex::Hit>& topic_hits,
                                      const TopicList& topics, const IsPlace& is_place) const;

 private:
  std::vector<CommitmentStage> stages_;
  PhraseIndex index_;  // payload: index into stages_
};

}  // namespace dyad
