// SentenceContext (sentence_context.h): which of the sentence's pattern
// matches are its acts — a verb used as a noun, overlapping readings, a
// possessive's own act — before any is coded.
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

// Words that are verbs in patterns but nouns after "the", "a" or a
// possessive: "China's demand that …", "the visit", "a call", "a mutual halt".
static bool IsNounUse(const DocumentTokens& t, uint32_t begin, uint32_t first) {
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

}  // namespace dyad
