// ActiveParties, PassiveParties, CueParties (act_parties.h): who did an act and to whom.
#include "events/act_parties.h"

#include <algorithm>

#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/implied_events.h"
#include "events/sentence_context.h"

namespace dyad {
namespace {

// Every source and every target are of one state.
bool OneStateActsOnItself(const std::vector<const ResolvedActor*>& sources,
                          const std::vector<const ResolvedActor*>& targets) {
  if (sources.empty() || targets.empty() || sources[0]->country.empty()) return false;
  const std::string& state = sources[0]->country;
  auto of_state = [&](const ResolvedActor* a) { return a->country == state; };
  return std::all_of(sources.begin(), sources.end(), of_state) && std::all_of(targets.begin(), targets.end(), of_state);
}

}  // namespace

bool PassiveParties(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m, uint32_t sentence_end,
                    std::vector<const ResolvedActor*>* sources, std::vector<const ResolvedActor*>* targets,
                    bool* plural_subject, bool* has_target) {
  if (m.has_source) {  // passive: "Y was received by X"
    *sources = sc.ActorsAt(m.source_begin, m.source_end);
    // "Condolences were sent to Seoul by Beijing": a target the pattern
    // names itself, else the passive's subject.
    *targets = m.has_target ? sc.ActorsAt(m.target_begin, m.target_end) : sc.Subject(m, plural_subject);
    if (targets->empty() && !m.has_target) {
      if (const ResolvedActor* owner = sc.PassiveSubjectAdjective(m)) targets->push_back(owner);
    }
    // A place is hit, as in "shelled Kherson": force only (a place
    // visited or recognised is no party).
    if (targets->empty() && !m.has_target && RootOf(m.pattern->code) >= 18) {
      if (const ResolvedActor* place = sc.PassiveSubjectPlace(m)) targets->push_back(place);
    }
  } else {  // "Y was detained on Monday by X"
    uint32_t ab = 0, ae = 0;
    *targets = sc.Subject(m, plural_subject);
    if (targets->empty()) {
      if (const ResolvedActor* owner = sc.PassiveSubjectAdjective(m)) targets->push_back(owner);
    }
    if (targets->empty() && RootOf(m.pattern->code) >= 18) {
      if (const ResolvedActor* place = sc.PassiveSubjectPlace(m)) targets->push_back(place);
    }
    *has_target = true;
    if (PassiveAgent(sc, ctx, m.end, sentence_end, &ab, &ae)) {
      *sources = sc.ActorsAt(ab, ae);
    } else if (m.pattern->code.rfind("114", 0) == 0 && targets->size() == 1 && IsEnvoy(*(*targets)[0])) {
      // "British Ambassador Nigel Casey was summoned": by the state he
      // is posted to, the story's other party.
      if (const ResolvedActor* host = sc.Partner(*(*targets)[0], m)) sources->push_back(host);
    } else if (RootOf(m.pattern->code) == 17 && targets->size() == 1) {
      // "A Japanese employee was formally arrested in Beijing": an arrest
      // or a seizure with no agent is the doing of the state it happens in.
      if (const ResolvedActor* host = sc.HostVenue(m, *(*targets)[0])) {
        sources->push_back(host);
      } else {
        // "Pakistan shot down an Indian jet. Its pilot was captured": one
        // told nowhere is the doing of the state whose hostile act on the
        // captive's the sentences before told.
        const std::string& victim = (*targets)[0]->country;
        for (auto d = ctx.doers.rbegin(); d != ctx.doers.rend() && sc.sentence() - d->sentence <= 3; ++d) {
          if (!d->hostile || d->target != victim || d->country == victim) continue;
          sources->push_back(sc.StateActor(d->country));
          break;
        }
      }
    }
    if (sources->empty()) return false;
  }
  return true;
}

void ActiveParties(const SentenceContext& sc, const PatternMatch& m, const PatternMatch* cue, bool negated,
                   std::vector<const ResolvedActor*>* sources, std::vector<const ResolvedActor*>* targets,
                   bool* plural_subject) {
  PatternMatch from = m;
  if (cue != nullptr) from.begin = cue->begin;
  *sources = sc.Subject(from, plural_subject);
  // "Niger followed Mali in cutting ties with Ukraine": the subject of
  // "followed" does the act, and whom it followed or joined did too.
  uint32_t fellow_verb = 0;
  std::vector<const ResolvedActor*> fellows;
  if (cue == nullptr && !negated && m.has_target) fellows = sc.FellowDoers(m.begin, &fellow_verb);
  if (!fellows.empty()) {
    from.begin = fellow_verb;
    *sources = sc.Subject(from, plural_subject);
    if (!sources->empty()) sources->insert(sources->end(), fellows.begin(), fellows.end());
  }
  // "A Panama-flagged tanker rammed …": a state's property is a
  // target or an owner, never the doer (a flag of convenience, a
  // firm's owner, act through no ship of theirs).
  std::erase_if(*sources, [&](const ResolvedActor* a) { return sc.StatesProperty(a); });
  // "agreed to a ceasefire in Moscow": a capital after "in" is where
  // two parties make peace, not their party (a visit "in Moscow" or
  // force used "in Kyiv" is).
  if (m.has_target && !(m.pattern->code.rfind("08", 0) == 0 && sc.VenueAt(m.target_begin, m.target_end))) {
    *targets = sc.ActorsAt(m.target_begin, m.target_end);
  }
  // "May said Russia was responsible … and gave Moscow until midnight",
  // "Poland demanded that Moscow explain why a Russian missile had flown …,
  // and summoned Russia's envoy": a second predicate whose first conjunct,
  // found inside an embedded clause, is the target's own state would have
  // a state act on itself; the predicate is the main clause's.
  // A target read from context ("gave them 48 hours", "urged it to stop")
  // took the nearest state, the embedded clause's, as the source did: no
  // sign which of the two is misread.
  const ActorChunk* target_chunk = m.has_target ? sc.ChunkAt(m.target_begin) : nullptr;
  const bool target_named = target_chunk == nullptr || target_chunk->how != "coreference";
  if (fellows.empty() && target_named && OneStateActsOnItself(*sources, *targets)) {
    bool plural = false;
    std::vector<const ResolvedActor*> main = sc.MainPredicateSubject(from, &plural, /*through_adverbial=*/true);
    // A participle that would have a state accuse itself ("ended a pact
    // that Algeria had brokered, accusing Algiers of …") hangs on the main
    // clause.
    if (main.empty()) main = sc.MainClauseSubject(from, &plural);
    if (!main.empty() && !OneStateActsOnItself(main, *targets)) {
      std::erase_if(main, [&](const ResolvedActor* a) { return sc.StatesProperty(a); });
      if (!main.empty()) {
        *sources = std::move(main);
        *plural_subject = plural;
      }
    }
  }
}

bool CueParties(const SentenceContext& sc, const PatternMatch& m, const PatternMatch* cue, CueMode mode, bool negated,
                const std::string& own_act, std::string* code, std::vector<const ResolvedActor*>* sources,
                std::vector<const ResolvedActor*>* targets, bool* has_target) {
  if (mode == CueMode::kAppeal || mode == CueMode::kDemand) {
    // "urged Russia to withdraw": the appeal's target is the one urged.
    // "Netanyahu ordered Israeli troops to take over the buffer zone":
    // what a state orders its own forces to do is its own act.
    std::vector<const ResolvedActor*> urged;
    if (cue->has_target) urged = sc.ActorsAt(cue->target_begin, cue->target_end);
    const bool own = !urged.empty() && !sources->empty() && !(*sources)[0]->country.empty() &&
                     std::all_of(urged.begin(), urged.end(), [&](const ResolvedActor* a) { return a->country == (*sources)[0]->country; });
    if (own) {
      *code = own_act;
      if (negated || targets->empty()) return false;
    } else if (cue->has_target) {
      *targets = std::move(urged);
    } else {
      bool plural = false;
      std::vector<const ResolvedActor*> doer = sc.Subject(m, &plural);
      if (!doer.empty() && !sources->empty() && doer[0]->country != (*sources)[0]->country) *targets = doer;
    }
    *has_target = !targets->empty();
    if (!*has_target) return false;
  } else if (mode == CueMode::kAgent) {
    // "prompting Baghdad to summon the Turkish ambassador".
    if (!cue->has_target) return false;
    *sources = sc.ActorsAt(cue->target_begin, cue->target_end);
  } else if (BySpeaker(mode)) {
    // "Russia must withdraw, Kuleba said": the speaker demands it of Russia.
    *targets = *sources;
    sources->clear();
    if (const ResolvedActor* speaker = sc.SpeakerActor()) sources->push_back(speaker);
    *has_target = !targets->empty();
  }
  return true;
}

std::vector<const ResolvedActor*> PartiesBetween(const SentenceContext& sc, const DocumentContext& ctx, uint32_t from) {
  const DocumentTokens& t = ctx.r.tokens;
  const uint32_t end = sc.View().end;
  // Right after the act's noun, or after a phrase of its own ("a treaty of
  // peace and friendship between", "an agreement on fisheries between"): not
  // a phrase of another verb ("met to discuss the violence between").
  uint32_t i = from;
  if (i < end && (t.text(i) == "of" || t.text(i) == "on" || t.text(i) == "for")) {
    for (++i; i < end && i < from + 5 && t.text(i) != "between"; ++i) {
      if (ctx.punct[i] != 0 || !ctx.skippable[i] || t.capitalized[i]) return {};
    }
  }
  if (i + 3 >= end || t.text(i) != "between") return {};
  // "between China and Japan": one chunk of two, or two joined by "and".
  const ActorChunk* a = sc.ChunkAt(i + 1);
  if (a == nullptr || a->begin != i + 1) return {};
  std::vector<const ResolvedActor*> two;
  for (const ResolvedActor& x : a->actors) two.push_back(&x);
  if (two.size() == 1 && a->end + 1 < end && t.text(a->end) == "and") {
    const ActorChunk* b = sc.ChunkAt(a->end + 1);
    if (b == nullptr || b->begin != a->end + 1) return {};
    for (const ResolvedActor& x : b->actors) two.push_back(&x);
  }
  return TwoStates(two) ? two : std::vector<const ResolvedActor*>();
}

void StoryPairParties(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& m,
                      uint32_t sentence_end, std::vector<const ResolvedActor*>* sources, bool* plural_subject) {
  const DocumentTokens& t = ctx.r.tokens;
  // A form of "be" inside the match, told as done ("was signed", "had been
  // formally signed"): not "once the agreement is signed", nor "No
  // agreements were signed".
  uint32_t be = m.begin;
  while (be < m.end && (ctx.flags[be] & kWordBe) == 0) ++be;
  if (be >= m.end || be == m.begin || (t.text(be) != "was" && t.text(be) != "were" && t.text(be) != "been")) return;
  if (sc.Negated(m.begin, m.end)) return;
  for (uint32_t i = m.begin, n = 0; i > sc.View().begin && n < 4; --i, ++n) {
    const std::string_view w = t.text(i - 1);
    if (w == "no" || w == "once" || w == "if" || w == "unless" || w == "until" || w == "when") return;
  }
  // No agent after it: "… by Iran's top security official" names the
  // parties itself.
  for (uint32_t i = m.end; i < sentence_end; ++i) {
    if (t.text(i) == "by") return;
  }
  std::vector<const ResolvedActor*> pair;
  const bool mutual_before = !ctx.mutual_pair[0].empty() && !ctx.mutual_pair[1].empty();
  for (const std::string& country : mutual_before ? ctx.mutual_pair : ctx.r.pair) {
    if (!country.empty() && ctx.dict.CountryByIso(country) != nullptr) pair.push_back(sc.StateActor(country));
  }
  if (pair.size() != 2) return;
  *sources = std::move(pair);
  *plural_subject = true;
}

}  // namespace dyad
