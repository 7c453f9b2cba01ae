// The event lexicon (data/events/lexicon/*.tsv, one file per CAMEO root):
// patterns, each a sequence of words, gaps and actor slots with the CAMEO
// code it yields. Matching runs over one sentence's lemmas and actor phrases.
//
// Thread safety: immutable after Load; Match is const.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/status.h"
#include "util/flat_map.h"
#include "util/string_hash.h"

namespace dyad {

enum class SlotKind : uint8_t { kWord, kGap, kTarget, kSource, kOwner };

struct PatternElement {
  SlotKind kind = SlotKind::kWord;
  std::vector<std::string> words;  // alternatives, for kWord
  std::vector<uint32_t> word_ids;  // the same as VerbPatterns::WordId gives them
  bool optional = false;
  int max_gap = 0;                 // for kGap
};

// What a modality cue (data/events/modality.tsv) makes of the act right
// after it; kAct for a pattern that is no cue. Parsed once, on load.
enum class CueMode : uint8_t {
  kAct, kIntent, kFuture, kAgree, kDecide, kThreaten, kAppeal, kDemand, kReject, kHalt, kAgent, kAttempt,
  kSpeakerDemand, kSpeakerAppeal, kNone, kNoneClause, kPossible
};

// The mode named in modality.tsv ("intent", "none_clause"); false if unknown.
bool ParseCueMode(std::string_view name, CueMode* mode);

// "none", "none_clause" and "possible" ("could", "might"): the act is not
// reported as happening at all (a possible conflict act on a condition may
// still be a threat: conditional_threats.h).
inline bool Blocks(CueMode m) {
  return m == CueMode::kNone || m == CueMode::kNoneClause || m == CueMode::kPossible;
}

// "$X must …", "$X should …": the speaker of the sentence asks it.
inline bool BySpeaker(CueMode m) { return m == CueMode::kSpeakerDemand || m == CueMode::kSpeakerAppeal; }

// The pattern word of the class of numbers of a thousand or more ("7,000",
// "1.5 million", "thousands"): "deport #many $A" is a mass expulsion.
inline constexpr std::string_view kManyWord = "#many";

struct VerbPattern {
  std::string code;  // the CAMEO code; for a cue, its mode's name as written
  std::string text;  // as written, for messages and tests
  std::vector<PatternElement> elements;
  bool both = false;        // no target: the subject is two actors, one event each way
  bool partner = false;     // no target: the story's other state
  bool intransitive = false;  // the act takes no object: "met the deadline" is another sense
  bool untargeted = false;  // no target: keep without one
  bool here = false;        // no target: the dateline's country ("arrived here")
  // Weighs nothing: any other pattern over the same words wins ("pledged to
  // protect the rights of Nigerians" is intent, 030, when no pattern reads
  // the act promised).
  bool fallback = false;
  // The pattern opens with the noun of an event ("sanctions on $T", "talks
  // between $T"): the source owns the noun ("US sanctions", "Japan's
  // protest") or follows it ("the seizure by Iran of": a $S the loader
  // derives); with two actors and no owner, one event each way.
  bool nominal = false;
  CueMode mode = CueMode::kAct;  // a modality cue unless kAct
  bool cue() const { return mode != CueMode::kAct; }
  bool passive = false;  // derived from an active pattern: the subject is the target
  // Derived from "VERB … thing to $T": "VERB $T … thing" (AddRecipientFirst);
  // the thing is never the target's own noun.
  bool recipient_first = false;
  int literal_words = 0;    // specificity, to choose among overlapping matches
  // The slot ($T or $A) that names the target: a verb's first, a noun's
  // last (an earlier one is the noun's own "of" phrase).
  size_t target_slot = SIZE_MAX;
  // A word of the pattern is "not", "never" or "no" ("have no comment on"):
  // the negation is the pattern's own, set when it is indexed.
  bool spells_negation = false;
  bool has_target() const;
  bool has_source() const;
};

// What the matcher needs to know about one sentence.
struct SentenceView {
  uint32_t begin = 0;  // token range
  uint32_t end = 0;
  // Token i's lemma and folded form as VerbPatterns::WordId gives them (0:
  // no pattern word), indexed by absolute token index: matching compares
  // integers, not strings.
  const uint32_t* lemma_id = nullptr;
  const uint32_t* form_id = nullptr;
  // Per absolute token index, filled once per document:
  const uint8_t* punct = nullptr;      // 1 for , ; . : ( ); 2 for a quotation mark, which breaks nothing; 3 for a word that stops a gap
  const uint8_t* skippable = nullptr;  // 1 for a word that may stand between a verb and its object
  // 1 for a token that takes no room in a gap: the hyphen and second half
  // of "two-day", the ".5" of "2.5", "billion" after a number, a number
  // after "$" ("a $2.5 billion 10-year loan" is a gap of three), and the
  // frame "what it called" ("condemned what it called Russian
  // interference"). Null: every token counts.
  const uint8_t* gap_free = nullptr;
  // The end of the actor phrase starting at token i ("China and Vietnam"
  // as one), 0 when none; `actor_end_mod` counts a bare country adjective too.
  const uint32_t* actor_end = nullptr;
  const uint32_t* actor_end_mod = nullptr;
  const uint8_t* passive_ok = nullptr;
  const uint32_t* chunk_end = nullptr;  // the end of the one actor phrase starting at token i (no list), 0 if none
  // The end of the time phrase starting at token i ("on Wednesday", "last
  // week"), 0 when none (nullptr: none anywhere).
  const uint32_t* time_end = nullptr;
  // The position after the parenthetical insert whose opening comma is token
  // i (", including Barack Obama,", the closing comma of ", an American
  // tourist,"), 0 when none (nullptr: none anywhere).
  const uint32_t* insert_end = nullptr;
  // The end of the venue phrase starting at token i ("in Davos", "at
  // Camp David": "in" or "at" and a town or a capital), 0 when none
  // (nullptr: none anywhere).
  const uint32_t* venue_end = nullptr;
  bool may_skip_before_actor(uint32_t i) const { return skippable[i] != 0; }
  bool is_punct(uint32_t i) const { return punct[i] == 1; }
  // Punctuation or a word that opens another clause (StopsGap): a gap ends before it.
  bool stops_gap(uint32_t i) const { return punct[i] == 1 || punct[i] == 3; }
  // The room token i takes in a gap: 0 inside a word or an amount, else 1.
  uint32_t gap_room(uint32_t i) const { return gap_free != nullptr && gap_free[i] != 0 ? 0 : 1; }
  // 'expressed "its profound sorrow" to': a pattern's words read through quotation marks.
  uint32_t skip_quotes(uint32_t i) const {
    while (i < end && punct[i] == 2) ++i;
    return i;
  }
  // "warned on Wednesday that": a time phrase between two words of a pattern
  // may be read through too, as wire copy puts the day after the verb. The
  // position after it (after quotes too), or `i` when none starts at `i`.
  uint32_t after_time(uint32_t i) const {
    if (time_end == nullptr || i >= end || time_end[i] <= i || time_end[i] >= end) return i;
    return skip_quotes(time_end[i]);
  }
  // "agreed in Davos on Saturday to meet": a venue between two words of a
  // pattern is read through as a time phrase is, and so is a time phrase
  // after it. The position after them, or `i` when no venue starts at `i`.
  uint32_t after_venue(uint32_t i) const {
    if (venue_end == nullptr || i >= end || venue_end[i] <= i || venue_end[i] >= end) return i;
    return after_time(venue_end[i]);
  }
  // "barred 500 Americans, including Barack Obama, from entering": an insert
  // between two elements of a pattern is read through, as a time phrase is.
  // Only an insert opening at `i` itself: no gap crosses a comma into one.
  // The position after it, or `i` when none opens at `i`.
  uint32_t after_insert(uint32_t i) const {
    if (insert_end == nullptr || i >= end || insert_end[i] <= i || insert_end[i] >= end) return i;
    return insert_end[i];
  }
  bool actor_at(uint32_t i, bool modifiers, uint32_t* end) const {
    uint32_t e = modifiers ? actor_end_mod[i] : actor_end[i];
    if (e == 0) return false;
    *end = e;
    return true;
  }
};

struct PatternMatch {
  const VerbPattern* pattern = nullptr;
  uint32_t begin = 0;  // token range of the whole match
  uint32_t end = 0;
  uint32_t target_begin = 0, target_end = 0;  // when the pattern has $T
  uint32_t source_begin = 0, source_end = 0;  // when it has $S
  bool has_target = false;
  bool has_source = false;
  // Specificity among overlapping matches: the pattern's literal words, plus
  // those of a modality cue that governs it (set by the coder).
  int weight = 0;
};

class VerbPatterns {
 public:
  // Every *.tsv file in `dir`, in name order. The first bad line gives
  // InvalidArgument naming its file and line.
  // `classes` (optional) is a word-class file: "act <TAB> attack|raid|…",
  // so a pattern may write "condemn * #act" for the whole list.
  static Result<std::unique_ptr<VerbPatterns>> LoadDirectory(const std::string& dir,
                                                             const std::unordered_set<std::string>& codes,
                                                             const std::string& classes = "");
  static Result<std::unique_ptr<VerbPatterns>> Load(const std::string& path, const std::unordered_set<std::string>& codes);
  static Result<std::unique_ptr<VerbPatterns>> Parse(std::string_view tsv, std::string_view name,
                                                     const std::unordered_set<std::string>& codes);

  // Adds the modality cues of data/events/modality.tsv (the same syntax,
  // a mode instead of a code) to the same word ids.
  Status LoadCues(const std::string& path);

  // Builds the trie of every pattern's prefix and lays its edges and pattern
  // ends out per node (sorted, contiguous) for matching. Call after the last
  // Load and before MatchAll.
  void Finalize();

  // Every word the patterns use (the lemmatizer's vocabulary).
  std::unordered_set<std::string> Vocabulary() const;

  // A small integer per pattern word, 0 for every other word.
  uint32_t WordId(std::string_view word) const {
    const uint32_t* id = word_ids_.Find(word);
    return id == nullptr ? 0 : *id;
  }

  // All matches in the sentence, overlapping ones included.
  std::vector<PatternMatch> MatchAll(const SentenceView& s) const;

  const std::vector<VerbPattern>& patterns() const { return patterns_; }
  // The words of a class of word_classes.tsv ("#act"), nullptr if none.
  const std::vector<std::string>* WordClass(const std::string& name) const {
    auto it = word_classes_.find(name);
    return it == word_classes_.end() ? nullptr : &it->second;
  }

 private:
  // Adds the patterns of one file.
  Status ParseInto(std::string_view tsv, std::string_view name, const std::unordered_set<std::string>& codes,
                   bool cues);
  // The id of a pattern word, given on first sight (1, 2, …).
  uint32_t InternWord(std::string_view word) {
    auto [id, fresh] = word_ids_.TryEmplace(word, static_cast<uint32_t>(word_ids_.size() + 1));
    if (fresh) hyphenated_.push_back(word.size() > 1 && word.find_first_of("-_") != std::string_view::npos);
    return *id;
  }
  // Per word id - 1: the word has a '-' or '_' to spell out (asked for every
  // word of every pattern at load; a class like #act has hundreds).
  std::vector<bool> hyphenated_;
  void AddPassives(const VerbPattern& p);
  void AddRecipientFirst(const VerbPattern& p);
  uint32_t possessive_id_ = 0;  // "'s": a recipient put first is no owner ("conveyed India's sympathies")
  // "struck what New Delhi called a camp": the free relative's subject is no
  // target. Interned with possessive_id_ (only when a pattern takes a
  // recipient first); 0, no id, turns the check off.
  uint32_t what_id_ = 0;
  void Index(VerbPattern p);
  bool MatchFrom(const VerbPattern& p, size_t element, uint32_t pos, const SentenceView& s, PatternMatch* m) const;

  // Reads "name <TAB> word|word|…" lines into word_classes_ (as "#name").
  Status LoadWordClasses(const std::string& path);

  std::vector<VerbPattern> patterns_;
  FlatStringMap<uint32_t> word_ids_;
  std::unordered_map<std::string, std::vector<std::string>> word_classes_;  // "#act" -> its words
  // Where a pattern's shared prefix ends, with what rejects it without
  // touching the pattern: most are rejected, and the patterns are large and
  // scattered in memory. One per pattern (`trie_ends_`, by pattern index),
  // however many nodes its alternatives make the prefix end at.
  struct TrieEnd {
    uint16_t element = 0;   // the first element after the prefix
    bool passive = false;   // VerbPattern::passive
    uint32_t filter = 0;    // its test in filters_
    uint64_t sig_lo = ~uint64_t{0}, sig_hi = ~uint64_t{0};  // its first group signature, all ones if none
  };
  // A node is 12 bytes: its ranges end where the next node's begin (a
  // sentinel node closes the last), and "leaf" is an empty edge range. The
  // walk reads a node per trie step; fewer bytes, fewer cache lines.
  struct TrieNode {
    uint32_t end_begin = 0;   // its patterns in ends_
    uint32_t edge_begin = 0;  // its edges in sorted_edges_
    uint8_t gap = 0;          // reached by a gap edge: scan up to this many tokens
    uint8_t gap_edges = 0;    // bit 1: a gap-3 edge leaves it, bit 2: a gap-8 edge
  };
  // The child (+1) of `node` along `word` (a word id or a gap key), 0 if none.
  uint32_t Child(uint32_t node, uint32_t word) const;
  uint32_t GapChild(uint32_t node, uint32_t key) const;  // Child for a gap key
  std::vector<std::pair<uint32_t, uint32_t>> sorted_edges_;  // (word, child + 1), grouped by node
  // The patterns (indices) whose prefix ends at a node, side by side per
  // node, in the order they were indexed. Indices, not TrieEnds: a pattern
  // ends at 20 nodes on average (its alternatives multiplied out), and its
  // TrieEnd is the same at each, so the walk reads 4 bytes per end and the
  // TrieEnds stay in a table small enough to stay cached (18,000 x 24 bytes
  // instead of 366,000 x 32).
  std::vector<uint32_t> ends_;
  std::vector<TrieEnd> trie_ends_;  // per pattern index
  // Per pattern, from trie_ends_[i].filter, what the sentence must have for
  // it to match after its prefix, side by side so that rejecting it touches
  // one cache line (written by Index): the count of its other
  // group signatures and each as four words (lo low, lo high, hi low, hi
  // high), then the count of its required word elements after the prefix
  // and each as its number of ids and the ids.
  std::vector<uint32_t> filters_;
  // Finalize builds the trie from every pattern indexed so far; the edges
  // and pattern ends inserting them may create at most, to reserve for.
  size_t edge_bound_ = 0;
  size_t end_bound_ = 0;
  bool finalized_ = false;
  static constexpr uint32_t kGapKey = 0xFFFFFF00u;  // edge key of a gap of n tokens: kGapKey + n
  // What every step of one sentence's walk shares, passed by one pointer.
  struct WalkState {
    const SentenceView* s;
    const uint64_t* seen;  // one bit per word id: the sentence has it
    bool has(uint32_t id) const { return (seen[id >> 6] >> (id & 63)) & 1; }
    uint32_t begin;  // the token the walk started at
    uint64_t sig_lo, sig_hi;
    std::vector<PatternMatch>* out;
  };
  // Matches every pattern whose prefix reaches `node` at token `pos`.
  void Walk(uint32_t node, uint32_t pos, const WalkState& w) const;
  // Matches the patterns `first`..`last` (indices) whose prefix ends at `pos`.
  void MatchEnds(const uint32_t* first, const uint32_t* last, uint32_t pos, const WalkState& w) const;
  static uint32_t SignatureBit(uint32_t id) { return (id * 2654435761u) >> 25; }  // 0..127
  std::vector<TrieNode> nodes_;  // 0 is the root; one more, the sentinel, after Finalize
  std::vector<uint32_t> root_children_;  // word id -> child + 1 of the root, 0 for none
};

}  // namespace dyad
