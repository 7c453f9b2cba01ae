// Where the event coder puts what it codes: one record per interaction of a
// story, built once, with every sentence that mentions it as evidence, and
// a stable id.
#pragma once

#include <string>
#include <vector>

#include "actors/actor_resolver.h"
#include "dyad/records.h"
#include "events/codebook.h"
#include "events/verb_patterns.h"
#include "text/sentence_splitter.h"
#include "util/flat_map.h"

namespace dyad {

class DocumentContext;
class SentenceContext;

// An event's stable id: its story, where it is first said and what (the
// merge key), hashed; the same across runs and machines.
std::string EventId(std::string_view doc, int sentence, uint32_t start, std::string_view key);

class EventSink {
 public:
  EventSink(const DocumentContext& ctx, const Codebook& codebook, const ActorResolver& resolver)
      : ctx_(ctx), codebook_(codebook), resolver_(resolver) {}

  // `src` did `code` to `tgt` (nullptr: no target) as match `m` of sentence
  // `sc` says. Dropped when no state acts on another (a visit home, an actor
  // on itself); background, however old, keeps its own date; merged into the
  // record of the same interaction said before.
  void Add(const ResolvedActor& src, const ResolvedActor* tgt, const std::string& code, const SentenceContext& sc,
           const PatternMatch& m);

  const std::vector<EventRecord>& records() const { return out_; }
  // The records with their ids: the story, where the event is first said,
  // and what, hashed.
  std::vector<EventRecord> Finish() &&;

 private:
  const DocumentContext& ctx_;
  const Codebook& codebook_;
  const ActorResolver& resolver_;
  // Records are built in place in the output, their merge keys beside them.
  std::vector<EventRecord> out_;
  std::vector<std::string> keys_;
  // Only looked up (the order is the output's); its keys share one arena,
  // where a node map allocated a node and a string per record.
  FlatStringMap<size_t> by_key_;

  void AddEvidence(const SentenceSpan& span, int sentence, std::vector<Evidence>* out) const;
};

}  // namespace dyad
