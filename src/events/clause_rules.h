// Clause-level facts about a verb in a sentence, read from the tokens: the
// voice, whether the clause is a question or a condition, and the modality
// cue that governs an act ("pledged to", "urged X to", "could").
//
// All functions are pure; token indices are absolute within the document.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "events/sentence_context.h"
#include "events/verb_patterns.h"

namespace dyad {

// "also", "later", "not", "reportedly": words that may stand between an
// auxiliary or a cue and its verb.
bool IsClauseAdverb(std::string_view w);

// The first token before `verb` that is not a clause adverb (>= begin).
uint32_t SkipAdverbsBack(const DocumentContext& ctx, uint32_t begin, uint32_t verb);

// The sentence asks a question ("Will China …?").
bool IsQuestion(const DocumentContext& ctx, uint32_t begin, uint32_t end);

// The sentence reports a score ("beat Japan 2-1") or a game between two
// states' teams ("the match between Brazil and Chile"): sports copy, where
// "sank", "routed" and "crushed" are no force and "demanded" no demand.
bool IsSportsCopy(const DocumentContext& ctx, uint32_t begin, uint32_t end);

// The verb stands in an "if"/"unless"/"whether" clause.
bool InCondition(const DocumentContext& ctx, uint32_t begin, uint32_t verb);

// The verb is a past participle after a form of "be" or "get" ("was rammed",
// "have been detained").
bool InPassive(const DocumentContext& ctx, uint32_t begin, uint32_t verb);

// The token is an inflected verb form that can be a participle ("rammed",
// "shot", "taken"), not "-ing" or "-s".
bool ParticipleForm(const DocumentContext& ctx, uint32_t token);
// The same from a word and its lemma; it depends on nothing else, so the word
// table remembers it per word (kWordParticiple).
bool ParticipleShape(std::string_view form, std::string_view lemma);

// The token is a verb form that is plainly past ("expelled", "struck"), not a
// base form that a past may share ("cut", "hit").
bool PastForm(const DocumentContext& ctx, uint32_t token);

// The verb's clause follows a condition put first: "If Riga expels Russian
// diplomats, Moscow will respond", "said that unless Kyiv withdrew, it would".
bool AfterCondition(const DocumentContext& ctx, uint32_t begin, uint32_t verb);

// The cue whose match ends right before `act` (adverbs between), or, for the
// "none" cues that deny or doubt an act, one earlier in the clause.
const PatternMatch* GoverningCue(const DocumentContext& ctx, uint32_t begin, const std::vector<PatternMatch>& cues,
                                 const PatternMatch& act);

// A "none_clause" cue (a denial, a report, an accusation) earlier in the
// act's clause, if any.
const PatternMatch* ClauseDoubt(const DocumentContext& ctx, const std::vector<PatternMatch>& cues,
                                const PatternMatch& act);

// The source of a passive whose agent follows the match: "was detained on
// Monday by Chinese police" -> the token range of "Chinese police".
bool PassiveAgent(const SentenceContext& sc, const DocumentContext& ctx, uint32_t from, uint32_t end, uint32_t* b,
                  uint32_t* e);

}  // namespace dyad
