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

// Appends "null" for an empty `s`, else `s` as a JSON string.
void AppendJsonStringOrNull(std::string_view s, std::string* out);

// Appends `v` in decimal.
void AppendJsonInteger(int64_t v, std::string* out);

// Appends `[v0,v1,...]`: the integer tuples (offsets) of stored annotations.
void AppendJsonIntegers(std::initializer_list<int64_t> values, std::string* out);

}  // namespace dyad
