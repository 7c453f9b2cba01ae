// Events reported by a noun: "new US sanctions on Iran", "Japan's protest to
// China", "talks between India and China", "the China-Japan talks". The
// source owns the noun (a country word, a possessive, a hyphenated pair written
// before it); with no owner, two actors in the target slot act each way.
#pragma once

#include <span>
#include <utility>
#include <vector>

#include "events/sentence_context.h"
#include "events/verb_patterns.h"

namespace dyad {

using ActorPair = std::pair<const ResolvedActor*, const ResolvedActor*>;  // source, target

// The (source, target) pairs of a nominal match; empty when the text names no
// source or the parties are one state. `sentence_events` are the records
// coded so far in the match's sentence (talks with no one named, told as
// the occasion of a mutual act, are between that act's parties).
std::vector<ActorPair> NominalParties(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m,
                                      std::span<const EventRecord> sentence_events = {});

}  // namespace dyad
