// JSON Lines read from a stream in pieces, so that memory stays flat however
// large the input (`dyad code` on stdin, `dyad ingest` of a 1 GB file).
#pragma once

#include <cstdio>
#include <string_view>

#include "ingest/input.h"

namespace dyad {

// Reads `in` to its end in pieces of about 4 MB cut after a newline (a very
// long line is read whole) and hands each to ReadJsonLines, line numbers
// continuing across pieces. Invalid UTF-8 is repaired and reported once, as
// a warning naming the first line and byte; a read error is reported and ends the
// stream. Returns false when the stream had no byte but spaces (callers
// decide whether an empty input is a problem).
bool ReadJsonLinesStream(FILE* in, std::string_view origin, std::string_view stem, const DocumentSink& emit,
                         const ProblemSink& report);

}  // namespace dyad
