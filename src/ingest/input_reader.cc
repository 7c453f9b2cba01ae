#include "ingest/input_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

#include "ingest/feed_reader.h"
#include "ingest/html_reader.h"
#include "ingest/jsonl_stream.h"
#include "ingest/metadata_extractor.h"
#include "text/utf8.h"
#include "util/file_io.h"
#include "util/tsv.h"

namespace dyad {
namespace fs = std::filesystem;
namespace {

// The id stem of stories from `origin` without ids of their own.
std::string StemOf(const std::string& origin) { return origin == "-" ? "stdin" : FileStem(origin); }

bool LooksBinary(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 4096);
  size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) ++control;
  }
  return control * 10 > head.size();
}

std::string Megabytes(size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(n) / (1 << 20));
  return buf;
}

}  // namespace

InputFormat InputReader::DetectFormat(const std::string& path, std::string_view bytes) {
  std::string ext = FileExtension(path);
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return InputFormat::kJsonLines;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  if (ext == "rss" || ext == "atom" || ext == "xml") return InputFormat::kFeed;
  size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  std::string_view head = first == std::string_view::npos ? std::string_view() : bytes.substr(first, 512);
  if (LooksLikeFeed(head)) return InputFormat::kFeed;
  if (StartsWithNoCase(head, "<!doctype html") || StartsWithNoCase(head, "<html")) return InputFormat::kHtml;
  if (!head.empty() && head[0] == '{' && path == "-") return InputFormat::kJsonLines;
  if (path == "-") return InputFormat::kJsonLines;
  return InputFormat::kPlainText;
}

void InputReader::Prepare(Document* doc, const ProblemSink& report) const {
  for (std::string* field : {&doc->text, &doc->title, &doc->source, &doc->url}) {
    Utf8Repair repair = RepairUtf8(field);
    if (repair.bad_sequences > 0 && field == &doc->text) {
      report({doc->origin, "invalid UTF-8 at byte " + std::to_string(repair.first_bad_byte) + " (" +
                               std::to_string(repair.bad_sequences) + " sequence(s) replaced by U+FFFD)",
              false});
    }
    *field = ToNfc(*field);
  }
  ExtractTextMetadata(agencies_, doc);
}

DocumentSink InputReader::PreparedSink(const std::string& origin, const DocumentSink& emit,
                                       const ProblemSink& report) const {
  return [this, &origin, &emit, &report](Document&& doc) {
    if (doc.origin.empty()) doc.origin = origin;
    Prepare(&doc, report);
    emit(std::move(doc));
  };
}

void InputReader::ReadBytes(std::string bytes, const std::string& origin, const DocumentSink& emit,
                            const ProblemSink& report) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    report({origin, "empty file", true});
    return;
  }
  InputFormat format = DetectFormat(origin, bytes);
  if (format != InputFormat::kJsonLines && bytes.size() > kMaxStoryBytes) {
    report({origin, "file is " + Megabytes(bytes.size()) + "; one story may have at most " + Megabytes(kMaxStoryBytes) +
                        " (use JSON Lines for many stories)",
            true});
    return;
  }
  if (format == InputFormat::kPlainText && LooksBinary(bytes)) {
    report({origin, "not a text file (binary data)", true});
    return;
  }
  std::string stem = StemOf(origin);
  DocumentSink prepared = PreparedSink(origin, emit, report);
  switch (format) {
    case InputFormat::kJsonLines: {
      // The same reader as for files: it repairs UTF-8 (JSON parsers reject
      // invalid UTF-8 outright) and warns once.
      std::unique_ptr<FILE, int (*)(FILE*)> in(fmemopen(bytes.data(), bytes.size(), "rb"), &std::fclose);
      if (in == nullptr) {
        report({origin, std::string("cannot read: ") + std::strerror(errno), true});
        return;
      }
      ReadJsonLinesStream(in.get(), origin, stem, prepared, report);
      return;
    }
    case InputFormat::kHtml: {
      Result<Document> doc = ReadHtml(bytes, origin);
      if (!doc.ok()) {
        report({origin, doc.status().message(), true});
        return;
      }
      doc->id = stem;
      prepared(std::move(doc).value());
      return;
    }
    case InputFormat::kFeed: {
      Result<std::vector<Document>> docs = ReadFeed(bytes, origin, stem);
      if (!docs.ok()) {
        report({origin, docs.status().message(), true});
        return;
      }
      if (docs->empty()) report({origin, "feed has no items with text", true});
      for (Document& d : *docs) prepared(std::move(d));
      return;
    }
    case InputFormat::kPlainText: {
      Document doc;
      doc.id = stem;
      doc.text = std::move(bytes);
      prepared(std::move(doc));
      return;
    }
  }
}

void InputReader::ReadFile(const std::string& path, const DocumentSink& emit, const ProblemSink& report) {
  std::string stem = StemOf(path);
  DocumentSink prepared = PreparedSink(path, emit, report);
  // JSON Lines (stdin, or a file named so) streams in pieces: a corpus file
  // of any size is read with flat memory.
  if (path == "-") {
    if (!ReadJsonLinesStream(stdin, "-", stem, prepared, report)) report({path, "empty file", true});
    return;
  }
  if (DetectFormat(path, {}) == InputFormat::kJsonLines) {
    FILE* f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) {
      report({path, std::string("cannot open: ") + std::strerror(errno), true});
      return;
    }
    if (!ReadJsonLinesStream(f, path, stem, prepared, report)) report({path, "empty file", true});
    std::fclose(f);
    return;
  }
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) {
    report({path, bytes.status().message().substr(path.size() + 2), true});
    return;
  }
  ReadBytes(std::move(bytes).value(), path, emit, report);
}

void InputReader::ReadPaths(const std::vector<std::string>& paths, const DocumentSink& emit,
                            const ProblemSink& report) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec)) {
        if (it->is_regular_file(ec)) files.push_back(it->path().string());
      }
      if (ec) report({path, "cannot list directory: " + ec.message(), true});
      std::sort(files.begin(), files.end());
      for (const std::string& f : files) ReadFile(f, emit, report);
      continue;
    }
    if (path != "-" && !fs::exists(path, ec)) {
      report({path, "no such file or directory", true});
      continue;
    }
    ReadFile(path, emit, report);
  }
}

}  // namespace dyad
