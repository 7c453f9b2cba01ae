// SentenceContext: who speaks when the speaker is not where the subject
// rules look: after the quote ("…, Kuleba said"), an unresolved name before
// "said" whose clause names the state, and a reacting state written last
// after the clause it answers ("…, Canberra complains").
#include "events/sentence_context.h"

#include "events/clause_rules.h"
#include "events/word_classes.h"

namespace dyad {

const ResolvedActor* SentenceContext::SpeakerActor() const {
  const ActorChunk* c = Speaker();
  return c == nullptr || c->actors.size() != 1 ? nullptr : &c->actors[0];
}

const ActorChunk* SentenceContext::Speaker() const {
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    // "…, Xi said." and "according to Long".
    if (c.end < end_ && !c.modifier) {
      if ((ctx_.flags[c.end] & kWordSpeechVerb) != 0 && !c.place_like) return &c;
    }
    if (c.begin >= 2 && t.text(c.begin - 1) == "to" && t.text(c.begin - 2) == "according") return &c;
  }
  return nullptr;
}

bool SentenceContext::SpeakerTellsOfItself() const {
  const ActorChunk* c = Speaker();
  if (c == nullptr || c->end + 1 >= end_) return false;
  const DocumentTokens& t = ctx_.r.tokens;
  // A clause of its own: the speaker (after "the") follows "and", "but",
  // "while" or "whereas".
  uint32_t i = c->begin;
  if (i > begin_ && t.text(i - 1) == "the") --i;
  if (i <= begin_) return false;
  const std::string_view before = t.text(i - 1);
  if (before != "and" && before != "but" && before != "while" && before != "whereas") return false;
  // The speech verb right after the speaker, then "it", "they" … (or "that it").
  uint32_t k = c->end + 1;
  if (k < end_ && t.text(k) == "that") ++k;
  if (k >= end_) return false;
  const std::string_view w = t.text(k);
  return w == "it" || w == "they" || w == "he" || w == "she" || w == "we";
}

bool SentenceContext::CoveredByActor(uint32_t token) const {
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.begin <= token && token < c.end) return true;
  }
  return false;
}

const ActorChunk* SentenceContext::ClauseAfterUnresolvedSpeaker(const PatternMatch& m) const {
  const DocumentTokens& t = ctx_.r.tokens;
  if (m.begin <= begin_ || (ctx_.flags[m.begin] & kWordSpeechVerb) == 0) return nullptr;
  // The speaker: capitalised words no actor phrase covers, opening the
  // sentence or a clause after a comma or a quote ("Ali said", "…, Vance
  // told reporters"). A pronoun or a noun ("officials said") is no name.
  uint32_t first = m.begin;
  while (first > begin_ && t.tokens[first - 1].is_word && t.capitalized[first - 1] && !CoveredByActor(first - 1)) {
    --first;
  }
  if (first == m.begin) return nullptr;
  if (first > begin_ && t.text(first - 1) != "," && ctx_.punct[first - 1] != 2) return nullptr;
  // A lone capitalised word opening the sentence may be a plural noun
  // ("Analysts said"), no name.
  std::string_view lone = t.text(first);
  bool pronoun = lone == "he" || lone == "she" || lone == "it" || lone == "they" || lone == "we" || lone == "i";
  if (first == begin_ && first + 1 == m.begin && (lone.ends_with("s") || pronoun)) return nullptr;
  // The said clause opens with the state: "said (that) Guyana would …".
  uint32_t at = m.begin + 1;
  if (at < end_ && t.text(at) == "that") ++at;
  const ActorChunk* c = ChunkAt(at);
  if (c == nullptr || c->place_like || c->modifier || c->compound || !Eligible(*c)) return nullptr;
  for (const ResolvedActor& a : c->actors) {
    if (a.country.empty()) return nullptr;
  }
  return c;
}

const ActorChunk* SentenceContext::ClosingReactor(uint32_t* verb, const ResolvedActor** answered) const {
  const DocumentTokens& t = ctx_.r.tokens;
  uint32_t i = end_;
  while (i > begin_ && !t.tokens[i - 1].is_word) --i;  // the full stop, a closing quote
  // "…, Canberra complained on Monday", "…, Manila protests again".
  if (i >= begin_ + 2 && t.text(i - 2) == "on") i -= 2;
  while (i > begin_ && IsAdverb(t.text(i - 1))) --i;
  if (i <= begin_ + 4) return nullptr;
  *verb = i - 1;
  uint32_t s = *verb;
  while (s > begin_ && IsAdverb(t.text(s - 1))) --s;
  const ActorChunk* reactor = nullptr;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.end == s) reactor = &c;
  }
  if (reactor == nullptr || reactor->modifier || reactor->compound || reactor->actors.size() != 1) return nullptr;
  uint32_t before = reactor->begin;
  while (before > begin_ && IsDeterminer(t.text(before - 1))) --before;
  while (before > begin_ && ctx_.punct[before - 1] == 2) --before;
  if (before <= begin_ + 2 || t.text(before - 1) != ",") return nullptr;
  const uint32_t comma = before - 1;
  // What it answers is a clause ("Chinese warships hold drills …"), not a
  // list of actors ("Russia, China complain"): a verb of the lexicon that
  // no actor phrase covers stands before the comma.
  bool clause = false;
  for (uint32_t j = begin_; j < comma; ++j) clause = clause || (ctx_.verbs.count(ctx_.lemmas[j]) && !CoveredByActor(j));
  if (!clause) return nullptr;
  // The clause's subject, another state's: the one answered.
  *answered = nullptr;
  const std::string& own = reactor->actors[0].country;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.end > comma) break;
    if (c.place_like || c.compound || c.actors.size() != 1 || !Eligible(c)) continue;
    const std::string& country = c.actors[0].country;
    if (!country.empty() && country != own) *answered = &c.actors[0];
    break;
  }
  return reactor;
}

std::vector<SentenceContext::RelativeReaction> SentenceContext::RelativeReactions(
    const std::function<bool(std::string_view)>& act_noun, const std::function<bool(std::string_view)>& reaction,
    const std::function<bool(std::string_view)>& names) const {
  const DocumentTokens& t = ctx_.r.tokens;
  std::vector<RelativeReaction> out;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.modifier || c.compound || c.actors.size() != 1 || c.place_like || c.begin < begin_ + 3) continue;
    // The act's noun right before the reactor, after a comma, a
    // determiner or "in", and at most two modifiers: ", a move", ", an
    // act the three juntas", ", in exercises".
    uint32_t noun = c.begin - 1;
    if (!act_noun(t.text(noun))) continue;
    uint32_t j = noun;
    for (int modifiers = 0; modifiers < 2 && j > begin_ && t.tokens[j - 1].is_word && !IsDeterminer(t.text(j - 1)) &&
                            t.text(j - 1) != "in" && !CoveredByActor(j - 1);
         ++modifiers) {
      --j;
    }
    if (j > begin_ && IsDeterminer(t.text(j - 1))) --j;
    if (j > begin_ && t.text(j - 1) == "in") --j;
    if (j <= begin_ + 1 || t.text(j - 1) != "," || j == noun + 1) continue;
    // The verb after the reactor, through "said it", auxiliaries and
    // adverbs: "a move Taipei said it deeply regretted".
    uint32_t v = c.end;
    for (int skipped = 0; skipped < 3 && v < end_; ++skipped) {
      std::string_view w = t.text(v);
      bool said_it = (w == "said" || w == "says") && v + 1 < end_ && t.text(v + 1) == "it";
      if (said_it) {
        v += 2;
        continue;
      }
      if (!IsAuxiliary(w) && !IsAdverb(w) && w != "deeply" && w != "swiftly" && w != "quickly" && w != "roundly" &&
          w != "promptly") {
        break;
      }
      ++v;
    }
    if (v >= end_ || !reaction(ctx_.lemmas[v]) || t.text(v) == ctx_.lemmas[v]) continue;
    // No object of its own: what follows ends the clause or qualifies it
    // ("condemned as illegal", "rejected on Tuesday").
    if (v + 1 < end_ && (IsDeterminer(t.text(v + 1)) || ChunkAt(v + 1) != nullptr) && !names(ctx_.lemmas[v])) continue;
    // "an attack it blamed on Iran": a party of its own after a preposition.
    bool own_party = false;
    for (uint32_t q = v + 1; q < end_ && q <= v + 3 && t.tokens[q].is_word; ++q) own_party = own_party || ChunkAt(q) != nullptr;
    if (own_party) continue;
    out.push_back({&c, noun, v});
  }
  return out;
}

}  // namespace dyad
