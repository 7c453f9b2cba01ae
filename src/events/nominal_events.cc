#include "events/nominal_events.h"

#include <algorithm>
#include <iterator>

#include "events/act_parties.h"
#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/verb_classes.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {
namespace {

// Words that may stand between the owner and the noun: "US-led sanctions",
// "Japan's formal protest", "the latest China-Japan talks"; not a
// preposition or conjunction ("the US during a visit to …").
bool MayModifyNoun(const DocumentContext& ctx, uint32_t i) {
  const DocumentTokens& t = ctx.r.tokens;
  return t.tokens[i].is_word && !t.capitalized[i] && ctx.skippable[i] != 0 && t.text(i) != "and" && t.text(i) != "or";
}

// The country a dictionary name or adjective starting at `i` stands for,
// with its end.
std::string CountryWordAt(const DocumentContext& ctx, uint32_t i, uint32_t* end) {
  const DocumentTokens& t = ctx.r.tokens;
  if (i >= t.size() || !t.capitalized[i]) return "";
  PhraseMatcher::Match pm = ctx.dict.matcher().LongestAt(t.ids, i);
  if (pm.end <= pm.begin) return "";
  for (uint32_t p : ctx.dict.matcher().Payloads(pm.node)) {
    PhraseKind kind = ActorDictionary::KindOf(p);
    if (kind == PhraseKind::kCountryName || kind == PhraseKind::kCountryAdjective || kind == PhraseKind::kCapital) {
      *end = pm.end;
      return ctx.dict.countries()[ActorDictionary::IndexOf(p)].iso3;
    }
  }
  return "";
}

// "during a visit", "on his trip", "after talks": the preposition of time
// whose phrase the noun (its modifiers starting at `at`) heads; empty when
// it heads none.
std::string_view TimePreposition(const DocumentTokens& t, uint32_t begin, uint32_t at) {
  uint32_t i = at;
  std::string_view w = t.text(i - 1);
  if (IsDeterminer(w)) {
    if (i < begin + 2) return {};
    --i;
    w = t.text(i - 1);
  }
  // "after nine months of talks", "after two rounds of negotiations": a
  // span of the noun's time.
  if (w == "of" && i >= begin + 4 && IsTimeSpanUnit(t.text(i - 2))) {
    i -= 3;  // "of", the unit and its number
    w = t.text(i - 1);
    if (IsDeterminer(w) && i >= begin + 2) w = t.text(--i - 1);
  }
  const bool of_time = w == "during" || w == "on" || w == "after" || w == "before" || w == "in" || w == "at" ||
                       w == "following";
  return of_time ? w : std::string_view();
}

bool DuringPhrase(const DocumentTokens& t, uint32_t begin, uint32_t at) {
  return !TimePreposition(t, begin, at).empty();
}

// "after 12 years of negotiations", "a decade of talks": the noun at `at`
// spans years.
bool AfterYearsOf(const DocumentTokens& t, uint32_t begin, uint32_t at) {
  uint32_t i = at;
  if (i > begin && IsDeterminer(t.text(i - 1))) --i;
  if (i < begin + 2 || t.text(i - 1) != "of") return false;
  const std::string_view unit = t.text(i - 2);
  return unit == "years" || unit == "year" || unit == "decade" || unit == "decades";
}

// The actors of the "of" phrase right after the noun ("of Russian tanks",
// "of twelve Chinese warships"): what a movement, a delivery or a barrage
// moves is its doer's own. Only when the pattern's target lies past that
// phrase: "the expulsion of French diplomats" names whom the act is done to.
std::vector<const ResolvedActor*> OfPhraseDoer(const SentenceContext& sc, const DocumentContext& ctx,
                                               const PatternMatch& m) {
  const DocumentTokens& t = ctx.r.tokens;
  if (!m.has_target) return {};
  // The noun may be spelled in words ("build - up of").
  uint32_t of = m.begin + 1;
  while (of < m.target_begin && of < m.begin + 4 && t.text(of) != "of") ++of;
  if (of >= m.target_begin || t.text(of) != "of") return {};
  uint32_t at = of + 1;
  for (int k = 0; k < 3 && at < m.target_begin && sc.ChunkAt(at) == nullptr && MayModifyNoun(ctx, at); ++k) ++at;
  const ActorChunk* c = sc.ChunkAt(at);
  if (c == nullptr || c->end > m.target_begin || c->place_like) return {};
  // A person or a civilian is whom the act befalls ("the extradition of a
  // Russian national to the US"), not whose it is.
  if (c->how == "title") return {};
  std::vector<const ResolvedActor*> out;
  for (const ResolvedActor& a : c->actors) {
    if (a.person >= 0 || a.sector == "CVL") return {};
    out.push_back(&a);
  }
  return out;
}

// The agent of a passive doing verb ("was announced by", "were ordered by")
// whose subject is the noun phrase of `m`: the verb follows the phrase
// (its end is the pattern's end, or the target's), with only a form of
// "be" and adverbs between. Not a reaction ("was condemned by"): that
// names someone else.
std::vector<const ResolvedActor*> AnnouncerOfNoun(const SentenceContext& sc, const DocumentContext& ctx,
                                                  const PatternMatch& m) {
  const DocumentTokens& t = ctx.r.tokens;
  const uint32_t end = sc.View().end;
  uint32_t i = std::max(m.end, m.has_target ? m.target_end : m.end);
  // The noun phrase may run on past the pattern ("… employees identified as
  // intelligence officers"): only up to a few words, never across a clause.
  uint32_t be = i;
  for (int k = 0; k < 6 && be < end && !(ctx.flags[be] & kWordBe); ++k) {
    const std::string_view w = t.text(be);
    if ((ctx.flags[be] & kWordPunct) || w == "that" || w == "which" || w == "who" || w == "and" || w == "but") return {};
    ++be;
  }
  if (be >= end || !(ctx.flags[be] & kWordBe) || t.text(be) == "get" || t.text(be) == "got") return {};
  uint32_t verb = be + 1;
  while (verb < end && ((ctx.flags[verb] & kWordBe) || (ctx.flags[verb] & kWordAdverb))) ++verb;
  if (verb + 1 >= end || !ctx.verb_classes.IsDoing(t.text(verb)) || t.text(verb + 1) != "by") return {};
  uint32_t ab = 0, ae = 0;
  if (!PassiveAgent(sc, ctx, verb + 1, end, &ab, &ae)) return {};
  return sc.ActorsAt(ab, ae);
}

// "Vietnam rejected Peking's offer of talks", "Ethiopia rejected Egypt's
// demand for a binding deal": an addressed act with an owner and no one it
// is for was made to the subject of the verb that takes it up or turns it
// down (the class "taking"), written before the owner and at most a
// determiner.
std::vector<const ResolvedActor*> Taker(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m) {
  const DocumentTokens& t = ctx.r.tokens;
  const uint32_t begin = sc.View().begin;
  // Back over the owners' phrases and the noun's modifiers ("Peking 's",
  // "U.S. and French", "Japan 's formal").
  uint32_t v = m.begin;
  while (v > begin && !ctx.verb_classes.IsTaking(t.text(v - 1)) && !IsDeterminer(t.text(v - 1))) {
    const std::string_view w = t.text(v - 1);
    if (sc.ChunkAt(v - 1) == nullptr && w != "'s" && w != "and" && w != "," && !MayModifyNoun(ctx, v - 1)) break;
    --v;
  }
  if (v > begin && IsDeterminer(t.text(v - 1))) --v;
  // "rejected on Tuesday a Chinese proposal": a date between verb and object.
  v = sc.DateEndingAt(v);
  if (v <= begin || !ctx.verb_classes.IsTaking(t.text(v - 1))) return {};
  PatternMatch verb;
  verb.begin = v - 1;
  verb.end = v;
  bool plural = false;
  return sc.Subject(verb, &plural);
}

}  // namespace

// "Vietnam lodged a protest with China over the detention of 23 Vietnamese
// fishermen": a hostile act (13-20) on the reacting subject's own people,
// told after "over", "about" or "against" with no doer, is the act of the
// state the reaction is aimed at: the nearest other state named before it
// in the clause, after "with", "to" or a verb of reaction. `at` is where the
// noun phrase opens.
std::vector<const ResolvedActor*> ReactedToDoer(const SentenceContext& sc, const DocumentContext& ctx,
                                                const PatternMatch& m, uint32_t at) {
  const DocumentTokens& t = ctx.r.tokens;
  const uint32_t begin = sc.View().begin;
  if (!m.has_target || m.pattern == nullptr || RootOf(m.pattern->code) < 13 || at <= begin + 1) return {};
  if (!IsReactionPreposition(t.text(at - 1))) return {};
  bool plural = false;
  const std::vector<const ResolvedActor*> subject = sc.Subject(m, &plural);
  if (subject.size() != 1 || subject[0]->country.empty()) return {};
  const std::string& own = subject[0]->country;
  for (const ResolvedActor* g : sc.ActorsAt(m.target_begin, m.target_end)) {
    if (g->country != own) return {};
  }
  for (uint32_t b = at - 1; b > begin; --b) {
    if (ctx.punct[b - 1] != 0) break;
    const ActorChunk* c = sc.ChunkAt(b - 1);
    if (c == nullptr || c->end > at - 1 || c->actors.size() != 1) continue;
    const std::string& other = c->actors[0].country;
    if (other.empty() || other == own) continue;
    // Only the reaction's addressee: "protested to/with China", "condemned
    // Israel over" ("Spanish demands … over the seizure of YPF" is not).
    const std::string_view lead = c->begin > begin ? t.text(c->begin - 1) : std::string_view();
    if (lead != "with" && lead != "to" && !ctx.verb_classes.IsReaction(lead)) return {};
    return {sc.StateActor(other)};
  }
  return {};
}

std::vector<ActorPair> NominalParties(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m,
                                      std::span<const EventRecord> sentence_events) {
  const DocumentTokens& t = ctx.r.tokens;
  const uint32_t begin = sc.View().begin;
  std::vector<const ResolvedActor*> owners;
  // "the seizure by Iran of a British tanker": the doer between the noun and
  // the rest (NominalWithAgent in verb_patterns.cc).
  if (m.has_source) owners = sc.ActorsAt(m.source_begin, m.source_end);
  // Step back over modifiers to the owner.
  uint32_t at = m.begin;
  for (int k = 0; k < 3 && at > begin && MayModifyNoun(ctx, at - 1); ++k) {
    // "China condemned the sanctions on Russia": what a name reacts to is
    // someone else's act ("Malaysia issued a protest note" is its own).
    if (at - 1 > begin && t.capitalized[at - 2] && ctx.verb_classes.IsReaction(t.text(at - 1))) break;
    --at;
  }
  if (at > begin && t.text(at - 1) == "'s") --at;
  // "a U.S.-brokered ceasefire", "Saudi-backed talks": the owner joined by
  // a hyphen, on the pattern's own first word only (the U.S. brokers, it
  // does not cease fire).
  if (at == m.begin && at > begin + 1 && t.JoinedHyphen(at - 1)) {
    --at;
  }
  // "the Soviet-led invasion of", "a US-commanded naval operation": the
  // state joined to a participle of leading, before the noun's other
  // modifiers, is the noun's doer (data/actors/compound_participles.tsv).
  if (at < m.begin && at > begin + 1 && ctx.JoinedParticiple(at, CompoundRole::kLeader)) --at;
  // "China-Japan talks", "Sino-Japanese talks": a hyphenated pair.
  for (uint32_t b = at >= begin + 3 ? at - 3 : begin; b < at; ++b) {
    uint32_t e1 = 0, e2 = 0;
    std::string a = CountryWordAt(ctx, b, &e1);
    if (a.empty() || e1 + 1 >= at || t.text(e1) != "-") continue;
    std::string c = CountryWordAt(ctx, e1 + 1, &e2);
    if (!c.empty() && e2 == at && c != a) {
      owners = {sc.StateActor(a), sc.StateActor(c)};
      break;
    }
  }
  // "Israeli strikes on Gaza": the noun closes an actor phrase of its own,
  // which a list may share ("Chinese and Russian bombers flew near …").
  bool listed_owners = false;
  for (uint32_t b = m.begin > begin + 4 ? m.begin - 4 : begin; owners.empty() && b < m.begin; ++b) {
    const ActorChunk* c = sc.ChunkAt(b);
    if (c != nullptr && c->end > m.begin && !c->place_like) {
      owners = sc.ActorsWithListed(*c);
      listed_owners = owners.size() > c->actors.size();
    }
  }
  if (owners.empty()) {
    for (uint32_t b = at > begin + 6 ? at - 6 : begin; b < at; ++b) {
      const ActorChunk* c = sc.ChunkAt(b);
      if (c == nullptr || c->end != at) continue;
      for (const ResolvedActor& a : c->actors) owners.push_back(&a);
      break;
    }
  }
  // "an air strike by the Saudi-led coalition", "the downing of a jet by an
  // Iranian missile": the doer written after the noun.
  if (owners.empty()) {
    uint32_t ab = 0, ae = 0;
    // "talks brokered by Qatar": the broker is no party of the talks.
    const bool third_party = m.end < sc.View().end && ctx.verb_classes.IsThirdParty(ctx.r.tokens.text(m.end));
    if (!third_party && PassiveAgent(sc, ctx, m.begin + 1, sc.View().end, &ab, &ae)) owners = sc.ActorsAt(ab, ae);
  }
  // "The expulsion of 15 Russian diplomats was announced by Norway's foreign
  // minister": a noun that is the subject of a passive doing verb
  // ("announced", "ordered") is the act of that verb's agent.
  if (owners.empty()) owners = AnnouncerOfNoun(sc, ctx, m);
  // "a build-up of Russian tanks near the border with Ukraine", "a
  // consignment of Ukrainian wheat reached Ethiopia": the doer written in
  // the noun's "of" phrase, when the pattern names the target elsewhere.
  if (owners.empty()) owners = OfPhraseDoer(sc, ctx, m);
  if (owners.empty()) owners = ReactedToDoer(sc, ctx, m, at);
  std::vector<const ResolvedActor*> targets;
  if (m.has_target) targets = sc.ActorsAt(m.target_begin, m.target_end);
  if (!m.has_target && !owners.empty() && m.pattern != nullptr && IsAddressed(m.pattern->code)) {
    targets = Taker(sc, ctx, m);
    // "the US and French offers of help": owners of one addressed act are
    // no parties to each other's.
    if (targets.empty()) return {};
  }
  // "talks with Britain and the United States": those after "with" are the
  // other side, not parties to each other.
  bool with_targets = false;
  for (uint32_t i = m.begin; m.has_target && i < m.target_begin; ++i) with_targets = with_targets || t.text(i) == "with";
  std::vector<ActorPair> out;
  auto each_way = [&](const std::vector<const ResolvedActor*>& side) {
    for (const ResolvedActor* a : side) {
      for (const ResolvedActor* b : side) {
        if (a != b && !a->country.empty() && a->country != b->country) out.emplace_back(a, b);
      }
    }
  };
  if (owners.size() >= 2 && targets.empty()) {
    each_way(owners);
  } else if (!owners.empty()) {
    // "the decision by Saudi Arabia, the UAE, Bahrain and Egypt to sever
    // relations with it": one of several owners is none of their targets
    // (there a pronoun read as the nearest state).
    // Each of the states listed before one noun acts for itself ("Syrian and
    // Russian air strikes on Idlib": Russia's on Syria's town).
    for (const ResolvedActor* s : owners) {
      if (owners.size() > 1 && targets.size() == 1 && !s->country.empty() && s->country == targets[0]->country &&
          !listed_owners) {
        return {};
      }
    }
    for (const ResolvedActor* s : owners) {
      for (const ResolvedActor* g : targets) {
        if (!s->country.empty() && s->country != g->country) out.emplace_back(s, g);
      }
    }
  } else if (targets.size() >= 2 && !with_targets) {
    each_way(targets);  // "talks between India and China"
  } else if (!targets.empty() && at > begin + 1 && DuringPhrase(t, begin, at)) {
    // "Milei praised Israel during a visit to Jerusalem": the clause's
    // subject does what the noun names.
    bool plural = false;
    // Talks are held by both sides: "said during talks with X"; so is a
    // signing ("in a joint declaration signed with President Kim").
    const bool mutual = m.pattern != nullptr && IsMutualCode(m.pattern->code);
    for (const ResolvedActor* s : sc.Subject(m, &plural)) {
      for (const ResolvedActor* g : targets) {
        if (s->country.empty() || s->country == g->country) continue;
        out.emplace_back(s, g);
        if (mutual) out.emplace_back(g, sc.StateActor(s->country));
      }
    }
  } else if (targets.empty() && at > begin && m.pattern != nullptr && m.pattern->code.rfind("046", 0) == 0 &&
             DuringPhrase(t, begin, at)) {
    // "Poland and Finland will …, the two ministers said after talks in
    // Helsinki": talks with no one named are between the clause's subjects.
    bool plural = false;
    std::vector<const ResolvedActor*> subjects = sc.Subject(m, &plural);
    if (plural) {
      each_way(subjects);
    } else if (!AfterYearsOf(t, begin, m.begin)) {
      // "Saudi Arabia and Iran agreed to restore ties, in a deal brokered by
      // China after four days of talks in Beijing": the parties of the
      // sentence's last cooperative act coded both ways (not talks of years,
      // "after a decade of negotiations", which no day dates).
      for (size_t k = sentence_events.size(); k-- > 0 && out.empty();) {
        const EventRecord& e = sentence_events[k];
        // (A mediator's or a host's act, 045 or 043, is no party's.)
        auto cooperative = [](const EventRecord& r) {
          const int root = RootOf(r.root);
          return root >= 3 && root <= 8 && r.cameo.rfind("045", 0) != 0 && r.cameo.rfind("043", 0) != 0;
        };
        if (!cooperative(e) || e.target.country.empty() || e.source.country.empty()) continue;
        for (const EventRecord& back : sentence_events) {
          if (back.source.country != e.target.country || back.target.country != e.source.country || !cooperative(back)) {
            continue;
          }
          out.emplace_back(sc.StateActor(e.source.country), sc.StateActor(e.target.country));
          out.emplace_back(sc.StateActor(e.target.country), sc.StateActor(e.source.country));
          break;
        }
      }
      // "Japan urged North Korea at normalisation talks in Kuala Lumpur":
      // words said at or during the talks (an appeal, a pledge, an offer of
      // cooperation) pass between their parties; what is done during them,
      // "stole secrets during iron ore talks", need not.
      const std::string_view preposition = TimePreposition(t, begin, at);
      const bool in_course = (preposition == "at" || preposition == "during") && subjects.size() == 1;
      for (size_t k = 0; in_course && out.empty() && k < sentence_events.size(); ++k) {
        const EventRecord& e = sentence_events[k];
        const int root = RootOf(e.root);
        if (e.source.country != subjects[0]->country || e.target.country.empty() || root < 2 || root > 5) continue;
        out.emplace_back(sc.StateActor(e.source.country), sc.StateActor(e.target.country));
        out.emplace_back(sc.StateActor(e.target.country), sc.StateActor(e.source.country));
      }
    }
  } else if (!targets.empty() && m.begin > begin + 1) {
    // "Cleverly announced the expulsion of the Russian attache", "Israeli
    // jets resumed air strikes on Gaza": the noun is the object of a verb
    // whose subject does it. The verb stands before the noun's determiner
    // ("announced the immediate expulsion") or right before the noun.
    auto past_verb_before = [&](uint32_t noun) {
      uint32_t v = noun - 1;
      for (int k = 0; k < 2 && v > begin; ++k) {
        std::string_view w = t.text(v);
        if (w != "the" && w != "a" && w != "an" && w != "its" && w != "their" && w != "fresh" && w != "new" &&
            w != "up" && w != "out") {
          break;
        }
        --v;
      }
      return v > begin && !t.capitalized[v] && ctx.verb_classes.IsDoing(t.text(v));
    };
    // "China retaliated with export curbs", "Seoul hit back with sanctions
    // on Pyongyang", "pressed ahead with tariffs": the noun after "with" is
    // how the subject answers; not "vowed to hit back with" nor "was met
    // with".
    auto answered_with = [&](uint32_t noun) {
      uint32_t w = noun - 1;
      if (w > begin && IsDeterminer(t.text(w))) --w;
      if (w < begin + 2 || t.text(w) != "with") return false;
      uint32_t v = w - 1;
      if (v > begin + 1 && t.text(v).ends_with("ly")) --v;  // "retaliated swiftly with"
      // "pressed ahead", "struck back": the verb before the particle, a past form.
      const std::string_view word = t.text(v);
      const bool particle = word == "back" || word == "ahead" || word == "forward";
      if (particle) --v;
      if (v <= begin || t.capitalized[v]) return false;
      const std::string_view verb = t.text(v);
      if (particle ? !(HasPastShape(verb) || verb == "hit" || verb == "struck" || verb == "went" || verb == "fought")
                   : !ctx.verb_classes.IsAnswer(verb)) {
        return false;
      }
      // An act to come or a passive ("could hit back with", "was answered
      // with") is no act of the subject's.
      static constexpr std::string_view kNotDone[] = {"to",     "will", "would", "could", "can", "may", "might", "should",
                                                      "must",   "shall", "was",  "were",  "be",  "been", "is",   "are"};
      return std::find(std::begin(kNotDone), std::end(kNotDone), t.text(v - 1)) == std::end(kNotDone);
    };
    if ((at > begin + 1 && (past_verb_before(at) || answered_with(at))) || past_verb_before(m.begin) ||
        answered_with(m.begin)) {
      bool plural = false;
      for (const ResolvedActor* s : sc.Subject(m, &plural)) {
        for (const ResolvedActor* g : targets) {
          if (!s->country.empty() && s->country != g->country) out.emplace_back(s, g);
        }
      }
    }
  }
  // "The agreement was signed in Beijing on Friday": no owner, no party
  // named; a signing told done is the story's two parties'.
  if (out.empty() && owners.empty() && targets.empty() && m.pattern != nullptr && m.pattern->code.rfind("057", 0) == 0) {
    std::vector<const ResolvedActor*> pair;
    bool plural = false;
    StoryPairParties(sc, ctx, m, sc.View().end, &pair, &plural);
    each_way(pair);
  }
  return out;
}

}  // namespace dyad
