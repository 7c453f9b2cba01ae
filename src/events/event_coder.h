// The event coder: from a story's sentences and resolved actors to CAMEO
// events with source, target, date, place and the sentence that says so.
//
// Thread safety: Code is const; one EventCoder serves many threads.
#pragma once

#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "actors/actor_resolver.h"
#include "dyad/document.h"
#include "dyad/records.h"
#include "dyad/status.h"
#include "events/agent_compounds.h"
#include "events/codebook.h"
#include "events/implied_events.h"
#include "events/lemmatizer.h"
#include "events/mode_table.h"
#include "events/pair_events.h"
#include "events/pair_model.h"
#include "events/relative_days.h"
#include "events/act_kinds.h"
#include "events/verb_classes.h"
#include "events/verb_patterns.h"
#include "events/word_table.h"
#include "util/string_hash.h"

namespace dyad {

struct SentenceWork;  // sentence_coding.h

class EventCoder {
 public:
  // Loads data/events/{cameo,verbs,irregular_verbs}.tsv under `data_dir`.
  static Result<std::unique_ptr<EventCoder>> Create(const std::string& data_dir, const ActorResolver* resolver);

  // Events of one story, repeated mentions of one interaction merged.
  std::vector<EventRecord> Code(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                const ResolvedDocument& r) const;

  // The candidate pairs of every sentence with their features, as the pair
  // model sees them after the patterns have coded: for `dyad learn`.
  std::vector<PairInstance> PairInstances(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                          const ResolvedDocument& r) const;

  const Codebook& codebook() const { return *codebook_; }
  const VerbPatterns& patterns() const { return *patterns_; }

 private:
  EventCoder() = default;
  // Code, or with `instances` the pair model's candidates instead of its events.
  std::vector<EventRecord> CodeStory(const Document& doc, const std::vector<SentenceSpan>& sentences,
                                     const ResolvedDocument& r, std::vector<PairInstance>* instances) const;
  // One sentence's acts and what it says beyond them (sentence_coding.cc).
  void CodeSentence(SentenceWork& w) const;
  // One selected match `k` of the sentence, told by a noun or by a verb
  // (match_coding.cc); true if it coded an event.
  bool CodeNominalMatch(SentenceWork& w, size_t k) const;
  bool CodeVerbMatch(SentenceWork& w, size_t k) const;
  const ActorResolver* resolver_ = nullptr;
  std::unique_ptr<Codebook> codebook_;
  std::unique_ptr<VerbPatterns> patterns_;
  std::unique_ptr<ModeTable> modes_;
  std::unique_ptr<RelativeDayPhrases> relative_days_;
  std::unique_ptr<VerbClasses> verb_classes_;
  std::unique_ptr<ActKinds> act_kinds_;
  std::unique_ptr<AgentCompounds> compounds_;  // "Turkish-brokered talks"
  std::unique_ptr<ClosingReactions> closing_;  // "…, Canberra complains"
  std::unique_ptr<EspionageCharges> espionage_;  // "arrested … on spying charges"
  std::unique_ptr<Lemmatizer> lemmatizer_;
  std::unique_ptr<WordTable> words_;
  StringSet verb_words_;
  StringSet aircraft_;  // word class #aircraft: "Israeli warplanes struck" is an air strike (195)
  StringSet armed_;     // word class #armed: "Israeli commandos stormed" is force (190), not a riot
  StringSet talkers_;   // word class #talkers: "Chinese and Indian diplomats clashed" fought with words
  std::unique_ptr<PairModel> pair_model_;  // what the patterns miss (pair_model.h)
};

}  // namespace dyad
