#include "ingest/jsonl_stream.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "ingest/jsonl_reader.h"
#include "text/utf8.h"

namespace dyad {

bool ReadJsonLinesStream(FILE* in, std::string_view origin, std::string_view stem, const DocumentSink& emit,
                         const ProblemSink& report) {
  constexpr size_t kPiece = 4 << 20;
  std::string piece, carry;
  std::vector<char> buf(1 << 16);
  size_t next_line = 1, offset = 0;  // of the piece's first line and byte
  size_t bad_sequences = 0, first_bad_byte = 0;
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
    size_t piece_bytes = piece.size();
    // A newline never occurs inside a UTF-8 sequence, so pieces repair alone.
    Utf8Repair repair = RepairUtf8(&piece);
    if (repair.bad_sequences > 0 && bad_sequences == 0) first_bad_byte = offset + repair.first_bad_byte;
    bad_sequences += repair.bad_sequences;
    any_content = any_content || piece.find_first_not_of(" \t\r\n") != std::string::npos;
    ReadJsonLines(piece, origin, stem, emit, report, next_line);
    for (char c : piece) next_line += c == '\n';
    offset += piece_bytes;
  }
  if (bad_sequences > 0) {
    report({std::string(origin), "invalid UTF-8 at byte " + std::to_string(first_bad_byte) + " (" +
                                     std::to_string(bad_sequences) + " sequence(s) replaced by U+FFFD)",
            false});
  }
  return any_content;
}

}  // namespace dyad
