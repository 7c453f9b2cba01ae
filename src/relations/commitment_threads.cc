#include "relations/commitment_threads.h"

#include <algorithm>
#include <map>

namespace dyad {

std::vector<Commitment> FollowCommitments(const std::vector<EventRecord>& events, const CommitmentFinder& stages) {
  std::map<std::string, Commitment> by_key;
  for (const EventRecord& e : events) {
    for (const CommitmentMention& m : e.commitments) {
      const std::string key = m.project.empty() ? m.topic : m.topic + "/" + m.project;
      Commitment& c = by_key[key];
      c.key = key;
      c.topic = m.topic;
      c.project = m.project;
      // One sentence that codes both directions of a mutual act is one step.
      const std::string doc = e.evidence.empty() ? e.doc : e.evidence.front().doc;
      auto same = [&](const CommitmentStep& s) {
        return s.doc == doc && s.date == e.date && s.stage == m.stage && s.object == m.object;
      };
      for (const std::string& f : e.frameworks) {
        if (std::find(c.frameworks.begin(), c.frameworks.end(), f) == c.frameworks.end()) c.frameworks.push_back(f);
      }
      if (std::any_of(c.timeline.begin(), c.timeline.end(), same)) continue;
      c.timeline.push_back({e.date, m.stage, m.object, doc, e.event_id, e.cameo, e.source.country, e.target.country});
    }
  }
  std::vector<Commitment> out;
  for (auto& [key, c] : by_key) {
    std::sort(c.frameworks.begin(), c.frameworks.end());
    std::stable_sort(c.timeline.begin(), c.timeline.end(),
                     [](const CommitmentStep& a, const CommitmentStep& b) { return a.date < b.date; });
    int reached = 0;
    for (const CommitmentStep& s : c.timeline) {
      if (c.object.empty()) c.object = s.object;
      if (std::find(c.docs.begin(), c.docs.end(), s.doc) == c.docs.end()) c.docs.push_back(s.doc);
      const CommitmentStage* stage = stages.Stage(s.stage);
      if (stage == nullptr) continue;
      if (stage->order > 0) {
        // A step forward, or the way on after a delay or cancellation.
        if (stage->order > reached || c.status == "delayed" || c.status == "cancelled") {
          c.status = stage->id;
          reached = std::max(reached, stage->order);
        }
      } else if (s.stage != "reaffirmed") {
        c.status = s.stage;
      } else if (c.status.empty()) {
        c.status = "pledged";  // reaffirmed before we saw it made: it was pledged
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace dyad
