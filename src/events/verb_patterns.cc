// VerbPatterns: the patterns' passives and the trie they are walked in
// (reading them is verb_patterns_parse.cc, matching verb_patterns_match.cc).
#include "events/verb_patterns.h"

#include <algorithm>

namespace dyad {

bool VerbPattern::has_target() const {
  for (const PatternElement& e : elements) {
    if (e.kind == SlotKind::kTarget || e.kind == SlotKind::kOwner) return true;
  }
  return false;
}

bool VerbPattern::has_source() const {
  for (const PatternElement& e : elements) {
    if (e.kind == SlotKind::kSource) return true;
  }
  return false;
}

namespace {

// Words that may stand between a verb and its object and stay with the verb
// in the passive: "fired on $T" -> "was fired on by …".
bool IsParticle(const PatternElement& e) {
  static const std::unordered_set<std::string_view> kParticles = {
      "at", "on", "upon", "against", "with", "into", "to", "from", "off", "in", "over", "down", "out", "up", "toward",
      "towards", "onto", "near", "across"};
  if (e.kind != SlotKind::kWord || e.optional) return false;
  for (const std::string& w : e.words) {
    if (!kParticles.count(w)) return false;
  }
  return true;
}

}  // namespace

void VerbPatterns::AddPassives(const VerbPattern& p) {
  // "ram $T", "fire on $T", "accuse $T of": the target is the verb's object,
  // so "$T was rammed (by $S)" says the same. Two forms: "VERB by $S rest"
  // with the agent right after the verb, and "VERB rest" whose agent the
  // coder looks for after the match.
  size_t k = 1;
  while (k < p.elements.size() && IsParticle(p.elements[k])) ++k;
  if (k >= p.elements.size() || (p.elements[k].kind != SlotKind::kTarget && p.elements[k].kind != SlotKind::kOwner)) {
    return;
  }
  if (p.nominal || p.has_source()) return;
  VerbPattern later = p;
  later.elements.erase(later.elements.begin() + static_cast<long>(k));
  later.passive = true;
  later.text = p.text + " (passive)";
  VerbPattern right = later;
  PatternElement by;
  by.words = {"by"};
  by.word_ids = {InternWord("by")};
  PatternElement source;
  source.kind = SlotKind::kSource;
  right.elements.insert(right.elements.begin() + 1, source);
  right.elements.insert(right.elements.begin() + 1, by);
  right.text = p.text + " (passive, by $S)";
  Index(std::move(right));
  Index(std::move(later));
}

void VerbPatterns::AddRecipientFirst(const VerbPattern& p) {
  // "send * condolences to $T", "deny * entry to $T": with a verb that takes
  // an indirect object (the class #dative of word_classes.tsv) the recipient
  // may come first, "sent King Mohammed VI a message of condolence", "handed
  // Ukraine the first four jets", "denied the envoys entry".
  const size_t n = p.elements.size();
  if (p.nominal || p.has_source() || p.cue() || n < 4) return;
  auto dative = word_classes_.find("#dative");
  if (dative == word_classes_.end()) return;  // (#shifted is read only beside it)
  const PatternElement& verb = p.elements[0];
  const PatternElement& to = p.elements[n - 2];
  const PatternElement& slot = p.elements[n - 1];
  if (slot.kind != SlotKind::kTarget || to.kind != SlotKind::kWord || to.optional || to.words.size() != 1 ||
      to.words[0] != "to") {
    return;
  }
  // The thing given is a word of the pattern, after no particle ("hand over
  // * files to $T" keeps its order) and beside no other slot.
  bool thing = false;
  for (size_t k = 1; k + 2 < n; ++k) {
    const PatternElement& e = p.elements[k];
    if (e.kind == SlotKind::kTarget || e.kind == SlotKind::kOwner || e.kind == SlotKind::kSource) return;
    if (k == 1 && IsParticle(e)) return;
    thing = thing || (e.kind == SlotKind::kWord && !e.optional);
  }
  if (!thing) return;
  PatternElement first;
  for (size_t w = 0; w < verb.words.size(); ++w) {
    if (std::find(dative->second.begin(), dative->second.end(), verb.words[w]) == dative->second.end()) continue;
    first.words.push_back(verb.words[w]);
    first.word_ids.push_back(verb.word_ids[w]);
  }
  // "expressed to the Government and people of India the deep condolences
  // of …", "conveyed to Hanoi the greetings of …": a long thing comes last,
  // after "to" and the recipient, with these verbs and those of #shifted.
  PatternElement shifted;
  auto shift = word_classes_.find("#shifted");
  for (size_t w = 0; w < verb.words.size(); ++w) {
    const bool dative_verb = std::find(first.words.begin(), first.words.end(), verb.words[w]) != first.words.end();
    const bool shift_verb = shift != word_classes_.end() &&
                            std::find(shift->second.begin(), shift->second.end(), verb.words[w]) != shift->second.end();
    if (!dative_verb && !shift_verb) continue;
    shifted.words.push_back(verb.words[w]);
    shifted.word_ids.push_back(verb.word_ids[w]);
  }
  possessive_id_ = InternWord("'s");
  what_id_ = InternWord("what");
  if (!shifted.words.empty()) {
    VerbPattern q = p;
    q.elements.clear();
    q.elements.push_back(std::move(shifted));
    q.elements.push_back(to);
    q.elements.push_back(slot);
    q.elements.insert(q.elements.end(), p.elements.begin() + 1, p.elements.end() - 2);
    q.text = p.text + " (recipient before the thing)";
    Index(std::move(q));
  }
  if (first.words.empty()) return;
  VerbPattern q = p;
  q.elements.clear();
  q.elements.push_back(std::move(first));
  q.elements.push_back(slot);
  q.elements.insert(q.elements.end(), p.elements.begin() + 1, p.elements.end() - 2);
  q.recipient_first = true;
  q.literal_words -= 1;  // its "to"
  q.text = p.text + " (recipient first)";
  Index(std::move(q));
}

namespace {

// How many leading elements of `p` the trie walks: its leading required
// words, and a gap followed by a required word ("hold * talks"), while the
// product of their alternatives stays within 256. `attempts` gets the number
// of edges inserting them may create (an upper bound, to reserve for),
// `ends` the number of trie nodes the prefix ends at.
size_t TriePrefix(const VerbPattern& p, size_t* attempts, size_t* ends) {
  auto required_word = [&](size_t k) {
    return k < p.elements.size() && p.elements[k].kind == SlotKind::kWord && !p.elements[k].optional;
  };
  size_t prefix = 0;
  size_t combinations = 1;
  *attempts = 0;
  while (prefix < p.elements.size()) {
    const PatternElement& e = p.elements[prefix];
    if (required_word(prefix) && combinations * e.word_ids.size() <= 256) {
      *attempts += combinations * e.word_ids.size();
      combinations *= e.word_ids.size();
      ++prefix;
      continue;
    }
    if (e.kind == SlotKind::kGap && prefix > 0 && required_word(prefix + 1) &&
        combinations * p.elements[prefix + 1].word_ids.size() <= 256) {
      *attempts += combinations * (1 + p.elements[prefix + 1].word_ids.size());
      combinations *= p.elements[prefix + 1].word_ids.size();
      prefix += 2;
      continue;
    }
    break;
  }
  *ends = combinations;
  return prefix;
}

}  // namespace

void VerbPatterns::Index(VerbPattern p) {
  // The trie itself is built in Finalize, when the number of edges all the
  // patterns may create is known: its map and nodes are reserved once
  // instead of growing (and rehashing) through 550,000 nodes.
  size_t attempts = 0, ends = 0;
  const size_t prefix = TriePrefix(p, &attempts, &ends);
  edge_bound_ += attempts;
  end_bound_ += ends;
  // A verb's first slot names its target ("demanded the withdrawal of
  // Russian troops from Transnistria" is a demand of Russia); a noun's last
  // does, the one before it being the noun's own "of" phrase ("a build-up of
  // $A troops near the border with $T").
  for (size_t k = 0; k < p.elements.size(); ++k) {
    if (p.elements[k].kind == SlotKind::kTarget || p.elements[k].kind == SlotKind::kOwner) {
      p.target_slot = k;
      if (!p.nominal) break;
    }
  }
  for (const PatternElement& e : p.elements) {
    for (const std::string& w : e.words) p.spells_negation = p.spells_negation || w == "not" || w == "never" || w == "no";
  }
  // What a sentence must have for the pattern to match after its prefix
  // (filters_): per required word element after it, the 128-bit signature of
  // its alternatives (the first in the TrieEnd, the rest in filters_), then
  // the alternatives themselves.
  TrieEnd end;
  end.element = static_cast<uint16_t>(prefix);
  end.passive = p.passive;
  end.filter = static_cast<uint32_t>(filters_.size());
  std::vector<size_t> required;
  for (size_t k = prefix; k < p.elements.size(); ++k) {
    if (p.elements[k].kind == SlotKind::kWord && !p.elements[k].optional) required.push_back(k);
  }
  filters_.push_back(required.empty() ? 0 : static_cast<uint32_t>(required.size() - 1));
  for (size_t g = 0; g < required.size(); ++g) {
    uint64_t lo = 0, hi = 0;
    for (uint32_t id : p.elements[required[g]].word_ids) {
      uint32_t bit = SignatureBit(id);
      (bit < 64 ? lo : hi) |= uint64_t{1} << (bit & 63);
    }
    if (g == 0) {
      end.sig_lo = lo;
      end.sig_hi = hi;
      continue;
    }
    for (uint64_t v : {lo, hi}) {
      filters_.push_back(static_cast<uint32_t>(v));
      filters_.push_back(static_cast<uint32_t>(v >> 32));
    }
  }
  filters_.push_back(static_cast<uint32_t>(required.size()));
  for (size_t k : required) {
    const std::vector<uint32_t>& ids = p.elements[k].word_ids;
    filters_.push_back(static_cast<uint32_t>(ids.size()));
    filters_.insert(filters_.end(), ids.begin(), ids.end());
  }
  trie_ends_.push_back(end);
  finalized_ = false;
  patterns_.push_back(std::move(p));
}

std::unordered_set<std::string> VerbPatterns::Vocabulary() const {
  std::unordered_set<std::string> v;
  // Patterns share most of their words: each interned word is hashed into
  // the set once, at its first use (so the set is built in the same order).
  std::vector<bool> seen(word_ids_.size() + 1, false);
  for (const VerbPattern& p : patterns_) {
    for (const PatternElement& e : p.elements) {
      for (size_t i = 0; i < e.words.size(); ++i) {
        if (e.word_ids.size() == e.words.size() && e.word_ids[i] < seen.size()) {
          if (seen[e.word_ids[i]]) continue;
          seen[e.word_ids[i]] = true;
        }
        v.insert(e.words[i]);
      }
    }
  }
  return v;
}

}  // namespace dyad
