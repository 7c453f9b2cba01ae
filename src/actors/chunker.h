// Finds actor phrases in one sentence: runs of dictionary items (states,
// organisations, people, titles) held together by "of", "the", "'s", "to",
// title conjunctions and appositions, e.g. "General Secretary of the CPC
// Central Committee and President of China Xi Jinping" or "Xi, also general
// secretary of …,". Resolution (who the phrase is) happens elsewhere.
#pragma once

#include <functional>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/document_tokens.h"

namespace dyad {

enum class ElementType : uint8_t { kDictionary, kShortName, kPronoun, kUnknownName };

struct ChunkElement {
  ElementType type = ElementType::kDictionary;
  PhraseKind kind = PhraseKind::kRole;  // for kDictionary
  uint32_t index = 0;                   // into the dictionary table of `kind`
  uint32_t begin = 0;                   // token range
  uint32_t end = 0;
  bool in_apposition = false;           // part of ", also general secretary of …,"
};

struct RawChunk {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::vector<ChunkElement> elements;
  bool after_preposition = false;
  bool place_like = false;
  bool modifier = false;  // a bare country adjective ("a Chinese proposal"): no actor of its own
  bool people = false;    // a bare adjective after "thousands of": the people ("thousands of Chinese")
  bool against = false;   // a country word after "anti-": whom the noun is against ("anti-French protests")
  // "Bruce Lowrance, an American tourist,": an unknown name whose state the
  // apposition after it gives; the chunk runs from the name to the apposition's end.
  bool apposed_name = false;
};

// `is_active_short_name(token)` tells whether a capitalised single token may
// refer to a person already named in the story.
std::vector<RawChunk> FindChunks(const ActorDictionary& dict, const DocumentTokens& d, uint32_t begin, uint32_t end,
                                 const std::function<bool(uint32_t)>& is_active_short_name);

}  // namespace dyad
