// SentenceContext's lists of actors: those listed before a subject ("Iran,
// Russia and China began …"), the actors of a chunk with its list, and the
// states listed with a partner named after a verb ("rejected protests from
// Japan and the United States").
#include "events/sentence_context.h"

#include "events/word_classes.h"

namespace dyad {

SentenceContext::ListOpening SentenceContext::ListedBefore(size_t k, std::vector<const ActorChunk*>* listed,
                                                          bool bare_commas) const {
  const auto& chunks = ctx_.r.by_sentence[static_cast<size_t>(sentence_)];
  bool closed_by_and = false;
  for (size_t j = k; j > 0; --j) {
    uint32_t before = ctx_.r.chunks[chunks[j]].begin;
    while (before > begin_ && IsDeterminer(ctx_.r.tokens.text(before - 1))) --before;
    if (before < begin_ + 2) break;
    std::string_view joint = ctx_.r.tokens.text(before - 1);
    if (joint != "and" && joint != ",") break;
    if (joint == "," && !closed_by_and && !bare_commas) break;
    // "After talks in Istanbul, Russia and Ukraine agreed …": the comma that
    // closes the phrase the sentence opens with ends the list.
    if (joint == "," && leading_pp_end_ != 0 && before - 1 == leading_pp_end_) break;
    closed_by_and = true;
    const ActorChunk& prev = ctx_.r.chunks[chunks[j - 1]];
    // "flew on to Dubai and Doha in an attempt to …": a name listed after
    // a place that a preposition governs is governed by it too.
    if (prev.end == before - 1 && prev.place_like && prev.after_preposition) {
      listed->clear();
      return ListOpening::kPlace;
    }
    if (prev.end != before - 1 || prev.place_like || prev.modifier) break;
    // "the borders of Thailand, Cambodia and Laos meet": a list that
    // opens after "of" belongs to a noun, and is no one's subject.
    if (prev.after_preposition && prev.begin > begin_ && ctx_.r.tokens.text(prev.begin - 1) == "of") {
      listed->clear();
      return ListOpening::kNoun;
    }
    listed->push_back(&prev);
  }
  return ListOpening::kSubject;
}

std::vector<const ResolvedActor*> SentenceContext::ActorsWithListed(const ActorChunk& c) const {
  const auto& chunks = ctx_.r.by_sentence[static_cast<size_t>(sentence_)];
  std::vector<const ActorChunk*> listed;
  for (size_t k = 0; k < chunks.size(); ++k) {
    if (&ctx_.r.chunks[chunks[k]] == &c && ListedBefore(k, &listed) != ListOpening::kSubject) listed.clear();
  }
  std::vector<const ResolvedActor*> out;
  for (auto p = listed.rbegin(); p != listed.rend(); ++p) {
    for (const ResolvedActor& a : (*p)->actors) out.push_back(&a);
  }
  for (const ResolvedActor& a : c.actors) out.push_back(&a);
  return out;
}

std::vector<const ResolvedActor*> SentenceContext::ListedAfterPartner(const ResolvedActor& partner,
                                                                    const PatternMatch& m) const {
  std::vector<const ResolvedActor*> out;
  const auto& chunks = ctx_.r.by_sentence[static_cast<size_t>(sentence_)];
  for (size_t k = 0; k < chunks.size(); ++k) {
    const ActorChunk& c = ctx_.r.chunks[chunks[k]];
    if (c.begin <= m.begin || c.actors.size() != 1 || c.actors[0].country != partner.country) continue;
    // Not the subjects of another clause ("…, and the United States and
    // South Korea urged Pyongyang …").
    if (OpensClause(c.begin) || c.begin >= PredicateEnd(m)) return out;
    const uint32_t list_end = ctx_.actor_end[c.begin];
    if (list_end <= c.end) return out;
    for (size_t j = k + 1; j < chunks.size(); ++j) {
      const ActorChunk& n = ctx_.r.chunks[chunks[j]];
      if (n.begin >= list_end) break;
      for (const ResolvedActor& a : n.actors) {
        if (!a.country.empty() && a.country != partner.country) out.push_back(&a);
      }
    }
    return out;
  }
  return out;
}

}  // namespace dyad
