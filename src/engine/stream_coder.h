// `dyad code`: JSON Lines stories in, event records out, no database, so any
// engine that pipes lines through a program can run dyad at scale.
#pragma once

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "dyad/dyad.h"
#include "dyad/status.h"

namespace dyad {

struct CodeStats {
  size_t documents = 0;
  size_t events = 0;
  size_t rejected = 0;
  size_t bytes = 0;
};

struct CodeOptions {
  std::string data_dir;  // "" for the default
  int threads = 1;       // 0: one per core
  // Instead of event records, one coded story per line (engine/coded_story.h)
  // for `dyad load`.
  bool stories = false;
  // Inputs read as `dyad ingest` reads them (files, directories, "-"); none:
  // JSON Lines from `in`.
  std::vector<std::string> paths;
  // JSON Lines from `in` read as lines of the file `stdin_origin` from line
  // `stdin_first_line` on: ids and origins as `dyad ingest` of that file
  // gives them (scripts/dask_ingest.py sends workers pieces of a file).
  std::string stdin_origin;
  size_t stdin_first_line = 1;
};

// Reads the stories (`in` to its end in pieces of whole lines, or the paths)
// and writes one record per line to `out`. Problems go to `on_problem` (from
// one thread at a time); they never stop the stream. `threads` coders work on
// runs of stories; the output is the same, in the same order, for any number.
Result<CodeStats> CodeStream(FILE* in, FILE* out, const CodeOptions& options,
                             const std::function<void(const IngestProblem&)>& on_problem);

}  // namespace dyad
