// Chinese script: which code points are Han, traditional characters folded to
// simplified (OpenCC's t2s conversion) without moving any offset, and the form
// of Chinese text the full-text index stores.
//
// Thread safety: a HanConverter is immutable after Open and serves many
// threads; the free functions are reentrant.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// CJK ideographs (the unified blocks, extensions A-F and the compatibility
// ideographs) and 〇.
bool IsHan(char32_t cp);

// Whether `text` holds a Han character.
bool HasHan(std::string_view text);

class HanConverter {
 public:
  // Opens OpenCC's t2s configuration (Debian's opencc-data).
  static Result<std::unique_ptr<HanConverter>> Open();
  ~HanConverter();

  // One simplified code point per code point of `utf8`, in order: OpenCC
  // converts phrases as well as characters, and where a phrase changed the
  // number of characters each character is converted on its own, so the
  // i-th result is always the i-th character's.
  std::u32string SimplifiedCodePoints(std::string_view utf8) const;

  // `utf8` with traditional characters folded to simplified.
  std::string ToSimplified(std::string_view utf8) const;

 private:
  HanConverter() = default;
  std::string Convert(std::string_view utf8) const;
  void* opencc_ = nullptr;  // opencc_t
};

// One converter for the process, opened on first use; nullptr when OpenCC's
// data is missing (then traditional characters are not folded).
const HanConverter* DefaultHanConverter();

// The form of folded text the full-text index keeps and a query is matched
// in: traditional folded to simplified (when `converter` is given) and a
// space on each side of every Han character, so that each is a term of its
// own and a name is found as a phrase of characters.
std::string HanIndexForm(std::string_view folded, const HanConverter* converter);

}  // namespace dyad
