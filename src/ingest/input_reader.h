// Turns paths (files, directories, "-" for stdin) into prepared Documents:
// the format is chosen by extension and content, text is repaired to valid
// UTF-8 and put in NFC, and metadata is recovered from the text.
//
// Thread safety: one InputReader per thread.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "ingest/agency_table.h"
#include "ingest/input.h"
#include "util/file_io.h"

namespace dyad {

enum class InputFormat { kPlainText, kJsonLines, kHtml, kFeed };

class InputReader {
 public:
  explicit InputReader(AgencyTable agencies) : agencies_(std::move(agencies)) {}

  // Reads every path; directories recursively in name order (their regular
  // files only). Problems go to `report` and never stop the batch: a
  // directory that cannot be read is one, and the rest of the tree is read.
  void ReadPaths(const std::vector<std::string>& paths, const DocumentSink& emit, const ProblemSink& report);

  // Reads one file's bytes already in memory; `origin` names it in messages.
  void ReadBytes(std::string bytes, const std::string& origin, const DocumentSink& emit, const ProblemSink& report);

  // Repairs, normalises and fills text metadata; used by every reader.
  void Prepare(Document* doc, const ProblemSink& report) const;

  static InputFormat DetectFormat(const std::string& path, std::string_view bytes);

  // How long a FIFO named as input may go without a writer before it is
  // reported and skipped (default: FifoWriterTimeout()).
  void set_fifo_timeout(std::chrono::milliseconds timeout) { fifo_timeout_ = timeout; }

 private:
  // Wraps `emit` to fill the origin and Prepare each story first.
  // REQUIRES: the arguments outlive the returned sink.
  DocumentSink PreparedSink(const std::string& origin, const DocumentSink& emit, const ProblemSink& report) const;
  void ReadFile(const std::string& path, const DocumentSink& emit, const ProblemSink& report);

  AgencyTable agencies_;
  std::chrono::milliseconds fifo_timeout_ = FifoWriterTimeout();
};

}  // namespace dyad
