#include "engine/stream_coder.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "engine/analyzer.h"
#include "engine/coded_story.h"
#include "engine/record_json.h"
#include "ingest/input_reader.h"
#include "ingest/jsonl_stream.h"
#include "util/file_io.h"
#include "util/ordered_pipeline.h"

namespace dyad {
namespace {

// Stories travel between threads in runs of about this many bytes, so that
// hand-overs are a few hundred a second, not one per story.
constexpr size_t kRunBytes = 64 * 1024;

// Bytes of JSON lines. Unlike a std::string, growing it does not clear the
// new room: the record writer reserves its worst case (six bytes for each
// byte of text) and uses a fraction of it, so clearing cost more than writing.
class JsonBuffer {
 public:
  // Room for `n` more bytes at the end; Commit says how many were written.
  char* Reserve(size_t n) {
    if (capacity_ - size_ < n) {
      // A run's records are about six times its input (a 64 KB run writes
      // some 350 KB): starting at 8x the run size, a run's buffer is
      // allocated once instead of grown (and copied) three times.
      size_t capacity = std::max({capacity_ * 2, size_ + n, kRunBytes * 8});
      std::unique_ptr<char[]> bigger(new char[capacity]);
      if (size_ != 0) std::memcpy(bigger.get(), data_.get(), size_);
      data_ = std::move(bigger);
      capacity_ = capacity;
    }
    return data_.get() + size_;
  }
  void Commit(const char* end) { size_ = static_cast<size_t>(end - data_.get()); }
  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }
  void clear() { size_ = 0; }

 private:
  std::unique_ptr<char[]> data_;
  size_t size_ = 0, capacity_ = 0;
};

// One run's output, in input order: its records as JSON lines and what went
// wrong on the way.
struct CodedRun {
  JsonBuffer json;
  std::vector<IngestProblem> problems;
  size_t events = 0;
};

void CodeInto(const Analyzer& analyzer, bool stories, Document&& doc, CodedRun* out) {
  if (stories) {
    AnalyzedDocument a = analyzer.Analyze(std::move(doc));
    if (!a.analysis_error.empty()) out->problems.push_back({a.doc.id, a.analysis_error, false});
    std::string line;
    AppendCodedStoryJson(a, &line);
    line.push_back('\n');
    std::memcpy(out->json.Reserve(line.size()), line.data(), line.size());
    out->json.Commit(out->json.data() + out->json.size() + line.size());
    out->events += a.events.size();
    return;
  }
  std::string id = doc.id, error;
  std::vector<EventRecord> events = analyzer.CodeEvents(std::move(doc), &error);
  if (!error.empty()) out->problems.push_back({id, error, false});
  for (const EventRecord& e : events) {
    char* end = WriteEventJson(e, out->json.Reserve(EventJsonBound(e) + 1));
    *end++ = '\n';
    out->json.Commit(end);
  }
  out->events += events.size();
}

}  // namespace

Result<CodeStats> CodeStream(FILE* in, FILE* out, const CodeOptions& options,
                             const std::function<void(const IngestProblem&)>& on_problem) {
  std::string data = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  int threads = options.threads;
  const bool stories = options.stories;
  Result<AgencyTable> agencies = AgencyTable::Load(data + "/ingest/agencies.tsv");
  if (!agencies.ok()) return agencies.status();
  Result<std::unique_ptr<Analyzer>> created = Analyzer::Create(data);
  if (!created.ok()) return created.status();
  // Deliberately never freed: the analyzer is over a hundred MiB of small
  // objects, and freeing them one by one cost ~14 M instructions at the end of
  // every run, while `dyad code` (this function's only caller) exits right
  // after. Kept reachable from here, so leak checkers do not report it; a
  // later call frees the one before.
  static Analyzer* kept = nullptr;
  delete kept;
  kept = created->release();
  const Analyzer& analyzer = *kept;
  InputReader reader(std::move(agencies).value());
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  CodeStats stats;
  std::mutex problems_mu;  // the reader and the writer both report
  auto problem = [&](const IngestProblem& p) {
    std::lock_guard<std::mutex> lock(problems_mu);
    if (p.rejected) ++stats.rejected;
    on_problem(p);
  };
  auto report = [&](InputProblem&& p) { problem({p.where, p.message, p.rejected}); };
  auto write = [&](const CodedRun& run) {
    for (const IngestProblem& p : run.problems) problem(p);
    stats.events += run.events;
    std::fwrite(run.json.data(), 1, run.json.size(), out);
  };

  // Stories from the paths (prepared by the reader) or JSON Lines on `in`.
  auto read = [&](const std::function<void(Document&&)>& emit) {
    if (!options.paths.empty()) {
      reader.ReadPaths(options.paths, emit, report);
      return;
    }
    const std::string& origin = options.stdin_origin.empty() ? std::string("stdin") : options.stdin_origin;
    const std::string stem = options.stdin_origin.empty() ? std::string("stdin") : FileStem(options.stdin_origin);
    ReadJsonLinesStream(in, origin, stem, [&](Document&& doc) {
      reader.Prepare(&doc, report);
      emit(std::move(doc));
    }, report, kMaxStoryBytes, options.stdin_first_line);
  };

  if (threads == 1) {
    CodedRun run;  // one story at a time; its buffer's capacity is reused
    read([&](Document&& doc) {
      ++stats.documents;
      stats.bytes += doc.text.size();
      run.json.clear();
      run.problems.clear();
      run.events = 0;
      CodeInto(analyzer, stories, std::move(doc), &run);
      write(run);
    });
    std::fflush(out);
    return stats;
  }

  // This thread reads -> `threads` coders -> a writer thread, in input order:
  // the output is byte for byte what one thread writes.
  using Run = std::vector<Document>;
  OrderedPipeline<Run, CodedRun> pipeline(threads, static_cast<size_t>(threads) * 4 + 4, [&analyzer, stories](Run&& run) {
    CodedRun coded;
    for (Document& doc : run) CodeInto(analyzer, stories, std::move(doc), &coded);
    return coded;
  });
  std::thread writer([&] {
    CodedRun coded;
    while (pipeline.Pop(&coded)) write(coded);
  });
  RunBatcher<Document> batcher(kRunBytes);
  read([&](Document&& doc) {
    ++stats.documents;
    stats.bytes += doc.text.size();
    size_t bytes = doc.text.size();
    if (auto full = batcher.Add(std::move(doc), bytes)) pipeline.Push(std::move(*full));
  });
  if (auto rest = batcher.Flush()) pipeline.Push(std::move(*rest));
  pipeline.Close();
  writer.join();
  std::fflush(out);
  return stats;
}

}  // namespace dyad
