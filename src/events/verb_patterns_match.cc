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
      const uint32_t candidates[] = {pos, s.after_time(pos), after_insert, s.after_time(after_insert),
                                     s.after_venue(pos), s.after_venue(s.after_time(pos))};
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
        // Up to max_gap tokens, a word or amount written in parts counting
        // once (SentenceView::gap_free).
        for (uint32_t q = from, room = 0; q <= s.end; ++q) {
          if (q > from) {
            if (s.stops_gap(q - 1)) break;
            room += s.gap_room(q - 1);
            if (room > static_cast<uint32_t>(e.max_gap)) break;
          }
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
            !(p.recipient_first && actor_end < s.end && s.form_id[actor_end] == possessive_id_) &&
            !(e.kind == SlotKind::kTarget && what_id_ != 0 && q > s.begin && s.form_id[q - 1] == what_id_)) {
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

void VerbPatterns::MatchEnds(const uint32_t* first, const uint32_t* last, uint32_t pos, const WalkState& w) const {
  const SentenceView& s = *w.s;
  for (; first != last; ++first) {
    const uint32_t index = *first;
    const TrieEnd& end = trie_ends_[index];
    // Derived passives only where the verb can be one ("was rammed",
    // "rammed by").
    if (end.passive && s.passive_ok != nullptr && !s.passive_ok[w.begin]) continue;
    // A pattern whose later words the sentence lacks cannot match: "hold *
    // talks with $T" in a sentence without "talks". Signatures of the
    // sentence's words reject most before the exact look-ups.
    if (((end.sig_lo & w.sig_lo) | (end.sig_hi & w.sig_hi)) == 0) continue;
    // The rest of its groups, then its required words (filters_).
    const uint32_t* f = filters_.data() + end.filter;
    bool possible = true;
    for (uint32_t g = *f++; g > 0 && possible; --g, f += 4) {
      const uint64_t lo = f[0] | uint64_t{f[1]} << 32, hi = f[2] | uint64_t{f[3]} << 32;
      possible = ((lo & w.sig_lo) | (hi & w.sig_hi)) != 0;
    }
    if (!possible) continue;
    for (uint32_t r = *f++; r > 0 && possible; --r) {
      const uint32_t n = *f++;
      possible = std::any_of(f, f + n, [&w](uint32_t id) { return w.has(id); });
      f += n;
    }
    if (!possible) continue;
    const VerbPattern& p = patterns_[index];
    PatternMatch m;
    m.pattern = &p;
    m.begin = w.begin;
    m.weight = p.literal_words;
    if (MatchFrom(p, end.element, pos, s, &m)) w.out->push_back(m);
  }
}

void VerbPatterns::Walk(uint32_t node, uint32_t pos, const WalkState& w) const {
  const SentenceView& s = *w.s;
  const TrieNode& n = nodes_[node];
  const TrieNode& after = nodes_[node + 1];
  // Most nodes have no ends: no call for them.
  if (n.end_begin != after.end_begin) MatchEnds(ends_.data() + n.end_begin, ends_.data() + after.end_begin, pos, w);
  if (n.edge_begin == after.edge_begin) return;  // a leaf
  auto follow = [&](uint32_t from, uint32_t at) {
    uint32_t lemma = s.lemma_id[at], form = s.form_id[at];
    for (uint32_t word : {lemma, form}) {
      if (word != 0) {
        // The root's edges are an array: every token starts a walk there.
        uint32_t child = from == 0 ? (word < root_children_.size() ? root_children_[word] : 0) : Child(from, word);
        if (child != 0) Walk(child - 1, at + 1, w);
      }
      if (lemma == form) break;
    }
  };
  if (n.gap != 0) {
    // A scan finds nothing when none of the words that leave this node is in
    // the sentence (`seen`): one look per edge instead of two binary searches
    // per token of the gap.
    bool any = false;
    for (uint32_t e = n.edge_begin; e < after.edge_begin && !any; ++e) {
      const uint32_t word = sorted_edges_[e].first;
      any = word < kGapKey && w.has(word);
    }
    if (!any) return;
    // Up to `gap` tokens, never across punctuation, then the next word.
    for (uint32_t q = pos, room = 0; q < s.end; ++q) {
      if (q > pos) {
        if (s.stops_gap(q - 1)) break;
        room += s.gap_room(q - 1);
        if (room > n.gap) break;
      }
      follow(node, q);
    }
    return;
  }
  if (node != 0) pos = s.skip_quotes(pos);
  if (pos >= s.end) return;
  follow(node, pos);
  if (node != 0 && s.after_time(pos) != pos && s.after_time(pos) < s.end) follow(node, s.after_time(pos));
  if (node != 0) {
    // As MatchFrom reads a venue, with or without a time phrase before it.
    const uint32_t venue = s.after_venue(pos), time_venue = s.after_venue(s.after_time(pos));
    if (venue != pos && venue != s.after_time(pos) && venue < s.end) follow(node, venue);
    if (time_venue != venue && time_venue != s.after_time(pos) && time_venue < s.end) follow(node, time_venue);
  }
  if (node != 0 && s.after_insert(pos) != pos) follow(node, s.after_insert(pos));
  if (n.gap_edges == 0) return;
  for (uint32_t gap : {3u, 8u}) {
    if ((n.gap_edges & (gap == 3 ? 1 : 2)) == 0) continue;
    if (uint32_t child = GapChild(node, kGapKey + gap); child != 0) {
      Walk(child - 1, pos, w);
      if (node != 0 && s.after_insert(pos) != pos) Walk(child - 1, s.after_insert(pos), w);
    }
  }
}

std::vector<PatternMatch> VerbPatterns::MatchAll(const SentenceView& s) const {
  std::vector<PatternMatch> out;
  // The pattern words this sentence has, one bit each (a few KB, in cache
  // where a table of stamps was not); cleared again before returning.
  thread_local std::vector<uint64_t> seen;
  if (seen.size() < word_ids_.size() / 64 + 1) seen.assign(word_ids_.size() / 64 + 1, 0);
  uint64_t sig_lo = 0, sig_hi = 0;
  for (uint32_t i = s.begin; i < s.end; ++i) {
    for (uint32_t id : {s.lemma_id[i], s.form_id[i]}) {
      if (id == 0) continue;
      seen[id >> 6] |= uint64_t{1} << (id & 63);
      uint32_t bit = SignatureBit(id);
      (bit < 64 ? sig_lo : sig_hi) |= uint64_t{1} << (bit & 63);
    }
  }
  struct Clear {
    const SentenceView& s;
    std::vector<uint64_t>& seen;
    ~Clear() {
      for (uint32_t i = s.begin; i < s.end; ++i) seen[s.lemma_id[i] >> 6] = seen[s.form_id[i] >> 6] = 0;
    }
  } clear{s, seen};
  if (nodes_.size() < 2) return out;  // no trie before the first Finalize
  // The root has pattern ends only if a pattern opens with no required word.
  const bool root_walk = nodes_[0].end_begin != nodes_[1].end_begin || nodes_[0].gap_edges != 0;
  WalkState w{&s, seen.data(), 0, sig_lo, sig_hi, &out};
  for (uint32_t i = s.begin; i < s.end; ++i) {
    size_t first = out.size();
    w.begin = i;
    if (root_walk) {
      Walk(0, i, w);
    } else {
      // The root has no pattern ends and no gap edges (a pattern opens with
      // a required word): its step is the word's child, taken here for every token
      // without a call (as Walk's `follow` takes it).
      const uint32_t lemma = s.lemma_id[i], form = s.form_id[i];
      for (uint32_t word : {lemma, form}) {
        const uint32_t child = word != 0 && word < root_children_.size() ? root_children_[word] : 0;
        if (child != 0) Walk(child - 1, i + 1, w);
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
