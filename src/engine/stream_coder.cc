#include "engine/stream_coder.h"

#include <string>

#include "engine/analyzer.h"
#include "engine/record_json.h"
#include "ingest/input_reader.h"
#include "ingest/jsonl_reader.h"
#include "text/utf8.h"

namespace dyad {

Result<CodeStats> CodeStream(FILE* in, FILE* out, const std::string& data_dir,
                             const std::function<void(const IngestProblem&)>& on_problem) {
  std::string data = data_dir.empty() ? DefaultDataDir() : data_dir;
  Result<AgencyTable> agencies = AgencyTable::Load(data + "/ingest/agencies.tsv");
  if (!agencies.ok()) return agencies.status();
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(data);
  if (!analyzer.ok()) return analyzer.status();
  InputReader reader(std::move(agencies).value());
  CodeStats stats;
  std::string buffer;  // one story's records
  auto report = [&](InputProblem&& p) {
    if (p.rejected) ++stats.rejected;
    on_problem({p.where, p.message, p.rejected});
  };
  auto emit = [&](Document&& doc) {
    reader.Prepare(&doc, report);
    ++stats.documents;
    stats.bytes += doc.text.size();
    std::vector<EventRecord> events = (*analyzer)->CodeEvents(std::move(doc));
    buffer.clear();  // kept across stories: its capacity is reused
    for (const EventRecord& e : events) {
      AppendEventJson(e, &buffer);
      buffer += '\n';
    }
    stats.events += events.size();
    std::fwrite(buffer.data(), 1, buffer.size(), out);
  };
  // Pieces of about 4 MB, cut after a newline, keep memory flat.
  constexpr size_t kPiece = 4 << 20;
  std::string piece, carry;
  size_t next_line = 1;
  std::vector<char> buf(1 << 16);
  // Reserved once: growing them by doubling maps fresh pages for every piece.
  carry.reserve(kPiece + buf.size());
  piece.reserve(kPiece + buf.size());
  bool eof = false;
  while (!eof) {
    size_t n = std::fread(buf.data(), 1, buf.size(), in);
    if (n == 0) eof = true;
    carry.append(buf.data(), n);
    if (carry.size() < kPiece && !eof) continue;
    size_t cut = eof ? carry.size() : carry.rfind('\n');
    if (cut == std::string::npos) continue;  // one very long line: keep reading
    if (!eof) ++cut;
    // The piece takes the buffer, the carry keeps only the tail: no copy of
    // the whole piece.
    std::swap(piece, carry);
    carry.assign(piece, cut, std::string::npos);
    piece.resize(cut);
    Utf8Repair repair = RepairUtf8(&piece);
    if (repair.bad_sequences > 0) {
      report({"stdin", "invalid UTF-8 near line " + std::to_string(next_line) + " repaired", false});
    }
    ReadJsonLines(piece, "stdin", "stdin", emit, report, next_line);
    for (char c : piece) next_line += c == '\n';
  }
  std::fflush(out);
  return stats;
}

}  // namespace dyad
