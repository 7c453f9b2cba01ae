// The Engine behind include/dyad/dyad.h: reader -> analyzer -> store.
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <mutex>
#include <thread>

#include "dyad/dyad.h"
#include "engine/analyzer.h"
#include "ingest/input_reader.h"
#include "store/document_store.h"
#include "util/ordered_pipeline.h"

#ifndef DYAD_DATA_DIR
#define DYAD_DATA_DIR "data"
#endif

namespace dyad {
namespace {

// Documents per transaction: large enough to amortise the commit (each one
// rewrites the index pages it touched into the log: 4096 cost a tenth less
// CPU than 512), small enough that a kill loses little work (never a
// partial document, and a re-run skips what was stored).
constexpr size_t kBatchDocuments = 4096;

class EngineImpl : public Engine {
 public:
  EngineImpl(std::unique_ptr<DocumentStore> store, std::unique_ptr<Analyzer> analyzer, AgencyTable agencies,
             std::string db_path, int threads)
      : store_(std::move(store)),
        analyzer_(std::move(analyzer)),
        reader_(std::move(agencies)),
        db_path_(std::move(db_path)),
        threads_(threads) {}

  Result<IngestStats> Ingest(const std::vector<std::string>& paths,
                             const std::function<void(const IngestProblem&)>& on_problem,
                             const std::function<void(const IngestProgress&)>& on_progress) override {
    IngestStats stats;
    std::mutex stats_mu;  // problems are reported from the reader thread
    auto start = std::chrono::steady_clock::now();
    auto last_progress = start;

    // Reader thread -> analysis workers -> this thread, the only writer, in
    // input order: the store ends up byte for byte as with one thread.
    struct Work {
      AnalyzedDocument analyzed;
      bool unchanged = false;
      size_t bytes = 0;
    };
    std::string db_path = db_path_;
    const Analyzer* analyzer = analyzer_.get();
    OrderedPipeline<Document, Work> pipeline(threads_, static_cast<size_t>(threads_) * 16 + 16,
                                             [db_path, analyzer](Document&& doc) {
      Work w;
      w.bytes = doc.text.size();
      std::string hash = Analyzer::ContentHash(doc);
      // Skip the analysis of stories stored unchanged (re-ingest of a corpus).
      thread_local std::unique_ptr<DocumentStore> reader;
      thread_local std::string reader_path;
      if (!reader || reader_path != db_path) {
        Result<std::unique_ptr<DocumentStore>> r = DocumentStore::Open(db_path, false, true);
        if (r.ok()) reader = std::move(r).value(), reader_path = db_path;
      }
      if (reader) {
        Result<std::string> stored = reader->StoredHash(doc.id);
        if (stored.ok() && *stored == hash) {
          w.unchanged = true;
          w.analyzed.doc.id = std::move(doc.id);
          w.analyzed.hash = hash;
          return w;
        }
      }
      w.analyzed = analyzer->Analyze(std::move(doc));
      return w;
    });

    std::exception_ptr reader_error;
    std::thread reader_thread([&] {
      auto report = [&](InputProblem&& p) {
        std::lock_guard<std::mutex> lock(stats_mu);
        if (p.rejected) {
          ++stats.rejected;
        } else {
          ++stats.warnings;
        }
        on_problem({p.where, p.message, p.rejected});
      };
      try {
        reader_.ReadPaths(paths, [&](Document&& doc) { pipeline.Push(std::move(doc)); }, report);
      } catch (...) {
        reader_error = std::current_exception();
      }
      pipeline.Close();
    });

    Status failure;
    size_t in_batch = 0;
    failure = store_->BeginBatch();
    Work w;
    while (pipeline.Pop(&w)) {
      if (!failure.ok()) continue;  // drain so the reader can finish
      ++stats.documents_read;
      stats.bytes += w.bytes;
      if (w.unchanged) {
        ++stats.unchanged;
      } else {
        Result<PutOutcome> put = store_->Put(w.analyzed);
        if (!put.ok()) {
          failure = put.status();
          continue;
        }
        if (*put == PutOutcome::kUnchanged) {
          ++stats.unchanged;
        } else {
          stats.events += w.analyzed.events.size();
          ++(*put == PutOutcome::kReplaced ? stats.replaced : stats.added);
        }
      }
      if (++in_batch >= kBatchDocuments) {
        in_batch = 0;
        Status s = store_->CommitBatch();
        if (s.ok()) s = store_->BeginBatch();
        if (!s.ok()) failure = s;
      }
      auto now = std::chrono::steady_clock::now();
      if (on_progress && now - last_progress > std::chrono::milliseconds(200)) {
        last_progress = now;
        on_progress({stats.documents_read, stats.bytes, std::chrono::duration<double>(now - start).count()});
      }
    }
    reader_thread.join();
    if (failure.ok() && reader_error) {
      try {
        std::rethrow_exception(reader_error);
      } catch (const std::exception& e) {
        failure = Status::Internal(std::string("ingest failed: ") + e.what());
      } catch (...) {
        failure = Status::Internal("ingest failed");
      }
    }
    if (!failure.ok()) {
      store_->RollbackBatch();
      return failure;
    }
    DYAD_RETURN_IF_ERROR(store_->CommitBatch());
    if (on_progress) {
      auto now = std::chrono::steady_clock::now();
      on_progress({stats.documents_read, stats.bytes, std::chrono::duration<double>(now - start).count()});
    }
    return stats;
  }

 private:
  std::unique_ptr<DocumentStore> store_;
  std::unique_ptr<Analyzer> analyzer_;
  InputReader reader_;
  std::string db_path_;
  int threads_;
};

}  // namespace

std::string DefaultDataDir() {
  if (const char* env = std::getenv("DYAD_DATA"); env != nullptr && *env != '\0') return env;
  return DYAD_DATA_DIR;
}

Result<std::unique_ptr<Engine>> Engine::Open(const EngineOptions& options) {
  std::string data = options.data_dir.empty() ? DefaultDataDir() : options.data_dir;
  Result<AgencyTable> agencies = AgencyTable::Load(data + "/ingest/agencies.tsv");
  if (!agencies.ok()) return agencies.status();
  Result<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(data);
  if (!analyzer.ok()) return analyzer.status();
  Result<std::unique_ptr<DocumentStore>> store = DocumentStore::Open(options.db_path, true, options.read_only);
  if (!store.ok()) return store.status();
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return std::unique_ptr<Engine>(new EngineImpl(std::move(store).value(), std::move(analyzer).value(),
                                                std::move(agencies).value(), options.db_path, threads));
}

}  // namespace dyad
