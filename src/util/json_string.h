// JSON string literals for the hand-written JSON of hot paths (event records,
// the store's per-document annotations), where a JSON tree costs too much.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace dyad {

// Appends `s` as a quoted JSON string. REQUIRES: `s` is valid UTF-8 (all
// stored and coded text is), so only quotes, backslashes and control
// characters need escaping.
void AppendJsonString(std::string_view s, std::string* out);

// Writes `s` as a quoted JSON string at `out` and returns the end of what it
// wrote: for writers that reserve memory once for a whole record. REQUIRES:
// `s` is valid UTF-8 and `out` has room for JsonStringBound(s.size()) bytes.
char* WriteJsonString(std::string_view s, char* out);
// The most WriteJsonString writes for `n` bytes: each may become "\u00XX".
constexpr size_t JsonStringBound(size_t n) { return 6 * n + 2; }

// Appends "null" for an empty `s`, else `s` as a JSON string.
void AppendJsonStringOrNull(std::string_view s, std::string* out);

// Appends `v` in decimal.
void AppendJsonInteger(int64_t v, std::string* out);

// Appends `[v0,v1,...]`: the integer tuples (offsets) of stored annotations.
void AppendJsonIntegers(std::initializer_list<int64_t> values, std::string* out);

}  // namespace dyad
