// Multi-phrase matching over token sequences: a trie keyed by interned tokens,
// scanned left to right taking the longest phrase at each position.
//
// Thread safety: Add before any Find; Find is const and safe concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/flat_map.h"

namespace dyad {

class PhraseMatcher {
 public:
  struct Match {
    uint32_t begin = 0;  // token index of the first token
    uint32_t end = 0;    // one past the last token
    uint32_t node = 0;   // pass to Payloads()
  };
  static constexpr uint32_t kUnknownToken = 0;

  PhraseMatcher();

  // Adds a phrase given as folded tokens with a payload; a phrase added twice
  // keeps every payload. Returns false for an empty phrase.
  bool Add(const std::vector<std::string_view>& tokens, uint32_t payload);

  // Interned ids of `tokens` (kUnknownToken for words in no phrase).
  std::vector<uint32_t> Intern(const std::vector<std::string_view>& tokens) const;

  // Non-overlapping longest matches, left to right.
  std::vector<Match> FindAll(const std::vector<uint32_t>& ids) const;

  // The longest phrase starting at `pos`, if any (end == begin when none).
  Match LongestAt(const std::vector<uint32_t>& ids, size_t pos) const;

  const std::vector<uint32_t>& Payloads(uint32_t node) const { return nodes_[node].payloads; }
  size_t phrase_count() const { return phrases_; }
  size_t node_count() const { return nodes_.size(); }

 private:
  struct Node {
    std::vector<uint32_t> payloads;
  };
  uint32_t Child(uint32_t node, uint32_t token) const;

  FlatStringMap<uint32_t> token_ids_;
  FlatU64Map edges_;  // (node << 32 | token) -> child; node 0 is the root, never a child
  std::vector<uint32_t> root_children_;  // token id -> child of the root, 0 if none: the most asked edge
  std::vector<Node> nodes_;
  size_t phrases_ = 0;
};

}  // namespace dyad
