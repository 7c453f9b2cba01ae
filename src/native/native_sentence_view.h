// A sentence as the native patterns see it: where its clauses break (outside
// chunks), the lexicon entries of each segment (with the phrases it ends
// with), and the nearest segment holding an entry on either side.
//
// Thread safety: a view is read-only once made.
#pragma once

#include <cstdint>
#include <vector>

#include "native/native_actors.h"
#include "native/native_lexicon.h"

namespace dyad {

struct NativeSentenceView {
  // Marks the clause breaks of `sentence`: punctuation, a space between
  // Chinese characters (a headline's clauses: "越方駁斥 越菲海警…"), a word
  // opening a clause ("để", "为了"); none inside a chunk (a comma between
  // stacked titles).
  NativeSentenceView(const NativeLexicon& lex, const NativeStory& story, const NativeSentence& sentence, bool chinese);

  // Whether a clause breaks in tokens [from, to); `commas_allowed`: a comma
  // is no break here (",..." in a pattern).
  bool BreakBetween(uint32_t from, uint32_t to, bool commas_allowed = false) const;
  const NativeChunk& chunk(uint32_t i) const { return story.chunks[i]; }

  // The entries of a segment and of the phrases it ends with: the longest
  // match keeps "lệnh trừng phạt" whole, and a pattern written with "trừng
  // phạt" must still find it there ("áp lệnh trừng phạt đối với …").
  std::vector<uint32_t> Entries(const NativeSegment& seg) const;

  // The index of the nearest segment holding `entry` before segment `from`
  // (exclusive) ending within `gap` tokens of token `limit`, and no break
  // between; -1 if none. FindRight: the same after, from segment `from` on.
  int FindLeft(uint32_t entry, size_t from, uint32_t limit, uint32_t gap, bool commas) const;
  int FindRight(uint32_t entry, size_t from, uint32_t limit, uint32_t gap, bool commas) const;

  // The chunk of the actor a condition before token `at` names, in a clause
  // of its own ("如果美方执意打关税战，", "美方如果…，", "Nếu Philippines tiếp tục …,"),
  // -1 if none: an act `at` is then what that actor will meet.
  int ConditionActor(uint32_t at) const;

  const NativeLexicon& lex;
  const NativeStory& story;
  const NativeSentence& sentence;
  std::vector<bool> breaks;  // per token of the sentence (from sentence.begin)
  bool chinese = false;
};

}  // namespace dyad
