#include "engine/stream_coder.h"

#include <string>

#include "engine/analyzer.h"
#include "engine/record_json.h"
#include "ingest/input_reader.h"
#include "ingest/jsonl_stream.h"

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
    std::string id = doc.id, error;
    std::vector<EventRecord> events = (*analyzer)->CodeEvents(std::move(doc), &error);
    if (!error.empty()) report({id, error, false});
    buffer.clear();  // kept across stories: its capacity is reused
    for (const EventRecord& e : events) {
      AppendEventJson(e, &buffer);
      buffer += '\n';
    }
    stats.events += events.size();
    std::fwrite(buffer.data(), 1, buffer.size(), out);
  };
  ReadJsonLinesStream(in, "stdin", "stdin", emit, report);
  std::fflush(out);
  return stats;
}

}  // namespace dyad
