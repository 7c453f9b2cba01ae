#include "events/sentence_context.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <unordered_set>

#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/relative_days.h"
#include "events/word_classes.h"

namespace dyad {

SentenceContext::SentenceContext(const DocumentContext& ctx, int sentence)
    : ctx_(ctx), sentence_(sentence) {
  begin_ = ctx.r.tokens.sentence_tokens[static_cast<size_t>(sentence)].first;
  end_ = ctx.r.tokens.sentence_tokens[static_cast<size_t>(sentence)].second;
  const DocumentTokens& t = ctx.r.tokens;
  leading_pp_end_ = LeadInPhraseEnd(t, begin_, end_, ChunkAt(begin_) != nullptr);
  view_.begin = begin_;
  view_.end = end_;
  view_.lemma_id = ctx_.lemma_ids.data();
  view_.form_id = ctx_.form_ids.data();
  view_.punct = ctx_.punct.data();
  view_.skippable = ctx_.skippable.data();
  view_.actor_end = ctx_.actor_end.data();
  view_.actor_end_mod = ctx_.actor_end_mod.data();
  view_.passive_ok = ctx_.passive_ok.data();
  view_.chunk_end = ctx_.chunk_end.data();
  dates_ = &ctx.DatesOf(static_cast<size_t>(sentence));
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
      "shipments", "aid", "deployment", "deployments", "patrol", "patrols", "drill", "drills", "purchase", "purchases"};
  if (first <= begin) return false;
  std::string_view prev = t.text(first - 1);
  if (prev == "'s") return true;
  auto determiner = [](std::string_view w) {
    return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
           w == "this" || w == "that";
  };
  if (!kAmbiguous.count(t.text(first))) return false;
  if (determiner(prev)) return true;
  // "a mutual halt", "the latest strikes", "by strong exports": a
  // determiner or a preposition and one modifier.
  std::string_view before = first >= begin + 2 ? t.text(first - 2) : std::string_view();
  bool opener = determiner(before) || before == "by" || before == "of" || before == "with" || before == "for" ||
                before == "from" || before == "on" || before == "in";
  return first >= begin + 2 && opener && t.tokens[first - 1].is_word &&
         !t.capitalized[first - 1] && !IsClauseAdverb(prev) && prev != "and" && prev != "was" && prev != "were";
}

std::vector<PatternMatch> SentenceContext::SelectMatches(std::vector<PatternMatch> all) {
  all.erase(std::remove_if(all.begin(), all.end(),
                           [this](const PatternMatch& m) {
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
                             if (g.size() > 5 && g.substr(g.size() - 3) == "ing" && (d == "the" || d == "a" || d == "an") &&
                                 RootOf(m.pattern->code) >= 18) {
                               return true;
                             }
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
    bool named = m.has_source && m.has_target;
    if (!call && !named) continue;
    bool beside = false, clash = false;
    for (size_t i = 0; i < first_pass; ++i) {
      const PatternMatch& k = kept[i];
      if (!(m.begin < k.end && k.begin < m.end)) continue;
      bool same_root = k.pattern->code.compare(0, 2, m.pattern->code, 0, 2) == 0;
      // "a U.S.-brokered ceasefire between Israel and Iran came into
      // effect": the mediation names the act it brokered.
      bool fits = call ? k.begin >= m.begin && k.pattern->code.rfind("04", 0) != 0 : k.begin < m.begin && !same_root;
      if (k.pattern == m.pattern || !fits) {
        clash = true;
      } else {
        beside = true;
      }
    }
    if (beside && !clash) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(), [](const PatternMatch& a, const PatternMatch& b) { return a.begin < b.begin; });
  for (const PatternMatch& m : kept) {
    if (m.has_target) objects_.emplace_back(m.target_begin, m.target_end);
  }
  return kept;
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

bool SentenceContext::VenueAt(uint32_t begin, uint32_t end) const {
  bool any = false;
  for (uint32_t i = begin; i < end; ++i) {
    const ActorChunk* c = ChunkAt(i);
    if (c == nullptr) continue;
    if (!c->place_like) return false;
    // A capital names its government ("Moscow", GOV); a region or a
    // country named after "in" is where the act applies ("a truce in Gaza").
    for (const ResolvedActor& a : c->actors) {
      if (a.sector != "GOV" || !a.role.empty() || !a.actor_id.empty() || a.person >= 0) return false;
    }
    any = true;
    i = c->end - 1;
  }
  return any;
}

const ResolvedActor* SentenceContext::HostVenue(const PatternMatch& m, const ResolvedActor& source) const {
  // A state meets its host; an organisation's meeting in a capital ("the
  // APEC meeting in Beijing") does not.
  if (ctx_.dict.CountryByIso(source.country) == nullptr) return nullptr;
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t i = m.end; i < end_ && i < m.end + 6; ++i) {
    if (ctx_.punct[i] != 0) return nullptr;
    std::string_view w = t.text(i);
    if ((w != "in" && w != "at") || i + 1 >= end_) continue;
    const ActorChunk* c = ChunkAt(i + 1);
    if (c == nullptr || !c->place_like || c->begin != i + 1 || c->actors.size() != 1) return nullptr;
    const ResolvedActor& a = c->actors[0];
    if (a.country.empty() || a.country == source.country || !VenueAt(c->begin, c->end)) return nullptr;
    return &a;
  }
  return nullptr;
}

std::vector<const ResolvedActor*> SentenceContext::AnsweredInApposition(const PatternMatch& m,
                                                                        const ResolvedActor& source) const {
  // "…, a step Israel condemned as …", "…, a deal that Turkey denounced":
  // a reaction in apposition answers the main clause's subject.
  std::vector<const ResolvedActor*> out;
  const ActorChunk* reactor = nullptr;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.end <= m.begin && m.begin - c.end <= 1) reactor = &c;
  }
  const DocumentTokens& tk = ctx_.r.tokens;
  uint32_t i = reactor != nullptr ? reactor->begin : begin_;
  if (i > begin_ && (tk.text(i - 1) == "that" || tk.text(i - 1) == "which")) --i;
  bool apposition = i >= begin_ + 3 && tk.tokens[i - 1].is_word && !tk.capitalized[i - 1] &&
                    (tk.text(i - 2) == "a" || tk.text(i - 2) == "an" || tk.text(i - 2) == "the") && tk.text(i - 3) == ",";
  if (!apposition) return out;
  const ActorChunk* main = MainSubject(i - 3);
  if (main == nullptr) return out;
  // "Greece and Cyprus signed a pact, a deal Turkey denounced": both.
  std::vector<const ActorChunk*> subjects = {main};
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.begin == subjects.back()->end + 1 && tk.text(subjects.back()->end) == "and" && Eligible(c)) subjects.push_back(&c);
  }
  for (const ActorChunk* c : subjects) {
    for (const ResolvedActor& a : c->actors) {
      if (!a.country.empty() && a.country != source.country) out.push_back(&a);
    }
  }
  return out;
}

const ResolvedActor* SentenceContext::Partner(const ResolvedActor& source, const PatternMatch& m,
                                              const std::vector<const ResolvedActor*>& allies, bool hostile) const {
  auto other = [&](const std::string& country) {
    if (country.empty() || country == source.country) return false;
    for (const ResolvedActor* a : allies) {
      if (a->country == country) return false;
    }
    return true;
  };
  // A place in another country after the verb ("condolences over the
  // earthquake in Xizang") names who is consoled.
  // So does a country's adjective on the act's object ("fired missiles at
  // Syrian facilities").
  const DocumentTokens& t = ctx_.r.tokens;
  const PhraseMatcher& matcher = ctx_.dict.matcher();
  for (uint32_t i = m.begin + 1; i < end_; ++i) {
    PhraseMatcher::Match pm = matcher.LongestAt(t.ids, i);
    if (pm.end <= pm.begin || !t.capitalized[i]) continue;
    // "the Vienna Convention", "the Paris Agreement": a place that opens a
    // longer name names no party.
    if (pm.end < end_ && t.capitalized[pm.end] && t.tokens[pm.end].is_word &&
        matcher.LongestAt(t.ids, pm.end).end <= pm.end) {
      i = pm.end - 1;
      continue;
    }
    for (uint32_t p : matcher.Payloads(pm.node)) {
      std::string country;
      PhraseKind kind = ActorDictionary::KindOf(p);
      uint32_t index = ActorDictionary::IndexOf(p);
      bool after = i >= m.end;
      if (kind == PhraseKind::kPlace && after) country = ctx_.dict.places()[index].country;
      if ((kind == PhraseKind::kCapital || kind == PhraseKind::kCountryName) && after) {
        country = ctx_.dict.countries()[index].iso3;
      }
      if (kind == PhraseKind::kCountryAdjective && !after) country = ctx_.dict.countries()[index].iso3;
      // "condemned South Sudan's occupation of Heglig": the act's owner.
      bool owner = pm.end < end_ && t.text(pm.end) == "'s";
      if ((kind == PhraseKind::kCountryName || kind == PhraseKind::kCapital) && !after && owner) {
        country = ctx_.dict.countries()[index].iso3;
      }
      if (!other(country)) continue;
      return StateActor(country);
    }
    i = pm.end - 1;
  }
  // Someone else named in the same sentence: "spoke with Zelensky and
  // pledged … in military aid".
  const ActorChunk* nearest = nullptr;
  uint32_t best = UINT32_MAX;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.compound || c.place_like || c.actors.size() != 1) continue;
    const ResolvedActor& a = c.actors[0];
    if (!other(a.country)) continue;
    uint32_t d = c.begin >= m.end ? c.begin - m.end : m.begin > c.end ? m.begin - c.end : 0;
    if (d < best) best = d, nearest = &c;
  }
  if (nearest != nullptr) return &nearest->actors[0];
  // "North Korea fired a missile over Japan. Tokyo condemned the launch."
  for (auto d = ctx_.doers.rbegin(); d != ctx_.doers.rend(); ++d) {
    if (sentence_ - d->sentence > (hostile ? 3 : 2)) break;
    if ((d->hostile || !hostile) && other(d->country)) return StateActor(d->country);
  }
  // "Kan called the bombardment unforgivable", paragraphs after the lead: a
  // reaction answers the story's first hostile act.
  if (hostile) {
    for (const DocumentContext::Doer& d : ctx_.doers) {
      if (d.hostile && other(d.country)) return StateActor(d.country);
    }
  }
  for (const std::string& c : ctx_.r.pair) {
    if (!other(c)) continue;
    if (source.country != ctx_.r.pair[0] && source.country != ctx_.r.pair[1]) return nullptr;
    return StateActor(c);
  }
  return nullptr;
}

bool SentenceContext::InfinitiveOfNamedActor(uint32_t verb) const {
  uint32_t i = SkipAdverbsBack(ctx_, begin_, verb);
  return i > begin_ + 1 && ctx_.r.tokens.text(i - 1) == "to" && EndsActor(i - 1);
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

bool SentenceContext::ClauseBoundaryBetween(uint32_t from, uint32_t to) const {
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t i = from; i < to && i < end_; ++i) {
    std::string_view w = t.text(i);
    if (w == "after" || w == "since" || w == "when" || w == "which" || w == "who" || w == "that" || w == "because" ||
        w == "following" || w == "amid" || w == "before" || w == "over") {
      return true;
    }
  }
  return false;
}

EventDate SentenceContext::DateFor(uint32_t begin, uint32_t end) const {
  EventDate out;
  const DateMention* best = nullptr;
  uint32_t best_distance = 0;
  const DocumentTokens& t = ctx_.r.tokens;
  for (const DateMention& d : *dates_) {
    // "next year", "later this month", "by June": when something else will
    // happen, not when this act did.
    std::string_view first = t.text(d.begin);
    std::string_view before = d.begin > begin_ ? t.text(d.begin - 1) : std::string_view();
    if (first == "next" || first == "coming" || before == "later" || before == "by" || before == "until" ||
        before == "before") {
      continue;
    }
    // "accused London of trampling on a pledge agreed this month", "announced
    // the expulsion, after the killing on June 18": a date past a clause
    // boundary after the act dates another event.
    if (d.begin >= end && ClauseBoundaryBetween(end, d.begin)) continue;
    uint32_t distance = d.end <= begin ? begin - d.end : d.begin >= end ? d.begin - end : 0;
    if (best == nullptr || distance < best_distance) best = &d, best_distance = distance;
  }
  // "Sudan said the same day …", "the next day": the day before it, moved.
  std::optional<DateMention> relative;
  if (best == nullptr) relative = RelativeDay(ctx_, sentence_, begin_, end_);
  if (relative) {
    best = &*relative;
    out.note = "\"" + best->text + "\" after the day named before";
  } else if (best == nullptr && previous_date_.has_value()) {
    // "Beijing reacted on Friday. Lin said …": the previous sentence's day,
    // within the paragraph.
    best = &*previous_date_;
    out.note = "the previous sentence's date (\"" + best->text + "\")";
  } else if (best == nullptr && ctx_.has_lead_date) {
    best = &ctx_.lead_date;
    out.from_lead = true;
    out.note = "the lead's date (\"" + best->text + "\")";
  } else if (best != nullptr) {
    out.note = "\"" + best->text + "\"";
  }
  if (best == nullptr) return out;
  out.date = FormatMention(*best);
  out.precision = best->precision;
  if (best->precision == "range") out.date_end = FormatDay(best->last);
  if (ctx_.r.inferred_year > 0 && ctx_.doc.published.empty()) {
    out.note += "; year " + std::to_string(ctx_.r.inferred_year) + " inferred from roles";
  }
  return out;
}

std::string SentenceContext::LocationFor(uint32_t begin, uint32_t end, bool from_lead) const {
  std::string name, country;
  FindLocation(begin, end, &name, &country);
  if (name.empty() && from_lead) name = ctx_.dateline_place;
  return name;
}

std::string SentenceContext::LocationCountry(uint32_t begin, uint32_t end) const {
  std::string name, country;
  FindLocation(begin, end, &name, &country);
  return country;
}

void SentenceContext::FindLocation(uint32_t begin, uint32_t end, std::string* name, std::string* country) const {
  const DocumentTokens& t = ctx_.r.tokens;
  const PhraseMatcher& matcher = ctx_.dict.matcher();
  uint32_t best_distance = UINT32_MAX;
  for (uint32_t i = begin_; i + 1 < end_; ++i) {
    if (t.text(i) != "in" && t.text(i) != "at") continue;
    uint32_t j = i + 1;
    if (t.text(j) == "the") ++j;
    if (j >= end_ || !t.capitalized[j]) continue;
    PhraseMatcher::Match pm = matcher.LongestAt(t.ids, j);
    if (pm.end <= pm.begin) continue;
    for (uint32_t p : matcher.Payloads(pm.node)) {
      PhraseKind kind = ActorDictionary::KindOf(p);
      uint32_t index = ActorDictionary::IndexOf(p);
      std::string here, iso;
      if (kind == PhraseKind::kPlace) here = ctx_.dict.places()[index].name, iso = ctx_.dict.places()[index].country;
      if (kind == PhraseKind::kCapital) here = ctx_.dict.countries()[index].capital, iso = ctx_.dict.countries()[index].iso3;
      if (here.empty()) continue;
      uint32_t distance = i >= end ? i - end : begin > i ? begin - i : 0;
      if (distance < best_distance) *name = here, *country = iso, best_distance = distance;
      break;
    }
  }
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
