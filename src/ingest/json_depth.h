// How deeply a JSON text nests, found without parsing it: nlohmann-json
// copies and prints values recursively, so a line of 70,000 nested '[' would
// overflow the stack in dyad rather than be rejected.
#pragma once

#include <cstddef>
#include <string_view>

namespace dyad {

// Far above any real story (an object of strings, metadata a few levels
// deep), far below what a recursive copy or dump can take on a thread stack.
inline constexpr size_t kMaxJsonDepth = 128;

// True when `json` opens more than `limit` arrays or objects inside each
// other. One pass over the bytes; brackets inside strings do not count.
// Meant to run before a recursive parser sees the text: it does not check
// that the text is JSON, and unbalanced closers are ignored.
bool JsonNestedDeeperThan(std::string_view json, size_t limit);

}  // namespace dyad
