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

}  // namespace dyad
