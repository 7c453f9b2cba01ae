// SentenceContext (sentence_context.h): the states a subject followed or
// joined in its act ("followed Mali in cutting ties", "with Japan"), an act
// told as repeated ("also expelled"), and the clause and date bounds they need.
#include "events/sentence_context.h"
#include "events/act_kinds.h"
#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/verb_classes.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {

bool SentenceContext::RepeatsAct(const PatternMatch& m) const {
  const DocumentTokens& t = ctx_.r.tokens;
  // "has also withdrawn", "likewise expelled": an adverb within the verb
  // group before the match.
  for (uint32_t i = m.begin; i > begin_ && m.begin - i < 3; --i) {
    std::string_view w = t.text(i - 1);
    if (w == "also" || w == "likewise" || w == "similarly") return true;
    if (!t.tokens[i - 1].is_word) break;
  }
  // "expelled its ambassador too", "… as well".
  if (m.end < end_ && (t.text(m.end) == "too" || (t.text(m.end) == "as" && m.end + 1 < end_ &&
                                                    t.text(m.end + 1) == "well"))) {
    return true;
  }
  return false;
}

bool SentenceContext::OpensClause(uint32_t token) const {
  const DocumentTokens& t = ctx_.r.tokens;
  uint32_t i = token;
  while (i > begin_ && IsDeterminer(t.text(i - 1))) --i;
  if (i < begin_ + 2) return false;
  std::string_view w = t.text(i - 1), before = t.text(i - 2);
  return (before == "," && (w == "and" || w == "while" || w == "but" || w == "whereas")) || w == ";";
}

uint32_t SentenceContext::DateEndingAt(uint32_t end) const {
  if (dates_ == nullptr) return end;
  for (const DateMention& d : *dates_) {
    if (d.end == end && d.begin > begin_) return ctx_.r.tokens.text(d.begin - 1) == "on" ? d.begin - 1 : d.begin;
  }
  return end;
}

std::vector<const ResolvedActor*> SentenceContext::FellowDoers(uint32_t act, uint32_t* verb_at) const {
  const DocumentTokens& t = ctx_.r.tokens;
  if (act < begin_ + 3 || t.text(act - 1) != "in" || !HasIngVerbShape(t.text(act))) return {};
  // The list of actors ends at "in", or at "'s lead" / "'s example" before
  // it, or at a date before it ("followed Mali on Tuesday in cutting").
  uint32_t list_end = DateEndingAt(act - 1);
  if (list_end >= begin_ + 3 && (t.text(list_end - 1) == "lead" || t.text(list_end - 1) == "example") &&
      t.text(list_end - 2) == "'s") {
    list_end -= 2;
  }
  // The first item whose list ends there opens the list.
  for (uint32_t i = list_end > begin_ + 12 ? list_end - 12 : begin_; i < list_end; ++i) {
    if (ctx_.actor_end[i] != list_end) continue;
    uint32_t verb = i;
    if (verb > begin_ && t.text(verb - 1) == "the") --verb;
    if (verb <= begin_ || !ctx_.verb_classes.IsFellow(t.text(verb - 1))) return {};
    *verb_at = verb - 1;
    std::vector<const ResolvedActor*> out;
    for (const ResolvedActor* a : ActorsAt(i, list_end)) {
      if (!a->country.empty()) out.push_back(a);
    }
    return out;
  }
  return {};
}

uint32_t SentenceContext::WithAfterAct(const PatternMatch& m) const {
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t i = m.end; i < end_ && i < m.end + 4; ++i) {
    if (ctx_.punct[i] != 0 || ChunkAt(i) != nullptr) return 0;
    std::string_view w = t.text(i);
    // "talks on trade with Russia", "a summit in Paris with …": the "with"
    // phrase belongs to another noun than the act.
    if (w == "on" || w == "about" || w == "over" || w == "for" || w == "of" || w == "in" || w == "at" || w == "to" ||
        w == "and" || w == "or") {
      return 0;
    }
    if (w == "with") return i;
  }
  return 0;
}

std::vector<const ResolvedActor*> SentenceContext::WithThirdParty(const PatternMatch& m,
                                                                  const std::vector<const ResolvedActor*>& allies) const {
  const DocumentTokens& t = ctx_.r.tokens;
  const uint32_t with = WithAfterAct(m);
  if (with == 0) return {};
  uint32_t j = with + 1;
  while (j < end_ && IsDeterminer(t.text(j))) ++j;
  const ActorChunk* c = ChunkAt(j);
  if (c == nullptr || c->begin != j || c->place_like || c->modifier) return {};
  std::vector<const ResolvedActor*> out;
  for (const ResolvedActor* a : ActorsAt(j, ctx_.actor_end[j] != 0 ? ctx_.actor_end[j] : c->end)) {
    bool ally = false;
    for (const ResolvedActor* b : allies) ally = ally || b->country == a->country;
    if (!a->country.empty() && !ally) out.push_back(a);
  }
  return out;
}

bool SentenceContext::WithFoe(const PatternMatch& m) const {
  const DocumentTokens& t = ctx_.r.tokens;
  const uint32_t with = WithAfterAct(m);
  if (with == 0) return false;
  uint32_t j = with + 1;
  while (j < end_ && IsDeterminer(t.text(j))) ++j;
  for (const uint32_t last = j + 3; j < end_ && j < last && t.tokens[j].is_word && ChunkAt(j) == nullptr; ++j) {
    if (ctx_.verb_classes.IsFoe(t.text(j))) return true;
  }
  return false;
}

bool SentenceContext::WithUnnamedParty(const PatternMatch& m) const {
  const DocumentTokens& t = ctx_.r.tokens;
  const uint32_t with = WithAfterAct(m);
  // "with the Pacific nation", "with the military junta": a state the act
  // names and coreference could not tell ("with the East African pipeline"
  // names no party).
  if (with == 0 || with + 1 >= end_ || t.text(with + 1) != "the") return false;
  const ActorChunk* c = ChunkAt(with + 1);
  if (c != nullptr && !c->actors.empty()) return false;
  for (uint32_t j = with + 2; j < end_ && j < with + 6 && t.tokens[j].is_word; ++j) {
    std::string_view n = t.text(j);
    if (n == "nation" || n == "country" || n == "state" || n == "kingdom" || n == "republic" || n == "island" ||
        n == "government" || n == "regime" || n == "junta" || n == "neighbour" || n == "neighbor") {
      return true;
    }
  }
  return false;
}

}  // namespace dyad
