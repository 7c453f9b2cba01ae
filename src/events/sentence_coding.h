// The work of coding one sentence, shared by EventCoder's parts: the
// sentence's context and the acts, cues and reactions found in it
// (sentence_coding.cc), which each match then codes (match_coding.cc).
#pragma once

#include <cstdint>
#include <vector>

#include "events/answered_acts.h"
#include "events/cue_scope.h"
#include "events/event_sink.h"
#include "events/framed_acts.h"
#include "events/sentence_context.h"
#include "events/verb_patterns.h"

namespace dyad {

struct SentenceWork {
  SentenceWork(DocumentContext& c, SentenceContext& s, EventSink& k, size_t index, DocumentContext::Doer& doer,
               uint8_t& told_model)
      : ctx(c), sc(s), sink(k), sentence(index), first_event(k.records().size()), sb(s.View().begin),
        se(s.View().end), sentence_doer(doer), modality(told_model) {}

  DocumentContext& ctx;
  SentenceContext& sc;
  EventSink& sink;
  size_t sentence;
  size_t first_event;  // the sentence's first record in `sink`
  uint32_t sb, se;     // its tokens
  // The subject of the sentence's first act, coded or not (DocumentContext::doers).
  DocumentContext::Doer& sentence_doer;
  uint8_t& modality;  // what the pair model is told of it (pair_events.h)

  // Filled by EventCoder::CodeSentence before any match is coded.
  std::vector<PatternMatch> cues;
  std::vector<PatternMatch> matches;  // the acts selected
  CueScope scope;                     // which cue governs which act
  std::vector<SentenceContext::RelativeReaction> relative;
  bool question = false;
  bool score = false;                // sports copy
  std::vector<FramedAct> framed;     // acts done with a named party, that a call told after them frames
  std::vector<ToldAct> told;         // acts with their doers, that a reaction told after them answers
  uint32_t appeal_end = UINT32_MAX;  // "asked Washington to recognise …": the request, not the act
};

}  // namespace dyad
