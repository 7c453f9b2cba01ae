#include "events/conditional_threats.h"

#include <string_view>

#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/cue_scope.h"

namespace dyad {
namespace {

bool OpensCondition(std::string_view w) { return w == "if" || w == "unless"; }

// "if it had known", "unless Moscow had withdrawn": a condition on the past.
bool SpeaksOfThePast(const DocumentTokens& t, const ConditionClause& clause) {
  for (uint32_t i = clause.begin; i < clause.end; ++i) {
    if (t.text(i) == "had") return true;
  }
  return false;
}

// The condition runs from its "if" to the next punctuation of the sentence.
uint32_t ClauseEnd(const DocumentTokens& t, uint32_t from, uint32_t end) {
  for (uint32_t i = from; i < end; ++i) {
    std::string_view w = t.text(i);
    if (w == "," || w == ";" || w == ":" || w == "." || w == "\"") return i;
  }
  return end;
}

}  // namespace

bool OpenCondition(const DocumentContext& ctx, uint32_t begin, uint32_t end, uint32_t cue_begin, uint32_t act_end,
                   ConditionClause* clause) {
  const DocumentTokens& t = ctx.r.tokens;
  bool found = false;
  // After the act, in its clause: "could cut supplies to Moldova if it joins",
  // "…, Erdogan said, if the fighters stay". "as if" compares; a clause
  // joined by "but" or "while" is another statement.
  for (uint32_t i = act_end; i < end && !found; ++i) {
    std::string_view w = t.text(i);
    if (w == ";" || w == ":" || w == "but" || w == "while" || w == "although") break;
    if (OpensCondition(w) && !(i > begin && t.text(i - 1) == "as")) {
      *clause = {i + 1, ClauseEnd(t, i + 1, end)};
      found = true;
    }
  }
  // Put first: "If Kyiv strikes Russian territory, Moscow may respond".
  if (!found && AfterCondition(ctx, begin, cue_begin)) {
    for (uint32_t i = cue_begin; i > begin && !found; --i) {
      if (OpensCondition(t.text(i - 1))) {
        *clause = {i, ClauseEnd(t, i, cue_begin)};
        found = true;
      }
    }
  }
  return found && !SpeaksOfThePast(t, *clause);
}

std::string PossibleThreat(const SentenceContext& sc, const DocumentContext& ctx, const ModeTable& modes,
                           uint32_t begin, uint32_t end, const PatternMatch& possible, const PatternMatch* halt,
                           const PatternMatch& act, ConditionClause* clause) {
  const std::string& code = act.pattern->code;
  const std::string threatened = halt != nullptr ? CodeUnderCue(modes, CueMode::kHalt, code, false) : code;
  if (threatened.empty() || RootOf(threatened) < 14 || sc.Negated(possible.begin, act.end)) return "";
  if (!OpenCondition(ctx, begin, end, possible.begin, act.end, clause)) return "";
  return CodeUnderCue(modes, CueMode::kThreaten, threatened, false);
}

bool VoicedByOwnState(const SentenceContext& sc, const ResolvedActor& source) {
  const ResolvedActor* speaker = sc.SpeakerActor();
  return speaker != nullptr && !source.country.empty() && speaker->country == source.country;
}

std::vector<const ResolvedActor*> ConditionStates(const SentenceContext& sc, const ConditionClause& clause,
                                                  const std::string& own) {
  // The condition's subject, what it says that state might do: "if Canberra
  // kept pushing", "unless the United States lifts …"; not a state named
  // further on ("if the fighters stay in Syria" puts no demand on Syria).
  std::vector<const ResolvedActor*> states;
  for (uint32_t i = clause.begin; i < clause.end && i < clause.begin + 2; ++i) {
    const ActorChunk* c = sc.ChunkAt(i);
    if (c == nullptr) continue;
    if (c->modifier || c->place_like) break;
    for (const ResolvedActor& a : c->actors) {
      if (!a.country.empty() && a.country != own) states.push_back(&a);
    }
    break;
  }
  return states;
}

}  // namespace dyad
