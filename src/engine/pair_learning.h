// `dyad learn`: trains the pair model (src/events/pair_model.h) from the
// project's annotated sentence sets, each a folder with sentences.jsonl (the
// stories) and gold.jsonl (their events, the format `dyad eval` reads).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dyad/status.h"
#include "events/pair_trainer.h"

namespace dyad {

struct PairLearningStats {
  size_t documents = 0;  // with gold
  size_t examples = 0;   // ordered pairs of states in their sentences
  size_t positives = 0;  // (pair, root) the gold requires
};

// The model text. Problems with one input go to `report` and skip it; a set
// without its two files, or gold that does not parse, fails the run.
Result<std::string> LearnPairModel(const std::string& data_dir, const std::vector<std::string>& set_dirs,
                                   PairTrainingOptions options,
                                   const std::function<void(const std::string&)>& report, PairLearningStats* stats);

}  // namespace dyad
