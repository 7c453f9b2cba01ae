// The tokens of a Vietnamese or Chinese story as the native coder matches
// them: Vietnamese by syllable, Chinese by character, each with its raw byte
// range so that evidence and mentions point into the original text.
//
// Thread safety: functions are reentrant; a HanConverter serves many threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/chinese_script.h"

namespace dyad {

enum class NativeTokenKind : uint8_t { kWord, kHan, kNumber, kPunct };

struct NativeToken {
  uint32_t begin = 0;  // byte range in the document text
  uint32_t end = 0;
  NativeTokenKind kind = NativeTokenKind::kWord;
  bool capitalized = false;  // a word whose first letter is upper case (a name, in Vietnamese)
  // The form matched against the lexicons: a word lower-cased with its tone
  // mark in one canonical place ("hoà" = "hòa"); a Han character simplified;
  // full-width punctuation as ASCII ("，" -> ",", "。" -> ".").
  std::string key;
};

// The matching form of a phrase or word outside a document (lexicon lines,
// queries): the keys of its tokens.
std::vector<std::string> NativeKeys(std::string_view text, const HanConverter* converter);

// The tokens of text[begin, end), offsets into `text`.
std::vector<NativeToken> NativeTokenize(std::string_view text, uint32_t begin, uint32_t end,
                                        const HanConverter* converter);

// Punctuation that closes a clause: , . ; : ! ? and their full-width forms
// (after keying). Slots and gaps never cross it.
bool IsClauseBreak(const NativeToken& t);

}  // namespace dyad
