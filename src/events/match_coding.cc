// EventCoder's coding of one selected match of a sentence: a noun of an act
// (CodeNominalMatch: its cue's mode, else the parties NominalParties finds)
// or a verb (CodeVerbMatch: the governing cue's mode, negation, the parties in
// either voice, and the corrections by who the parties are), into events.
#include <algorithm>
#include <cctype>

#include "events/act_parties.h"
#include "events/answered_acts.h"
#include "events/clause_rules.h"
#include "events/conditional_threats.h"
#include "events/event_coder.h"
#include "events/match_events.h"
#include "events/nominal_events.h"
#include "events/sentence_coding.h"
#include "events/word_classes.h"

namespace dyad {
namespace {


// Negated cooperation becomes rejection; negated conflict is no event. "Did
// not release the sailors" is refused as "refused to release" is (1243, the
// reject column of mode_codes.tsv); an act the table has no refusal for
// (intent, 03x) is a rejection of talks or a plain one.
std::string NegatedCode(const ModeTable& modes, const std::string& code) {
  int root = RootOf(code);
  if (root < 3 || root > 8) return "";
  std::string refused = modes.Apply(Mode::kReject, code);
  if (!refused.empty()) return refused;
  if (code.rfind("036", 0) == 0 || root == 4) return "125";
  return "120";
}

}  // namespace

bool EventCoder::CodeNominalMatch(SentenceWork& w, size_t k) const {
  DocumentContext& ctx = w.ctx;
  const SentenceContext& sc = w.sc;
  const uint32_t sb = w.sb, se = w.se;
  const CueScope& scope = w.scope;
  const PatternMatch& m = w.matches[k];
  const VerbPattern& p = *m.pattern;
  bool coded = false;
  // An occasion ("during a visit to Beijing") is no object of a cue.
  const PatternMatch* cue = sc.Occasion(m) ? nullptr : scope.governing[k];
  // "a Chinese proposal to hold talks": a noun that opens with the
  // cue's own words ("proposal to") reads them itself.
  if (cue != nullptr && cue->begin == m.begin) cue = nullptr;
  if (cue != nullptr) {
    // "ruled out direct negotiations with the US": the cue's subject
    // and mode, the noun's target; "called for talks", "possible
    // sanctions" and the like code nothing.
    // "may cut off gas exports to Moldova if …": a possible halt is a
    // threat on the terms of conditional_threats.h, else none.
    const CueMode cm = cue->pattern->mode;
    const PatternMatch* possible = scope.possible[k];
    ConditionClause condition;
    std::string code = possible != nullptr ? PossibleThreat(sc, ctx, *modes_, sb, se, *possible,
                                                            cm == CueMode::kHalt ? cue : nullptr, m, &condition)
                       : Blocks(cm) || BySpeaker(cm) ? ""
                                                    : scope.Code(*modes_, k, cm, p.code, sc.Negated(cue->begin, cue->end));
    if (code.empty() || !m.has_target) return false;
    bool plural = false;
    std::vector<const ResolvedActor*> targets = sc.ActorsAt(m.target_begin, m.target_end);
    const PatternMatch* asked = scope.PartyCue(k);
    const CueMode am = asked->pattern->mode;
    if (asked->has_target && (am == CueMode::kAppeal || am == CueMode::kDemand)) {
      targets = sc.ActorsAt(asked->target_begin, asked->target_end);
    }
    for (const ResolvedActor* src : sc.Subject(*cue, &plural)) {
      if (possible != nullptr && !VoicedByOwnState(sc, *src)) continue;
      for (const ResolvedActor* tgt : targets) {
        if (src->country.empty() || src->country == tgt->country) continue;
        w.sink.Add(*src, tgt, code, sc, m);
        coded = true;
      }
    }
    return coded;
  }
  const std::span<const EventRecord> sentence_events(w.sink.records().data() + w.first_event,
                                                     w.sink.records().size() - w.first_event);
  std::vector<const ResolvedActor*> doers, done_to;
  for (const auto& [src, tgt] : NominalParties(sc, ctx, m, sentence_events)) {
    w.sink.Add(*src, tgt, p.code, sc, m);
    coded = true;
    doers.push_back(src);
    done_to.push_back(tgt);
  }
  // "… the US raid on Libya, but France and Spain criticised it": an
  // act told as a noun is one a later reaction answers.
  if (!doers.empty()) TellAct(m, p.code, doers, done_to, &w.told);
  return coded;
}

bool EventCoder::CodeVerbMatch(SentenceWork& w, size_t k) const {
  DocumentContext& ctx = w.ctx;
  const SentenceContext& sc = w.sc;
  const uint32_t sb = w.sb, se = w.se;
  const CueScope& scope = w.scope;
  const std::vector<PatternMatch>& matches = w.matches;
  const PatternMatch& m = matches[k];
  const VerbPattern& p = *m.pattern;
  bool inside_cue = false;
  // "agreed in a phone call on Friday to …": the occasion in a cue's gap
  // took place; it is no part of the act the cue governs.
  const bool occasion = RootOf(m.pattern->code) == 4 && m.pattern->code.rfind("045", 0) != 0 && !m.has_target;
  for (const auto& [b, e] : scope.used) {
    inside_cue = inside_cue || (m.begin >= b && m.begin < e && !(occasion && m.begin > b && m.end < e));
  }
  if (inside_cue) return false;
  const PatternMatch* cue = scope.governing[k];
  CueMode mode = cue != nullptr ? cue->pattern->mode : CueMode::kAct;
  // "said he could withhold aid from Jordan if …": a possible conflict act
  // on a condition is a threat, if its state says so (below); any other
  // possible act is none.
  const PatternMatch* possible = scope.possible[k];
  ConditionClause condition;
  std::string possible_threat;
  if (possible != nullptr) {
    const PatternMatch* halt = mode == CueMode::kHalt ? cue : nullptr;
    possible_threat = PossibleThreat(sc, ctx, *modes_, sb, se, *possible, halt, m, &condition);
    if (possible_threat.empty()) return false;
    cue = possible;
    mode = CueMode::kThreaten;
  }
  if (Blocks(mode) || (cue != nullptr && OnlyTried(*modes_, *cue, p.code))) return false;
  // "Japan to provide $1 billion to the Philippines", "Kenya to expel
  // two Somali diplomats": a headline's "to" is "will" (modality.tsv's
  // future: cooperation becomes intent, conflict is the act announced).
  const bool headline = cue == nullptr && sc.HeadlineInfinitive(m.begin);
  if (headline) mode = CueMode::kFuture;
  // "Russia would launch a strike if NATO intervened", "If Riga expels
  // our diplomats, Moscow will respond": force announced on a condition
  // is a threat.
  if (mode == CueMode::kFuture && RootOf(p.code) >= 14 &&
      (sc.ConditionAfter(m.end) || (cue != nullptr && AfterCondition(ctx, sb, cue->begin)))) {
    mode = CueMode::kThreaten;
  }
  if (cue == nullptr && !headline && m.begin >= w.appeal_end && sc.AfterInfinitiveMarker(m.begin)) return false;
  if (cue == nullptr && !headline && sc.InfinitiveOfNamedActor(m.begin, matches)) return false;
  if (p.code.rfind("02", 0) == 0 || p.code.rfind("10", 0) == 0) w.appeal_end = std::min(w.appeal_end, m.end);
  std::string code = p.code;
  if (w.score && RootOf(code) >= 15) return false;
  // A pattern that itself spells the negation ("not bow to pressure",
  // "have no comment on", "not up for negotiation") has already used it;
  // only a negation before the pattern counts.
  const std::string_view first = ctx.r.tokens.text(m.begin);
  const bool opens_with_negation = first == "not" || first == "never";
  const uint32_t negation_end = p.spells_negation ? m.begin : m.end;
  bool negated = opens_with_negation && cue == nullptr ? false : sc.Negated(cue != nullptr ? cue->begin : m.begin, negation_end);
  // "would not rule out sending weapons": a refusal denied is no act;
  // "refused to rule out force" threatens it (CodeUnderCue).
  if (negated && mode == CueMode::kReject && RootOf(p.code) < 14) return false;
  // Said or done at the time it is told, so a call told after it is where
  // it was said ("urged Putin to … during a call"); what will be, is
  // refused or was not done has no call.
  const bool done_then = !negated && (mode == CueMode::kAct || mode == CueMode::kAppeal ||
                                      mode == CueMode::kDemand || mode == CueMode::kThreaten ||
                                      mode == CueMode::kIntent || mode == CueMode::kAgree || mode == CueMode::kDecide ||
                                      mode == CueMode::kAttempt);
  if (!possible_threat.empty()) {
    code = possible_threat;
  } else if (mode != CueMode::kAct) {
    code = scope.Code(*modes_, k, mode, p.code, negated);
    if (code.empty()) return false;
    negated = false;
  }
  std::vector<const ResolvedActor*> targets;
  std::vector<const ResolvedActor*> sources;
  bool plural_subject = false;
  bool has_target = m.has_target || m.has_source;
  // "urged Ghana to stop harassing …": the appeal over a halt names the
  // parties; what the urged are the urger's own forces is the halt done.
  const PatternMatch* party_cue = mode == CueMode::kHalt && cue == scope.governing[k] ? scope.PartyCue(k) : cue;
  const CueMode party_mode = party_cue != nullptr ? party_cue->pattern->mode : mode;
  const std::string own_act = party_cue != cue ? CodeUnderCue(*modes_, mode, p.code, false) : p.code;
  if (m.has_source || p.passive) {
    if (!PassiveParties(sc, ctx, m, se, &sources, &targets, &plural_subject, &has_target)) return false;
    // "The deal followed mediation by China": a doer after "by" and no
    // party named is a partner pattern's like any other's.
    if (m.has_source && !m.has_target && targets.empty() && p.partner) has_target = false;
  } else {
    ActiveParties(sc, m, party_cue, negated, &sources, &targets, &plural_subject);
    // "Huang Hua and Sunao Sonoda signed a treaty … between China and
    // Japan": doers the text resolves to no state, or to one of the two.
    if (!m.has_target && mode == CueMode::kAct && !negated && code.rfind("057", 0) == 0) {
      std::vector<const ResolvedActor*> between = PartiesBetween(sc, ctx, m.end);
      const bool among = std::all_of(sources.begin(), sources.end(), [&](const ResolvedActor* a) {
        return a->country.empty() || std::any_of(between.begin(), between.end(), [&](const ResolvedActor* b) {
                 return b->country == a->country;
               });
      });
      if (!between.empty() && among) {
        sources = std::move(between);
        plural_subject = true;
      }
    }
  }
  if (!CueParties(sc, m, party_cue, party_mode, negated, own_act, &code, &sources, &targets, &has_target)) return false;
  // "'I am ready to sit down with my counterpart,' Mirzoyan said": what a
  // mode makes of an act is said, so the speaker is its source.
  if (sources.empty() && mode != CueMode::kAct && mode != CueMode::kAgent) {
    if (const ResolvedActor* speaker = sc.SpeakerActor()) sources.push_back(speaker);
  }
  // "Gunmen killed four Chinese engineers …, and Beijing condemned the
  // attack": the act of a doer that is no actor is told as done by no
  // state, so the reaction after it codes nothing (answered_acts.h).
  if (sources.empty()) {
    if (!negated && !m.has_source && !p.passive && DoneByNoState(sc, ctx, m)) TellAct(m, p.code, sources, targets, &w.told);
    return false;
  }
  // A possibility is a threat only in its own state's words ("Analysts
  // said Russia could …" is speculation), made against the act's target
  // or the state the condition names, never a partner guessed.
  if (!possible_threat.empty()) {
    if (!VoicedByOwnState(sc, *sources[0])) return false;
    if (targets.empty()) targets = ConditionStates(sc, condition, sources[0]->country);
    has_target = !targets.empty();
    if (!has_target) return false;
  }
  if (w.sentence_doer.country.empty() && !negated && !w.question && !sources[0]->country.empty()) {
    w.sentence_doer = {sources[0]->country, static_cast<int>(w.sentence), RootOf(code) >= 13, code, ""};
  }
  if (negated) {
    code = NegatedCode(*modes_, code);
    if (code.empty()) return false;
  }
  // "told visiting U.S. Secretary of State John Kerry": "visiting" before
  // an actor is an adjective; that actor is the visitor, of the subject's
  // state.
  std::string_view before_visit = m.begin > sb ? ctx.r.tokens.text(m.begin - 1) : std::string_view();
  bool adjective = before_visit == "the" || before_visit == "a" || before_visit == "an" || before_visit == "with" ||
                   before_visit == "'s" || before_visit == "told" || before_visit == "met" ||
                   before_visit == "received" || before_visit == "welcomed" || before_visit == "hosted" ||
                   before_visit == "greeted" || before_visit == "thanked";
  if (code.rfind("042", 0) == 0 && m.has_target && ctx.r.tokens.text(m.begin) == "visiting" && adjective &&
      !sources.empty()) {
    std::vector<const ResolvedActor*> hosts;
    for (const ResolvedActor* h : sources) {
      if (!h->country.empty()) hosts.push_back(sc.StateActor(h->country));
    }
    sources = targets;
    targets = hosts;
  }
  // A mediator mediates between all the states the sentence names: "talks
  // between Israel and Lebanon mediated by the US", "Armenia and
  // Azerbaijan agreed, after talks mediated by Lavrov". So does the host
  // of talks named after "by" whose passive has no actor for its subject
  // ("agreed to a truce after talks hosted by Malaysia's prime minister"):
  // the guests are the parties.
  const bool host_of_occasion = code.rfind("043", 0) == 0 && m.has_source && targets.empty();
  if ((code.rfind("045", 0) == 0 || host_of_occasion) && !sources.empty()) {
    // Co-mediators and co-hosts ("mediation by Qatar and Egypt", "Iraq and
    // Oman hosted talks between the two sides") are no parties.
    auto co_mediator = [&](const ResolvedActor* party) {
      return std::any_of(sources.begin(), sources.end(),
                         [&](const ResolvedActor* s) { return s->country == party->country; });
    };
    std::vector<const ResolvedActor*> parties = sc.OtherStates(sources[0]->country);
    std::erase_if(parties, co_mediator);
    if (!parties.empty()) {
      targets = parties;
      has_target = true;
    }
    if (sources.size() > 1) {
      std::erase_if(targets, co_mediator);
      // "Russia, the US and France co-chair the group that sought to
      // mediate a settlement": co-mediators with no party named mediate
      // between nobody the sentence says, not the story's other state.
      if (targets.empty()) return false;
    }
  }
  // "the clash between Trump and Zelenskiy": two persons fight with words.
  if ((code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0 || code.rfind("20", 0) == 0) && !sources.empty() &&
      !targets.empty()) {
    bool persons = true;
    for (const ResolvedActor* a : sources) persons = persons && a->person >= 0;
    for (const ResolvedActor* a : targets) persons = persons && a->person >= 0;
    if (persons) return false;
  }
  // Whether every source's name ends in a word of `words` ("Israeli
  // warplanes", "Soviet commandos"): what kind of doer it is.
  auto all_named_by = [&sources](const StringSet& words) {
    return !sources.empty() && std::all_of(sources.begin(), sources.end(), [&](const ResolvedActor* a) {
      const size_t space = a->name.rfind(' ');
      std::string last = a->name.substr(space == std::string::npos ? 0 : space + 1);
      for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return a->person < 0 && words.contains(last);
    });
  };
  // "Chinese and Indian diplomats clashed at the talks": people who talk
  // fight with words, as two persons do.
  // (They may still manhandle or deport: 18 and 20 stand.)
  if (code.rfind("19", 0) == 0 && all_named_by(talkers_)) return false;
  // Armed men who storm or attack a building do not riot: "Israeli
  // commandos stormed a Turkish aid ship" is force (190).
  if (code.rfind("145", 0) == 0 && all_named_by(armed_)) code = "190";
  // Civilians who attack or storm an embassy or a shop riot (145); they
  // neither coerce nor wage war.
  // Civilians who protest demonstrate (141); only officials lodge a
  // protest (114).
  const bool protest = code.rfind("114", 0) == 0;
  if (protest || code.rfind("17", 0) == 0 || code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0) {
    bool civilians = !sources.empty();
    for (const ResolvedActor* src : sources) {
      // People, not boats: "Chinese boats that attacked fishermen" is no riot.
      bool vessel = src->name.find("boat") != std::string::npos || src->name.find("vessel") != std::string::npos ||
                    src->name.find("ship") != std::string::npos || src->name.find("trawler") != std::string::npos;
      // A plural demonym ("Turks") is a crowd when it protests.
      bool people = protest && src->role == "people";
      civilians = civilians && src->person < 0 && !vessel &&
                  (src->sector == "CVL" || src->sector == "LAB" || src->sector == "EDU" || src->sector == "AGR" || people);
    }
    if (civilians) code = protest ? "141" : "145";
    // Firms do not fight: "carmakers pushed deeper into the German
    // market" is business.
    bool firms = !sources.empty() && (RootOf(code) == 18 || RootOf(code) == 19);
    for (const ResolvedActor* src : sources) firms = firms && src->sector == "BUS" && src->person < 0;
    if (firms) return false;
    // "Israeli warplanes struck targets in Iran": force of no stated kind
    // (190) done by aircraft is an air strike (195).
    if (code == "190" && all_named_by(aircraft_)) code = "195";
  }
  // "gave Qatar ten days to meet a list of demands", "met the deadline":
  // an act that takes no object, with one, is another sense.
  if (p.intransitive && m.end < se && IsDeterminer(ctx.r.tokens.text(m.end))) return false;
  MatchParties parties{std::move(sources), std::move(targets), plural_subject, has_target, host_of_occasion};
  return AddMatchEvents(sc, ctx, m, code, parties, done_then, &w.framed, &w.told, &w.sink);
}

}  // namespace dyad
