// The events one pattern match gives, once its parties are known: to its
// targets, between the members of a plural subject ("X and Y held talks"),
// to the other party of the story or sentence, to the dateline's state, or
// to nobody, as the pattern's flag says.
#pragma once

#include <string>
#include <vector>

#include "actors/actor_resolver.h"
#include "events/answered_acts.h"
#include "events/event_sink.h"
#include "events/framed_acts.h"
#include "events/sentence_context.h"
#include "events/verb_patterns.h"

namespace dyad {

// Who a match was read with.
struct MatchParties {
  std::vector<const ResolvedActor*> sources, targets;
  bool plural_subject = false;    // the subject is a list ("X and Y")
  bool has_target = false;        // the targets are the act's own
  bool host_of_occasion = false;  // a host of others' talks: they travel, but the story tells the talks
};

// Adds the events of match `m`, coded `code`, to `sink`; true if any. An act
// `done_then` with persons as targets is remembered in `framed` for a call
// told after it (framed_acts.h); every act but a reaction is remembered in
// `told` for a reaction told after it (answered_acts.h).
bool AddMatchEvents(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m,
                    const std::string& code, const MatchParties& parties, bool done_then,
                    std::vector<FramedAct>* framed, std::vector<ToldAct>* told, EventSink* sink);

}  // namespace dyad
