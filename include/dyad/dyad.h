// dyad's engine: ingest news stories into a store, and read back documents,
// actor mentions and coded events.
//
// Thread safety: one Engine per thread; Ingest may use worker threads inside.
// No exception crosses this API: failures come back as Status.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/records.h"
#include "dyad/status.h"

namespace dyad {

struct EngineOptions {
  std::string db_path = "dyad.db";
  std::string data_dir;  // dictionaries; "" means $DYAD_DATA or the built-in default
  bool read_only = false;
  // Ingest: 1 reads, codes and writes on one thread; N runs N - 1 coding
  // threads beside the writer; 0 means the machine's cores.
  int threads = 0;
};

struct IngestStats {
  size_t documents_read = 0;
  size_t added = 0;
  size_t replaced = 0;
  size_t unchanged = 0;
  size_t rejected = 0;  // inputs (files or lines) that could not be stored
  size_t warnings = 0;
  size_t bytes = 0;     // story text bytes read
  size_t events = 0;    // events coded in the documents stored
};

struct IngestProgress {
  size_t documents = 0;
  size_t bytes = 0;
  double seconds = 0;
};

// A problem with one input: where (file, line or byte) and what.
struct IngestProblem {
  std::string where;
  std::string message;
  bool rejected = true;  // false for warnings (the input was stored anyway)
};

class Engine {
 public:
  static Result<std::unique_ptr<Engine>> Open(const EngineOptions& options);
  virtual ~Engine() = default;

  // Reads every path (files, directories, "-" for stdin), analyses each story
  // and stores it. Problems go to `on_problem` and never stop the batch.
  virtual Result<IngestStats> Ingest(const std::vector<std::string>& paths,
                                     const std::function<void(const IngestProblem&)>& on_problem,
                                     const std::function<void(const IngestProgress&)>& on_progress) = 0;
};

// Stores coded stories (`dyad code --stories`: one JSON line each; "-" reads
// stdin) into the store at `db_path` as Engine::Ingest stores the stories they
// were coded from: in input order, in batches, merging events across stories.
// A line that is not a coded story is reported with its file and line, and
// the rest goes on. Needs no dictionaries.
Result<IngestStats> LoadCodedStories(const std::string& db_path, const std::vector<std::string>& paths,
                                     const std::function<void(const IngestProblem&)>& on_problem,
                                     const std::function<void(const IngestProgress&)>& on_progress);

// The data directory used when EngineOptions::data_dir is empty.
std::string DefaultDataDir();

}  // namespace dyad
