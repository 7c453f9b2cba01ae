// JSON Lines read from a stream in pieces, so that memory stays flat however
// large the input (`dyad code` on stdin, `dyad ingest` of a 1 GB file).
#pragma once

#include <cstdio>
#include <string_view>

#include "ingest/input.h"

namespace dyad {

// Reads `in` to its end in pieces of about 4 MB cut after a newline and hands
// each to ReadJsonLines, line numbers continuing across pieces. A line longer
// than `max_line_bytes` is reported and passed over without being held in
// memory, so memory stays flat (at most one line of the limit and two pieces)
// and time linear even on a file without a newline. The limit is the story
// limit on the line itself, escapes included, as ReadJsonLines always applied
// it: a story whose JSON is over 16 MB was rejected before, only later and
// after buffering it whole; tests pass a smaller one. Invalid UTF-8
// is repaired and reported once, as a warning naming the first line and byte;
// a read error is reported and ends the stream. Returns false when the stream
// had no byte but spaces (callers decide whether an empty input is a problem).
// `first_line` numbers the stream's first line (a piece of a larger file
// keeps the line numbers, and so the ids and origins, the whole file gives).
bool ReadJsonLinesStream(FILE* in, std::string_view origin, std::string_view stem, const DocumentSink& emit,
                         const ProblemSink& report, size_t max_line_bytes = kMaxStoryBytes, size_t first_line = 1);

}  // namespace dyad
