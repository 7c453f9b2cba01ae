// Finds fixed phrases (the names of mechanisms and frameworks, the words of a
// topic) in a story's tokens. Phrases go through the folding and tokenizer
// documents go through, and are compared with the spaces between tokens left
// out: "Việt Nam-China" is the "Vietnam-China" of a name, and words run
// together where markup was stripped ("ChinaBilateral Cooperation") still
// match. A phrase is looked up by its first four letters, so a story costs
// one hash per token.
//
// Thread safety: Find is const and may run on many threads at once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <bitset>
#include <vector>

#include "actors/document_tokens.h"

namespace dyad {

class PhraseIndex {
 public:
  struct Options {
    // A word the phrase writes with a capital (or a digit) must be so written
    // in the text, and a one-word phrase exactly as written ("BRI", "Quad"):
    // "the Quad" is a grouping, "a quad bike" is not.
    bool case_matters = true;
    // The last word may take a plural ending ("railway" finds "railways").
    bool plural_ending = false;
  };

  // Adds `phrase` for `payload`; false when it has no word.
  bool Add(std::string_view phrase, uint32_t payload, Options options);

  struct Hit {
    uint32_t payload = 0;
    uint32_t first = 0, last = 0;  // token range [first, last)
  };
  // The phrases in tokens [begin, end), left to right, the longest at each
  // token and none overlapping. `raw` is the text the tokens index.
  std::vector<Hit> Find(const DocumentTokens& tokens, std::string_view raw, uint32_t begin, uint32_t end) const;

 private:
  struct Entry {
    std::string squeezed;             // folded tokens, nothing between them
    std::vector<uint32_t> capitals;   // offsets in `squeezed` of words written with a capital or a digit
    std::string exact;                // a one-word phrase whose case matters, as written
    uint32_t payload = 0;
    Options options;
  };
  bool Matches(const Entry& e, const DocumentTokens& t, std::string_view raw, uint32_t at, uint32_t end,
               uint32_t* last) const;

  // Phrases by the first four bytes of their first token, packed in an
  // integer; `maybe_` has the bit of every key's hash set, so that the tokens
  // no phrase begins with (most of them) cost one bit test.
  std::unordered_map<uint32_t, std::vector<Entry>> by_first_;
  std::bitset<1 << 16> maybe_;
};

}  // namespace dyad
