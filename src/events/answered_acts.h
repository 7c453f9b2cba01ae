// A reaction answers the doer of an act told before it in the same sentence:
// "The Iranian navy seized a tanker, the US Navy said, calling the seizure a
// violation of international law" (the US at Iran, not at the Gulf of Oman),
// "Pakistan began deporting Afghans, and the Taliban called the expulsions
// cruel". The act's noun ("the seizure") or the clause itself is the
// reaction's object; its doer is the one the sentence named for that act.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor_resolver.h"
#include "events/sentence_context.h"
#include "events/verb_patterns.h"

namespace dyad {

// An act of the sentence with the states that did it; none when its doer is
// an actor of no state ("Gunmen killed three workers").
struct ToldAct {
  uint32_t end = 0;  // where the act's match ends
  std::vector<std::string> doers;
  std::vector<std::string> targets;  // the states it was done to
};

// A reaction (demands, disapproval, rejection: roots 10-12) answers an act;
// it is none that a later reaction answers: "Seoul and Tokyo condemned the
// test, with Abe calling it unacceptable" are allies.
bool AnswersAnAct(const std::string& code);

// True when `m` ends "in response", "in retaliation" or "in reprisal": its
// act answers one told before it.
bool EndsInResponse(const DocumentTokens& t, const PatternMatch& m);

// Whether the clause of act `m` names its doer, and as none of a state: a
// noun phrase before a finite verb with no actor and no state's name,
// capital or adjective ("Gunmen killed …", "Masked pirates seized …"), for
// force and coercion (roots 13-20), the acts a reaction answers. Not a
// gerund (", completing an annexation": its subject was missed), a pronoun
// or a relative ("it", "who": a state, perhaps), an actor the subject rules
// passed over, nor "Russian-installed authorities" (a state's men the
// dictionary lacks).
bool DoneByNoState(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m);

// Tells act `m` (code `code`) to the reactions after it, with its doers and
// targets among `sources` and `targets`: a reaction is no act a later
// reaction answers. With no source at all ("Gunmen killed four engineers",
// "… were killed on Monday"), the act is told as done by no state: a
// reaction to it ("and Beijing condemned the attack") names no doer, so it
// codes nothing rather than falling back to a place or the story's other
// state.
void TellAct(const PatternMatch& m, const std::string& code, const std::vector<const ResolvedActor*>& sources,
             const std::vector<const ResolvedActor*>& targets, std::vector<ToldAct>* told);

// The act that reaction `m` by the state `source` answers: the last of `told` ending
// before it whose doers are not all the source's state or its `allies`
// (fellow subjects). nullptr when there is none, or when the reaction names
// a state itself ("condemned Russia's strikes", "the Chinese drills"): that
// owner is its party (SentenceContext::Partner). Nor when the reaction is a
// participle (", warning that …") and its source was the act's target: a
// participle shares its main clause's subject, so that source is misread.
const ToldAct* ActAnswered(const DocumentContext& ctx, const PatternMatch& m, const ResolvedActor& source,
                           const std::vector<const ResolvedActor*>& allies,
                           const std::vector<ToldAct>& told);

}  // namespace dyad
