// Reads JSON Lines stories: one object per line with id, title, text, source,
// url and published; other fields are kept as metadata.
#pragma once

#include <string_view>

#include "ingest/input.h"

namespace dyad {

// Emits one Document per good line. A line that is not a JSON object, has no
// non-empty "text", or nests deeper than kMaxJsonDepth is reported with
// "origin:line" and skipped; the rest of the input goes on. A line without "id" gets "<stem>-<line>".
// `published` accepts YYYY-MM-DD and RFC 3339; an unreadable value is kept in
// the metadata and reported as a warning. REQUIRES: valid UTF-8.
// `first_line` numbers the first line of `bytes` (for inputs read in pieces).
void ReadJsonLines(std::string_view bytes, std::string_view origin, std::string_view stem,
                   const DocumentSink& emit, const ProblemSink& report, size_t first_line = 1);

}  // namespace dyad
