// The input files of a directory tree, for `dyad ingest DIR`.
#pragma once

#include <string>
#include <vector>

#include "ingest/input.h"

namespace dyad {

// The regular files under `dir` (symbolic links to them included), sorted by
// path. Other entries (FIFOs, devices, sockets) are skipped: inside a tree
// only files are stories. Links to directories are not followed, so a tree
// cannot loop. A directory that cannot be read, an entry whose type cannot be
// known and a link to nothing are reported to `report` as rejected inputs,
// and the rest of the tree is still listed: no story goes unread without a
// word.
std::vector<std::string> InputFilesUnder(const std::string& dir, const ProblemSink& report);

}  // namespace dyad
