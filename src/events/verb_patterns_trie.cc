// VerbPatterns (verb_patterns.h): building the trie of the patterns'
// prefixes and laying it out for the walk (verb_patterns_match.cc).
#include <algorithm>

#include "events/verb_patterns.h"

namespace dyad {

namespace {

// The trie while Finalize inserts the prefixes: nodes are numbered as they
// are created, each knows only its parent edge; the layout groups them after.
struct TrieBuild {
  FlatU64Map edges;                                   // (node, key) -> child + 1
  std::vector<std::pair<uint32_t, uint32_t>> edge_of;  // per node but the root (node - 1): (parent, key)
  std::vector<uint8_t> gap, gap_edges;                // per node, as TrieNode has them
  std::vector<std::pair<uint32_t, uint32_t>> ends;    // (node, pattern index), in pattern order
  std::vector<uint32_t> frontier, next;
  uint32_t count = 1;  // nodes created, the root included
};

uint64_t EdgeKey(uint32_t node, uint32_t key) { return (static_cast<uint64_t>(node) << 32) | key; }

constexpr uint32_t kGap = 0xFFFFFF00u;  // VerbPatterns::kGapKey

// Inserts pattern `index`'s first `prefix` elements (its leading required
// words, and gaps each followed by one: verb_patterns.cc, TriePrefix).
// Patterns share prefixes, so "reject $A …" and "reject * call to" test
// "reject" once and patterns that cannot match are never tried; "hold *
// talks" and "hold * meeting" share "hold *" and branch on the word.
// Alternatives are multiplied out: the prefix ends at every combination.
void InsertPrefix(const VerbPattern& p, size_t prefix, uint32_t index, TrieBuild* b) {
  b->frontier.assign(1, 0);
  // Inlined into its three call sites: the call itself (a large register
  // save for a few stores) cost a fifth of inserting 785,000 edges.
  auto child_of = [b](uint32_t node, uint32_t key) __attribute__((always_inline)) {
    // One probe: the new child's id is offered and kept only if the edge is
    // new. The arrays are sized in Finalize for the most nodes there can be.
    const uint32_t fresh = b->count + 1;
    const uint32_t child = b->edges.TryEmplace(EdgeKey(node, key), fresh);
    if (child == fresh) b->edge_of[b->count++ - 1] = {node, key};
    if (key == kGap + 3) b->gap_edges[node] |= 1;
    if (key == kGap + 8) b->gap_edges[node] |= 2;
    return child - 1;
  };
  for (size_t k = 0; k < prefix;) {
    const PatternElement& e = p.elements[k];
    b->next.clear();
    if (e.kind == SlotKind::kWord) {
      for (uint32_t node : b->frontier) {
        for (uint32_t w : e.word_ids) b->next.push_back(child_of(node, w));
      }
      ++k;
    } else {
      const PatternElement& word = p.elements[k + 1];
      for (uint32_t node : b->frontier) {
        const uint32_t gap = child_of(node, kGap + static_cast<uint32_t>(e.max_gap));
        b->gap[gap] = static_cast<uint8_t>(e.max_gap);
        for (uint32_t w : word.word_ids) b->next.push_back(child_of(gap, w));
      }
      k += 2;
    }
    std::swap(b->frontier, b->next);
  }
  for (uint32_t node : b->frontier) b->ends.emplace_back(node, index);
}

}  // namespace

void VerbPatterns::Finalize() {
  static_assert(kGap == kGapKey);
  // Every pattern's prefix, in pattern order, from an empty trie: the edge
  // map is only for finding children while inserting and is freed before
  // the layout allocates, so nothing of the build outlives this call.
  TrieBuild b;
  b.edges.Reserve(edge_bound_);
  b.edge_of.resize(edge_bound_);
  b.gap.assign(edge_bound_ + 1, 0);
  b.gap_edges.assign(edge_bound_ + 1, 0);
  b.ends.reserve(end_bound_);
  for (uint32_t i = 0; i < patterns_.size(); ++i) InsertPrefix(patterns_[i], trie_ends_[i].element, i, &b);
  b.edges = FlatU64Map();
  const uint32_t n_nodes = b.count;
  // Edges: every node's edge from its parent, grouped by parent (a counting
  // sort), then sorted by word within the node. Pattern ends grouped by node
  // in the order they were indexed (a counting sort, stable).
  std::vector<uint32_t> first(n_nodes + 2, 0), count(n_nodes + 2, 0);
  for (uint32_t c = 0; c + 1 < n_nodes; ++c) ++first[b.edge_of[c].first + 1];
  for (const auto& [node, end] : b.ends) ++count[node + 1];
  for (uint32_t n = 0; n <= n_nodes; ++n) {
    first[n + 1] += first[n];
    count[n + 1] += count[n];
  }
  sorted_edges_.assign(first[n_nodes], {0, 0});
  sorted_edges_.shrink_to_fit();
  {
    std::vector<uint32_t> at(first.begin(), first.begin() + n_nodes);
    for (uint32_t c = 0; c + 1 < n_nodes; ++c) {
      const auto& [parent, key] = b.edge_of[c];
      sorted_edges_[at[parent]++] = {key, c + 2};  // child c + 1, stored + 1
    }
  }
  ends_.assign(count[n_nodes], 0);
  ends_.shrink_to_fit();
  {
    std::vector<uint32_t> at(count.begin(), count.begin() + n_nodes);
    for (const auto& [node, end] : b.ends) ends_[at[node]++] = end;
  }
  nodes_.assign(n_nodes + 1, TrieNode{});
  nodes_.shrink_to_fit();
  for (uint32_t n = 0; n <= n_nodes; ++n) {
    TrieNode& node = nodes_[n];
    node.edge_begin = first[n];
    node.end_begin = count[n];
    if (n == n_nodes) break;  // the sentinel
    node.gap = b.gap[n];
    node.gap_edges = b.gap_edges[n];
    if (first[n + 1] - first[n] > 1) std::sort(sorted_edges_.begin() + first[n], sorted_edges_.begin() + first[n + 1]);
  }
  // The root's edges as an array: every token starts a walk there.
  root_children_.clear();
  for (uint32_t e = nodes_[0].edge_begin; e < nodes_[1].edge_begin; ++e) {
    const auto& [key, child] = sorted_edges_[e];
    if (key >= kGapKey) continue;
    if (root_children_.size() <= key) root_children_.resize(key + 1, 0);
    root_children_[key] = child;
  }
  finalized_ = true;
}

uint32_t VerbPatterns::Child(uint32_t node, uint32_t word) const {
  // A node has few edges, side by side: a binary search touches one or two
  // cache lines where a probe into a whole-trie map misses.
  auto first = sorted_edges_.begin() + nodes_[node].edge_begin, last = sorted_edges_.begin() + nodes_[node + 1].edge_begin;
  auto it = std::lower_bound(first, last, word, [](const std::pair<uint32_t, uint32_t>& e, uint32_t w) { return e.first < w; });
  return it != last && it->first == word ? it->second : 0;
}

uint32_t VerbPatterns::GapChild(uint32_t node, uint32_t key) const {
  // The gap keys are the largest edge keys, so a node's gap edges are its
  // last one or two: no binary search through its words.
  const uint32_t begin = nodes_[node].edge_begin, end = nodes_[node + 1].edge_begin;
  for (uint32_t e = end; e > begin && e + 2 > end; --e) {
    if (sorted_edges_[e - 1].first == key) return sorted_edges_[e - 1].second;
  }
  return 0;
}

}  // namespace dyad
