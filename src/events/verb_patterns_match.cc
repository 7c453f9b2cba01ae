// VerbPatterns (verb_patterns.h), the matching half; loading and compiling is
// verb_patterns.cc. MatchAll walks the trie from every token, rejects
// patterns whose later words the sentence lacks by signature, then matches
// what follows the shared prefix exactly.
#include <algorithm>
#include <iterator>
#include <tuple>

#include "events/verb_patterns.h"

namespace dyad {

bool VerbPatterns::MatchFrom(const VerbPattern& p, size_t k, uint32_t pos, const SentenceView& s,
                             PatternMatch* m) const {
  if (k == p.elements.size()) {
    m->end = pos;
    return true;
  }
  const PatternElement& e = p.elements[k];
  switch (e.kind) {
    case SlotKind::kWord: {
      pos = s.skip_quotes(pos);
      // The word here, else after a time phrase here ("urged on Monday"),
      // else after an insert here (", including Barack Obama, from").
      const uint32_t after_insert = s.after_insert(pos);
      const uint32_t candidates[] = {pos, s.after_time(pos), after_insert, s.after_time(after_insert)};
      for (size_t c = 0; c < std::size(candidates); ++c) {
        const uint32_t at = candidates[c];
        if (at >= s.end || std::find(candidates, candidates + c, at) != candidates + c) continue;
        uint32_t lemma = s.lemma_id[at], form = s.form_id[at];
        for (uint32_t w : e.word_ids) {
          if ((lemma == w || form == w) && MatchFrom(p, k + 1, at + 1, s, m)) return true;
        }
      }
      return e.optional && MatchFrom(p, k + 1, pos, s, m);
    }
    case SlotKind::kGap: {
      // The gap from here, else from after an insert here.
      const uint32_t after_insert = s.after_insert(pos);
      for (uint32_t from : {pos, after_insert}) {
        for (int g = 0; g <= e.max_gap; ++g) {
          uint32_t q = from + static_cast<uint32_t>(g);
          if (q > s.end) break;
          if (g > 0 && s.is_punct(q - 1)) break;
          if (MatchFrom(p, k + 1, q, s, m)) return true;
        }
        if (after_insert == pos) break;
      }
      return false;
    }
    case SlotKind::kTarget:
    case SlotKind::kOwner:
    case SlotKind::kSource: {
      // Up to six words before the actor: "deported tens of thousands of
      // Ethiopian migrants".
      pos = s.after_time(s.skip_quotes(pos));
      // A recipient put first stands right after its verb ("sent the
      // Moroccan king a message"), not several words on.
      const uint32_t reach = p.recipient_first && k == 1 ? 1 : 6;
      for (uint32_t q = pos; q < s.end && q <= pos + reach; ++q) {
        uint32_t actor_end = 0;
        // A passive's agent may be a bare country adjective too: "was hit
        // by Chinese water cannon".
        if (s.actor_at(q, e.kind != SlotKind::kTarget, &actor_end) &&
            !(p.recipient_first && actor_end < s.end && s.form_id[actor_end] == possessive_id_)) {
          // One slot names the target: "demanded the withdrawal of Russian
          // troops from Transnistria" is a demand of Russia.
          if (e.kind != SlotKind::kSource) {
            if (k == p.target_slot) m->has_target = true, m->target_begin = q, m->target_end = actor_end;
          } else {
            m->has_source = true, m->source_begin = q, m->source_end = actor_end;
          }
          if (MatchFrom(p, k + 1, actor_end, s, m)) return true;
          // "released a British-flagged tanker" against "release $A * tanker":
          // the words after the slot may be the actor phrase's own noun.
          if (!p.recipient_first && k + 1 < p.elements.size() && p.elements[k + 1].kind != SlotKind::kTarget &&
              p.elements[k + 1].kind != SlotKind::kOwner && p.elements[k + 1].kind != SlotKind::kSource) {
            uint32_t own_end = s.chunk_end != nullptr && s.chunk_end[q] != 0 ? s.chunk_end[q] : actor_end;
            for (uint32_t inner = q + 1; inner < own_end; ++inner) {
              if (MatchFrom(p, k + 1, inner, s, m)) return true;
            }
          }
        }
        if (!s.may_skip_before_actor(q)) break;
      }
      return false;
    }
  }
  return false;
}

void VerbPatterns::Walk(uint32_t node, uint32_t pos, uint32_t begin, const SentenceView& s, const uint32_t* seen,
                        uint32_t stamp, uint64_t sig_lo, uint64_t sig_hi, std::vector<PatternMatch>* out) const {
  const TrieNode& n = nodes_[node];
  for (uint32_t e = n.end_begin; e < n.end_end; ++e) {
    const uint32_t index = ends_[e];
    const TrieEnd& end = trie_ends_[index];
    // Derived passives only where the verb can be one ("was rammed",
    // "rammed by").
    if (end.passive && s.passive_ok != nullptr && !s.passive_ok[begin]) continue;
    // A pattern whose later words the sentence lacks cannot match: "hold *
    // talks with $T" in a sentence without "talks". Signatures of the
    // sentence's words reject most before the exact look-ups.
    if (((end.sig_lo & sig_lo) | (end.sig_hi & sig_hi)) == 0) continue;
    const uint16_t element = end.element;
    const VerbPattern& p = patterns_[index];
    // Each test stops at the first group or word the sentence lacks.
    bool possible = true;
    for (size_t g = 1; g < p.group_signatures.size() && possible; ++g) {
      const auto& [lo, hi] = p.group_signatures[g];
      possible = ((lo & sig_lo) | (hi & sig_hi)) != 0;
    }
    if (!possible) continue;
    for (uint16_t k : p.required_words) {
      if (k < element) continue;
      bool any = false;
      for (uint32_t id : p.elements[k].word_ids) {
        if (seen[id] == stamp) {
          any = true;
          break;
        }
      }
      if (!any) {
        possible = false;
        break;
      }
    }
    if (!possible) continue;
    PatternMatch m;
    m.pattern = &patterns_[index];
    m.begin = begin;
    m.weight = patterns_[index].literal_words;
    if (MatchFrom(patterns_[index], element, pos, s, &m)) out->push_back(m);
  }
  if (n.leaf) return;
  auto follow = [&](uint32_t from, uint32_t at) {
    uint32_t lemma = s.lemma_id[at], form = s.form_id[at];
    for (uint32_t w : {lemma, form}) {
      if (w != 0) {
        // The root's edges are an array: every token starts a walk there.
        uint32_t child = from == 0 ? (w < root_children_.size() ? root_children_[w] : 0) : Child(from, w);
        if (child != 0) Walk(child - 1, at + 1, begin, s, seen, stamp, sig_lo, sig_hi, out);
      }
      if (lemma == form) break;
    }
  };
  if (n.gap != 0) {
    // A scan finds nothing when none of the words that leave this node is in
    // the sentence (`seen`): one look per edge instead of two binary searches
    // per token of the gap.
    if (finalized_) {
      bool any = false;
      for (uint32_t e = n.edge_begin; e < n.edge_end && !any; ++e) {
        const uint32_t w = sorted_edges_[e].first;
        any = w < kGapKey && seen[w] == stamp;
      }
      if (!any) return;
    }
    // Up to `gap` tokens, never across punctuation, then the next word.
    for (uint32_t g = 0; g <= n.gap; ++g) {
      uint32_t q = pos + g;
      if (q >= s.end || (g > 0 && s.is_punct(q - 1))) break;
      follow(node, q);
    }
    return;
  }
  if (node != 0) pos = s.skip_quotes(pos);
  if (pos >= s.end) return;
  follow(node, pos);
  if (node != 0 && s.after_time(pos) != pos && s.after_time(pos) < s.end) follow(node, s.after_time(pos));
  if (node != 0 && s.after_insert(pos) != pos) follow(node, s.after_insert(pos));
  if (n.gap_edges == 0) return;
  for (uint32_t gap : {3u, 8u}) {
    if ((n.gap_edges & (gap == 3 ? 1 : 2)) == 0) continue;
    if (uint32_t child = GapChild(node, kGapKey + gap); child != 0) {
      Walk(child - 1, pos, begin, s, seen, stamp, sig_lo, sig_hi, out);
      if (node != 0 && s.after_insert(pos) != pos) {
        Walk(child - 1, s.after_insert(pos), begin, s, seen, stamp, sig_lo, sig_hi, out);
      }
    }
  }
}

void VerbPatterns::Finalize() {
  // The prefixes of the patterns indexed since the last call, in their order
  // (so the nodes are numbered as if inserted one by one).
  if (nodes_.empty()) nodes_.emplace_back();
  // The edge map is only for finding children while inserting; it is let go
  // after each Finalize (below), so a later one puts the existing edges back.
  if (edges_.size() == 0) {
    edges_.Reserve(edge_of_.size() + pending_edge_bound_);
    for (size_t c = 0; c < edge_of_.size(); ++c) {
      edges_.TryEmplace(EdgeKey(edge_of_[c].first, edge_of_[c].second), static_cast<uint32_t>(c + 2));
    }
  } else {
    edges_.Reserve(edges_.size() + pending_edge_bound_);
  }
  // Sized for the most nodes the insertions may create, then cut to those
  // created: no per-node growth check.
  node_count_ = nodes_.size();
  nodes_.resize(node_count_ + pending_edge_bound_);
  edge_of_.resize(node_count_ - 1 + pending_edge_bound_);
  pending_ends_.reserve(pending_ends_.size() + pending_end_count_);
  for (uint32_t index : pending_patterns_) InsertPrefix(index);
  // The map (2^21 slots of 16 bytes for 820,000 possible edges) is freed
  // before the layout below allocates: 33 MB off the peak and off every
  // run's resident memory. Matching reads the sorted edges.
  edges_ = FlatU64Map();
  nodes_.resize(node_count_);
  edge_of_.resize(node_count_ - 1);
  pending_patterns_.clear();
  pending_patterns_.shrink_to_fit();
  pending_edge_bound_ = 0;
  pending_end_count_ = 0;
  // Edges: every node's edge from its parent, grouped by parent (a counting
  // sort), then sorted by word within the node. Pattern ends: those laid out
  // before, then the pending ones, grouped by node in the order they were
  // indexed (a counting sort, stable). One pass over the nodes per step.
  const size_t n_nodes = nodes_.size();
  std::vector<uint32_t> first(n_nodes + 1, 0), count(n_nodes + 1, 0);
  for (const auto& [parent, word] : edge_of_) ++first[parent + 1];
  for (const auto& [node, end] : pending_ends_) ++count[node + 1];
  for (size_t n = 0; n < n_nodes; ++n) {
    first[n + 1] += first[n];
    count[n + 1] += count[n] + (nodes_[n].end_end - nodes_[n].end_begin);
  }
  sorted_edges_.assign(first.back(), {0, 0});
  std::vector<uint32_t> at(first.begin(), first.end() - 1);
  for (size_t c = 0; c < edge_of_.size(); ++c) {
    const auto& [parent, word] = edge_of_[c];
    sorted_edges_[at[parent]++] = {word, static_cast<uint32_t>(c + 2)};  // child c + 1, stored + 1
  }
  std::vector<uint32_t> ends(count.back());
  std::vector<uint32_t> next(count.begin(), count.end() - 1);
  if (!ends_.empty()) {
    for (size_t n = 0; n < n_nodes; ++n) {
      for (uint32_t e = nodes_[n].end_begin; e < nodes_[n].end_end; ++e) ends[next[n]++] = ends_[e];
    }
  }
  for (const auto& [node, end] : pending_ends_) ends[next[node]++] = end;
  for (size_t n = 0; n < n_nodes; ++n) {
    TrieNode& node = nodes_[n];
    node.edge_begin = first[n];
    node.edge_end = first[n + 1];
    if (first[n + 1] - first[n] > 1) std::sort(sorted_edges_.begin() + first[n], sorted_edges_.begin() + first[n + 1]);
    node.end_begin = count[n];
    node.end_end = count[n + 1];
  }
  ends_ = std::move(ends);
  pending_ends_.clear();
  pending_ends_.shrink_to_fit();
  finalized_ = true;
}

uint32_t VerbPatterns::Child(uint32_t node, uint32_t word) const {
  // Patterns indexed since the last Finalize are not in the trie yet, so the
  // sorted edges are whole for every node there is (the edge map is freed).
  // A node has few edges, side by side: a binary search touches one or two
  // cache lines where a probe into the whole map misses.
  const TrieNode& n = nodes_[node];
  auto first = sorted_edges_.begin() + n.edge_begin, last = sorted_edges_.begin() + n.edge_end;
  auto it = std::lower_bound(first, last, word, [](const std::pair<uint32_t, uint32_t>& e, uint32_t w) { return e.first < w; });
  return it != last && it->first == word ? it->second : 0;
}

uint32_t VerbPatterns::GapChild(uint32_t node, uint32_t key) const {
  // The gap keys are the largest edge keys, so a node's gap edges are its
  // last one or two: no binary search through its words.
  const TrieNode& n = nodes_[node];
  for (uint32_t e = n.edge_end; e > n.edge_begin && e + 2 > n.edge_end; --e) {
    if (sorted_edges_[e - 1].first == key) return sorted_edges_[e - 1].second;
  }
  return 0;
}

std::vector<PatternMatch> VerbPatterns::MatchAll(const SentenceView& s) const {
  std::vector<PatternMatch> out;
  // The pattern words this sentence has, marked with a per-call stamp so the
  // table is never cleared.
  thread_local std::vector<uint32_t> seen;
  thread_local uint32_t stamp = 0;
  if (seen.size() < word_ids_.size() + 1) seen.assign(word_ids_.size() + 1, 0);
  if (++stamp == 0) {
    std::fill(seen.begin(), seen.end(), 0);
    stamp = 1;
  }
  uint64_t sig_lo = 0, sig_hi = 0;
  for (uint32_t i = s.begin; i < s.end; ++i) {
    seen[s.lemma_id[i]] = stamp;
    seen[s.form_id[i]] = stamp;
    for (uint32_t id : {s.lemma_id[i], s.form_id[i]}) {
      if (id == 0) continue;
      uint32_t bit = SignatureBit(id);
      (bit < 64 ? sig_lo : sig_hi) |= uint64_t{1} << (bit & 63);
    }
  }
  seen[0] = 0;
  const TrieNode& root = nodes_[0];
  const bool root_walk = root.end_begin != root.end_end || root.gap != 0 || root.gap_edges != 0 || !finalized_;
  for (uint32_t i = s.begin; i < s.end; ++i) {
    size_t first = out.size();
    if (root_walk) {
      Walk(0, i, i, s, seen.data(), stamp, sig_lo, sig_hi, &out);
    } else {
      // The root has no pattern ends and no gap edges (a pattern opens with
      // a word): its step is the word's child, taken here for every token
      // without a call (as Walk's `follow` takes it).
      const uint32_t lemma = s.lemma_id[i], form = s.form_id[i];
      for (uint32_t w : {lemma, form}) {
        const uint32_t child = w != 0 && w < root_children_.size() ? root_children_[w] : 0;
        if (child != 0) Walk(child - 1, i + 1, i, s, seen.data(), stamp, sig_lo, sig_hi, &out);
        if (lemma == form) break;
      }
    }
    // Pattern order among the matches at one token, as the file gives it:
    // overlapping matches of equal weight are chosen by it. A pattern found
    // through a gap at several distances keeps its nearest, as a recursive
    // match would.
    std::stable_sort(out.begin() + static_cast<long>(first), out.end(),
                     [](const PatternMatch& a, const PatternMatch& b) { return a.pattern < b.pattern; });
    out.erase(std::unique(out.begin() + static_cast<long>(first), out.end(),
                          [](const PatternMatch& a, const PatternMatch& b) { return a.pattern == b.pattern; }),
              out.end());
  }
  return out;
}

}  // namespace dyad
