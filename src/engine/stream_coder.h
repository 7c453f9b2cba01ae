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
// per line to `out`. Problems go to `on_problem`; they never stop the stream.
Result<CodeStats> CodeStream(FILE* in, FILE* out, const std::string& data_dir,
                             const std::function<void(const IngestProblem&)>& on_problem);

}  // namespace dyad
