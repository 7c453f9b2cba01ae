// The Engine behind include/dyad/dyad.h: reader -> analyzer -> store.
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>

#include "dyad/dyad.h"
#include "engine/analyzer.h"
#include "ingest/input_reader.h"
#include "store/document_store.h"

#ifndef DYAD_DATA_DIR
#define DYAD_DATA_DIR "data"
#endif

namespace dyad {
namespace {

// Documents per transaction: large enough to amortise the commit, small
// enough that a kill loses little work (never a partial document).
constexpr size_t kBatchDocuments = 512;

class EngineImpl : public Engine {
 public:
  EngineImpl(std::unique_ptr<DocumentStore> store, std::unique_ptr<Analyzer> analyzer, AgencyTable agencies)
      : store_(std::move(store)), analyzer_(std::move(analyzer)), reader_(std::move(agencies)) {}

  Result<IngestStats> Ingest(const std::vector<std::string>& paths,
                             const std::function<void(const IngestProblem&)>& on_problem,
                             const std::function<void(const IngestProgress&)>& on_progress) override {
    IngestStats stats;
    Status failure;
    size_t in_batch = 0;
    auto start = std::chrono::steady_clock::now();
    auto last_progress = start;
    DYAD_RETURN_IF_ERROR(store_->BeginBatch());

    auto report = [&](InputProblem&& p) {
      if (p.rejected) {
        ++stats.rejected;
      } else {
        ++stats.warnings;
      }
      on_problem({p.where, p.message, p.rejected});
    };
    auto emit = [&](Document&& doc) {
      if (!failure.ok()) return;
      ++stats.documents_read;
      stats.bytes += doc.text.size();
      Result<std::string> stored = store_->StoredHash(doc.id);
      if (!stored.ok()) {
        failure = stored.status();
        return;
      }
      std::string hash = Analyzer::ContentHash(doc);
      if (*stored == hash) {
        ++stats.unchanged;
      } else {
        AnalyzedDocument analyzed = analyzer_->Analyze(std::move(doc));
        Result<PutOutcome> put = store_->Put(analyzed);
        if (!put.ok()) {
          failure = put.status();
          return;
        }
        stats.events += analyzed.events.size();
        if (*put == PutOutcome::kReplaced) {
          ++stats.replaced;
        } else {
          ++stats.added;
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
    };
    try {
      reader_.ReadPaths(paths, emit, report);
    } catch (const std::exception& e) {
      failure = Status::Internal(std::string("ingest failed: ") + e.what());
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
  return std::unique_ptr<Engine>(
      new EngineImpl(std::move(store).value(), std::move(analyzer).value(), std::move(agencies).value()));
}

}  // namespace dyad
