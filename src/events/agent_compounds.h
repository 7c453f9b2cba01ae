// "Turkish-brokered talks", "a US-mediated truce", "Saudi-hosted talks": the
// doer of a mediation or a hosting written before its participle and joined
// to it by a hyphen, inside the words of another act ("Somalia and Ethiopia
// held Turkish-brokered talks", "signed a US-brokered deal").
//
// "X-brokered" says "brokered by X", so the participles are those of the
// lexicon's consultation lines (root 04) that name their doer after "by"
// ("045 broker|mediate|facilitate by $S", "043 be host by $S"); no word list
// of their own. Other roots stay out: "Russian-backed separatists",
// "Saudi-led coalition" describe who someone is, not an act the story reports.
//
// Thread safety: immutable after construction.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "events/verb_patterns.h"

namespace dyad {

class DocumentContext;
class EventSink;
class SentenceContext;

class AgentCompounds {
 public:
  explicit AgentCompounds(const VerbPatterns& patterns);

  // The doer of each compound to every other state the sentence names (the
  // parties of the talks or the deal), with the line's code. `kept` are the
  // sentence's selected matches (a compound one of them already opens on
  // is coded there: "a US-brokered ceasefire between Israel and Iran"),
  // `cues` its modality cues. Returns whether anything was coded.
  bool Code(const SentenceContext& sc, const DocumentContext& ctx, const std::vector<PatternMatch>& kept,
            const std::vector<PatternMatch>& cues, EventSink* sink) const;
  // The participle (by its lemma's word id) names its doer when joined to
  // it by a hyphen ("US-brokered"); any other ("Russian-backed",
  // "Iranian-made") only qualifies a noun.
  bool NamesDoer(uint32_t lemma_id) const { return by_lemma_.count(lemma_id) != 0; }

 private:
  std::unordered_map<uint32_t, const VerbPattern*> by_lemma_;  // participle's word id -> its "by $S" line
};

}  // namespace dyad
