// UTF-8 validation, repair and NFC normalisation of input text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad {

// Decodes the code point at `*pos` and advances `*pos` past it. Invalid or
// truncated sequences decode as U+FFFD and advance by one byte.
char32_t DecodeUtf8(std::string_view s, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

struct Utf8Repair {
  size_t bad_sequences = 0;   // how many invalid sequences were replaced
  size_t first_bad_byte = 0;  // byte offset of the first, in the input
};

// Replaces every invalid sequence (overlong forms, surrogates, stray bytes,
// truncation) by U+FFFD. Returns what was repaired; `s` is untouched when valid.
Utf8Repair RepairUtf8(std::string* s);

// Returns `s` in Unicode Normalization Form C. REQUIRES: valid UTF-8.
// Cheap for text already in NFC (a quick check, no copy through UTF-16).
std::string ToNfc(std::string_view s);

}  // namespace dyad
