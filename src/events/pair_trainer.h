// Trains the pair model (pair_model.h): one logistic regression per CAMEO
// root over the pair features of annotated sentences, by stochastic
// gradient descent in an order fixed by the examples' keys, averaged over
// the steps, so the same examples give the same file. Writes the model in pair_model.tsv's format.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "events/pair_model.h"

namespace dyad {

struct PairExample {
  // Names the example (set, document, sentence, pair) and places it in each
  // epoch's order, so adding or dropping one example leaves the others'
  // order, and so the model, nearly as it was (Shuffle on positions moved
  // every example and a set's recall by up to ten events).
  uint64_t key = 0;
  std::vector<std::string> features;
  // Per root 01..20: 1 the gold requires it, 0 it must not be coded, -1 the
  // gold allows it (no lesson either way).
  std::array<int8_t, PairModel::kRoots> label{};
  // The three-digit codes the gold accepts for the required roots; a root
  // required with none of its codes listed ("19") teaches no code.
  std::vector<std::string> codes;
};

struct PairTrainingOptions {
  // Session 38, trained without three sets and scored on them (BK-BM, BH-BJ,
  // BE-BG; docs/accuracy.md): 20 passes against 8 recall +0.015 / +0.012 /
  // +0.014 for precision -0.009 / -0.012 / -0.004 (sentences), stories
  // +0.011 / +0.015 / +0.012 for 0 / -0.001 / -0.001; a higher step size
  // or a lower threshold trades less well.
  int epochs = 20;
  float rate = 0.2f;
  float l2 = 0.0f;          // weight decay per use of a weight (0.001 fired more on the tests' hard negatives)
  bool average = true;      // the model is the mean of the weights over training (averaged SGD)
  int min_count = 3;        // features seen in fewer examples are dropped
  int min_code_count = 8;   // codes required in fewer examples get no weights
  // Written to the model: a root is coded when the model finds it more likely
  // than not. Session 20, trained without AC and AD and scored on them: 0.5
  // against 0.7 +0.019 / +0.018 recall for -0.008 / -0.005 precision
  // (sentences), stories +0.018 / +0.003 for -0.003 / 0 (docs/accuracy.md).
  float threshold = 0.5f;
  // Beside the patterns' event for the same pair, a second root only when
  // the model is sure. Session 14, on set T: 16 right of 27 at 0.99 (+0.010
  // recall, -0.011 precision), so never. Session 23, trained on 30 English
  // sets without the two scored: 0.9 against never, sentences +0.023 /
  // +0.016 (AG, AH) and +0.024 / +0.036 (AE, AF) recall for +0.004 / -0.013
  // and -0.001 / -0.001 precision, stories +0.003 to +0.012 for 0 to +0.001.
  float threshold_beside = 0.9f;
  std::string comment;      // written at the top, '#'-prefixed
};

std::string TrainPairModel(const std::vector<PairExample>& examples, const PairTrainingOptions& options);

}  // namespace dyad
