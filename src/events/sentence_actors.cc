// SentenceContext: which actor phrases of a sentence may be a party (eligible
// chunks, modifiers, a state's property, passive subjects named by an
// adjective), the subject of a verb at a token, and the other states a
// sentence names.
#include "events/sentence_context.h"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "events/clause_rules.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {

bool SentenceContext::Eligible(const ActorChunk& c) const {
  if (c.after_preposition || c.place_like || c.modifier) return false;
  // The object of a verb ("told a South Korean official that …") is no subject.
  uint32_t p = c.begin;
  while (p > begin_ && IsDeterminer(ctx_.r.tokens.text(p - 1))) --p;
  if (p > begin_) {
    std::string_view verb = ctx_.lemmas[p - 1];
    // "a move Kyiv called …": after a determiner the word is a noun.
    bool noun = p >= begin_ + 2 && IsDeterminer(ctx_.r.tokens.text(p - 2));
    // Verbs that take a clause ("files show Iraq used …") do not make its
    // subject their object.
    static const std::unordered_set<std::string_view> kClauseVerbs = {
        "say", "add", "note", "stress", "show", "reveal", "indicate", "suggest", "prove", "confirm", "find", "believe",
        "claim", "think", "know", "allege", "insist", "argue", "conclude", "assert", "report", "fear", "hope"};
    if (!noun && ctx_.verbs.count(verb) && !kClauseVerbs.count(verb)) {
      return false;
    }
  }
  // "increase China's imports", "a Hong Kong-based firm": the state only
  // modifies the real subject.
  // "…, after Iran's Revolutionary Guards fired …": a state that opens a
  // subordinate clause owns that clause's subject, as one opening the
  // sentence does (not after "and": "China and Russia's navies").
  std::string_view before_chunk = c.begin > begin_ ? ctx_.r.tokens.text(c.begin - 1) : std::string_view();
  bool opens_clause = c.begin == begin_ || before_chunk == "," ||
                      (c.begin == begin_ + 1 && IsDeterminer(ctx_.r.tokens.text(begin_)));
  if (!opens_clause && (before_chunk == "after" || before_chunk == "before" || before_chunk == "when" ||
                        before_chunk == "while" || before_chunk == "since" || before_chunk == "because" ||
                        before_chunk == "until" || before_chunk == "once")) {
    opens_clause = OwnedSubjectThenVerb(c.end);
  }
  // "China, Cambodia's main ally, denounced …": after a comma, an owner
  // whose phrase a comma closes before any verb is an apposition's.
  if (opens_clause && before_chunk == "," && c.end < end_ && ctx_.r.tokens.text(c.end) == "'s") {
    opens_clause = OwnedSubjectThenVerb(c.end);
  }
  if (c.end < end_ && ctx_.r.tokens.text(c.end) == "'s" && !opens_clause) return false;
  if (c.end + 1 < end_ && ctx_.r.tokens.text(c.end) == "-" && ctx_.r.tokens.tokens[c.end + 1].is_word) return false;
  for (const auto& [b, e] : objects_) {
    if (c.begin >= b && c.end <= e) return false;
  }
  return true;
}

bool SentenceContext::OwnedSubjectThenVerb(uint32_t possessive) const {
  // "after Iran's Revolutionary Guards fired": the owned noun phrase runs to
  // a past verb; "before Venezuela's referendum on annexing", "after
  // Takaichi's remarks on Taiwan" name a thing, not a clause's subject.
  for (uint32_t i = possessive + 1; i < end_ && i <= possessive + 6; ++i) {
    std::string_view w = ctx_.r.tokens.text(i);
    if (IsPunct(w) || SlotStops().count(w)) return false;
    bool irregular = ctx_.verbs.count(ctx_.lemmas[i]) && ctx_.lemmas[i] != w && w.back() != 's';
    if (i > possessive + 1 && (HasPastShape(w) || irregular)) return true;
  }
  return false;
}

bool SentenceContext::EndsModifier(uint32_t token) const {
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.end == token && c.modifier) return true;
  }
  return false;
}

bool SentenceContext::StatesProperty(const ResolvedActor* a) const {
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.actors.empty() || a < &c.actors.front() || a > &c.actors.back()) continue;
    return ctx_.PropertyChunk(c);
  }
  return false;
}

bool DocumentContext::PropertyChunk(const ActorChunk& c) const {
  for (uint32_t i = c.begin + 2; i < c.end; ++i) {
    if (JoinedParticiple(i, CompoundRole::kOwner)) return true;
  }
  return false;
}

bool DocumentContext::QualifierChunk(const ActorChunk& c) const {
  const CompoundParticiples& table = dict.compound_participles();
  // The participle may stand inside the phrase or right after it, which then
  // ends at the state's word ("Eritrean" of "Eritrean-backed militias").
  for (uint32_t i = c.begin + 1; i <= c.end + 1 && i < r.tokens.size(); ++i) {
    if (!r.tokens.JoinedHyphen(i - 1) || !table.Lists(r.tokens.text(i))) continue;
    const CompoundRole role = table.RoleOf(r.tokens.text(i));
    if (role == CompoundRole::kSponsor) return true;
  }
  return false;
}

bool DocumentContext::JoinedParticiple(uint32_t participle, CompoundRole role) const {
  return participle > 0 && r.tokens.JoinedHyphen(participle - 1) &&
         dict.compound_participles().RoleOf(r.tokens.text(participle)) == role;
}

bool SentenceContext::EndsActor(uint32_t token) const {
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    if (ctx_.r.chunks[k].end == token) return true;
  }
  return false;
}

const ResolvedActor* SentenceContext::PassiveSubjectAdjective(const PatternMatch& m) const {
  const DocumentTokens& t = ctx_.r.tokens;
  uint32_t i = m.begin;
  int aux = 0;
  while (i > begin_ && aux < 4 && (IsAuxiliary(t.text(i - 1)) || IsAdverb(t.text(i - 1)) || t.text(i - 1) == "being")) {
    --i, ++aux;
  }
  if (aux == 0) {
    // The pattern opens with the noun the adjective qualifies: "Polish
    // airspace was violated by …".
    const ActorChunk* c = m.begin > begin_ ? ChunkAt(m.begin - 1) : nullptr;
    if (c == nullptr || c->end != m.begin || !c->modifier || c->actors.size() != 1) return nullptr;
    return &c->actors[0];
  }
  // The noun phrase before "was": "the Iranian (peace) offer".
  for (uint32_t j = i; j > begin_ && j + 5 > i; --j) {
    if (!t.tokens[j - 1].is_word) return nullptr;
    const ActorChunk* c = ChunkAt(j - 1);
    if (c == nullptr) continue;
    if (!c->modifier || c->actors.size() != 1) return nullptr;
    return &c->actors[0];
  }
  return nullptr;
}

std::vector<const ResolvedActor*> SentenceContext::SubjectOfVerbAt(uint32_t token, bool* plural) const {
  PatternMatch at;
  at.begin = token;
  at.end = token + 1;
  ++depth_;
  std::vector<const ResolvedActor*> out = Subject(at, plural);
  --depth_;
  return out;
}

const ActorChunk* SentenceContext::MainSubject(uint32_t before) const {
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.begin >= before) break;
    if (Eligible(c)) return &c;
  }
  return nullptr;
}

std::vector<const ResolvedActor*> SentenceContext::OtherStates(const std::string& country) const {
  std::vector<const ResolvedActor*> out;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.place_like || c.modifier || c.compound) continue;
    for (const ResolvedActor& a : c.actors) {
      if (a.country.empty() || a.country == country) continue;
      bool seen = false;
      for (const ResolvedActor* o : out) seen = seen || o->country == a.country;
      if (!seen) out.push_back(&a);
    }
  }
  return out;
}

}  // namespace dyad
