#include "events/framed_acts.h"

#include "events/codebook.h"
#include "events/word_classes.h"

namespace dyad {
namespace {

// "in a phone call", "during a video call": the frame opens with the
// preposition of an occasion an act happens in.
bool OpensFrame(std::string_view w) { return w == "in" || w == "during"; }

// A frame after the sentence's first word that names no party of its own:
// "during a phone call with Saied", "in a call to Netanyahu" name theirs,
// whom a pattern with $T reads when it is an actor.
bool FrameWithoutParty(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& frame) {
  const DocumentTokens& t = ctx.r.tokens;
  if (frame.begin <= sc.View().begin || !OpensFrame(t.text(frame.begin))) return false;
  if (frame.end < sc.View().end) {
    std::string_view next = t.text(frame.end);
    if (next == "with" || next == "to" || next == "between" || next == "among") return false;
  }
  return true;
}

// The words from `from` to the frame at `at` are a short adjunct ("on
// Tuesday", "for Madrid's decision") and open no other clause or report
// ("that", "after", "which", "said", a semicolon or a quote; a comma too
// when `comma_breaks`): the frame is told of what ends at `from`.
bool FrameFollows(const DocumentContext& ctx, uint32_t from, uint32_t at, bool comma_breaks) {
  constexpr uint32_t kMaxGap = 10;
  if (at - from > kMaxGap) return false;
  for (uint32_t i = from; i < at; ++i) {
    std::string_view w = ctx.r.tokens.text(i);
    if (w == ";" || w == ":" || w == "\"" || w == "(" || (comma_breaks && w == ",") || OpensClause(w) ||
        (ctx.flags[i] & kWordSpeechVerb) != 0) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool FramesCall(const std::string& code, const std::vector<const ResolvedActor*>& targets) {
  // Statements, appeals, intents, praise and thanks, demands and threats:
  // acts of words addressed to someone.
  const int root = RootOf(code);
  if (root != 1 && root != 2 && root != 3 && root != 5 && root != 10 && root != 13) return false;
  if (targets.empty()) return false;
  for (const ResolvedActor* t : targets) {
    bool person = t->person >= 0 || t->actor_id.starts_with("new:");
    if (!person) return false;
  }
  return true;
}

const FramedAct* ActFramedBy(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& frame,
                             const std::vector<FramedAct>& acts) {
  if (!FrameWithoutParty(sc, ctx, frame)) return nullptr;
  const FramedAct* act = nullptr;
  for (const FramedAct& a : acts) {
    if (a.end <= frame.begin) act = &a;
  }
  return act != nullptr && FrameFollows(ctx, act->end, frame.begin, /*comma_breaks=*/false) ? act : nullptr;
}

const ResolvedActor* PersonFramedBy(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& frame,
                                    const ResolvedActor& source) {
  if (source.country.empty() || !FrameWithoutParty(sc, ctx, frame)) return nullptr;
  const uint32_t at = frame.begin;
  // The source's chunk, then the last person of another state after it and
  // before the frame.
  bool after_source = false;
  uint32_t verb_begin = 0;  // where the source's chunk ends
  const ActorChunk* person = nullptr;
  for (uint32_t k : ctx.r.by_sentence[static_cast<size_t>(sc.sentence())]) {
    const ActorChunk& c = ctx.r.chunks[k];
    if (c.end > at) break;
    for (const ResolvedActor& a : c.actors) {
      if (&a == &source && !after_source) after_source = true, verb_begin = c.end;
    }
    if (!after_source || c.actors.size() != 1 || c.compound) continue;
    const ResolvedActor& a = c.actors[0];
    if ((a.person >= 0 || a.actor_id.starts_with("new:")) && !a.country.empty() && a.country != source.country) {
      person = &c;
    }
  }
  if (person == nullptr || !FrameFollows(ctx, person->end, at, /*comma_breaks=*/true)) return nullptr;
  // A clause of an act to come ("will tell Li during a call") or of
  // reported wishes tells no call that happened.
  for (uint32_t i = verb_begin; i < person->begin; ++i) {
    std::string_view w = ctx.r.tokens.text(i);
    if (IsModalAuxiliary(w) || w == "should" || w == "to" || w == "not" || w == "never" || w == "plans" ||
        w == "plan") {
      return nullptr;
    }
  }
  return &person->actors[0];
}

}  // namespace dyad
