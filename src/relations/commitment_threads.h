// Commitments followed across stories (issue 13): the commitments a pair's
// events speak of, joined when pair and key agree — the key is the topic and
// the project the object names ("railways", "railways/lao cai hai phong") —
// into one commitment with the stage it has reached and a timeline of every
// event and story that speaks of it. A mention that names no project joins
// the topic's own thread, never a named project's: precision before recall.
#pragma once

#include <string>
#include <vector>

#include "dyad/records.h"
#include "relations/commitment_finder.h"

namespace dyad {

struct CommitmentStep {
  std::string date;  // the event's date, "" when unknown
  std::string stage, object;
  std::string doc, event_id, cameo, source, target;
};

struct Commitment {
  std::string key;      // topic, or topic/project
  std::string topic, project;
  std::string object;   // as first written
  std::string status;   // the stage reached (see Follow)
  std::vector<CommitmentStep> timeline;  // undated steps first, then by date
  std::vector<std::string> docs;         // every story that speaks of it, in timeline order
  std::vector<std::string> frameworks;   // the frameworks its events' sentences invoke, sorted
  bool open() const { return status != "completed" && status != "cancelled"; }
};

// The commitments of `events` (one pair's), by key. The status is the
// furthest step reached (proposed … completed); a delay or cancellation
// stands until a later step; a reaffirmation changes nothing.
std::vector<Commitment> FollowCommitments(const std::vector<EventRecord>& events, const CommitmentFinder& stages);

}  // namespace dyad
