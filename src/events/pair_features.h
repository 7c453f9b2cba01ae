// What the pair model (pair_model.h) reads of one sentence: for an ordered
// pair of states the sentence names, the sentence's words (lemmas),
// where each state stands (first, before the other, the words around and
// between them), the sectors of their actors, and what the lexicon's
// patterns already coded in the sentence. Features are plain strings
// ("w:shell", "preT:against", "lex:19"), the same in training and coding.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/actor_resolver.h"

namespace dyad {

class DocumentContext;

// A state the sentence names: its first actor phrase, and every phrase.
struct SentenceState {
  std::string country;
  const ResolvedActor* actor = nullptr;  // of its first phrase
  std::vector<const ActorChunk*> chunks;  // in text order
  bool only_place = true;  // every phrase is a place after "in"/"at" ("in Moscow"), no actor
  bool only_property = true;  // every phrase is a thing it owns or flags ("a Liberian-flagged tanker")
  bool only_qualifier = true;  // every phrase is a thing it backs ("Iran-backed militias")
};

// An event the patterns coded in the sentence, by country and root ("19").
struct CodedTuple {
  std::string source, target, root;
};

// The states of sentence `s`, in the order they are first named, at most
// `limit` (the pairs grow with their square).
std::vector<SentenceState> SentenceStates(const DocumentContext& ctx, int s, size_t limit = 5);

// `target` as the target of an act by `source`: without the compounds that
// also name the source ("Wei said both sides need to …" names Vietnam with
// China, as China's partner, not as what China acts on). No chunks left:
// the sentence names the target only so, and the pair is no candidate.
SentenceState AsTargetOf(const SentenceState& target, const std::string& source);

// Receives each feature; the view lives until the next call.
using FeatureSink = std::function<void(std::string_view)>;

// The features every pair of sentence `s` shares: its words (lemmas; word
// pairs added size and no accuracy) and its `modality` (pair_events.h bits).
void SentenceFeatures(const DocumentContext& ctx, int s, uint8_t modality, const FeatureSink& emit);

// The features of a state as the source (or the target) of any pair: the
// words around its phrases and its actors' sectors.
void RoleFeatures(const DocumentContext& ctx, int s, const SentenceState& state, bool source, const FeatureSink& emit);

// The features of `source` acting on `target` beyond those: which stands
// first, the words between them, what the patterns coded, where the sentence
// is in the story. Each kind has its own prefixes, so no two overlap.
void RelationFeatures(const DocumentContext& ctx, int s, const SentenceState& source, const SentenceState& target,
                      const std::vector<CodedTuple>& coded, const FeatureSink& emit);

// Both, each feature once, sorted: what `dyad learn` trains on.
void PairFeatures(const DocumentContext& ctx, int s, uint8_t modality, const SentenceState& source,
                  const SentenceState& target, const std::vector<CodedTuple>& coded, std::vector<std::string>* out);

}  // namespace dyad
