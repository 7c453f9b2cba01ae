#include "engine/batch_writer.h"

#include <limits>
#include <thread>

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

}  // namespace

BatchWriter::BatchWriter(DocumentStore* store, const std::function<void(const IngestProblem&)>& on_problem,
                         const std::function<void(const IngestProgress&)>& on_progress)
    : store_(store), on_problem_(on_problem), on_progress_(on_progress),
      run_start_seq_(std::numeric_limits<int64_t>::max()) {
  Result<int64_t> last = store_->LastSeq();
  if (last.ok()) run_start_seq_ = *last;
}

void BatchWriter::Write(const AnalyzedDocument& a, bool unchanged, size_t bytes) {
  if (!failure_.ok()) return;
  if (unchanged) return Store(a, unchanged, bytes);  // nothing to write: no need for the lock
  if (!batch_open_) {
    // Another writer waiting for the lock gets a turn between two full batches.
    if (hand_over_) std::this_thread::sleep_until(last_commit_ + kLockHandOver);
    Status s = store_->BeginBatch();
    if (!s.ok()) return Fail(s);
    batch_open_ = true;
    batch_began_ = std::chrono::steady_clock::now();
  }
  Store(a, unchanged, bytes);
  if (in_batch_ >= kBatchDocuments || in_batch_bytes_ >= kBatchBytes || BatchAge() >= kBatchTime) {
    Commit(/*full=*/true);
  }
}

void BatchWriter::Commit(bool full) {
  if (!batch_open_ || !failure_.ok()) return;
  batch_open_ = false;
  in_batch_ = 0;
  in_batch_bytes_ = 0;
  Status s = store_->CommitBatch();
  last_commit_ = std::chrono::steady_clock::now();
  hand_over_ = full;
  if (!s.ok()) Fail(s);
}

std::chrono::steady_clock::duration BatchWriter::PatienceLeft() const { return kBatchMinTime - BatchAge(); }

std::chrono::steady_clock::duration BatchWriter::BatchAge() const {
  return batch_open_ ? std::chrono::steady_clock::now() - batch_began_ : std::chrono::steady_clock::duration{};
}

void BatchWriter::Fail(Status s) {
  if (failure_.ok()) failure_ = std::move(s);
}

void BatchWriter::Report(InputProblem&& p) {
  std::lock_guard<std::mutex> lock(stats_mu_);  // from the reader thread when pipelined
  ++(p.rejected ? stats_.rejected : stats_.warnings);
  on_problem_({p.where, p.message, p.rejected});
}

void BatchWriter::ReportSameId(const Document& doc, const ReplacedStory& replaced) {
  std::string earlier = replaced.origin.empty() ? "another input" : replaced.origin;
  Report({doc.origin.empty() ? doc.id : doc.origin,
          "id \"" + doc.id + "\" was already stored from " + earlier +
              " since this ingest began; this story replaces it",
          false});
}

void BatchWriter::Store(const AnalyzedDocument& a, bool unchanged, size_t bytes) {
  ++stats_.documents_read;
  stats_.bytes += bytes;
  if (unchanged) {
    ++stats_.unchanged;
  } else {
    if (!a.analysis_error.empty()) Report({a.doc.id, a.analysis_error, false});
    ReplacedStory replaced;
    Result<PutOutcome> put = store_->Put(a, &replaced);
    if (!put.ok()) return Fail(put.status());
    if (*put == PutOutcome::kReplaced && replaced.seq > run_start_seq_) ReportSameId(a.doc, replaced);
    if (*put == PutOutcome::kUnchanged) {
      ++stats_.unchanged;
    } else {
      stats_.events += a.events.size();
      ++(*put == PutOutcome::kReplaced ? stats_.replaced : stats_.added);
    }
  }
  in_batch_bytes_ += bytes;
  ++in_batch_;
  auto now = std::chrono::steady_clock::now();
  if (on_progress_ && now - last_progress_ > std::chrono::milliseconds(200)) {
    last_progress_ = now;
    on_progress_({stats_.documents_read, stats_.bytes, std::chrono::duration<double>(now - start_).count()});
  }
}

Status BatchWriter::Finish() {
  if (!failure_.ok()) {
    if (batch_open_) store_->RollbackBatch();
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

}  // namespace dyad
