// The hostile-input batch of issue 11: every input that once crashed,
// stalled or exhausted `dyad ingest`, beside good stories of every format,
// written to a directory for one `dyad ingest` over all of it. Shared by
// tests/cli/hostile_batch_test.cc and bench/hostile_batch.sh (through the
// dyad_hostile_batch program), so the numbers quoted in docs are for the
// batch the test checks.
//
// Thread safety: none needed; call from one thread.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace dyad::testing {

// An input dyad must reject with exactly one message.
struct ExpectedProblem {
  std::string where;    // as dyad names it: "path" or "path:line"
  std::string message;  // a part of the message
};

struct HostileBatch {
  // The inputs to name, in order, relative to the batch directory: dyad
  // runs there.
  std::vector<std::string> args;
  // Every story that must be stored, and nothing else is.
  std::set<std::string> good_ids;
  // One rejection message each, and no other rejection.
  std::vector<ExpectedProblem> rejected;
  // One warning each (stories stored anyway), and no other warning.
  std::vector<ExpectedProblem> warnings;
  // A directory made unreadable (mode 0); give it back its mode before
  // removing the batch, as a user who is not root could not otherwise.
  std::string locked_dir;
  // The seconds a FIFO without a writer is waited for
  // ($DYAD_FIFO_TIMEOUT): the batch names one.
  std::string fifo_timeout = "1";
  // Why the batch could not be written; empty when it was.
  std::string error;
};

// Writes the batch under `dir` (which must exist). Large inputs are sparse
// files: about 620 MB by size, a few hundred KB on disk.
HostileBatch WriteHostileBatch(const std::string& dir);

}  // namespace dyad::testing
