#include "events/framed_acts.h"

#include "events/codebook.h"
#include "events/word_classes.h"

namespace dyad {
namespace {

// "in a phone call", "during a video call": the frame opens with the
// preposition of an occasion an act happens in.
bool OpensFrame(std::string_view w) { return w == "in" || w == "during"; }

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
  const uint32_t begin = sc.View().begin;
  const uint32_t at = frame.begin;
  if (at <= begin || !OpensFrame(ctx.r.tokens.text(at))) return nullptr;
  // "during a phone call with Saied", "in a call to Netanyahu": the frame
  // names its own party, whom a pattern with $T reads when it is an actor.
  const DocumentTokens& t = ctx.r.tokens;
  if (frame.end < sc.View().end) {
    std::string_view next = t.text(frame.end);
    if (next == "with" || next == "to" || next == "between" || next == "among") return nullptr;
  }
  const FramedAct* act = nullptr;
  for (const FramedAct& a : acts) {
    if (a.end <= at) act = &a;
  }
  // A frame further than a short adjunct from the act ("on Tuesday", "for
  // Madrid's decision") is told of something else.
  constexpr uint32_t kMaxGap = 10;
  if (act == nullptr || at - act->end > kMaxGap) return nullptr;
  for (uint32_t i = act->end; i < at; ++i) {
    std::string_view w = t.text(i);
    if (w == ";" || w == ":" || w == "\"" || w == "(" || OpensClause(w) || (ctx.flags[i] & kWordSpeechVerb) != 0) {
      return nullptr;
    }
  }
  return act;
}

const ResolvedActor* PersonFramedBy(const SentenceContext& sc, const DocumentContext& ctx, const PatternMatch& frame,
                                    const ResolvedActor& source) {
  const uint32_t begin = sc.View().begin;
  const uint32_t at = frame.begin;
  const DocumentTokens& t = ctx.r.tokens;
  if (at <= begin || !OpensFrame(t.text(at)) || source.country.empty()) return nullptr;
  if (frame.end < sc.View().end) {
    std::string_view next = t.text(frame.end);
    if (next == "with" || next == "to" || next == "between" || next == "among") return nullptr;
  }
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
  constexpr uint32_t kMaxGap = 10;
  if (person == nullptr || at - person->end > kMaxGap) return nullptr;
  // A clause of an act to come ("will tell Li during a call") or of
  // reported wishes tells no call that happened.
  for (uint32_t i = verb_begin; i < person->begin; ++i) {
    std::string_view w = t.text(i);
    if (w == "will" || w == "would" || w == "shall" || w == "to" || w == "could" || w == "may" || w == "might" ||
        w == "should" || w == "must" || w == "not" || w == "never" || w == "plans" || w == "plan") {
      return nullptr;
    }
  }
  for (uint32_t i = person->end; i < at; ++i) {
    std::string_view w = t.text(i);
    if (w == ";" || w == ":" || w == "\"" || w == "(" || w == "," || OpensClause(w) ||
        (ctx.flags[i] & kWordSpeechVerb) != 0) {
      return nullptr;
    }
  }
  return &person->actors[0];
}

}  // namespace dyad
