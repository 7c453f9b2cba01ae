// One chunk's words gathered ("Tổng Bí thư, Chủ tịch nước Tô Lâm", "中国驻越南大使馆")
// and resolved to actors: a person by the actor dictionary (the office held
// that day deciding the code), a pair, a title's or institution's state, a
// state.
//
// Thread safety: reentrant.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actors/actor_dictionary.h"
#include "actors/actor_resolver.h"
#include "native/native_lexicon.h"
#include "native/native_names.h"
#include "native/native_text.h"
#include "util/day.h"

namespace dyad {

// What a chunk's words say, gathered before resolving it.
struct ChunkParts {
  int person = -1;
  std::string state;       // the first state, side or capital not after "tại"/"驻"
  std::string state_sector;  // "" for a state's name, GOV for a side or capital
  bool state_from_capital = false;
  const NativeEntry* title = nullptr;  // the last title
  uint32_t title_id = 0;
  const NativeEntry* org = nullptr;    // the last institution
  std::string org_country;             // the state of the first institution that names one
  const NativeEntry* group = nullptr;
  const NativeEntry* pair = nullptr;
  bool unknown_name = false;  // capitalised words no lexicon knows, after a title
  std::vector<uint32_t> name_tokens;  // their tokens
  bool numbered = false;  // a number follows the name: a vessel's ("Hải Dương 8")
};

// A word in capitals only, such as a registration ("BĐ", "QNg" is not one).
bool IsUpperWord(const NativeToken& t, const std::string& text);

// Capitalised words the lexicon does not know, after a title or a group:
// the surname of a person the actor dictionary knows ("Thủ tướng Takaichi
// Sanae": Takaichi), else a place of a state ("ngư dân Bình Định": Việt Nam's
// fishermen). Only an answer that is one person or one place counts: of
// several people a surname names, the one in office on `day`.
void ResolveUnknownName(const ActorDictionary& dict, const std::string& text, const std::vector<NativeToken>& tokens,
                        Day day, ChunkParts* parts);

// The actors `parts` name on `day`, how they were found in *how ("dictionary",
// "pair": none yet for the story's pair, "title", "coreference": a bare title
// `by_title` remembers, "home": the outlet's state `home`, for want of one named).
std::vector<ResolvedActor> ResolveParts(const ChunkParts& parts, const ActorDictionary& dict, Day day,
                                        const std::string& home, bool chinese, TitleMemory* by_title, std::string* how);

}  // namespace dyad
