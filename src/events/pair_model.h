// The pair model: a logistic scorer, one per CAMEO root, of whether the
// source state of an ordered pair did an act of that root to the target in a
// sentence, from the sentence's features (pair_features.h); and, for a root
// it codes, one per three-digit code of that root, for which act it was. It
// codes what the lexicon's patterns miss in phrasings they do not list; it
// is trained by `dyad learn` from the project's own annotated sentences
// (tests/golden/dev), never from public gold sets.
//
// File format (data/events/pair_model.tsv), one record per line:
//   threshold <TAB> 0.8                       a root is coded at this probability
//   threshold_beside <TAB> 1                  … for a pair the patterns coded (1: never)
//   feature   <TAB> w:shell <TAB> 19:1.25|195:0.4|18:-0.3   weights
// A two-digit key weighs a root, a three-digit key a code (which must be in
// the codebook). The feature "bias" is the intercept. A root's event gets
// the code of that root scored highest, if above 0.5, else the root's
// unspecified code ("190"). Every error names file and line.
//
// Thread safety: const after loading.
#pragma once

#include <array>
#include <initializer_list>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dyad/status.h"
#include "util/flat_map.h"

namespace dyad {

class PairModel {
 public:
  PairModel();

  static constexpr int kRoots = 20;
  using Scores = std::array<float, kRoots>;  // by root 01..20

  // `codes`: the codebook's codes.
  static Result<std::unique_ptr<PairModel>> Load(const std::string& path, const std::unordered_set<std::string>& codes);
  static Result<std::unique_ptr<PairModel>> Parse(std::string_view tsv, std::string_view name,
                                                  const std::unordered_set<std::string>& codes);

  // No features: codes nothing.
  bool empty() const { return code_begin_.size() == 1; }
  float threshold() const { return threshold_; }
  // For a pair the patterns coded with another root in the sentence.
  float threshold_beside() const { return threshold_beside_; }

  struct Scored {
    Scores roots{};               // sums of weights; probabilities after Finish
    std::vector<uint32_t> rows;   // the features' rows, for CodeFor (Score only)
  };
  Scored Score(const std::vector<std::string>& features) const;
  // The same in parts, for features shared by several pairs: the row of a
  // feature (false when the model has none), and the sum of rows, each once.
  bool FindRow(std::string_view feature, uint32_t* row) const;
  void AddRows(std::vector<uint32_t>* rows, Scores* sum) const;  // sorts and dedups `rows`
  // Turns the roots' sums into probabilities.
  void Finish(Scores* sum) const;
  // Row `row`'s weight for `root` (1-20): what a feature adds (DYAD_DEBUG_EVENTS).
  float RootWeight(uint32_t row, int root) const {
    return 0.01f * static_cast<float>(root_weights_[static_cast<size_t>(row) * kRoots + static_cast<size_t>(root - 1)]);
  }
  // The code for `root` (1-20) given a Score, or given the row lists summed.
  std::string CodeFor(int root, const Scored& scored) const { return CodeFor(root, {&scored.rows}); }
  std::string CodeFor(int root, std::initializer_list<const std::vector<uint32_t>*> row_lists) const;
  const std::vector<std::string>& codes() const { return codes_; }

 private:
  // Which model a thread's cache of recent look-ups (FindRow) belongs to: a
  // number no other model in the process has, not an address, which a later
  // model may reuse.
  uint64_t id_;
  float threshold_ = 1.0f;
  float threshold_beside_ = 1.0f;
  std::vector<std::string> codes_;  // three-digit codes with weights
  std::vector<int> code_roots_;     // the root of each
  // Feature hash -> row + 1. Hashes only: the features' text would be a
  // second cache miss a look-up, and 64 bits do not collide among ~10^5.
  FlatU64Map index_;
  // One bit per feature hash, 256 KB, in cache where the index is not: most
  // of a sentence's words and word pairs are in no model, and this answers
  // them without touching the index.
  std::vector<uint64_t> present_ = std::vector<uint64_t>(1u << 15, 0);
  static size_t PresentBit(uint64_t key) { return static_cast<size_t>(key >> 43); }  // 21 bits
  // Row r's root weights are root_weights_[r * kRoots …], in hundredths (the
  // file's precision: 40 bytes a row where floats took 80, and the coder sums
  // thousands of rows a story, mostly cache misses); its code weights
  // code_weights_[code_begin_[r] … code_begin_[r + 1]) (index in codes_,
  // weight).
  std::vector<int16_t> root_weights_;
  std::vector<uint32_t> code_begin_{0};
  std::vector<std::pair<uint32_t, float>> code_weights_;
};

}  // namespace dyad
