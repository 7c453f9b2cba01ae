#include "ingest/jsonl_stream.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "ingest/jsonl_reader.h"

namespace dyad {

bool ReadJsonLinesStream(FILE* in, std::string_view origin, std::string_view stem, const DocumentSink& emit,
                         const ProblemSink& report) {
  constexpr size_t kPiece = 4 << 20;
  std::string piece, carry;
  std::vector<char> buf(1 << 16);
  size_t next_line = 1, offset = 0;  // of the piece's first line and byte
  InvalidUtf8Seen invalid;  // line and byte in the whole input
  bool any_content = false, eof = false;
  // Reserved once: growing them by doubling maps fresh pages for every piece.
  carry.reserve(kPiece + buf.size());
  piece.reserve(kPiece + buf.size());
  while (!eof) {
    size_t n = std::fread(buf.data(), 1, buf.size(), in);
    if (n == 0) {
      if (std::ferror(in)) report({std::string(origin), std::string("read error: ") + std::strerror(errno), true});
      eof = true;
    }
    carry.append(buf.data(), n);
    if (carry.size() < kPiece && !eof) continue;
    size_t cut = eof ? carry.size() : carry.rfind('\n');
    if (cut == std::string::npos) continue;  // one very long line: keep reading
    if (!eof) ++cut;
    // The piece takes the buffer and the carry keeps only the tail: no copy
    // of the whole piece, and both keep their capacity from piece to piece.
    std::swap(piece, carry);
    carry.assign(piece, cut, std::string::npos);
    piece.resize(cut);
    any_content = any_content || piece.find_first_not_of(" \t\r\n") != std::string::npos;
    InvalidUtf8Seen seen = ReadJsonLines(piece, origin, stem, emit, report, next_line);
    if (seen.sequences > 0 && invalid.sequences == 0) invalid = {0, seen.first_line, offset + seen.first_byte};
    invalid.sequences += seen.sequences;
    for (char c : piece) next_line += c == '\n';
    offset += piece.size();
  }
  if (invalid.sequences > 0) {
    report({std::string(origin) + ":" + std::to_string(invalid.first_line),
            "invalid UTF-8 at byte " + std::to_string(invalid.first_byte) + " (" + std::to_string(invalid.sequences) +
                " sequence(s) in the input replaced by U+FFFD, or %XX in ids)",
            false});
  }
  return any_content;
}

}  // namespace dyad
