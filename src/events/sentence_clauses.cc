// SentenceContext (sentence_context.h): how a clause hangs on the sentence
// around it, for Subject (sentence_subject.cc): a second predicate or a
// participle sharing the main subject, the main clause's subject and its
// list, a relative insert after an actor, a noun phrase opened by a
// preposition.
#include "events/sentence_context.h"

#include "events/clause_rules.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {

bool SentenceContext::ConjoinedVerb(uint32_t verb, uint32_t* before_out) const {
  // "…, and accused Y of …": a second predicate shares the main subject.
  uint32_t before = verb;
  while (before > begin_ && IsAdverb(ctx_.r.tokens.text(before - 1))) --before;
  *before_out = before;
  // "boarded Philippine boats and seized …", ", and accused …", ", accusing
  // Tokyo of …": a second predicate or a participle shares the clause's
  // subject, not the object of the first verb. "and" after an actor joins
  // actors instead ("China and Vietnam signed").
  if (before <= begin_ + 1) return false;
  // "Iraqi troops and tanks rolled into …": a pattern that opens with the
  // doer's own noun, inside an actor's words, is no second predicate.
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.begin < verb && verb < c.end) return false;
  }
  std::string_view prev = ctx_.r.tokens.text(before - 1);
  bool inflected = ctx_.lemmas[verb] != ctx_.r.tokens.text(verb);
  if ((prev == "and" || prev == "but") && ctx_.r.tokens.text(before - 2) == ",") return true;
  if ((prev == "and" || prev == "but") && inflected && !EndsActor(before - 1)) return true;
  std::string_view form = ctx_.r.tokens.text(verb);
  // ", during a telephone conversation with X": a frame after the comma
  // hangs on the clause before it, as a participle does.
  bool frame = form == "during" || form == "in";
  return prev == "," && (HasIngVerbShape(form) || frame);
}

bool SentenceContext::NounPhraseOpensAt(uint32_t from, uint32_t noun) const {
  // "after nine months of talks", "after two rounds of fighting": a span
  // of the noun's time first.
  if (noun >= from + 3 && ctx_.r.tokens.text(from + 2) == "of" && IsTimeSpanUnit(ctx_.r.tokens.text(from + 1))) {
    from += 3;
  }
  if (noun < from || noun > from + 2) return false;
  // Determiners and adjectives, then a word that is no verb form.
  auto verb_form = [&](uint32_t i) {
    std::string_view w = ctx_.r.tokens.text(i);
    return HasPastShape(w) || HasIngVerbShape(w);
  };
  for (uint32_t i = from; i < noun; ++i) {
    std::string_view w = ctx_.r.tokens.text(i);
    if (ChunkAt(i) != nullptr || ctx_.r.tokens.capitalized[i] || !ctx_.r.tokens.tokens[i].is_word) return false;
    if (!IsDeterminer(w) && verb_form(i)) return false;
  }
  return ChunkAt(noun) == nullptr && !verb_form(noun);
}

std::vector<const ResolvedActor*> SentenceContext::MainClauseSubject(const PatternMatch& m, bool* plural) const {
  uint32_t before = 0;
  if (!ConjoinedVerb(m.begin, &before)) return {};
  const ActorChunk* main = MainSubject(m.begin);
  if (main == nullptr || main->end > before - 1) return {};
  std::vector<const ResolvedActor*> out;
  for (const ResolvedActor& a : main->actors) out.push_back(&a);
  // "India and China held talks … and agreed …", "Saudi Arabia, the UAE,
  // Bahrain and Egypt cut ties …, accusing …": the whole list.
  const DocumentTokens& t = ctx_.r.tokens;
  for (const ActorChunk* c = main; c != nullptr && c->end < before;) {
    uint32_t i = c->end;
    bool joined = false;
    while (i < before && (t.text(i) == "," || t.text(i) == "and" || t.text(i) == "the")) {
      joined = joined || t.text(i) == "and" || t.text(i) == ",";
      ++i;
    }
    const ActorChunk* next = joined && i < before ? ChunkAt(i) : nullptr;
    if (next == nullptr || next->begin != i || !Eligible(*next)) break;
    for (const ResolvedActor& a : next->actors) out.push_back(&a);
    // The list ends at its "and".
    bool last = false;
    for (uint32_t j = c->end; j < i; ++j) last = last || t.text(j) == "and";
    c = last ? nullptr : next;
  }
  *plural = out.size() > 1;
  return out;
}

std::vector<const ResolvedActor*> SentenceContext::MainPredicateSubject(const PatternMatch& m, bool* plural,
                                                                         bool through_adverbial) const {
  // A participle (", releasing the findings", ", giving them two weeks")
  // hangs as often on an object or a speaker clause as on the main verb;
  // only a predicate joined by "and"/"but" is the main clause's for sure.
  uint32_t before = 0;
  if (!ConjoinedVerb(m.begin, &before)) return {};
  std::string_view joint = ctx_.r.tokens.text(before - 1);
  if (joint != "and" && joint != "but") return {};
  std::vector<const ResolvedActor*> out = MainClauseSubject(m, plural);
  if (out.empty() || through_adverbial) return out;
  // "Armenia went on alert after Azerbaijan launched operations, shelling
  // Stepanakert": past an adverbial clause the predicate may be its own.
  const ActorChunk* main = MainSubject(m.begin);
  for (uint32_t i = main->end; i < m.begin; ++i) {
    std::string_view w = ctx_.r.tokens.text(i);
    if (OpensAdverbialClause(w) || w == "if" || w == "unless") return {};
  }
  return out;
}

uint32_t SentenceContext::RelativeInsertBefore(uint32_t verb) const {
  // The comma right before the verb closes ", whose|who|which …," opened
  // after an actor, with no other mark between.
  if (verb <= begin_ + 3 || ctx_.r.tokens.text(verb - 1) != ",") return 0;
  for (uint32_t i = verb - 1; i > begin_ + 1 && i + 16 > verb; --i) {
    std::string_view w = ctx_.r.tokens.text(i - 1);
    if (w == "whose" || w == "who" || w == "which") {
      return i >= begin_ + 2 && ctx_.r.tokens.text(i - 2) == "," && EndsActor(i - 2) ? i - 2 : 0;
    }
    // "Soviet troops, supported by units from Poland, invaded …": a
    // participle opening the insert; its actors are not the verb's subject.
    if (w == "," && i + 1 < verb && HasPastShape(ctx_.r.tokens.text(i)) && !ctx_.r.tokens.capitalized[i]) {
      return i >= begin_ + 2 && EndsActor(i - 1) ? i - 1 : 0;
    }
    if (ctx_.punct[i - 1] == 1) return 0;
  }
  return 0;
}

}  // namespace dyad
