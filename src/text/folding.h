// Folding for matching: lower case, no diacritics, Đ/đ -> d, typographic
// quotes and dashes -> ASCII, with a map from every folded byte back to the
// byte of the original text it came from.
//
// Thread safety: all functions are safe to call concurrently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

struct FoldedText {
  std::string text;  // the folded form
  // raw_offset[i] is the byte offset in the original text of the code point
  // that produced folded byte i; raw_offset[text.size()] is the original size.
  std::vector<uint32_t> raw_offset;

  // The original byte range [start, end) that folded range [fstart, fend) covers.
  uint32_t RawStart(size_t fstart) const { return raw_offset[fstart]; }
  uint32_t RawEnd(size_t fend) const;
};

// Folds `raw` (valid UTF-8) keeping offsets. "Đà Nẵng" -> "da nang".
FoldedText Fold(std::string_view raw);

// The folded form alone, for dictionary entries and queries.
std::string FoldString(std::string_view raw);

}  // namespace dyad
