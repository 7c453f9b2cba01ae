// A coded story as one JSON line: the document with everything the store
// keeps of it (sentences, folded text, mentions, events with evidence,
// mechanisms and frameworks named). `dyad code --stories` writes these on any
// machine; `dyad load` stores them exactly as `dyad ingest` would have, so
// that coding can be spread over a cluster (scripts/dask_ingest.py) while one
// writer merges events across stories.
#pragma once

#include <string>
#include <string_view>

#include "dyad/status.h"
#include "store/document_store.h"

namespace dyad {

// The format's version, written as "dyad_story": a reader refuses others.
constexpr int kCodedStoryVersion = 1;

// Appends `a` as one line of JSON (no newline).
void AppendCodedStoryJson(const AnalyzedDocument& a, std::string* out);

// Reads one line written by AppendCodedStoryJson. InvalidArgument, saying
// what is wrong, for anything else.
Result<AnalyzedDocument> ParseCodedStory(std::string_view line);

}  // namespace dyad
