// What every reader hands on: documents, and problems with the input that name
// where they are (file, and line or byte).
#pragma once

#include <functional>
#include <string>

#include "dyad/document.h"

namespace dyad {

struct InputProblem {
  std::string where;    // "path", "path:line" or "path: byte N"
  std::string message;  // what is wrong, for a person
  bool rejected = true; // false for warnings: the input was still stored
};

using DocumentSink = std::function<void(Document&&)>;
using ProblemSink = std::function<void(InputProblem&&)>;

// The largest story dyad accepts in one document (a plain-text file, an HTML
// page or one JSON line). Larger inputs are rejected with a message, not
// truncated: a 50 MB "story" is almost always a mistake in the input.
inline constexpr size_t kMaxStoryBytes = 16u << 20;

}  // namespace dyad
