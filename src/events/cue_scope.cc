#include "events/cue_scope.h"

#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/sentence_context.h"
#include "events/word_classes.h"
#include "text/word_shape.h"

namespace dyad {
namespace {

// `next` follows `prev` across "and", "and to", "or" with only `prev`'s own
// words between: "accept a ceasefire and to let …".
bool JoinedToPrevious(const DocumentContext& ctx, uint32_t begin, const PatternMatch& prev, const PatternMatch& next) {
  uint32_t i = SkipAdverbsBack(ctx, begin, next.begin);
  // "ready to discuss withdrawing … troops stationed in Mongolia and to hold
  // talks": "and to" joins an infinitive across a longer object.
  const bool infinitive = i > begin && ctx.r.tokens.text(i - 1) == "to";
  if (infinitive) --i;
  if (i <= begin || (ctx.r.tokens.text(i - 1) != "and" && ctx.r.tokens.text(i - 1) != "or")) return false;
  if (i - 1 < prev.end || i - 1 - prev.end > (infinitive ? 16u : 8u)) return false;
  // "would no longer negotiate with Ethiopia and accused Addis Ababa …",
  // "pledged to hold talks and recalled its ambassador": a verb in the past
  // after a base form (or a noun) is the subject's next finite act, which no
  // cue of the first governs; "will be expelled and barred" shares its form.
  if (!next.pattern->nominal && PastForm(ctx, next.begin) && (prev.pattern->nominal || !PastForm(ctx, prev.begin))) {
    return false;
  }
  for (uint32_t k = prev.end; k < i - 1; ++k) {
    std::string_view w = ctx.r.tokens.text(k);
    if (w == ";" || w == ":" || w == "." || w == "but" || w == "while") return false;
  }
  return true;
}

// `next` is the purpose of `prev`, its infinitive after `prev`'s own words
// with no clause between: "will meet in Beijing on April 18 to discuss …".
bool PurposeOfPrevious(const DocumentContext& ctx, uint32_t begin, const PatternMatch& prev, const PatternMatch& next) {
  if (next.pattern->nominal) return false;
  const uint32_t i = SkipAdverbsBack(ctx, begin, next.begin);
  if (i <= begin || ctx.r.tokens.text(i - 1) != "to" || i - 1 < prev.end || i - 1 - prev.end > 8) return false;
  for (uint32_t k = prev.end; k < i - 1; ++k) {
    const std::string_view w = ctx.r.tokens.text(k);
    if (IsPunct(w) || w == "and" || w == "but" || w == "or" || OpensClause(w)) return false;
  }
  return true;
}

}  // namespace

std::string CodeUnderCue(const ModeTable& modes, CueMode mode, const std::string& act, bool negated) {
  if (mode == CueMode::kAgent) return negated ? "" : act;
  // "tried to mediate", "tried to assassinate": only an act whose trying is
  // an act of its own codes (mode_codes.tsv); "did not try to" is nothing.
  if (mode == CueMode::kAttempt) return negated ? "" : modes.Apply(Mode::kAttempt, act);
  // "will break relations", "decided to expel": an announced conflict act
  // is reported as the act; announced cooperation is intent (03x).
  // "agreed to share intelligence", "agreed to restore ties", "agreed to
  // reopen the crossing": an agreement to cooperate, support or concede is
  // reported as the act; one to meet or to something else is intent.
  if (mode == CueMode::kAgree) {
    int root = RootOf(act);
    if ((root == 5 || root == 6 || root == 8) && !negated) return act;
    return CodeUnderCue(modes, CueMode::kIntent, act, negated);
  }
  // "decided to recognise Bangladesh", "decided to donate 10 million
  // dollars", "decided to sever ties": a decision to cooperate, support,
  // give, concede or cut is reported as the act; one to meet is intent.
  if (mode == CueMode::kDecide) {
    const int root = RootOf(act);
    if (((root >= 5 && root <= 8) || root >= 10) && !negated) return act;
    return CodeUnderCue(modes, CueMode::kIntent, act, negated);
  }
  if (mode == CueMode::kFuture) {
    if (RootOf(act) >= 10 && !negated) return act;
    return CodeUnderCue(modes, CueMode::kIntent, act, negated);
  }
  Mode md = mode == CueMode::kIntent     ? Mode::kIntent
            : mode == CueMode::kThreaten ? Mode::kThreaten
            : mode == CueMode::kReject   ? Mode::kReject
            : mode == CueMode::kHalt     ? Mode::kHalt
            : mode == CueMode::kAppeal || mode == CueMode::kSpeakerAppeal ? Mode::kAppeal
                                                                           : Mode::kDemand;
  // "refused to rule out using force against Panama", "has not ruled out a
  // strike on Iran": a conflict act kept open is threatened.
  if (negated && mode == CueMode::kReject && RootOf(act) >= 14) md = Mode::kThreaten;
  // "did not pledge to", "will not": a refusal.
  if (negated && md == Mode::kIntent) md = Mode::kReject;
  return modes.Apply(md, act);
}

bool OnlyTried(const ModeTable& modes, const PatternMatch& cue, const std::string& act) {
  return cue.pattern->mode == CueMode::kAttempt && CodeUnderCue(modes, CueMode::kAttempt, act, false).empty();
}

std::string CueScope::Code(const ModeTable& modes, size_t k, CueMode mode, const std::string& act, bool negated) const {
  std::string code = CodeUnderCue(modes, mode, act, negated);
  if (!code.empty() && outer[k] != nullptr) code = CodeUnderCue(modes, outer[k]->pattern->mode, code, false);
  return code;
}

const PatternMatch* CueScope::PartyCue(size_t k) const {
  const PatternMatch* cue = governing[k];
  if (cue == nullptr || cue->pattern->mode != CueMode::kHalt || outer[k] == nullptr) return cue;
  const CueMode o = outer[k]->pattern->mode;
  return o == CueMode::kAppeal || o == CueMode::kDemand ? outer[k] : cue;
}

CueScope ScopeCues(const DocumentContext& ctx, uint32_t sb, const std::vector<PatternMatch>& cues,
                   const std::vector<PatternMatch>& matches, const ModeTable& modes) {
  CueScope scope;
  scope.governing.assign(matches.size(), nullptr);
  scope.outer.assign(matches.size(), nullptr);
  scope.possible.assign(matches.size(), nullptr);
  for (size_t k = 0; k < matches.size(); ++k) {
    const PatternMatch* cue = GoverningCue(ctx, sb, cues, matches[k]);
    // "urged Burhan to accept a ceasefire and to let convoys in",
    // "demanded that Moscow honour … and defend it": a second act joined
    // by "and" shares the first one's cue.
    if (cue == nullptr && k > 0 && scope.governing[k - 1] != nullptr && JoinedToPrevious(ctx, sb, matches[k - 1], matches[k])) {
      cue = scope.governing[k - 1];
    }
    // "will meet in Beijing on April 18 to discuss the collision", "is
    // scheduled to fly to Hanoi to sign …": the purpose of an act to come,
    // asked for or refused is so too.
    if (cue == nullptr && k > 0 && scope.governing[k - 1] != nullptr &&
        scope.governing[k - 1]->pattern->mode != CueMode::kHalt &&
        PurposeOfPrevious(ctx, sb, matches[k - 1], matches[k])) {
      cue = scope.governing[k - 1];
    }
    // "agreed to set aside their dispute and begin talks": the first act's
    // pattern holds the cue's words itself; the act joined to it by "and"
    // is under that cue all the same.
    // Only a bare verb ("and begin"), not a finite one ("and recalled",
    // "and shut") nor a participle ("vowing to …, and adding …"); only
    // agreements, pledges and demands, whose object is the whole list of
    // acts ("demanded that China halt its aggression and pull its troops
    // out of Vietnam").
    bool borrowed = false;
    const std::string_view next_word = ctx.r.tokens.text(matches[k].begin);
    if (cue == nullptr && k > 0 && scope.governing[k - 1] == nullptr && !matches[k].pattern->nominal &&
        !PastForm(ctx, matches[k].begin) && !HasGerundShape(next_word) && next_word == ctx.lemmas[matches[k].begin] &&
        JoinedToPrevious(ctx, sb, matches[k - 1], matches[k])) {
      for (const PatternMatch& c : cues) {
        const CueMode cm = c.pattern->mode;
        if (c.begin == matches[k - 1].begin && c.end <= matches[k - 1].end &&
            (cm == CueMode::kAgree || cm == CueMode::kIntent || cm == CueMode::kDemand)) {
          cue = &c;
          borrowed = true;
          break;
        }
      }
    }
    // A cue that makes nothing of this act ("called on Moscow to agree
    // to …") leaves the sentence to the plain patterns ("call on $T"); an
    // attempt that makes nothing of it ("tried to impose sanctions") still
    // says the act was only tried, and governs it as "none" would.
    const bool codes = cue != nullptr && !Blocks(cue->pattern->mode) &&
                       !CodeUnderCue(modes, cue->pattern->mode, matches[k].pattern->code, false).empty();
    // A refusal keeps the act it makes nothing of: "ruled out imposing
    // sanctions on China" refuses a conflict act, which is then no event (and
    // "did not rule out" one, a threat), not the sanctions reported.
    const bool keeps = cue != nullptr && (Blocks(cue->pattern->mode) || cue->pattern->mode == CueMode::kAttempt ||
                                          cue->pattern->mode == CueMode::kReject);
    if (!codes && !keeps) cue = nullptr;
    scope.governing[k] = cue;
    // A noun with no party of its own ("pledged to finish negotiations")
    // codes nothing, so the cue's span stays free for the patterns in it.
    // A borrowed cue's words are the first act's own, which stays coded.
    if (codes && !borrowed && (!matches[k].pattern->nominal || matches[k].has_target)) {
      scope.used.emplace_back(cue->begin, cue->end);
    }
    if (cue != nullptr && cue->pattern->mode == CueMode::kPossible) scope.possible[k] = cue;
    // "threatened to scrap joint exercises": the halt is itself only
    // threatened (or pledged, or refused), so its mode applies on top.
    if (cue != nullptr && cue->pattern->mode == CueMode::kHalt) {
      const PatternMatch* over = GoverningCue(ctx, sb, cues, *cue);
      const CueMode o = over != nullptr ? over->pattern->mode : CueMode::kAct;
      if (over != nullptr && over != cue && o != CueMode::kHalt && o != CueMode::kAgent && !Blocks(o) && !BySpeaker(o)) {
        scope.outer[k] = over;
        scope.used.emplace_back(over->begin, over->end);
      }
      // "reportedly halted trade": a halt that is doubted is no act either;
      // one that is only possible ("could cut off gas supplies") none unless
      // it is threatened (the coder reads scope.possible).
      if (o == CueMode::kPossible) {
        scope.possible[k] = over;
      } else if (over != nullptr && Blocks(o)) {
        scope.governing[k] = over;
      }
    }
  }
  return scope;
}

}  // namespace dyad
