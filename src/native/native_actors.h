// Who acts in a Vietnamese or Chinese story: each sentence segmented by the
// lexicon's longest phrases, runs of actor words gathered into chunks
// ("Tổng Bí thư, Chủ tịch nước Tô Lâm", "中国驻越南大使何炜"), and each chunk
// resolved to a person (whose office on the day decides the code), a state's
// institution or official, a state, or the story's pair.
//
// Thread safety: reentrant over a const lexicon and dictionary.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/actor_resolver.h"
#include "native/native_lexicon.h"
#include "util/day.h"

namespace dyad {

// A phrase of the lexicon, or one unknown token (no entries).
struct NativeSegment {
  uint32_t begin = 0;  // token range
  uint32_t end = 0;
  const std::vector<uint32_t>* entries = nullptr;
};

struct NativeChunk {
  int sentence = 0;
  uint32_t begin = 0;  // token range
  uint32_t end = 0;
  std::vector<ResolvedActor> actors;  // none when unresolved; two for the story's pair
  std::string how;                    // dictionary, title, coreference, pair, home
  bool after_prep = false;            // "với X", "同X": no subject
  bool joined_to_previous = false;    // "X và Y", "X和Y"
};

struct NativeSentence {
  uint32_t begin = 0;  // token range
  uint32_t end = 0;
  std::vector<NativeSegment> segments;
  std::vector<uint32_t> chunks;  // indices into NativeStory::chunks, in order
};

struct NativeStory {
  std::vector<NativeToken> tokens;
  std::vector<NativeSentence> sentences;
  std::vector<NativeChunk> chunks;
  std::string pair[2];  // the story's two main states, "" when fewer
};

// The actor for state `iso` (a sector for its government or forces, "" for the state).
ResolvedActor StateActor(const ActorDictionary& dict, const std::string& iso, const std::string& sector);

// Whether one of a segment's entries is of `kind` (its id in *id).
bool SegmentHas(const NativeLexicon& lex, const NativeSegment& s, NativeEntryKind kind, uint32_t* id = nullptr);

// Segments and chunks `story`'s sentences (its tokens and sentence ranges
// set) and resolves the chunks on `day`; `language_home` is the state the
// story's language is written from ("" if unknown), unless its outlet names another.
// `text` is the document's text the tokens point into; actor words before
// token `dateline_end` (0: none) are the dateline's place, no actor.
void FindNativeActors(const NativeLexicon& lex, const ActorDictionary& dictionary, const std::string& text, Day day,
                      const std::string& language_home, bool chinese, uint32_t dateline_end, NativeStory* story);

}  // namespace dyad
