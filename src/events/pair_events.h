// The pair model's pass over a story, after the patterns': for each ordered
// pair of states a sentence names, the roots the model scores at or above
// its threshold that the patterns did not code for that pair there.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "events/pair_model.h"

namespace dyad {

class DocumentContext;
class EventSink;

// A candidate pair of one sentence and its features, for `dyad learn`.
struct PairInstance {
  int sentence = 0;
  std::string source, target;
  std::vector<std::string> features;
};

// A sentence's modality, as the patterns found it (bits).
inline constexpr uint8_t kQuestion = 1;    // it asks
inline constexpr uint8_t kNegation = 2;    // "not", "no", "never" …
inline constexpr uint8_t kUnrealCue = 4;   // a cue that makes acts unreal: "denied that", "could", "accused of"
inline constexpr uint8_t kRefusalCue = 8;  // "refused to", "ruled out"
inline constexpr uint8_t kDenialCue = 16;  // a cue that makes its clause unreal: "denied that", "whether"

// Adds the model's events to `sink`. A question or a denial leaves the
// sentence to the patterns, which read the cue's scope; the other cues and
// negation are features the model weighs (vetoing them too cost a tenth of
// what the model finds, for a point of precision). With `instances`,
// lists every candidate pair of every sentence there instead and adds
// nothing.
void AddPairModelEvents(const DocumentContext& ctx, const PairModel& model, const std::vector<uint8_t>& modality,
                        EventSink* sink, std::vector<PairInstance>* instances);

}  // namespace dyad
