// Who did an act and to whom, as the clause tells it. The passive: "Y was received by X" (a
// pattern that writes its agent, "$S") and "Y was detained on Monday by
// Chinese police" (the passive the loader derives from an active pattern).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor_resolver.h"
#include "events/verb_patterns.h"

namespace dyad {

class DocumentContext;
class SentenceContext;

// Fills the act's sources and targets (the passive's subject is the target;
// its agent, or failing one the host or partner state, the source).
// `sentence_end` bounds the search for an agent after the match. Returns
// false when a derived passive has no source at all: the act codes nothing.
// REQUIRES: m.has_source or m.pattern->passive.
bool PassiveParties(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m, uint32_t sentence_end,
                    std::vector<const ResolvedActor*>* sources, std::vector<const ResolvedActor*>* targets,
                    bool* plural_subject, bool* has_target);

// The parties of an act in the active voice: the subject (and those it
// "followed" or "joined" in the act), and the pattern's target.
void ActiveParties(const SentenceContext& sc, const PatternMatch& m, const PatternMatch* cue, bool negated,
                   std::vector<const ResolvedActor*>* sources, std::vector<const ResolvedActor*>* targets,
                   bool* plural_subject);

// Two actors of two different, known states ("Armenia and Azerbaijan").
inline bool TwoStates(const std::vector<const ResolvedActor*>& actors) {
  return actors.size() == 2 && !actors[0]->country.empty() && !actors[1]->country.empty() &&
         actors[0]->country != actors[1]->country;
}

// "Foreign ministers Huang Hua and Sunao Sonoda signed a treaty of peace and
// friendship between China and Japan": the two states named after "between"
// right after an act's noun (token `from`) or its "of", "on" or "for" phrase;
// empty otherwise. The coder asks it of a signing whose doers resolve to no
// state or to one of the two ("ruled out a formal meeting between" is no
// meeting held).
std::vector<const ResolvedActor*> PartiesBetween(const SentenceContext& sc, const DocumentContext& ctx, uint32_t from);

// "The agreement was signed in Beijing on Friday": a mutual act told done in
// the passive with no agent (match `m`: the noun, "was", the participle) is
// the story's two parties' (those of its latest act done both ways, else its
// two most named states). Fills `sources` with them and sets
// `plural_subject`, or leaves both.
void StoryPairParties(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m,
                      uint32_t sentence_end, std::vector<const ResolvedActor*>* sources, bool* plural_subject);

// What the governing cue's mode makes of the parties: an appeal or a demand
// is made of the one urged (or, an order to the state's own forces, is its
// own act, `code` then `own_act`: the act's, or the halt of it), "prompting X
// to" makes X the doer, "X must" the speaker's demand of X. Returns false when
// the act codes nothing.
bool CueParties(const SentenceContext& sc, const PatternMatch& m, const PatternMatch* cue, CueMode mode, bool negated,
                const std::string& own_act, std::string* code, std::vector<const ResolvedActor*>* sources,
                std::vector<const ResolvedActor*>* targets, bool* has_target);

}  // namespace dyad
