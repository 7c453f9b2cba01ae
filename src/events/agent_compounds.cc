#include "events/agent_compounds.h"

#include "events/clause_rules.h"
#include "events/codebook.h"
#include "events/event_sink.h"
#include "events/sentence_context.h"

namespace dyad {
namespace {

// "VERB by $S", "be VERB by $S", "be * VERB by $S": the participle's element,
// or nullptr for any other shape (a target, words after the doer).
const PatternElement* ParticipleOfAgentLine(const VerbPattern& p) {
  const std::vector<PatternElement>& e = p.elements;
  const size_t n = e.size();
  if (n < 3 || e[n - 1].kind != SlotKind::kSource) return nullptr;
  const PatternElement& by = e[n - 2];
  if (by.kind != SlotKind::kWord || by.words.size() != 1 || by.words[0] != "by") return nullptr;
  for (size_t i = 0; i + 3 < n; ++i) {
    bool be = e[i].kind == SlotKind::kWord && e[i].words.size() == 1 && e[i].words[0] == "be";
    if (!be && e[i].kind != SlotKind::kGap) return nullptr;
  }
  const PatternElement& verb = e[n - 3];
  return verb.kind == SlotKind::kWord && !verb.optional ? &verb : nullptr;
}

}  // namespace

AgentCompounds::AgentCompounds(const VerbPatterns& patterns) {
  for (const VerbPattern& p : patterns.patterns()) {
    if (p.cue() || p.nominal || p.passive || p.has_target() || RootOf(p.code) != 4) continue;
    const PatternElement* verb = ParticipleOfAgentLine(p);
    if (verb == nullptr) continue;
    // The first line of a participle decides; the lexicon lists a doer after
    // "by" once per verb.
    for (uint32_t id : verb->word_ids) by_lemma_.emplace(id, &p);
  }
}

bool AgentCompounds::Code(const SentenceContext& sc, const DocumentContext& ctx, const std::vector<PatternMatch>& kept,
                          const std::vector<PatternMatch>& cues, EventSink* sink) const {
  const DocumentTokens& t = ctx.r.tokens;
  const uint32_t sb = sc.View().begin;
  bool coded = false;
  for (uint32_t k : ctx.r.by_sentence[static_cast<size_t>(sc.sentence())]) {
    const ActorChunk& doer = ctx.r.chunks[k];
    // The doer, a hyphen and the participle, written as one word.
    const uint32_t verb = doer.end + 1;
    if (verb >= sc.View().end || !t.JoinedHyphen(doer.end)) continue;
    auto line = by_lemma_.find(ctx.lemma_ids[verb]);
    if (line == by_lemma_.end()) continue;
    // A participle the compound table gives a role of its own ("a
    // US-sponsored draft": a sponsor) is no mediation.
    if (ctx.dict.compound_participles().Lists(t.text(verb))) continue;
    // "a US-brokered ceasefire between Israel and Iran": a line of its own
    // already reads the participle.
    bool read = false;
    for (const PatternMatch& m : kept) read = read || m.begin == verb;
    if (read || InCondition(ctx, sb, verb)) continue;
    // "did not attend Saudi-hosted talks", "called for US-brokered talks":
    // the clause the compound stands in says its parties never sat down.
    if (sc.Negated(doer.begin)) continue;
    bool blocked = false;
    for (const PatternMatch& c : cues) {
      CueMode mode = c.pattern->mode;
      bool refuses = Blocks(mode) || mode == CueMode::kReject || mode == CueMode::kAttempt;
      blocked = blocked || (refuses && c.end <= doer.begin && doer.begin - c.end <= 3);
    }
    if (blocked) continue;
    PatternMatch m;
    m.pattern = line->second;
    m.begin = verb;
    m.end = verb + 1;
    m.has_source = true;
    m.source_begin = doer.begin;
    m.source_end = doer.end;
    for (const ResolvedActor& mediator : doer.actors) {
      if (mediator.country.empty()) continue;
      for (const ResolvedActor* party : sc.OtherStates(mediator.country)) {
        // "a swap for a diplomat convicted of a bombing in France": a
        // country named as the place of something else is no party.
        bool place = false;
        for (uint32_t j : ctx.r.by_sentence[static_cast<size_t>(sc.sentence())]) {
          const ActorChunk& c = ctx.r.chunks[j];
          bool holds = !c.actors.empty() && party >= &c.actors.front() && party <= &c.actors.back();
          place = place || (holds && c.begin > sb && t.text(c.begin - 1) == "in");
        }
        if (place) continue;
        sink->Add(mediator, party, m.pattern->code, sc, m);
        coded = true;
      }
    }
  }
  return coded;
}

}  // namespace dyad
