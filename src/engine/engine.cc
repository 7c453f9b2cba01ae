// The Engine behind include/dyad/dyad.h: reader -> analyzer -> store.
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <limits>
#include <mutex>
#include <thread>

#include "dyad/dyad.h"
#include "engine/analyzer.h"
#include "engine/batch_writer.h"
#include "ingest/input_reader.h"
#include "store/document_store.h"
#include "util/ordered_pipeline.h"

#ifndef DYAD_DATA_DIR
#define DYAD_DATA_DIR "data"
#endif

namespace dyad {
namespace {

// Bytes of stories handed from thread to thread at a time (see Pipelined).
constexpr size_t kRunBytes = 64 * 1024;

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
    IngestRun run(this, on_problem, on_progress);
    // The writer is one of the threads: N threads are N - 1 analysis workers
    // beside it (more would only take turns with it on N cores).
    Status s = threads_ <= 1 ? run.Inline(paths) : run.Pipelined(paths, threads_ - 1);
    if (!s.ok()) return s;
    return run.stats();
  }

 private:
  // One story's analysis, or the note that it is stored unchanged.
  struct Work {
    AnalyzedDocument analyzed;
    bool unchanged = false;
    size_t bytes = 0;
  };

  // Analyses `doc` unless `lookup` (a store connection) holds it unchanged:
  // a re-ingest of a corpus skips the analysis of what it already has.
  Work Analyze(Document&& doc, DocumentStore* lookup) const {
    Work w;
    w.bytes = doc.text.size();
    std::string hash = Analyzer::ContentHash(doc);
    if (lookup != nullptr) {
      Result<std::string> stored = lookup->StoredHash(doc.id);
      if (stored.ok() && *stored == hash) {
        w.unchanged = true;
        w.analyzed.doc.id = std::move(doc.id);
        w.analyzed.hash = std::move(hash);
        return w;
      }
    }
    w.analyzed = analyzer_->Analyze(std::move(doc));
    return w;
  }

  // The state of one Ingest call: statistics, the open batch, the first
  // failure of the store (after which the rest of the input is only drained).
  class IngestRun {
   public:
    IngestRun(EngineImpl* engine, const std::function<void(const IngestProblem&)>& on_problem,
              const std::function<void(const IngestProgress&)>& on_progress)
        : engine_(engine), writer_(engine->store_.get(), on_problem, on_progress) {}

    const IngestStats& stats() const { return writer_.stats(); }

    // One thread reads, analyses and writes: no hand-over at all. Its
    // transaction stays open while it codes the next story, but for
    // two seconds at most (BatchWriter): coding a batch first and writing it after would
    // hold every coded story in memory (2 s of them took 170 MB more), or
    // commit too often for the lock to be worth it.
    Status Inline(const std::vector<std::string>& paths) {
      DocumentStore* store = engine_->store_.get();
      try {
        engine_->reader_.ReadPaths(
            paths,
            [&](Document&& doc) {
              if (writer_.failed()) return;
              Work w = engine_->Analyze(std::move(doc), store);
              Write(w);
            },
            [&](InputProblem&& p) { Report(std::move(p)); });
      } catch (const std::exception& e) {
        Fail(Status::Internal(std::string("ingest failed: ") + e.what()));
      }
      return Finish();
    }

    // A reader thread -> `workers` analysis threads -> this thread, the only
    // writer, in input order: the store ends up byte for byte as with one
    // thread. Stories travel in runs of ~64 KB so that threads hand over
    // work a few hundred times a second, not once per story.
    Status Pipelined(const std::vector<std::string>& paths, int workers) {
      using Run = std::vector<Document>;
      using Done = std::vector<Work>;
      std::string db_path = engine_->db_path_;
      const EngineImpl* engine = engine_;
      // Into an empty store nothing can be stored unchanged (a story given
      // twice is caught by the writer): the workers then skip the look-ups,
      // a read connection each and a B-tree search per story for nothing.
      Result<bool> empty = engine_->store_->Empty();
      bool look_up = !empty.ok() || !*empty;
      auto work = [db_path, engine, look_up](Run&& run) {
        thread_local std::unique_ptr<DocumentStore> lookup;
        thread_local std::string lookup_path;
        if (look_up && (!lookup || lookup_path != db_path)) {
          Result<std::unique_ptr<DocumentStore>> r = DocumentStore::Open(db_path, false, true);
          if (r.ok()) lookup = std::move(r).value(), lookup_path = db_path;
        }
        Done done;
        done.reserve(run.size());
        for (Document& doc : run) {
          done.push_back(engine->Analyze(std::move(doc), look_up ? lookup.get() : nullptr));
          if (!done.back().unchanged) PrepareForStore(&done.back().analyzed);
        }
        return done;
      };
      OrderedPipeline<Run, Done> pipeline(workers, static_cast<size_t>(workers) * 4 + 4, work);
      // Stored runs go back to the reader thread to be freed: the writer is
      // the bottleneck, and freeing what other threads allocated (glibc
      // takes their arenas' locks) was a tenth of its time.
      std::mutex stored_mu;
      std::vector<Done> stored;
      auto free_stored = [&] {
        std::vector<Done> garbage;  // destroyed after the lock is released
        std::lock_guard<std::mutex> lock(stored_mu);
        garbage.swap(stored);
      };
      std::exception_ptr reader_error;
      std::thread reader_thread([&] {
        try {
          RunBatcher<Document> batcher(kRunBytes);
          engine_->reader_.ReadPaths(
              paths,
              [&](Document&& doc) {
                size_t bytes = doc.text.size();
                if (auto full = batcher.Add(std::move(doc), bytes)) {
                  pipeline.Push(std::move(*full));
                  free_stored();
                }
              },
              [&](InputProblem&& p) { Report(std::move(p)); });
          if (auto rest = batcher.Flush()) pipeline.Push(std::move(*rest));
        } catch (...) {
          reader_error = std::current_exception();
        }
        pipeline.Close();
      });
      Done done;
      while (pipeline.Pop(&done)) {
        for (Work& w : done) Write(w);  // after a failure, drains so the reader can finish
        // Caught up with the coders: wait for them holding the lock only
        // until the transaction is old enough (BatchWriter::PatienceLeft).
        if (writer_.batch_open() && !pipeline.WaitReady(writer_.PatienceLeft())) writer_.Commit(/*full=*/false);
        std::lock_guard<std::mutex> lock(stored_mu);
        stored.push_back(std::move(done));
        done = Done();
      }
      reader_thread.join();
      if (reader_error) {
        try {
          std::rethrow_exception(reader_error);
        } catch (const std::exception& e) {
          Fail(Status::Internal(std::string("ingest failed: ") + e.what()));
        } catch (...) {
          Fail(Status::Internal("ingest failed"));
        }
      }
      return Finish();
    }

   private:
    void Write(Work& w) { writer_.Write(w.analyzed, w.unchanged, w.bytes); }
    void Fail(Status s) { writer_.Fail(std::move(s)); }
    void Report(InputProblem&& p) { writer_.Report(std::move(p)); }
    Status Finish() { return writer_.Finish(); }

    EngineImpl* engine_;
    BatchWriter writer_;
  };

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
