#include "ingest/input_reader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

#include "ingest/feed_reader.h"
#include "ingest/html_reader.h"
#include "ingest/input_file.h"
#include "ingest/input_tree.h"
#include "ingest/invalid_bytes.h"
#include "ingest/jsonl_stream.h"
#include "ingest/metadata_extractor.h"
#include "text/language_id.h"
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

// "file is 50.0 MB" or "file is larger than 16.0 MB", and why that is too much.
std::string TooLarge(const std::string& what) {
  return what + "; one story may have at most " + SizeForPeople(kMaxStoryBytes) + " (use JSON Lines for many stories)";
}

// The problem a reader's error is about. The HTML and feed readers name their
// input in their messages ("origin: why", "origin:12: why"); reported as is
// under `origin`, the path showed twice ("a.rss: a.rss: entity expansion
// ..."), so the name moves to `where`, with the line when there is one.
InputProblem RejectedFor(const std::string& origin, const Status& status) {
  const std::string& m = status.message();
  if (m.compare(0, origin.size(), origin) == 0 && m.size() > origin.size() && m[origin.size()] == ':') {
    size_t end = origin.size() + 1;
    while (end < m.size() && m[end] >= '0' && m[end] <= '9') ++end;
    if (end > origin.size() + 1 && m.compare(end, 2, ": ") == 0) return {m.substr(0, end), m.substr(end + 2), true};
    if (m.compare(origin.size(), 2, ": ") == 0) return {origin, m.substr(origin.size() + 2), true};
  }
  return {origin, m, true};
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
  // An id is a key: its invalid bytes are spelled out, not replaced, or two
  // stories differing only there would become one.
  std::string original_id = doc->id;
  if (PercentEncodeInvalidUtf8(&doc->id)) {
    RepairUtf8(&original_id);
    report({doc->origin, "id \"" + original_id + "\" has invalid UTF-8; stored as \"" + doc->id + "\"", false});
  }
  for (std::string* field : {&doc->text, &doc->title, &doc->source, &doc->url}) {
    Utf8Repair repair = RepairUtf8(field);
    if (repair.bad_sequences > 0 && field == &doc->text) {
      // The bytes before the first bad one are unchanged by the repair.
      size_t line = 1 + static_cast<size_t>(std::count(field->begin(), field->begin() + repair.first_bad_byte, '\n'));
      report({doc->origin, "invalid UTF-8 at byte " + std::to_string(repair.first_bad_byte) + ", line " +
                               std::to_string(line) + " (" + std::to_string(repair.bad_sequences) +
                               " sequence(s) replaced by U+FFFD)",
              false});
    }
    *field = ToNfc(*field);
  }
  ExtractTextMetadata(agencies_, doc);
  // The input's tag when it gives a usable one, else the text's own answer.
  doc->lang = NormalizeLanguageTag(doc->lang);
  if (doc->lang.empty()) doc->lang = IdentifyLanguage(doc->text);
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
    report({origin, TooLarge("file is " + SizeForPeople(bytes.size())), true});
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
        report(RejectedFor(origin, doc.status()));
        return;
      }
      doc->id = stem;
      prepared(std::move(doc).value());
      return;
    }
    case InputFormat::kFeed: {
      std::vector<SkippedFeedItem> skipped;
      Result<std::vector<Document>> docs = ReadFeed(bytes, origin, stem, &skipped);
      if (!docs.ok()) {
        report(RejectedFor(origin, docs.status()));
        return;
      }
      for (SkippedFeedItem& item : skipped) report({std::move(item.where), std::move(item.why), true});
      if (docs->empty() && skipped.empty()) report({origin, "feed has no items with text", true});
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
  Result<InputFile> file = InputFile::Open(path, fifo_timeout_);
  if (!file.ok()) {
    report({path, file.status().message(), true});
    return;
  }
  bool json_lines = DetectFormat(path, {}) == InputFormat::kJsonLines;
  // A stream without an extension (/dev/fd/63 from `<(zcat corpus.jsonl.gz)`,
  // a FIFO) is JSON Lines when it starts like it, as stdin is.
  if (!json_lines && !file->is_regular() && FileExtension(path).empty()) {
    Result<bool> starts = file->StartsLikeJsonLines();
    if (!starts.ok()) {
      report({path, starts.status().message(), true});
      return;
    }
    json_lines = *starts;
  }
  if (json_lines) {
    Result<InputFile::Stream> in = std::move(*file).ToStream();
    if (!in.ok()) {
      report({path, in.status().message(), true});
      return;
    }
    if (!ReadJsonLinesStream(in->get(), path, stem, prepared, report)) report({path, "empty file", true});
    return;
  }
  // Any other format is one story (or one feed) in memory: read no more of
  // it than a story may have, and not even that when fstat tells.
  if (file->stat_size() > kMaxStoryBytes) {
    report({path, TooLarge("file is " + SizeForPeople(file->stat_size())), true});
    return;
  }
  Result<std::string> bytes = std::move(*file).ReadAtMost(kMaxStoryBytes);
  if (!bytes.ok()) {
    report({path, bytes.status().message(), true});
    return;
  }
  if (bytes->size() > kMaxStoryBytes) {
    report({path, TooLarge("file is larger than " + SizeForPeople(kMaxStoryBytes)), true});
    return;
  }
  ReadBytes(std::move(bytes).value(), path, emit, report);
}

void InputReader::ReadPaths(const std::vector<std::string>& paths, const DocumentSink& emit,
                            const ProblemSink& report) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      for (const std::string& f : InputFilesUnder(path, report)) ReadFile(f, emit, report);
      continue;
    }
    // Only a path that is surely missing is reported here: for any other
    // failure of stat (no permission to search a directory above it), the
    // open in ReadFile says what is wrong.
    if (path != "-" && !fs::exists(path, ec) && !ec) {
      report({path, "no such file or directory", true});
      continue;
    }
    ReadFile(path, emit, report);
  }
}

}  // namespace dyad
