// A call or meeting told after an act, in the same clause, frames it: "Biden
// warned Putin during a two-hour video call", "Abbas thanked Sanchez in a
// telephone call for Madrid's decision". The call is an event of its own, and
// its parties are the act's. (A call told before the act, "telephoned Erdogan
// to offer condolences", is kept beside the act in SelectMatches.)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor_resolver.h"
#include "events/sentence_context.h"
#include "events/verb_patterns.h"

namespace dyad {

// An act of the sentence coded as done, with its parties, that a later frame
// may belong to.
struct FramedAct {
  uint32_t end = 0;  // where the act's match ends
  std::vector<const ResolvedActor*> sources, targets;
};

// An act done to `targets` with `code` that a call told after it may frame:
// one said to a person ("warned Putin", "thanked Sanchez", "urged Xi to"), who
// is then on the call. A state named as the target ("accused Israel of …
// during a phone call") or a person an act is about ("criticised", "rejected
// Zelensky's plan") need not be on the call; a call or meeting frames no
// other (the "beside" rule of SelectMatches keeps those apart), nor does
// something done rather than said.
bool FramesCall(const std::string& code, const std::vector<const ResolvedActor*>& targets);

// The act that the frame at `frame` belongs to, or nullptr. The frame opens
// with "in" or "during" and names no party of its own after it ("with",
// "to", "between"); the act is the last one of `acts` ending before it,
// with nothing between the two that opens another clause or report ("that",
// "after", "which", "said", a semicolon or a quote).
const FramedAct* ActFramedBy(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& frame,
                             const std::vector<FramedAct>& acts);

// "Niinisto informed President Putin of Finland's intentions in a telephone
// call": with no coded act to frame, a call frames the clause of `source`
// and the person of another state it names before the call, with the same
// limits as ActFramedBy (and no comma between). nullptr when none.
const ResolvedActor* PersonFramedBy(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& frame,
                                    const ResolvedActor& source);

}  // namespace dyad
