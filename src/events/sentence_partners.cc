// SentenceContext (sentence_context.h): the other party of an act the text
// does not name as its target — a venue's host, the states a reaction in
// apposition answers, a foreign place, another actor, the story's doers.
#include "events/sentence_context.h"
#include "events/act_kinds.h"
#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/verb_classes.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {

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

const ActorChunk* SentenceContext::ChunkNaming(const ResolvedActor* a) const {
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (!c.actors.empty() && &c.actors[0] == a) return &c;
  }
  return nullptr;
}

bool SentenceContext::IsLocation(const ResolvedActor* a) const {
  if (IsPlace(a)) return true;
  const ActorChunk* c = ChunkNaming(a);
  if (c == nullptr || c->actors.size() != 1) return false;
  if (a->person >= 0 || !a->role.empty() || !a->actor_id.empty()) return false;
  if (c->place_like) return true;
  const std::string_view before = c->begin > begin_ ? ctx_.r.tokens.text(c->begin - 1) : std::string_view();
  return before == "in" || before == "at" || before == "near" || before == "off" || before == "around" ||
         before == "outside";
}

bool SentenceContext::AfterPreposition(const ResolvedActor* a) const {
  const ActorChunk* c = ChunkNaming(a);
  if (c == nullptr) return false;
  const std::string_view before = c->begin > begin_ ? ctx_.r.tokens.text(c->begin - 1) : std::string_view();
  if (c->after_preposition) return before != "of";
  // "seized off Crimea": a place's prepositions the chunker leaves to it.
  return before == "off" || before == "near" || before == "outside" || before == "inside" || before == "around";
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

const ResolvedActor* SentenceContext::PassiveSubjectPlace(const PatternMatch& m) const {
  const DocumentTokens& t = ctx_.r.tokens;
  uint32_t i = m.begin;
  for (int aux = 0; i > begin_ && aux < 4 && (IsAuxiliary(t.text(i - 1)) || IsAdverb(t.text(i - 1))); ++aux) --i;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.end != i) continue;
    // "Residents in Kherson said …" is where the speakers are, not what is hit.
    if (c.how != "place" || c.after_preposition || c.actors.size() != 1) return nullptr;
    return &c.actors[0];
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
  // "The US imposed sanctions on Iran, and Russia condemned the move": a
  // disapproval in a coordinated clause answers the first clause's subject,
  // unless that clause is a reaction too ("Greece condemned …, and the US
  // condemned …": allies).
  bool coordinated = false;
  if (!apposition && reactor != nullptr && RootOf(m.pattern->code) == 11 && OpensClause(reactor->begin)) {
    coordinated = true;
    for (uint32_t k = begin_; k + 2 < reactor->begin && coordinated; ++k) coordinated = !ctx_.verb_classes.IsReaction(tk.text(k));
  }
  if (!apposition && !coordinated) return out;
  const ActorChunk* main = MainSubject(apposition ? i - 3 : i - 2);
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

std::string_view SentenceContext::ActKindNoun(const PatternMatch& m) const {
  if (m.end <= m.begin) return {};
  const std::string_view noun = ctx_.r.tokens.text(m.end - 1);  // folded: lower case
  if (ctx_.act_kinds.PrefixesOf(noun) != nullptr) return noun;
  // "called the shelling unforgivable", "termed the raid a massacre": the
  // act named first after the verb, before what it is called.
  for (uint32_t i = m.begin + 1; i + 1 < m.end; ++i) {
    const std::string_view word = ctx_.r.tokens.text(i);
    if (ctx_.act_kinds.PrefixesOf(word) != nullptr) return word;
  }
  return {};
}

uint32_t SentenceContext::ActVictimAt(const PatternMatch& m) const {
  // "condemned the invasion of Panama": who suffered the act named by the
  // match's last word, not who did it (act_kinds.h).
  const DocumentTokens& t = ctx_.r.tokens;
  if (m.end + 1 >= end_ || t.text(m.end) != "of" || m.end <= m.begin ||
      ctx_.act_kinds.PrefixesOf(t.text(m.end - 1)) == nullptr) {
    return UINT32_MAX;
  }
  uint32_t i = m.end + 1;
  if (t.text(i) == "the" && i + 1 < end_) ++i;
  return i;
}

bool SentenceContext::AfterActOf(uint32_t token) const {
  const DocumentTokens& t = ctx_.r.tokens;
  uint32_t i = token;
  if (i > begin_ && t.text(i - 1) == "the") --i;
  return i >= begin_ + 2 && t.text(i - 1) == "of" && ctx_.act_kinds.PrefixesOf(t.text(i - 2)) != nullptr;
}

uint32_t SentenceContext::PredicateEnd(const PatternMatch& m) const {
  const DocumentTokens& t = ctx_.r.tokens;
  for (uint32_t i = m.end; i < end_; ++i) {
    // Another coordinated clause ("…, and Blinken demanded").
    if (OpensClause(i)) return i;
    // Another predicate of the same subject: "Biden condemned the attack,
    // told Netanyahu that support for Israel was ironclad" (a participle with
    // its agent, ", carried out by Iran", is none).
    if (i > m.end && t.text(i - 1) == "," && (ctx_.flags[i] & kWordVerb) != 0 && PastForm(ctx_, i) &&
        !(i + 1 < end_ && t.text(i + 1) == "by") && !(i + 2 < end_ && t.text(i + 2) == "by")) {
      return i - 1;
    }
  }
  return end_;
}

bool SentenceContext::CommaWithin(uint32_t from, uint32_t to) const {
  for (uint32_t i = from; i < to && i < end_; ++i) {
    if (ctx_.r.tokens.text(i) == ",") return true;
  }
  return false;
}

bool SentenceContext::IsOtherParty(const std::string& country, const ResolvedActor& source,
                                   const std::vector<const ResolvedActor*>& allies) {
  if (country.empty() || country == source.country) return false;
  for (const ResolvedActor* a : allies) {
    if (a->country == country) return false;
  }
  return true;
}

const ResolvedActor* SentenceContext::NamedPartner(const ResolvedActor& source, const PatternMatch& m,
                                                   const std::vector<const ResolvedActor*>& allies,
                                                   bool hostile) const {
  if (const ResolvedActor* named = PartnerNamedAfter(source, m, allies, hostile)) return named;
  return NearestNamedPartner(source, m, allies, hostile);
}

const ResolvedActor* SentenceContext::PartnerNamedAfter(const ResolvedActor& source, const PatternMatch& m,
                                                        const std::vector<const ResolvedActor*>& allies,
                                                        bool hostile) const {
  auto other = [&](const std::string& country) { return IsOtherParty(country, source, allies); };
  // A place in another country after the verb ("condolences over the
  // earthquake in Xizang") names who is consoled.
  // So does a country's adjective on the act's object ("fired missiles at
  // Syrian facilities").
  const DocumentTokens& t = ctx_.r.tokens;
  const PhraseMatcher& matcher = ctx_.dict.matcher();
  const uint32_t victim = ActVictimAt(m);
  const uint32_t limit = PredicateEnd(m);
  for (uint32_t i = m.begin + 1; i < limit; ++i) {
    // "denounced the sanctions imposed by President Reagan in response to
    // the crackdown in Poland": the agent of a passive after the verb did
    // the act, whoever is named after it.
    if (i > m.begin + 1 && t.text(i - 1) == "by") {
      const ActorChunk* agent = ChunkAt(i);
      if (agent != nullptr && agent->begin == i && !agent->place_like && !agent->compound && agent->actors.size() == 1 &&
          other(agent->actors[0].country) && !ReportingOutlet(t, *agent)) {
        return &agent->actors[0];
      }
    }
    PhraseMatcher::Match pm = matcher.LongestAt(t.ids, i);
    if (pm.end <= pm.begin || !t.capitalized[i]) continue;
    // "ordered a mobilisation in response to the Turkish invasion of
    // Cyprus": the state an act was done to, in the match or after it, is
    // not its party; the adjective on the act's noun is.
    // (An apology for "the bombing of China's embassy" is to the state that
    // suffered it, as is a halt of "shelling of Armenian villages".)
    if (i == victim || (hostile && AfterActOf(i))) {
      i = pm.end - 1;
      continue;
    }
    const bool on_act = i >= m.end && pm.end < limit && ctx_.act_kinds.PrefixesOf(t.text(pm.end)) != nullptr;
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
      if (kind == PhraseKind::kCountryAdjective && (!after || on_act)) country = ctx_.dict.countries()[index].iso3;
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
  return nullptr;
}

const ResolvedActor* SentenceContext::NearestNamedPartner(const ResolvedActor& source, const PatternMatch& m,
                                                          const std::vector<const ResolvedActor*>& allies,
                                                          bool hostile) const {
  auto other = [&](const std::string& country) { return IsOtherParty(country, source, allies); };
  const uint32_t victim = ActVictimAt(m);
  const uint32_t limit = PredicateEnd(m);
  // Someone else named in the same sentence: "spoke with Zelensky and
  // pledged … in military aid".
  const ActorChunk* nearest = nullptr;
  uint32_t best = UINT32_MAX;
  for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
    const ActorChunk& c = ctx_.r.chunks[k];
    if (c.compound || c.place_like || c.actors.size() != 1) continue;
    const ResolvedActor& a = c.actors[0];
    if (!other(a.country)) continue;
    // "…, a spokeswoman told Reuters", "in an interview with CNN": the
    // outlet that reports is no party to what it reports.
    if (ReportingOutlet(ctx_.r.tokens, c)) continue;
    if (c.begin == victim || (hostile && AfterActOf(c.begin))) continue;
    // "Syria, the main power broker in Lebanon, also condemned the attack":
    // a name set off by commas between the subject and its verb describes
    // the subject.
    if (c.end <= m.begin && CommaWithin(c.end, m.begin) &&
        CommaWithin(c.begin > begin_ + 8 ? c.begin - 8 : begin_, c.begin)) {
      continue;
    }
    // "Dendias condemned the incident, and Blinken demanded …": the subject
    // of another clause is no party to this one's act, nor is anyone named
    // in another predicate of its subject.
    if (c.begin >= m.end && (OpensClause(c.begin) || c.begin >= limit)) continue;
    uint32_t d = c.begin >= m.end ? c.begin - m.end : m.begin > c.end ? m.begin - c.end : 0;
    if (d < best) best = d, nearest = &c;
  }
  if (nearest != nullptr) return &nearest->actors[0];
  return nullptr;
}

const ResolvedActor* SentenceContext::Partner(const ResolvedActor& source, const PatternMatch& m,
                                              const std::vector<const ResolvedActor*>& allies, bool hostile,
                                              bool aid) const {
  auto other = [&](const std::string& country) { return IsOtherParty(country, source, allies); };
  // "Troops of the Soviet Union, Poland and Hungary poured into
  // Czechoslovakia. … Soviet soldiers opened fire": who acted with the
  // source on the same state in the same sentence, and on neither of them,
  // is its ally.
  auto ally = [&](const DocumentContext::Doer& d) {
    if (d.target.empty()) return false;
    bool joint = false;
    for (const DocumentContext::Doer& e : ctx_.doers) {
      if (e.sentence != d.sentence) continue;
      const bool on_each_other = (e.country == source.country && e.target == d.country) ||
                                 (e.country == d.country && e.target == source.country);
      if (on_each_other) return false;
      joint = joint || (e.country == source.country && e.target == d.target);
    }
    return joint;
  };
  // "U.S. troops invaded Panama … Panamanian troops shot a Marine. Cuba
  // condemned the invasion": an act named by a noun of a kind (act_kinds.h)
  // is the first act of that kind the story told, the one it reports ("Iran
  // launched drones at Israel, which shot most down … Biden condemned the
  // attack"), however far back.
  const std::string_view kind_noun = ActKindNoun(m);
  auto doer_of_kind = [&](bool told_before) -> const ResolvedActor* {
    if (kind_noun.empty()) return nullptr;
    for (const DocumentContext::Doer& d : ctx_.doers) {
      if ((!told_before || d.sentence < sentence_) && ctx_.act_kinds.Names(kind_noun, d.cameo) && other(d.country)) {
        return StateActor(d.country);
      }
    }
    return nullptr;
  };
  // "… Castro denounced the invasion as a criminal act and said the Cubans
  // on Grenada had orders to fight only if attacked": a reaction to an act
  // the story told before answers that act's doer, not a place named after.
  if (hostile) {
    if (const ResolvedActor* doer = doer_of_kind(/*told_before=*/true)) return doer;
  }
  if (const ResolvedActor* named = NamedPartner(source, m, allies, hostile)) return named;
  // "Australia recalled its ambassador from Paris. … New Zealand has also
  // withdrawn its ambassador": an act done "also", "too" or "likewise" is
  // another's act of the same root told just before, on the same state.
  if (RepeatsAct(m)) {
    for (auto d = ctx_.doers.rbegin(); d != ctx_.doers.rend(); ++d) {
      if (sentence_ - d->sentence > 3) break;
      if (d->country != source.country && !d->target.empty() && d->cameo.size() >= 2 &&
          d->cameo.compare(0, 2, m.pattern->code, 0, 2) == 0 && other(d->target)) {
        return StateActor(d->target);
      }
    }
  }
  // "Australia pledged $40 million for reconstruction": one of several
  // donors to the state the story has others give to, not the last donor.
  if (aid) {
    for (auto r = ctx_.aid_recipients.rbegin(); r != ctx_.aid_recipients.rend(); ++r) {
      if (other(*r)) return StateActor(*r);
    }
  }
  if (const ResolvedActor* doer = doer_of_kind(/*told_before=*/false)) return doer;
  // "North Korea fired a missile over Japan. Tokyo condemned the launch."
  for (auto d = ctx_.doers.rbegin(); d != ctx_.doers.rend(); ++d) {
    if (sentence_ - d->sentence > (hostile ? 3 : 2)) break;
    if ((d->hostile || !hostile) && other(d->country) && !ally(*d)) return StateActor(d->country);
  }
  // "Kan called the bombardment unforgivable", paragraphs after the lead: a
  // reaction answers the story's first hostile act.
  if (hostile) {
    for (const DocumentContext::Doer& d : ctx_.doers) {
      if (d.hostile && other(d.country) && !ally(d)) return StateActor(d.country);
    }
  }
  // "told a rally that the invasion of Czechoslovakia was a grave
  // mistake": the state that suffered the act is not who is blamed for it
  // (but is who a halt of it spares: "halted shelling of Armenian villages").
  std::vector<std::string> victims;
  if (hostile) {
    const uint32_t victim = ActVictimAt(m);
    for (uint32_t k : ctx_.r.by_sentence[static_cast<size_t>(sentence_)]) {
      const ActorChunk& c = ctx_.r.chunks[k];
      const bool suffered = c.begin == victim || (c.begin >= m.begin && c.begin < m.end && AfterActOf(c.begin));
      if (suffered && c.actors.size() == 1) victims.push_back(c.actors[0].country);
    }
  }
  for (const std::string& c : ctx_.r.pair) {
    if (!other(c) || std::find(victims.begin(), victims.end(), c) != victims.end()) continue;
    if (source.country != ctx_.r.pair[0] && source.country != ctx_.r.pair[1]) return nullptr;
    return StateActor(c);
  }
  return nullptr;
}

}  // namespace dyad
