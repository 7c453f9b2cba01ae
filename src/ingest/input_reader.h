// Turns paths (files, directories, "-" for stdin) into prepared Documents:
// the format is chosen by extension and content, text is repaired to valid
// UTF-8 and put in NFC, and metadata is recovered from the text.
//
// Thread safety: one InputReader per thread.
#pragma once

#include <string>
#include <vector>

#include "ingest/agency_table.h"
#include "ingest/input.h"

namespace dyad {

enum class InputFormat { kPlainText, kJsonLines, kHtml, kFeed };

class InputReader {
 public:
  explicit InputReader(AgencyTable agencies) : agencies_(std::move(agencies)) {}

  // Reads every path; directories recursively in name order. Problems go to
  // `report` and never stop the batch.
  void ReadPaths(const std::vector<std::string>& paths, const DocumentSink& emit, const ProblemSink& report);

  // Reads one file's bytes already in memory; `origin` names it in messages.
  void ReadBytes(std::string bytes, const std::string& origin, const DocumentSink& emit, const ProblemSink& report);

  // Repairs, normalises and fills text metadata; used by every reader.
  void Prepare(Document* doc, const ProblemSink& report) const;

  static InputFormat DetectFormat(const std::string& path, std::string_view bytes);

 private:
  // Wraps `emit` to fill the origin and Prepare each story first.
  // REQUIRES: the arguments outlive the returned sink.
  DocumentSink PreparedSink(const std::string& origin, const DocumentSink& emit, const ProblemSink& report) const;
  void ReadFile(const std::string& path, const DocumentSink& emit, const ProblemSink& report);

  AgencyTable agencies_;
};

}  // namespace dyad
