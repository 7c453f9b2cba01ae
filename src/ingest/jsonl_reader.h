// Reads JSON Lines stories: one object per line with id, title, text, source,
// url and published; other fields are kept as metadata.
#pragma once

#include <cstddef>
#include <string_view>

#include "ingest/input.h"

namespace dyad {

// What ReadJsonLines found of invalid UTF-8, for one warning per input.
struct InvalidUtf8Seen {
  size_t sequences = 0;   // repaired, as RepairUtf8 counts them
  size_t first_line = 0;  // line number of the first
  size_t first_byte = 0;  // its offset in `bytes`
};

// Emits one Document per good line. A line that is not a JSON object, has no
// non-empty "text", or nests deeper than kMaxJsonDepth is reported with
// "origin:line" and skipped; the rest of the input goes on. A line without
// "id" gets "<stem>-<line>".
// `published` accepts YYYY-MM-DD and RFC 3339; an unreadable value is kept in
// the metadata and reported as a warning.
// Invalid UTF-8 becomes U+FFFD in every field but the id, which keeps its
// bytes (InputReader::Prepare percent-encodes them): ids that differ only in
// invalid bytes stay distinct. Returns what was repaired outside ids (Prepare
// warns about each rewritten id); warning about it is the caller's (once per
// input, not once per line).
// `first_line` numbers the first line of `bytes` (for inputs read in pieces);
// a line longer than `max_line_bytes` is rejected unread.
InvalidUtf8Seen ReadJsonLines(std::string_view bytes, std::string_view origin, std::string_view stem,
                              const DocumentSink& emit, const ProblemSink& report, size_t first_line = 1,
                              size_t max_line_bytes = kMaxStoryBytes);

}  // namespace dyad
