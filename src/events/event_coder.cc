#include "events/event_coder.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <numeric>
#include <unordered_set>

#include "events/agent_compounds.h"
#include "events/answered_acts.h"
#include "events/clause_rules.h"
#include "events/conditional_threats.h"
#include "events/cue_scope.h"
#include "events/date_finder.h"
#include "events/event_sink.h"
#include "events/framed_acts.h"
#include "events/word_classes.h"
#include "events/implied_events.h"
#include "events/match_events.h"
#include "events/nominal_events.h"
#include "events/act_parties.h"
#include "events/sentence_context.h"
#include "text/word_shape.h"
#include "util/env_flag.h"
#include "util/file_io.h"
#include "util/hash.h"
#include "util/tsv.h"

namespace dyad {
namespace {

// Words after which a past form qualifies the noun that follows ("the
// occupied city", "around besieged Mariupol") instead of telling an act.
bool QualifiesNounAfter(std::string_view w) {
  return IsDeterminer(w) || w == "around" || w == "in" || w == "into" || w == "of" || w == "on" || w == "at" ||
         w == "near" || w == "across" || w == "inside" || w == "toward" || w == "towards" || w == "through" ||
         w == "from" || w == "outside";
}

// pattern_nouns.tsv: one lower-case word per line.
Result<std::unordered_set<std::string>> LoadPatternNouns(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  std::unordered_set<std::string> out;
  Status s = ForEachTsvLine(*text, path, 1, 1, [&](const TsvLine& line) -> Status {
    std::string_view w = line.fields[0];
    for (char c : w) {
      if (c < 'a' || c > 'z') return line.Error("a lower-case word: " + std::string(w));
    }
    out.emplace(w);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

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

Result<std::unique_ptr<EventCoder>> EventCoder::Create(const std::string& data_dir, const ActorResolver* resolver) {
  std::unique_ptr<EventCoder> coder(new EventCoder());
  coder->resolver_ = resolver;
  Result<std::unique_ptr<Codebook>> book = Codebook::Load(data_dir + "/events/cameo.tsv");
  if (!book.ok()) return book.status();
  coder->codebook_ = std::move(book).value();
  std::unordered_set<std::string> codes;
  for (const std::string& c : coder->codebook_->Codes()) codes.insert(c);
  Result<std::unique_ptr<VerbPatterns>> patterns = VerbPatterns::LoadDirectory(data_dir + "/events/lexicon", codes,
                                                                              data_dir + "/events/word_classes.tsv");
  if (!patterns.ok()) return patterns.status();
  coder->patterns_ = std::move(patterns).value();
  DYAD_RETURN_IF_ERROR(coder->patterns_->LoadCues(data_dir + "/events/modality.tsv"));
  coder->patterns_->Finalize();
  coder->compounds_ = std::make_unique<AgentCompounds>(*coder->patterns_);
  coder->closing_ = std::make_unique<ClosingReactions>(*coder->patterns_);
  coder->espionage_ = std::make_unique<EspionageCharges>(*coder->patterns_);
  if (const std::vector<std::string>* words = coder->patterns_->WordClass("#aircraft")) {
    coder->aircraft_.insert(words->begin(), words->end());
  }
  Result<std::unique_ptr<ModeTable>> modes = ModeTable::Load(data_dir + "/events/mode_codes.tsv", codes);
  if (!modes.ok()) return modes.status();
  coder->modes_ = std::move(modes).value();
  auto irregular = Lemmatizer::LoadIrregular(data_dir + "/events/irregular_verbs.tsv");
  if (!irregular.ok()) return irregular.status();
  std::unordered_set<std::string> vocabulary = coder->patterns_->Vocabulary();
  for (const char* w : kSpeechVerbs) vocabulary.insert(w);
  coder->lemmatizer_ = std::make_unique<Lemmatizer>(std::move(irregular).value(), std::move(vocabulary));
  // verb_words_ is filled below, before any word is looked up (lazily, when
  // coding).
  const StringSet* verbs = &coder->verb_words_;
  coder->words_ = std::make_unique<WordTable>(*coder->lemmatizer_, *coder->patterns_,
                                              [verbs](std::string_view form, std::string_view lemma) {
                                                uint8_t flags = ClassifyWord(form, lemma);
                                                if (verbs->count(lemma) || verbs->count(form)) flags |= kWordVerb;
                                                return flags;
                                              });
  // Verbs whose next actor is their object: the patterns' verbs (not the
  // nouns and adjectives some patterns open with, listed in
  // pattern_nouns.tsv) and "tell".
  Result<std::unordered_set<std::string>> nouns = LoadPatternNouns(data_dir + "/events/pattern_nouns.tsv");
  if (!nouns.ok()) return nouns.status();
  for (const VerbPattern& p : coder->patterns_->patterns()) {
    if (p.cue() || p.nominal) continue;
    for (const std::string& w : p.elements[0].words) {
      if (!nouns->count(w)) coder->verb_words_.insert(w);
    }
  }
  coder->verb_words_.insert("tell");
  Result<RelativeDayPhrases> relative = RelativeDayPhrases::Load(data_dir + "/events/relative_days.tsv");
  if (!relative.ok()) return relative.status();
  coder->relative_days_ = std::make_unique<RelativeDayPhrases>(std::move(relative).value());
  Result<VerbClasses> classes = VerbClasses::Load(data_dir + "/events/verb_classes.tsv");
  if (!classes.ok()) return classes.status();
  coder->verb_classes_ = std::make_unique<VerbClasses>(std::move(classes).value());
  Result<ActKinds> kinds = ActKinds::Load(data_dir + "/events/act_kinds.tsv");
  if (!kinds.ok()) return kinds.status();
  coder->act_kinds_ = std::make_unique<ActKinds>(std::move(kinds).value());
  Result<std::unique_ptr<PairModel>> model = PairModel::Load(data_dir + "/events/pair_model.tsv", codes);
  if (!model.ok()) return model.status();
  coder->pair_model_ = std::move(model).value();
  return coder;
}


std::vector<EventRecord> EventCoder::Code(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                          const ResolvedDocument& r) const {
  return CodeStory(doc, sentences, r, nullptr);
}

std::vector<PairInstance> EventCoder::PairInstances(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                                    const ResolvedDocument& r) const {
  std::vector<PairInstance> out;
  CodeStory(doc, sentences, r, &out);
  return out;
}

std::vector<EventRecord> EventCoder::CodeStory(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                               const ResolvedDocument& r, std::vector<PairInstance>* instances) const {
  DocumentContext ctx(doc, sentences, r, *words_, resolver_->dictionary(), verb_words_, *relative_days_,
                      *verb_classes_, *act_kinds_);
  EventSink sink(ctx, *codebook_, *resolver_);
  const std::vector<EventRecord>& out = sink.records();

  // What the pair model is told of each sentence's modality (pair_events.h).
  std::vector<uint8_t> modality(sentences.size(), 0);
  size_t previous_first_event = 0;
  DocumentContext::Doer sentence_doer;  // the subject of the sentence's first act, coded or not
  for (size_t s = 0; s < sentences.size(); ++s) {
    // The model's events of the sentence before, now its patterns are all
    // coded: a reaction in this one may answer an act only the model found.
    if (s > 0) AddPairModelEvents(ctx, *pair_model_, s - 1, modality[s - 1], &sink, instances);
    // Who acted in the sentence before: an act a later sentence names by its
    // noun ("condemned the launch") is theirs, even when it had no target to
    // be coded with ("North Korea fired a missile").
    bool coded_before = false;
    for (size_t e = previous_first_event; e < out.size(); ++e) {
      if (out[e].root == "01" || out[e].source.country.empty()) continue;
      ctx.doers.push_back({out[e].source.country, static_cast<int>(s) - 1, RootOf(out[e].root) >= 13, out[e].cameo,
                           out[e].target.country});
      if (IsAid(out[e].cameo) && !out[e].target.country.empty()) ctx.aid_recipients.push_back(out[e].target.country);
      coded_before = true;
      // The same act the other way in that sentence: the story's latest
      // mutual pair (DocumentContext::mutual_pair).
      for (size_t b = previous_first_event; b < out.size(); ++b) {
        if (out[b].source.country == out[e].target.country && out[b].target.country == out[e].source.country &&
            out[b].cameo == out[e].cameo && !out[e].target.country.empty()) {
          ctx.mutual_pair[0] = out[e].source.country;
          ctx.mutual_pair[1] = out[e].target.country;
        }
      }
    }
    if (!coded_before && !sentence_doer.country.empty()) ctx.doers.push_back(sentence_doer);
    sentence_doer = {};
    previous_first_event = out.size();
    SentenceContext sc(ctx, static_cast<int>(s));
    const size_t sentence_first_event = out.size();
    const uint32_t sb = sc.View().begin, se = sc.View().end;
    // A sentence that names no actor has no act to code.
    std::vector<PatternMatch> all;
    if (!ctx.r.by_sentence[s].empty()) all = patterns_->MatchAll(sc.View());
    std::vector<PatternMatch> cues, acts;
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
    bool question = IsQuestion(ctx, sb, se);
    bool score = IsSportsCopy(ctx, sb, se);
    modality[s] = (question ? kQuestion : 0) | (sc.Negated(sb, se) ? kNegation : 0) | (score ? kScore : 0);
    for (const PatternMatch& c : cues) {
      if (Blocks(c.pattern->mode)) modality[s] |= kUnrealCue;
      // A charge or a denial closes the sentence to the pair model (it would
      // code the act charged as done); "whether" makes only its own clause
      // unreal. Letting accusations through was worth +6 events on two sets
      // the model had not seen and cost 3-4 % of `dyad code`'s time (session 30).
      if (c.pattern->mode == CueMode::kNoneClause && ctx.lemmas[c.begin] != "whether") modality[s] |= kDenialCue;
      // "… an outrage that could not have happened without …": a "could" in a
      // relative clause qualifies a noun, not the sentence's acts.
      if (c.pattern->mode == CueMode::kPossible && !(c.begin > sb && IsRelativePronoun(ctx.r.tokens.text(c.begin - 1)))) {
        modality[s] |= kPossibleCue;
      }
      if (c.pattern->mode == CueMode::kReject) modality[s] |= kRefusalCue;
    }
    // DYAD_DEBUG_EVENTS=1 shows every pattern and cue match (for lexicon work).
    static const bool debug = EnvFlag("DYAD_DEBUG_EVENTS");
    if (debug) {
      for (const PatternMatch& m : all) {
        std::fprintf(stderr, "match %u-%u %s %s\n", m.begin, m.end, m.pattern->code.c_str(), m.pattern->text.c_str());
      }
    }
    std::vector<PatternMatch> matches = sc.SelectMatches(std::move(acts));
    // Which acts a cue governs; the cue's own span is then no act of its own
    // ("urged China" is part of "urged China to release …").
    const CueScope scope = ScopeCues(ctx, sb, cues, matches, *modes_);
    bool coded = false;
    std::vector<FramedAct> framed;  // acts done with a named party, that a call told after them frames
    std::vector<ToldAct> told;      // acts with their doers, that a reaction told after them answers
    uint32_t appeal_end = UINT32_MAX;  // "asked Washington to recognise …": the request, not the act
    // ", a move Ukraine condemned": the reaction's verb has its object before
    // its subject, and its patterns would read the clause before as its subject.
    std::vector<SentenceContext::RelativeReaction> relative = sc.RelativeReactions(
        [&](std::string_view noun) { return closing_->IsActNoun(noun); },
        [&](std::string_view lemma) {
          return closing_->CodeOf(lemma) != nullptr || closing_->IsCallingVerb(lemma) || closing_->IsDenial(lemma);
        },
        [&](std::string_view lemma) { return closing_->IsCallingVerb(lemma); });
    // A naming verb is a reaction only when it condemns or dismisses ("called
    // it retaliation"); otherwise its own patterns read it ("called for talks").
    // A denying verb is one only of a claim ("…, a charge Kigali denied"),
    // not of a verdict or a move, which its own patterns read.
    std::erase_if(relative, [&](const SentenceContext::RelativeReaction& r) {
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
    for (size_t k : order) {
      const PatternMatch& m = matches[k];
      const VerbPattern& p = *m.pattern;
      if (question || InCondition(ctx, sb, m.begin)) continue;
      // A pattern of the relative reaction's verb with no target of its own
      // gives way to it (AddRelativeReactions below).
      bool relative_verb = false;
      for (const SentenceContext::RelativeReaction& r : relative) relative_verb = relative_verb || r.verb == m.begin;
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
          if (code.empty() || !m.has_target) continue;
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
              sink.Add(*src, tgt, code, sc, m);
              coded = true;
            }
          }
          continue;
        }
        const std::span<const EventRecord> sentence_events(out.data() + sentence_first_event,
                                                           out.size() - sentence_first_event);
        std::vector<const ResolvedActor*> doers, done_to;
        for (const auto& [src, tgt] : NominalParties(sc, ctx, m, sentence_events)) {
          sink.Add(*src, tgt, p.code, sc, m);
          coded = true;
          doers.push_back(src);
          done_to.push_back(tgt);
        }
        // "… the US raid on Libya, but France and Spain criticised it": an
        // act told as a noun is one a later reaction answers.
        if (!doers.empty()) TellAct(m, p.code, doers, done_to, &told);
        continue;
      }
      bool inside_cue = false;
      // "agreed in a phone call on Friday to …": the occasion in a cue's gap
      // took place; it is no part of the act the cue governs.
      const bool occasion = RootOf(m.pattern->code) == 4 && m.pattern->code.rfind("045", 0) != 0 && !m.has_target;
      for (const auto& [b, e] : scope.used) {
        inside_cue = inside_cue || (m.begin >= b && m.begin < e && !(occasion && m.begin > b && m.end < e));
      }
      if (inside_cue) continue;
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
        if (possible_threat.empty()) continue;
        cue = possible;
        mode = CueMode::kThreaten;
      }
      if (Blocks(mode) || (cue != nullptr && OnlyTried(*modes_, *cue, p.code))) continue;
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
      if (cue == nullptr && !headline && m.begin >= appeal_end && sc.AfterInfinitiveMarker(m.begin)) continue;
      if (cue == nullptr && !headline && sc.InfinitiveOfNamedActor(m.begin, matches)) continue;
      if (p.code.rfind("02", 0) == 0 || p.code.rfind("10", 0) == 0) appeal_end = std::min(appeal_end, m.end);
      std::string code = p.code;
      if (score && RootOf(code) >= 15) continue;
      // A pattern that itself spells the negation ("not bow to pressure",
      // "have no comment on", "not up for negotiation") has already used it;
      // only a negation before the pattern counts.
      const std::string_view first = ctx.r.tokens.text(m.begin);
      const bool opens_with_negation = first == "not" || first == "never";
      const uint32_t negation_end = p.spells_negation ? m.begin : m.end;
      bool negated = opens_with_negation && cue == nullptr ? false : sc.Negated(cue != nullptr ? cue->begin : m.begin, negation_end);
      // "would not rule out sending weapons": a refusal denied is no act;
      // "refused to rule out force" threatens it (CodeUnderCue).
      if (negated && mode == CueMode::kReject && RootOf(p.code) < 14) continue;
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
        if (code.empty()) continue;
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
        if (!PassiveParties(sc, ctx, m, se, &sources, &targets, &plural_subject, &has_target)) continue;
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
      if (!CueParties(sc, m, party_cue, party_mode, negated, own_act, &code, &sources, &targets, &has_target)) continue;
      // "'I am ready to sit down with my counterpart,' Mirzoyan said": what a
      // mode makes of an act is said, so the speaker is its source.
      if (sources.empty() && mode != CueMode::kAct && mode != CueMode::kAgent) {
        if (const ResolvedActor* speaker = sc.SpeakerActor()) sources.push_back(speaker);
      }
      // "Gunmen killed four Chinese engineers …, and Beijing condemned the
      // attack": the act of a doer that is no actor is told as done by no
      // state, so the reaction after it codes nothing (answered_acts.h).
      if (sources.empty()) {
        if (!negated && !m.has_source && !p.passive && DoneByNoState(sc, ctx, m)) TellAct(m, p.code, sources, targets, &told);
        continue;
      }
      // A possibility is a threat only in its own state's words ("Analysts
      // said Russia could …" is speculation), made against the act's target
      // or the state the condition names, never a partner guessed.
      if (!possible_threat.empty()) {
        if (!VoicedByOwnState(sc, *sources[0])) continue;
        if (targets.empty()) targets = ConditionStates(sc, condition, sources[0]->country);
        has_target = !targets.empty();
        if (!has_target) continue;
      }
      if (sentence_doer.country.empty() && !negated && !question && !sources[0]->country.empty()) {
        sentence_doer = {sources[0]->country, static_cast<int>(s), RootOf(code) >= 13, code, ""};
      }
      if (negated) {
        code = NegatedCode(*modes_, code);
        if (code.empty()) continue;
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
          if (targets.empty()) continue;
        }
      }
      // "the clash between Trump and Zelenskiy": two persons fight with words.
      if ((code.rfind("18", 0) == 0 || code.rfind("19", 0) == 0 || code.rfind("20", 0) == 0) && !sources.empty() &&
          !targets.empty()) {
        bool persons = true;
        for (const ResolvedActor* a : sources) persons = persons && a->person >= 0;
        for (const ResolvedActor* a : targets) persons = persons && a->person >= 0;
        if (persons) continue;
      }
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
        if (firms) continue;
        // "Israeli warplanes struck targets in Iran": force of no stated kind
        // (190) done by aircraft is an air strike (195).
        if (code == "190" && !sources.empty() &&
            std::all_of(sources.begin(), sources.end(), [&](const ResolvedActor* a) {
              const size_t space = a->name.rfind(' ');
              std::string last = a->name.substr(space == std::string::npos ? 0 : space + 1);
              for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
              return a->person < 0 && aircraft_.contains(last);
            })) {
          code = "195";
        }
      }
      // "gave Qatar ten days to meet a list of demands", "met the deadline":
      // an act that takes no object, with one, is another sense.
      if (p.intransitive && m.end < se && IsDeterminer(ctx.r.tokens.text(m.end))) continue;
      MatchParties parties{std::move(sources), std::move(targets), plural_subject, has_target, host_of_occasion};
      coded = AddMatchEvents(sc, ctx, m, code, parties, done_then, &framed, &told, &sink) || coded;
    }
    if (!question) {
      coded = compounds_->Code(sc, ctx, matches, cues, &sink) || coded;
      coded = AddClosingReaction(sc, ctx, *closing_, sentence_first_event, &sink) || coded;
      coded = AddRelativeReactions(sc, ctx, *closing_, relative, sentence_first_event, &sink) || coded;
      AddVisitsAtVenues(sc, ctx, &sink);
      espionage_->Add(sc, ctx, sentence_first_event, &sink);
      AddSpeakerEvents(sc, sentence_first_event, coded, &sink);
    }
  }
  if (!sentences.empty()) {
    AddPairModelEvents(ctx, *pair_model_, sentences.size() - 1, modality.back(), &sink, instances);
  }
  return std::move(sink).Finish();
}

}  // namespace dyad
