// The single writer of `dyad ingest` and `dyad load`: stores analysed stories
// in batches, one write transaction each, and counts what happened to them.
// A batch holds the store's write lock, which another process writing the
// same store waits for; it is closed when full or old, or when the caller has
// nothing ready to write (see PatienceLeft).
//
// Thread safety: Report may be called from any thread; the rest from the
// writer's thread only.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <mutex>

#include "dyad/dyad.h"
#include "ingest/input.h"
#include "store/document_store.h"

namespace dyad {

class BatchWriter {
 public:
  BatchWriter(DocumentStore* store, const std::function<void(const IngestProblem&)>& on_problem,
              const std::function<void(const IngestProgress&)>& on_progress);

  // Stores `a` in the open batch, opening one if needed, and commits when the
  // batch is full. `unchanged`: the story is stored already, only counted.
  // `bytes`: the story's size for the statistics. Nothing is written after a
  // failure of the store (the caller drains its input).
  void Write(const AnalyzedDocument& a, bool unchanged, size_t bytes);
  // Commits the open batch, if any; `full` when it ended for its size or age
  // rather than for lack of work (then a waiting writer gets a turn first).
  void Commit(bool full);
  // How long the caller may wait for more work before closing the open batch
  // (negative: close it now); only meaningful while batch_open().
  std::chrono::steady_clock::duration PatienceLeft() const;
  bool batch_open() const { return batch_open_; }

  void Report(InputProblem&& p);
  void Fail(Status s);
  bool failed() const { return !failure_.ok(); }
  // Commits what is open, or rolls it back after a failure, which it returns.
  Status Finish();

  const IngestStats& stats() const { return stats_; }

 private:
  void ReportSameId(const Document& doc, const ReplacedStory& replaced);
  void Store(const AnalyzedDocument& a, bool unchanged, size_t bytes);
  std::chrono::steady_clock::duration BatchAge() const;

  DocumentStore* store_;
  const std::function<void(const IngestProblem&)>& on_problem_;
  const std::function<void(const IngestProgress&)>& on_progress_;
  IngestStats stats_;
  // Documents stored after this seq were stored since the run began (by it
  // or by an ingest beside it). Replacing one of them usually means two
  // inputs used one id by accident (two feeds numbering items alike), and
  // the earlier story is gone: ReportSameId says so.
  int64_t run_start_seq_;
  std::mutex stats_mu_;
  Status failure_;
  size_t in_batch_ = 0, in_batch_bytes_ = 0;
  bool batch_open_ = false;  // a write transaction is open
  bool hand_over_ = false;   // the last one ended full: let a waiting writer in first
  std::chrono::steady_clock::time_point batch_began_, last_commit_;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_progress_ = start_;
};

}  // namespace dyad
