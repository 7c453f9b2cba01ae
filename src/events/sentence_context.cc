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

// Words that are verbs in patterns but nouns after "the", "a" or a
// possessive: "China's demand that …", "the visit", "a call", "a mutual halt".
bool IsNounUse(const DocumentTokens& t, uint32_t begin, uint32_t first) {
  static const std::unordered_set<std::string_view> kAmbiguous = {
      "demand", "demands", "visit", "visits", "call", "calls", "protest", "protests", "attack", "attacks", "strike",
      "strikes", "ban", "support", "threat", "threats", "appeal", "request", "offer", "pledge", "praise", "warning",
      "accusation", "accusations", "sanction", "sanctions", "release", "host", "tour", "trip", "arrest", "seizure",
      "halt", "freeze", "withdrawal", "ceasefire", "truce", "return", "exchange", "raid", "raids", "shelling",
      "blockade", "boycott", "ambush", "clash", "clashes", "invasion", "rally", "march", "probe", "review", "deal",
      "export", "exports", "import", "imports", "trade", "sale", "sales", "supply", "supplies", "shipment",
      "shipments", "aid", "deployment", "deployments", "patrol", "patrols", "drill", "drills", "purchase", "purchases",
      "talks"};
  if (first <= begin) return false;
  std::string_view prev = t.text(first - 1);
  if (prev == "'s") return true;
  // "a jet with 269 people on board": the noun, not the verb of boarding.
  if (prev == "on" && t.text(first) == "board") return true;
  auto determiner = [](std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
           w == "this" || w == "that";
  };
  if (!kAmbiguous.count(t.text(first))) return false;
  if (determiner(prev)) return true;
  // "at talks with", "during talks", "after strikes": no verb form but a
  // gerund stands right after a preposition of time or place. ("In support
  // of", "interest in talks" stay with the verb's patterns, which read them.)
  if (prev == "at" || prev == "during" || prev == "after" || prev == "before" || prev == "amid" ||
      prev == "following") {
    return true;
  }
  // "a mutual halt", "the latest strikes", "by strong exports": a
  // determiner or a preposition and one modifier.
  std::string_view before = first >= begin + 2 ? t.text(first - 2) : std::string_view();
  bool opener = determiner(before) || before == "by" || before == "of" || before == "with" || before == "for" ||
                before == "from" || before == "on" || before == "in";
  return first >= begin + 2 && opener && t.tokens[first - 1].is_word &&
         !t.capitalized[first - 1] && !IsClauseAdverb(prev) && prev != "and" && prev != "was" && prev != "were";
}

// "Canberra renewed its call for …", "Zelenskiy repeated his appeal to …":
// a possessive after a verb whose subject does what its object names makes
// the noun that subject's own act, told as if by the verb ("renewed calls
// for …"). Only a possessive the resolver left to the subject (no chunk:
// "Kyiv said Moscow renewed its …" names Kyiv's) and never a reaction's.
static bool OwnActAfterDoingVerb(const DocumentContext& ctx, uint32_t begin, uint32_t first) {
  const DocumentTokens& t = ctx.r.tokens;
  if (first < begin + 3) return false;
  std::string_view owner = t.text(first - 1), verb = t.text(first - 2);
  return (owner == "its" || owner == "their" || owner == "his" || owner == "her") && !t.capitalized[first - 2] &&
         ctx.verb_classes.IsDoing(verb);
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

bool SentenceContext::NamesStateIn(uint32_t begin, uint32_t end) const {
  for (uint32_t i = begin; i < end; ++i) {
    const ActorChunk* c = ChunkAt(i);
    if (c == nullptr) continue;
    for (const ResolvedActor& a : c->actors) {
      if (!a.country.empty() && ctx_.dict.CountryByIso(a.country) != nullptr) return true;
    }
  }
  return false;
}

std::vector<PatternMatch> SentenceContext::SelectMatches(std::vector<PatternMatch> all) {
  all.erase(std::remove_if(all.begin(), all.end(),
                           [this](const PatternMatch& m) {
                             // A generic reading ("pledged to help …") is for a state's act on
                             // another state: not on a court or a union ("would abide by the
                             // World Court's ruling"), which other readings may code.
                             if (m.pattern->fallback && m.has_target && !NamesStateIn(m.target_begin, m.target_end)) {
                               return true;
                             }
                             // A noun pattern, or one that names its doer after "by" ("a visit
                             // by Modi to Tokyo"), reads the noun on purpose.
                             if (m.pattern->nominal || m.has_source) return false;
                             // "cyclone-hit Beira", "typhoon-stricken Tacloban": a verb joined by a
                             // hyphen to a word that is no actor is part of an adjective.
                             const DocumentTokens& tk = ctx_.r.tokens;
                             if (m.begin >= begin_ + 2 && tk.text(m.begin - 1) == "-" &&
                                 tk.tokens[m.begin].begin == tk.tokens[m.begin - 1].end &&
                                 tk.tokens[m.begin - 1].begin == tk.tokens[m.begin - 2].end && !EndsActor(m.begin - 1)) {
                               return true;
                             }
                             // "over the sinking of the warship", "the killing of civilians": a
                             // gerund of force after a determiner names an act without saying
                             // whose it is.
                             std::string_view g = tk.text(m.begin);
                             std::string_view d = m.begin > begin_ ? tk.text(m.begin - 1) : std::string_view();
                             if (HasGerundShape(g) && (d == "the" || d == "a" || d == "an") &&
                                 RootOf(m.pattern->code) >= 18) {
                               return true;
                             }
                             // "a wave of bombings in Paris", "the killings of …": the plural of
                             // a gerund is a noun, which no verb pattern reads.
                             if (g.size() > 5 && g.substr(g.size() - 4) == "ings" && !m.has_source) return true;
                             // "the Turkish boycott of …": a country adjective before the word
                             // makes it a noun.
                             bool after_adjective = m.begin > begin_ && EndsModifier(m.begin);
                             // "the mayor of occupied Melitopol", "the seized boat": a
                             // participle after a determiner or preposition is an adjective.
                             std::string_view form = ctx_.r.tokens.text(m.begin);
                             if (m.begin > begin_ && form.size() > 4 && form.substr(form.size() - 2) == "ed" &&
                                 !m.has_source) {
                               std::string_view prev = ctx_.r.tokens.text(m.begin - 1);
                               if (prev == "the" || prev == "a" || prev == "an" || prev == "of" || prev == "its" ||
                                   prev == "their" || prev == "in" || prev == "from" || prev == "on") {
                                 return true;
                               }
                             }
                             if (!after_adjective && ChunkAt(m.begin - 1) == nullptr &&
                                 OwnActAfterDoingVerb(ctx_, begin_, m.begin)) {
                               return false;
                             }
                             return after_adjective || IsNounUse(ctx_.r.tokens, begin_, m.begin);
                           }),
            all.end());
  std::stable_sort(all.begin(), all.end(), [](const PatternMatch& a, const PatternMatch& b) {
    if (a.weight != b.weight) {
      return a.weight > b.weight;
    }
    // A target the text names beats one guessed from the sentence ("rejected
    // China's demand" over "rejected … demand" with a partner).
    // Only between two readings of the same words.
    bool named_a = a.has_target || a.has_source, named_b = b.has_target || b.has_source;
    if (a.begin == b.begin && named_a != named_b) return named_a;
    return (a.end - a.begin) > (b.end - b.begin);
  });
  std::vector<PatternMatch> kept;
  for (const PatternMatch& m : all) {
    bool overlaps = false;
    for (const PatternMatch& k : kept) overlaps = overlaps || (m.begin < k.end && k.begin < m.end);
    if (!overlaps) kept.push_back(m);
  }
  // "telephoned Erdogan to offer condolences", "visited Hanoi to sign …":
  // the call, meeting or visit (04) is an event of its own beside what was
  // done in it, when both read the same verb. So is an act whose doer and
  // target the words name inside another ("condemned the deportation of
  // Cambodian workers by Thailand").
  const size_t first_pass = kept.size();
  for (const PatternMatch& m : all) {
    bool call = m.pattern->code.rfind("04", 0) == 0 && m.has_target;
    // "agreed to a truce after talks hosted by Malaysia in Putrajaya": a
    // visit or a hosting whose doer follows "by" inside another act's gap.
    bool named = m.has_source && (m.has_target || (m.pattern->passive && RootOf(m.pattern->code) == 4));
    // "Armenia and Azerbaijan agreed to a ceasefire brokered by Russia": the
    // mediation named after "by" and the act it brokered are both events.
    bool brokered_act = !call && !named && RootOf(m.pattern->code) != 4;
    // "rejected Cairo's demand for a binding deal", "accepted Moscow's
    // proposal to hold talks": the appeal, offer or demand a state takes up
    // or turns down is an event beside the taking (nominal_events.cc, Taker).
    const bool taken = m.pattern->nominal && !m.has_target && IsAddressed(m.pattern->code);
    // "lodged a protest with China over the detention of 23 Vietnamese
    // fishermen": a hostile act told after "over", "about" or "against" in
    // a reaction is an event beside it, if its doer can be told
    // (nominal_events.cc, ReactedToDoer).
    const bool reacted_to = m.pattern->nominal && m.has_target && !m.has_source &&
                            RootOf(m.pattern->code) >= 13 && AfterReactionPreposition(m.begin);
    // "Pakistan condemned the Israeli air strikes on Syria": the hostile act
    // a reaction names as its object, with its own target, is an event
    // beside the reaction, whichever of the two was read first.
    // Only an act whose doer the words name ("Israeli", "Russia's"): "in
    // protest at the attack on the Saudi embassy" says nothing of whose.
    const bool hostile_object = m.pattern->nominal && m.has_target && RootOf(m.pattern->code) >= 13 &&
                                NamedDoerBefore(m.begin);
    const bool reaction = !m.pattern->nominal && IsStanceCode(m.pattern->code);
    // "agreed in a telephone call on Friday to work towards …": a call or
    // talks the words of another act pass through took place.
    const std::string_view opener = ctx_.r.tokens.text(m.begin);
    const bool gap_occasion = !call && RootOf(m.pattern->code) == 4 && !m.has_target &&
                              (opener == "in" || opener == "during");
    if (!call && !named && !brokered_act && !taken && !gap_occasion) continue;
    bool beside = false, clash = false, admitted_act = false;
    for (size_t i = 0; i < first_pass; ++i) {
      const PatternMatch& k = kept[i];
      if (!(m.begin < k.end && k.begin < m.end)) continue;
      bool same_root = k.pattern->code.compare(0, 2, m.pattern->code, 0, 2) == 0;
      // "a U.S.-brokered ceasefire between Israel and Iran came into
      // effect": the mediation names the act it brokered. "US-brokered
      // talks between Israel and Lebanon": the talks a mediation's
      // participle describes are its parties' own consultation (not those
      // a state "offered to host": they are not held yet).
      const DocumentTokens& tk = ctx_.r.tokens;
      bool participle = k.begin > begin_ + 1 && tk.text(k.begin - 1) == "-" &&
                        tk.tokens[k.begin].begin == tk.tokens[k.begin - 1].end && EndsActor(k.begin - 1);
      bool brokered = participle && k.pattern->code.rfind("045", 0) == 0 && m.pattern->nominal &&
                      m.pattern->code.rfind("045", 0) != 0 && k.begin < m.begin;
      // "asked China during a visit to Beijing to use its influence": a
      // visit or talks told as the act's occasion are an event of their own.
      // Not when the other act's words end inside the noun's ("asked China
      // during a visit to Beijing to help": its "to" is the visit's).
      const bool occasion = Occasion(m) && !(k.end > m.begin && k.end < m.end);
      // "Iran admitted that its military had shot down a Ukrainian
      // airliner": an admission (015) frames the act it admits, which
      // happened.
      const bool admitted = k.pattern->code == "015" && k.begin < m.begin && m.has_target;
      // (A noun inside it, "talks" in "proposal to hold talks", is part of it.)
      const int k_root = RootOf(k.pattern->code);
      const bool names_act = (hostile_object && !k.pattern->nominal && IsStanceCode(k.pattern->code) &&
                              k.begin < m.begin && m.begin < k.end) ||
                             (reaction && k.pattern->nominal && k.has_target && k_root >= 13 && m.begin < k.begin &&
                              k.begin < m.end && NamedDoerBefore(k.begin));
      bool fits = gap_occasion  ? k.begin < m.begin && m.end < k.end && k_root != 4
                  : names_act     ? true
                  : reacted_to  ? k.begin < m.begin && (k_root == 11 || k_root == 14)
                  : taken     ? (k.begin < m.begin && ctx_.verb_classes.IsTaking(tk.text(k.begin))) ||
                                    (k.pattern->nominal && k.begin >= m.begin && k.end <= m.end)
                  : call      ? ((k.begin >= m.begin || occasion) && k.pattern->code.rfind("04", 0) != 0) || brokered
                  : named     ? k.begin < m.begin && !same_root
                              : (k.has_source && k.pattern->code.rfind("045", 0) == 0 && m.begin < k.begin) || admitted;
      if (k.pattern == m.pattern || !fits) {
        clash = true;
      } else {
        beside = true;
        admitted_act = admitted_act || admitted;
      }
    }
    // One reading of the admitted act: the best, which comes first.
    for (size_t i = first_pass; i < kept.size() && admitted_act; ++i) {
      clash = clash || (m.begin < kept[i].end && kept[i].begin < m.end);
    }
    if (beside && !clash) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(), [](const PatternMatch& a, const PatternMatch& b) { return a.begin < b.begin; });
  for (const PatternMatch& m : kept) {
    if (m.has_target) objects_.emplace_back(m.target_begin, m.target_end);
  }
  return kept;
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
