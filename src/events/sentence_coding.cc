// EventCoder::CodeSentence: the acts and cues a sentence's patterns find,
// which cue governs which act, the sentence's modality for the pair model,
// each selected match coded (match_coding.cc), then what the sentence says
// beyond its matches (reactions told last or in a relative clause, visits at
// a venue, espionage charges, a speaker's claim or plain statement).
#include <algorithm>
#include <cstdio>
#include <numeric>

#include "events/agent_compounds.h"
#include "events/answered_acts.h"
#include "events/clause_rules.h"
#include "events/event_coder.h"
#include "events/implied_events.h"
#include "events/pair_events.h"
#include "events/sentence_coding.h"
#include "events/word_classes.h"
#include "text/word_shape.h"
#include "util/env_flag.h"

namespace dyad {
namespace {

// Words after which a past form qualifies the noun that follows ("the
// occupied city", "around besieged Mariupol") instead of telling an act.
bool QualifiesNounAfter(std::string_view w) {
  return IsDeterminer(w) || w == "around" || w == "in" || w == "into" || w == "of" || w == "on" || w == "at" ||
         w == "near" || w == "across" || w == "inside" || w == "toward" || w == "towards" || w == "through" ||
         w == "from" || w == "outside";
}

}  // namespace

void EventCoder::CodeSentence(SentenceWork& w) const {
  DocumentContext& ctx = w.ctx;
  SentenceContext& sc = w.sc;
  const uint32_t sb = w.sb, se = w.se;
  const size_t sentence_first_event = w.first_event;
  // A sentence that names no actor has no act to code.
  std::vector<PatternMatch> all;
  if (!ctx.r.by_sentence[w.sentence].empty()) all = patterns_->MatchAll(sc.View());
  std::vector<PatternMatch>& cues = w.cues;
  std::vector<PatternMatch> acts;
  for (PatternMatch& m : all) {
    if (m.pattern->cue()) {
      // A cue inside a name ("Theresa May expelled") is none; nor is the
      // month ("signed in May"): a modal is written in lower case.
      const bool month = m.pattern->mode == CueMode::kPossible && m.begin > sb && ctx.r.tokens.capitalized[m.begin];
      if (!month && (m.begin >= ctx.chunk_starting_at.size() || !sc.InsideActor(m.begin))) cues.push_back(m);
      continue;
    }
    // A derived passive needs its voice: "was rammed", or "rammed by X"
    // right after a noun; an active pattern never reads a passive verb.
    // "is (deeply) concerned about": an adjective in -ed (a pattern noun)
    // after "be" is no passive.
    const std::string_view opener = ctx.r.tokens.text(m.begin);
    bool adjective = !ctx.verbs.count(opener) && !ctx.verbs.count(ctx.lemmas[m.begin]);
    bool passive = !adjective && InPassive(ctx, sb, m.begin);
    if (m.pattern->passive && !(passive || (m.has_source && ParticipleForm(ctx, m.begin)))) continue;
    // An active line is not read on a passive verb, whether it names its
    // target or not: "Kenya was promised one billion dollars … by China" is
    // no promise of Kenya's to a partner; its subject is the one promised
    // (the derived passive reads it). A line that means the passive spells
    // it ("be forced to take … steps").
    if (!m.pattern->passive && passive && !m.has_source && !m.pattern->nominal) continue;
    // "halt the fighting around besieged Mariupol", "in the occupied
    // city": a past form right after a determiner or a preposition
    // describes the noun it stands before; it is no act of the clause's
    // subject.
    if (!m.pattern->passive && !m.pattern->nominal && m.begin > sb && HasPastShape(opener) &&
        QualifiesNounAfter(ctx.r.tokens.text(m.begin - 1))) {
      continue;
    }
    // "Russian-backed separatists", "Israeli-occupied Golan": a participle
    // joined by a hyphen to an actor qualifies a noun, and the actor is no
    // doer of it (what the state is to the thing is
    // compound_participles.tsv's). Only a mediation or a hosting
    // ("US-brokered talks", agent_compounds.h, unless the table gives the
    // participle another role: a "US-sponsored draft" is no mediation) and
    // the state's aid ("a Chinese-funded road in Port Moresby") name their
    // doer so; noun lines read the compound's owner themselves ("Saudi-backed
    // talks").
    const CompoundParticiples& roles = ctx.dict.compound_participles();
    const std::string_view participle = ctx.r.tokens.text(m.begin);
    if (!m.pattern->nominal && !m.has_source && m.begin > sb + 1 && ctx.r.tokens.JoinedHyphen(m.begin - 1) &&
        sc.EndsActorAt(m.begin - 1) &&
        (!compounds_->NamesDoer(ctx.lemma_ids[m.begin]) || roles.Lists(participle)) &&
        !roles.IsStatesAct(participle)) {
      continue;
    }
    acts.push_back(m);
  }
  // An act under a cue weighs as the cue and the act together: "demanded
  // that Pyongyang stop the provocations" is a demand to de-escalate, more
  // than the plain "demand … stop" pattern says.
  for (PatternMatch& m : acts) {
    const PatternMatch* cue = GoverningCue(ctx, sb, cues, m);
    if (cue != nullptr && !Blocks(cue->pattern->mode) && !OnlyTried(*modes_, *cue, m.pattern->code)) {
      m.weight += cue->pattern->literal_words;
    }
  }
  w.question = IsQuestion(ctx, sb, se);
  const bool question = w.question;
  w.score = IsSportsCopy(ctx, sb, se);
  w.modality = (question ? kQuestion : 0) | (sc.Negated(sb, se) ? kNegation : 0) | (w.score ? kScore : 0);
  for (const PatternMatch& c : cues) {
    if (Blocks(c.pattern->mode)) w.modality |= kUnrealCue;
    // A charge or a denial closes the sentence to the pair model (it would
    // code the act charged as done); "whether" makes only its own clause
    // unreal. Letting accusations through was worth +6 events on two sets
    // the model had not seen and cost 3-4 % of `dyad code`'s time (session 30).
    if (c.pattern->mode == CueMode::kNoneClause && ctx.lemmas[c.begin] != "whether") w.modality |= kDenialCue;
    // "… an outrage that could not have happened without …": a "could" in a
    // relative clause qualifies a noun, not the sentence's acts.
    if (c.pattern->mode == CueMode::kPossible && !(c.begin > sb && IsRelativePronoun(ctx.r.tokens.text(c.begin - 1)))) {
      w.modality |= kPossibleCue;
    }
    if (c.pattern->mode == CueMode::kReject) w.modality |= kRefusalCue;
  }
  // DYAD_DEBUG_EVENTS=1 shows every pattern and cue match (for lexicon work).
  static const bool debug = EnvFlag("DYAD_DEBUG_EVENTS");
  if (debug) {
    for (const PatternMatch& m : all) {
      std::fprintf(stderr, "match %u-%u %s %s\n", m.begin, m.end, m.pattern->code.c_str(), m.pattern->text.c_str());
    }
  }
  w.matches = sc.SelectMatches(std::move(acts));
  const std::vector<PatternMatch>& matches = w.matches;
  // Which acts a cue governs; the cue's own span is then no act of its own
  // ("urged China" is part of "urged China to release …").
  w.scope = ScopeCues(ctx, sb, cues, matches, *modes_);
          // ", a move Ukraine condemned": the reaction's verb has its object before
  // its subject, and its patterns would read the clause before as its subject.
  w.relative = sc.RelativeReactions(
      [&](std::string_view noun) { return closing_->IsActNoun(noun); },
      [&](std::string_view lemma) {
        return closing_->CodeOf(lemma) != nullptr || closing_->IsCallingVerb(lemma) || closing_->IsDenial(lemma);
      },
      [&](std::string_view lemma) { return closing_->IsCallingVerb(lemma); });
  // A naming verb is a reaction only when it condemns or dismisses ("called
  // it retaliation"); otherwise its own patterns read it ("called for talks").
  // A denying verb is one only of a claim ("…, a charge Kigali denied"),
  // not of a verdict or a move, which its own patterns read.
  std::erase_if(w.relative, [&](const SentenceContext::RelativeReaction& r) {
    const std::string_view lemma = ctx.lemmas[r.verb];
    if (closing_->IsCallingVerb(lemma)) return NamingCode(sc, ctx, *closing_, r) == nullptr;
    return closing_->CodeOf(lemma) == nullptr && !closing_->IsClaimNoun(ctx.r.tokens.text(r.noun));
  });
  // Talks that name no party ("After talks in Istanbul, Russia and Ukraine
  // signed …") are between the parties of the sentence's other acts
  // (NominalParties): coded after them, wherever they stand.
  std::vector<size_t> order(matches.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_partition(order.begin(), order.end(), [&](size_t k) {
    return !(matches[k].pattern->nominal && !matches[k].has_target && RootOf(matches[k].pattern->code) == 4);
  });
  bool coded = false;
  for (size_t k : order) {
    const PatternMatch& m = matches[k];
    const VerbPattern& p = *m.pattern;
    if (question || InCondition(ctx, sb, m.begin)) continue;
    // A pattern of the relative reaction's verb with no target of its own
    // gives way to it (AddRelativeReactions below).
    bool relative_verb = false;
    for (const SentenceContext::RelativeReaction& r : w.relative) relative_verb = relative_verb || r.verb == m.begin;
    if (relative_verb && !m.has_target) continue;
    // "Brazilian-hosted talks": a participle joined to a name by a hyphen
    // qualifies the noun after it; it tells no act of its own ("co-hosted"
    // does), unless compound_participles.tsv gives it a role ("Saudi-funded
    // schools" are Saudi aid).
    if (!p.nominal && m.begin >= sb + 2 && ctx.r.tokens.capitalized[m.begin - 2] &&
        ctx.JoinedParticiple(m.begin, CompoundRole::kSponsor)) {
      continue;
    }
    if (p.nominal) {
      coded = CodeNominalMatch(w, k) || coded;
      continue;
    }
    coded = CodeVerbMatch(w, k) || coded;
  }
  if (!question) {
    coded = compounds_->Code(sc, ctx, matches, cues, &w.sink) || coded;
    coded = AddClosingReaction(sc, ctx, *closing_, sentence_first_event, &w.sink) || coded;
    coded = AddRelativeReactions(sc, ctx, *closing_, w.relative, sentence_first_event, &w.sink) || coded;
    AddVisitsAtVenues(sc, ctx, &w.sink);
    espionage_->Add(sc, ctx, sentence_first_event, &w.sink);
    AddSpeakerEvents(sc, sentence_first_event, coded, &w.sink);
  }
}

}  // namespace dyad
