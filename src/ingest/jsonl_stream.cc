#include "ingest/jsonl_stream.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "ingest/jsonl_reader.h"

namespace dyad {
namespace {

std::string Where(std::string_view origin, size_t line) { return std::string(origin) + ":" + std::to_string(line); }

}  // namespace

bool ReadJsonLinesStream(FILE* in, std::string_view origin, std::string_view stem, const DocumentSink& emit,
                         const ProblemSink& report, size_t max_line_bytes, size_t first_line) {
  constexpr size_t kPiece = 4 << 20;
  std::string piece, carry;
  std::vector<char> buf(1 << 16);
  size_t next_line = first_line, offset = 0;    // of the carry's first line and byte
  size_t last_newline = std::string::npos;      // in the carry
  size_t skipping_line = 0, skipped_bytes = 0;  // a line over the limit being passed over
  InvalidUtf8Seen invalid;                      // line and byte in the whole input
  bool any_content = false, eof = false;
  // Reserved once: growing them by doubling maps fresh pages for every piece.
  carry.reserve(kPiece + buf.size());
  piece.reserve(kPiece + buf.size());

  // Hands the carry's first `cut` bytes (whole lines) to ReadJsonLines.
  auto read_piece = [&](size_t cut) {
    // The piece takes the buffer and the carry keeps only the tail: no copy
    // of the whole piece, and both keep their capacity from piece to piece.
    std::swap(piece, carry);
    carry.assign(piece, cut, std::string::npos);
    piece.resize(cut);
    last_newline = std::string::npos;  // the tail is at most one partial line
    any_content = any_content || piece.find_first_not_of(" \t\r\n") != std::string::npos;
    InvalidUtf8Seen seen = ReadJsonLines(piece, origin, stem, emit, report, next_line, max_line_bytes);
    if (seen.sequences > 0 && invalid.sequences == 0) invalid = {0, seen.first_line, offset + seen.first_byte};
    invalid.sequences += seen.sequences;
    next_line += static_cast<size_t>(std::count(piece.begin(), piece.end(), '\n'));
    offset += piece.size();
  };
  auto end_skip = [&] {
    report({Where(origin, skipping_line), "line of " + std::to_string(skipped_bytes) + " bytes is over the story limit",
            true});
    offset += skipped_bytes;
    skipping_line = skipped_bytes = 0;
  };

  while (!eof) {
    size_t n = std::fread(buf.data(), 1, buf.size(), in);
    if (n == 0) {
      if (std::ferror(in)) report({std::string(origin), std::string("read error: ") + std::strerror(errno), true});
      eof = true;
    }
    std::string_view fresh(buf.data(), n);
    if (skipping_line > 0) {
      // Over the limit: counted, never kept, up to its newline.
      size_t nl = fresh.find('\n');
      skipped_bytes += nl == std::string_view::npos ? fresh.size() : nl;
      if (nl == std::string_view::npos) {
        if (eof) end_skip();
        continue;
      }
      end_skip();
      offset += 1;  // the newline
      ++next_line;
      fresh.remove_prefix(nl + 1);
    }
    // Only the new bytes are searched: searching the whole carry after every
    // read made a long line quadratic (80 MB took 31 s).
    size_t old_size = carry.size();
    carry.append(fresh);
    if (const void* nl = memrchr(carry.data() + old_size, '\n', fresh.size())) {
      last_newline = static_cast<size_t>(static_cast<const char*>(nl) - carry.data());
    }
    size_t line_start = last_newline == std::string::npos ? 0 : last_newline + 1;
    if (carry.size() - line_start > max_line_bytes) {
      if (line_start > 0) read_piece(line_start);  // the whole lines before it
      any_content = true;
      skipping_line = next_line;
      skipped_bytes = carry.size();
      carry.clear();
      if (eof) end_skip();
      continue;
    }
    if (carry.size() < kPiece && !eof) continue;
    size_t cut = eof ? carry.size() : line_start;
    if (cut == 0) continue;  // one long line: keep reading
    read_piece(cut);
  }
  if (invalid.sequences > 0) {
    report({Where(origin, invalid.first_line),
            "invalid UTF-8 at byte " + std::to_string(invalid.first_byte) + " (" + std::to_string(invalid.sequences) +
                " sequence(s) in the input replaced by U+FFFD, or %XX in ids)",
            false});
  }
  return any_content;
}

}  // namespace dyad
