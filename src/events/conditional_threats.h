// Threats told as possibilities: a conflict act under "could", "might" or
// "may" (modality.tsv's "possible") on a condition is a threat when the
// acting state voices it: "Trump said he could withhold aid from Jordan if it
// refused …", "If Seoul deploys the system, China may impose sanctions on
// South Korea, the ministry said". The same words said by no one of that state
// ("Analysts said Russia could cut gas supplies if …"), with no condition, or
// with a condition about the past ("if it had known") are speculation: no act.
#pragma once

#include <cstdint>
#include <vector>

#include "actors/actor_resolver.h"
#include "events/mode_table.h"
#include "events/sentence_context.h"
#include "events/verb_patterns.h"

namespace dyad {

// The token range of an "if"/"unless" clause.
struct ConditionClause {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// The open condition of an act whose cue starts at `cue_begin` and whose match
// ends at `act_end` in the sentence [begin, end): an "if"/"unless" clause after
// the act, in its clause, or one put first and closed by a comma before the
// cue. false when there is none or when it speaks of the past ("if Kyiv had
// attacked", "unless it had"): what would have been is no threat.
bool OpenCondition(const DocumentContext& ctx, uint32_t begin, uint32_t end, uint32_t cue_begin, uint32_t act_end,
                   ConditionClause* clause);

// The threat (13x) that `act`, under the possibility cue `possible` (and the
// halt cue `halt` between them, if any: "may cut off gas supplies" threatens
// the cut, 163), makes in the sentence [begin, end), with its condition in
// `clause`; "" when the act is no conflict act (roots 14-20), is negated
// ("could not") or stands on no open condition.
std::string PossibleThreat(const SentenceContext& sc, const DocumentContext& ctx, const ModeTable& modes,
                           uint32_t begin, uint32_t end, const PatternMatch& possible, const PatternMatch* halt,
                           const PatternMatch& act, ConditionClause* clause);

// The threat is voiced by the source's own state: the sentence's speaker
// ("…, Medvedev said", "Trump said he could …") is of the source's country.
bool VoicedByOwnState(const SentenceContext& sc, const ResolvedActor& source);

// The states the condition's subject names other than `own`: whom a threat
// with no target of its own is made against ("… could retaliate if Manila
// keeps …").
std::vector<const ResolvedActor*> ConditionStates(const SentenceContext& sc, const ConditionClause& clause,
                                                  const std::string& own);

}  // namespace dyad
