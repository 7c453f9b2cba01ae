// The pair model's pass over a story, after the patterns': for each ordered
// pair of states a sentence names, the roots the model scores at or above
// its threshold that the patterns did not code for that pair there.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "events/pair_features.h"
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
inline constexpr uint8_t kScore = 32;       // a match score ("beat Italy 1-0"): sport
inline constexpr uint8_t kPossibleCue = 64; // "could", "might", "may"

// The sentences the model codes nothing in: questions, denials, acts that
// only could be, match reports. The patterns read such a cue's scope; the
// model would not. Negation, refusal and the other cues are features it
// weighs (vetoing them too cost a tenth of what it finds, for a point of
// precision).
inline constexpr uint8_t kLeftToThePatterns = kQuestion | kDenialCue | kScore | kPossibleCue;

// Whether `a` and `b` are fellows in an act of `root` the patterns coded in
// the sentence: both did it to one third state ("French jets and British
// warships struck Libya") or one third state did it to both. From threats
// (13) on the model codes no act of that root between fellows, unless they
// did it to "each other".
bool FellowsInAct(const std::vector<CodedTuple>& patterns, const std::string& a, const std::string& b,
                  const std::string& root);

// Adds the model's events of sentence `s` (its `modality`) to `sink`, unless
// the sentence is left to the patterns; called once the patterns have coded
// it, so that later sentences know who acted in it. With `instances`, lists
// every candidate pair of the sentence there instead and adds nothing.
void AddPairModelEvents(const DocumentContext& ctx, const PairModel& model, size_t s, uint8_t modality,
                        EventSink* sink, std::vector<PairInstance>* instances);

}  // namespace dyad
