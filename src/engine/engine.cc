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
#include "ingest/input_reader.h"
#include "store/document_store.h"
#include "util/ordered_pipeline.h"

#ifndef DYAD_DATA_DIR
#define DYAD_DATA_DIR "data"
#endif

namespace dyad {
namespace {

// A transaction ends after this many documents or bytes of text, whichever
// comes first: large enough to amortise the commit (each one rewrites the
// index pages it touched into the log; what ~16 MB of stories add still fits
// the page cache), small enough that a kill loses little work (never a
// partial document, and a re-run skips what was stored).
constexpr size_t kBatchDocuments = 16384;
constexpr size_t kBatchBytes = 16 << 20;
// A transaction holds the store's write lock, which another process writing
// the same store (a second `dyad ingest`) waits for: it is taken only to
// write stories already coded, and ends after this long at most, or earlier
// when the writer has caught up with the coders and would wait for them
// holding the lock...
constexpr auto kBatchTime = std::chrono::seconds(2);
// ... but not before it is this old, since each commit costs: it writes again
// every index page its stories touched, and event ids and dates fall all over
// the indexes (on 20 MB, 37 commits of ~450 stories took 3.0 s of the
// writer's time against 0.65 s for two 16 MB batches; 3-8 commits, 0.6-1.3 s).
constexpr auto kBatchMinTime = std::chrono::seconds(1);
// After a transaction that ended full, the writer waits this long before
// taking the lock again: a waiting writer polls every millisecond or two
// (Database::OnBusy) and gets its turn, where without a gap it would find
// the lock taken again at once, every time, until this ingest ended.
constexpr auto kLockHandOver = std::chrono::milliseconds(10);
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
        : engine_(engine), on_problem_(on_problem), on_progress_(on_progress) {
      Result<int64_t> last = engine_->store_->LastSeq();
      if (last.ok()) run_start_seq_ = *last;
    }

    const IngestStats& stats() const { return stats_; }

    // One thread reads, analyses and writes: no hand-over at all. Its
    // transaction stays open while it codes the next story, but for
    // kBatchTime at most: coding a batch first and writing it after would
    // hold every coded story in memory (2 s of them took 170 MB more), or
    // commit too often for the lock to be worth it.
    Status Inline(const std::vector<std::string>& paths) {
      DocumentStore* store = engine_->store_.get();
      try {
        engine_->reader_.ReadPaths(
            paths,
            [&](Document&& doc) {
              if (!failure_.ok()) return;
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
        // until the transaction is kBatchMinTime old.
        if (batch_open_ && !pipeline.WaitReady(kBatchMinTime - BatchAge())) Commit(/*full=*/false);
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
    // Writes `w` in the open transaction, opening one if needed, and commits
    // when the transaction is full.
    void Write(Work& w) {
      if (!failure_.ok()) return;
      if (w.unchanged) return Store(w);  // nothing to write: no need for the lock
      if (!batch_open_) {
        // Another writer waiting for the lock gets a turn between two full batches.
        if (hand_over_) std::this_thread::sleep_until(last_commit_ + kLockHandOver);
        Status s = engine_->store_->BeginBatch();
        if (!s.ok()) return Fail(s);
        batch_open_ = true;
        batch_began_ = std::chrono::steady_clock::now();
      }
      Store(w);
      if (in_batch_ >= kBatchDocuments || in_batch_bytes_ >= kBatchBytes || BatchAge() >= kBatchTime) {
        Commit(/*full=*/true);
      }
    }

    // Commits the open transaction, if any; `full` when it ended for its size
    // or age rather than for lack of work.
    void Commit(bool full) {
      if (!batch_open_ || !failure_.ok()) return;
      batch_open_ = false;
      in_batch_ = 0;
      in_batch_bytes_ = 0;
      Status s = engine_->store_->CommitBatch();
      last_commit_ = std::chrono::steady_clock::now();
      hand_over_ = full;
      if (!s.ok()) Fail(s);
    }

    std::chrono::steady_clock::duration BatchAge() const {
      return batch_open_ ? std::chrono::steady_clock::now() - batch_began_ : std::chrono::steady_clock::duration{};
    }

    void Fail(Status s) {
      if (failure_.ok()) failure_ = std::move(s);
    }

    void Report(InputProblem&& p) {
      std::lock_guard<std::mutex> lock(stats_mu_);  // from the reader thread when pipelined
      ++(p.rejected ? stats_.rejected : stats_.warnings);
      on_problem_({p.where, p.message, p.rejected});
    }

    void ReportSameId(const Document& doc, const ReplacedStory& replaced) {
      std::string earlier = replaced.origin.empty() ? "another input" : replaced.origin;
      Report({doc.origin.empty() ? doc.id : doc.origin,
              "id \"" + doc.id + "\" was already stored from " + earlier +
                  " since this ingest began; this story replaces it",
              false});
    }

    void Store(Work& w) {
      DocumentStore* store = engine_->store_.get();
      ++stats_.documents_read;
      stats_.bytes += w.bytes;
      if (w.unchanged) {
        ++stats_.unchanged;
      } else {
        if (!w.analyzed.analysis_error.empty()) Report({w.analyzed.doc.id, w.analyzed.analysis_error, false});
        ReplacedStory replaced;
        Result<PutOutcome> put = store->Put(w.analyzed, &replaced);
        if (!put.ok()) return Fail(put.status());
        if (*put == PutOutcome::kReplaced && replaced.seq > run_start_seq_) ReportSameId(w.analyzed.doc, replaced);
        if (*put == PutOutcome::kUnchanged) {
          ++stats_.unchanged;
        } else {
          stats_.events += w.analyzed.events.size();
          ++(*put == PutOutcome::kReplaced ? stats_.replaced : stats_.added);
        }
      }
      in_batch_bytes_ += w.bytes;
      ++in_batch_;
      auto now = std::chrono::steady_clock::now();
      if (on_progress_ && now - last_progress_ > std::chrono::milliseconds(200)) {
        last_progress_ = now;
        on_progress_({stats_.documents_read, stats_.bytes, std::chrono::duration<double>(now - start_).count()});
      }
    }

    Status Finish() {
      if (!failure_.ok()) {
        if (batch_open_) engine_->store_->RollbackBatch();
        return failure_;
      }
      Commit(/*full=*/false);
      if (!failure_.ok()) return failure_;
      if (on_progress_) {
        auto now = std::chrono::steady_clock::now();
        on_progress_({stats_.documents_read, stats_.bytes, std::chrono::duration<double>(now - start_).count()});
      }
      return Status::Ok();
    }

    EngineImpl* engine_;
    const std::function<void(const IngestProblem&)>& on_problem_;
    const std::function<void(const IngestProgress&)>& on_progress_;
    IngestStats stats_;
    // Documents stored after this seq were stored since the run began (by it
    // or by an ingest beside it). Replacing one of them usually means two
    // inputs used one id by accident (two feeds numbering items alike), and
    // the earlier story is gone: ReportSameId says so.
    int64_t run_start_seq_ = std::numeric_limits<int64_t>::max();
    std::mutex stats_mu_;
    Status failure_;
    size_t in_batch_ = 0, in_batch_bytes_ = 0;
    bool batch_open_ = false;  // a write transaction is open
    bool hand_over_ = false;   // the last one ended full: let a waiting writer in first
    std::chrono::steady_clock::time_point batch_began_, last_commit_;
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point last_progress_ = start_;
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
