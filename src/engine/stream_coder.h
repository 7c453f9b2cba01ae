// `dyad code`: JSON Lines stories in, event records out, no database, so any
// engine that pipes lines through a program can run dyad at scale.
#pragma once

#include <cstdio>
#include <functional>
#include <string>

#include "dyad/dyad.h"
#include "dyad/status.h"

namespace dyad {

struct CodeStats {
  size_t documents = 0;
  size_t events = 0;
  size_t rejected = 0;
  size_t bytes = 0;
};

// Reads `in` to its end in pieces of whole lines and writes one event record
// per line to `out`. Problems go to `on_problem` (from one thread at a time);
// they never stop the stream. `threads` coders (0: one per core) work on runs
// of stories; the output is the same, in the same order, for any number.
Result<CodeStats> CodeStream(FILE* in, FILE* out, const std::string& data_dir,
                             const std::function<void(const IngestProblem&)>& on_problem, int threads = 1);

}  // namespace dyad
