#include "events/sentence_context.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <unordered_set>

#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/verb_classes.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {

SentenceContext::SentenceContext(const DocumentContext& ctx, int sentence)
    : ctx_(ctx), sentence_(sentence) {
  begin_ = ctx.r.tokens.sentence_tokens[static_cast<size_t>(sentence)].first;
  end_ = ctx.r.tokens.sentence_tokens[static_cast<size_t>(sentence)].second;
  const DocumentTokens& t = ctx.r.tokens;
  leading_pp_end_ = LeadInPhraseEnd(t, begin_, end_, ChunkAt(begin_) != nullptr);
  // "Welcomed in Hanoi by the party chief, the US president …": a sentence
  // that opens with the past participle of a pattern verb opens with a
  // clause whose subject is the main clause's, after the comma. Only a
  // verb the lexicon knows, so "Indeed, …" or a name in -ed opens none.
  if (leading_pp_end_ == 0 && end_ > begin_ + 2 && ChunkAt(begin_) == nullptr &&
      HasPastShape(t.text(begin_)) && ctx.lemmas[begin_] != t.text(begin_) &&
      ctx.verbs.count(ctx.lemmas[begin_]) && ParticipleForm(ctx, begin_)) {
    for (uint32_t i = begin_ + 1; i < end_; ++i) {
      if (t.text(i) == ",") {
        leading_pp_end_ = i;
        break;
      }
    }
  }
  view_.begin = begin_;
  view_.end = end_;
  view_.lemma_id = ctx_.lemma_ids.data();
  view_.form_id = ctx_.form_ids.data();
  view_.punct = ctx_.punct.data();
  view_.skippable = ctx_.skippable.data();
  view_.gap_free = ctx_.gap_free.data();
  view_.actor_end = ctx_.actor_end.data();
  view_.actor_end_mod = ctx_.actor_end_mod.data();
  view_.passive_ok = ctx_.passive_ok.data();
  view_.chunk_end = ctx_.chunk_end.data();
  view_.insert_end = ctx_.insert_end.data();
  view_.venue_end = ctx_.venue_end.data();
  dates_ = &ctx.DatesOf(static_cast<size_t>(sentence));
  view_.time_end = ctx_.time_phrase_end.data();
  if (sentence > 0) {
    const SentenceSpan& prev = ctx.sentences[static_cast<size_t>(sentence - 1)];
    const SentenceSpan& here = ctx.sentences[static_cast<size_t>(sentence)];
    bool same_paragraph = ctx.doc.text.substr(prev.end, here.begin - prev.end).find('\n') == std::string::npos;
    auto [pb, pe] = t.sentence_tokens[static_cast<size_t>(sentence - 1)];
    (void)pb;
    (void)pe;
    if (same_paragraph) {
      for (const DateMention& d : ctx.DatesOf(static_cast<size_t>(sentence - 1))) {
        if (d.precision == "day" || d.precision == "range") previous_date_ = d;
      }
    }
  }
}

const ActorChunk* SentenceContext::ChunkAt(uint32_t token) const {
  if (token >= ctx_.chunk_starting_at.size()) return nullptr;
  int k = ctx_.chunk_starting_at[token];
  return k < 0 ? nullptr : &ctx_.r.chunks[static_cast<size_t>(k)];
}

bool SentenceContext::Occasion(const PatternMatch& m) const {
  if (!m.pattern->nominal) return false;
  const DocumentTokens& tk = ctx_.r.tokens;
  for (uint32_t j = m.begin; j > begin_ && j + 4 > m.begin; --j) {
    std::string_view w = tk.text(j - 1);
    if (w == "during" || w == "on") return true;
    // "Carter on Friday halted the sale of …": past a verb the noun is its
    // object, not an occasion.
    if (!tk.tokens[j - 1].is_word || HasPastShape(w)) return false;
  }
  return false;
}

bool SentenceContext::NamedDoerBefore(uint32_t noun) const {
  if (noun <= begin_) return false;
  // The adjective alone ("Russian attack") or with the noun it makes an
  // agent of ("Israeli air strikes").
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.begin < noun && noun <= c.end && !c.actors.empty()) return true;
  }
  const DocumentTokens& t = ctx_.r.tokens;
  // "the Soviet-led invasion", "US-led air strikes": the state joined to a
  // participle of leading (compound_participles.tsv), two words before the
  // noun at most between them.
  for (uint32_t between = 0; between <= 2 && noun > begin_ + 2 + between; ++between) {
    const uint32_t participle = noun - 1 - between;
    if (ctx_.JoinedParticiple(participle, CompoundRole::kLeader) && EndsActor(participle - 1)) return true;
  }
  return noun > begin_ + 1 && (t.text(noun - 1) == "'s" || t.text(noun - 1) == "'") && EndsActor(noun - 1);
}

bool SentenceContext::AfterReactionPreposition(uint32_t noun) const {
  const DocumentTokens& t = ctx_.r.tokens;
  uint32_t i = noun;
  if (i > begin_ && (t.text(i - 1) == "the" || t.text(i - 1) == "a" || t.text(i - 1) == "an")) --i;
  if (i <= begin_) return false;
  return IsReactionPreposition(t.text(i - 1));
}

std::vector<const ResolvedActor*> SentenceContext::ActorsAt(uint32_t begin, uint32_t end) const {
  std::vector<const ResolvedActor*> out;
  for (uint32_t i = begin; i < end; ++i) {
    const ActorChunk* c = ChunkAt(i);
    if (c == nullptr) continue;
    for (const ResolvedActor& a : c->actors) out.push_back(&a);
    i = c->end - 1;
  }
  return out;
}

bool SentenceContext::ConditionAfter(uint32_t from) const {
  for (uint32_t i = from; i < end_; ++i) {
    std::string_view w = ctx_.r.tokens.text(i);
    if (w == "if" || w == "unless") return true;
    if (w == ";" || w == ":") return false;
  }
  return false;
}

bool SentenceContext::InfinitiveOfNamedActor(uint32_t verb, const std::vector<PatternMatch>& acts) const {
  uint32_t i = SkipAdverbsBack(ctx_, begin_, verb);
  if (!(i > begin_ + 1 && ctx_.r.tokens.text(i - 1) == "to")) return false;
  // "ordered Russia on Wednesday to cut": a time phrase may stand between.
  const uint32_t actor_end = ctx_.TimePhraseBefore(begin_, i - 1);
  if (!EndsActor(actor_end)) return false;
  // "signed protocols in Zurich to establish relations", "rallied in
  // Jakarta to denounce": a place after "in" or "at" is where, not who.
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.end != actor_end || c.begin <= begin_) continue;
    std::string_view before = ctx_.r.tokens.text(c.begin - 1);
    if ((before == "in" || before == "at") && c.place_like) return false;
  }
  // "travelled to Addis Ababa to mediate", "deployed warships to the strait
  // to deter …": the actor is the destination of a movement the sentence
  // reports, so the infinitive is the mover's purpose, not the place's act.
  for (const PatternMatch& a : acts) {
    if (a.has_target && a.target_end == actor_end && !a.pattern->passive && !a.pattern->nominal &&
        IsMovement(a.pattern->code)) {
      return false;
    }
  }
  return true;
}

uint32_t SentenceContext::HeadlineSubjectEnd() const {
  const DocumentTokens& t = ctx_.r.tokens;
  // Headline grammar is that of a story's head: its first sentence, or a
  // title line with no full stop. A sentence of the body that an
  // abbreviation cut off ("… Minister S. | Jaishankar to hold talks …") is
  // prose.
  if (sentence_ != 0 && end_ > begin_ && t.text(end_ - 1) == ".") return 0;
  // The sentence's opening actor phrases, joined by "and" or a comma, an
  // article before each ("Japan, Philippines to sign …", "The US and Japan
  // to hold …").
  uint32_t to = begin_;
  bool subject = false;
  while (to < end_) {
    if (t.text(to) == "the") ++to;
    const ActorChunk* c = ChunkAt(to);
    if (c == nullptr || c->begin != to || c->modifier || c->place_like) return 0;
    subject = true;
    to = c->end;
    if (to < end_ && (t.text(to) == "and" || t.text(to) == ",")) {
      ++to;
      continue;
    }
    break;
  }
  return subject ? to : 0;
}

bool SentenceContext::HeadlineInfinitive(uint32_t verb) const {
  const DocumentTokens& t = ctx_.r.tokens;
  // Everything before "to" is the subject: any other word (a verb, a
  // preposition: "for China to lift", "asked Japan to") makes the
  // infinitive another's.
  const uint32_t to = HeadlineSubjectEnd();
  const bool subject = to != 0;
  if (!subject || to + 1 >= end_ || t.text(to) != "to" || verb <= to) return false;
  uint32_t i = SkipAdverbsBack(ctx_, begin_, verb);
  if (i == to + 1) return true;
  // "Ghana to host the summit and sign a trade deal …": a bare verb joined
  // by "and" to the headline's infinitive is announced with it.
  if (i > to + 2 && t.text(i - 1) == "to") --i;
  std::string_view joint = t.text(i - 1);
  return (joint == "and" || joint == "or") && ctx_.lemmas[verb] == t.text(verb);
}

bool SentenceContext::AfterInfinitiveMarker(uint32_t verb) const {
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t i = verb; i > begin_ && i + 3 > verb; --i) {
    std::string_view w = t.text(i - 1);
    if (w == "to") return true;
    if (w != "soon" && w != "immediately" && w != "also" && w != "further" && w != "quickly" && w != "not") return false;
  }
  return false;
}

const ResolvedActor* SentenceContext::DatelineCountry() const {
  std::string country = ctx_.dateline_country;
  if (country.empty()) {
    // A dateline that is not a capital may still be a known place.
    std::string folded = FoldString(ctx_.doc.dateline);
    for (const PlaceEntry& p : ctx_.dict.places()) {
      if (FoldString(p.name) == folded) country = p.country;
    }
  }
  if (country.empty()) return nullptr;
  return StateActor(country);
}

const ResolvedActor* SentenceContext::StateActor(const std::string& iso3) const {
  ResolvedActor a;
  a.country = iso3;
  a.code = iso3;
  const CountryEntry* ce = ctx_.dict.CountryByIso(iso3);
  a.name = ce ? ce->name : iso3;
  partners_.push_back(std::move(a));
  return &partners_.back();
}

bool SentenceContext::Negated(uint32_t verb, uint32_t end) const {
  const DocumentTokens& t = ctx_.r.tokens;
  // "in no uncertain terms", "no doubt", "not only": no negation.
  auto idiom = [&](uint32_t i) {
    std::string_view next = i + 1 < end_ ? t.text(i + 1) : std::string_view();
    return next == "uncertain" || next == "doubt" || next == "only" || next == "less" || next == "later" ||
           next == "sooner";
  };
  // "carried out no strikes", "signed no agreement".
  for (uint32_t i = verb + 1; i < end && i < end_; ++i) {
    std::string_view w = t.text(i);
    if ((w == "no" || w == "not" || w == "never") && !idiom(i)) return true;
  }
  for (uint32_t i = verb > begin_ + 4 ? verb - 4 : begin_; i < verb; ++i) {
    std::string_view w = t.text(i);
    std::string_view l = ctx_.lemmas[i];
    if ((w == "not" || w == "no" || w == "never" || w == "t" || w == "didn" || w == "doesn" || w == "don" ||
         w == "won" || w == "cannot" || w == "wasn" || w == "isn" || w == "hasn" || w == "haven") &&
        !idiom(i)) {
      return true;
    }
    if ((l == "refuse" || l == "decline" || l == "fail" || w == "refused" || w == "declined" || w == "failed") &&
        i + 1 < verb && t.text(i + 1) == "to") {
      return true;
    }
  }
  return false;
}

Evidence SentenceContext::SentenceEvidence() const {
  const SentenceSpan& s = ctx_.sentences[static_cast<size_t>(sentence_)];
  return {ctx_.doc.id, sentence_, s.begin, s.end, ctx_.doc.text.substr(s.begin, s.end - s.begin)};
}

bool SentenceContext::SpeechVerb(PatternMatch* m) const {
  for (uint32_t i = begin_; i < end_; ++i) {
    if ((ctx_.flags[i] & kWordSpeechVerb) == 0) continue;
    m->begin = i;
    m->end = i + 1;
    return true;
  }
  return false;
}

}  // namespace dyad
