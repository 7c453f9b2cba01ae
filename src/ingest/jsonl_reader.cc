#include "ingest/jsonl_reader.h"

#include <simdjson.h>

#include <cstring>
#include <nlohmann/json.hpp>

#include "ingest/invalid_bytes.h"
#include "ingest/json_depth.h"
#include "ingest/published_date.h"

namespace dyad {
namespace {

std::string Where(std::string_view origin, size_t line) { return std::string(origin) + ":" + std::to_string(line); }

// A "published" value: the day when readable, else kept as metadata with a
// warning (the story is stored either way).
void SetPublished(const std::string& published, const std::string& where, const ProblemSink& report, Document* doc,
                  nlohmann::json* meta) {
  if (published.empty()) return;
  doc->published = ParsePublishedDate(published);
  if (doc->published.empty()) {
    report({where, "unreadable \"published\" value kept as metadata: " + published, false});
    (*meta)["published"] = published;
  } else {
    doc->published_from = "input";
  }
}

std::string StringField(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  return it->dump();  // numbers as ids, say
}

// The usual line, read with simdjson: an object whose values are all strings
// (null allowed for the known fields), no duplicate keys, no raw control
// bytes and no \uD... escapes (where the two parsers' rules could differ).
// Anything else returns false and goes to nlohmann, the reference, so both
// paths give the same documents and the same problems.
struct SimpleLine {
  std::string_view text, id, title, source, url, published, lang;
  std::vector<std::pair<std::string_view, std::string_view>> extra;  // other keys, in input order
};

// simdjson's DOM parser keeps about 15 bytes per byte of its largest line (a
// 16 MB story took 240 MB, kept for the rest of the input); nlohmann holds
// little more than the strings themselves, and lines this long are rare.
constexpr size_t kMaxSimdjsonLine = 1 << 20;

bool ReadSimple(simdjson::dom::parser& parser, std::string_view line, SimpleLine* out) {
  if (line.size() > kMaxSimdjsonLine) return false;
  for (char c : line) {
    if (static_cast<unsigned char>(c) < 0x20) return false;
  }
  for (size_t at = line.find("\\u"); at != std::string_view::npos; at = line.find("\\u", at + 2)) {
    if (at + 2 < line.size() && (line[at + 2] == 'd' || line[at + 2] == 'D')) return false;
  }
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size(), /*realloc_if_needed=*/true).get(root) != simdjson::SUCCESS) return false;
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) return false;
  std::vector<std::string_view> keys;
  for (simdjson::dom::key_value_pair kv : obj) {
    for (std::string_view k : keys) {
      if (k == kv.key) return false;  // nlohmann keeps the last, simdjson the first
    }
    keys.push_back(kv.key);
    std::string_view value;
    bool is_null = kv.value.is_null();
    if (!is_null && kv.value.get_string().get(value) != simdjson::SUCCESS) return false;
    std::string_view* field = kv.key == "text"        ? &out->text
                              : kv.key == "id"        ? &out->id
                              : kv.key == "title"     ? &out->title
                              : kv.key == "source"    ? &out->source
                              : kv.key == "url"       ? &out->url
                              : kv.key == "published" ? &out->published
                              : kv.key == "lang"      ? &out->lang
                                                      : nullptr;
    if (field != nullptr) {
      *field = value;  // null reads as ""
    } else if (is_null) {
      return false;
    } else {
      out->extra.emplace_back(kv.key, value);
    }
  }
  return true;
}

// The fields every line gives, however it was parsed.
struct LineFields {
  std::string text, id, title, source, url, published, lang;
  nlohmann::json meta = nlohmann::json::object();  // other keys
};

// Builds the line's Document, or reports why there is none. `marked`: the
// line's invalid bytes were replaced by markers (see invalid_bytes.h).
// Returns true when the line's invalid bytes were all in its id: they are
// not repairs to warn about once per input, since InputReader::Prepare warns
// about each rewritten id (a file of such ids said everything twice).
bool EmitLine(LineFields&& f, bool marked, std::string_view origin, std::string_view stem, size_t line_no,
              const DocumentSink& emit, const ProblemSink& report) {
  size_t repaired = 0;  // broken sequences outside the id
  if (marked) {
    for (std::string* s : {&f.text, &f.title, &f.source, &f.url, &f.published, &f.lang}) repaired += ReplaceMarkers(s);
    RestoreMarkedBytes(&f.id);  // InputReader::Prepare percent-encodes them
  }
  if (f.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    report({Where(origin, line_no), "no \"text\" field with content", true});
    return false;
  }
  Document doc;
  doc.text = std::move(f.text);
  doc.id = f.id.empty() ? std::string(stem) + "-" + std::to_string(line_no) : std::move(f.id);
  doc.title = std::move(f.title);
  doc.source = std::move(f.source);
  doc.url = std::move(f.url);
  doc.lang = std::move(f.lang);
  SetPublished(f.published, Where(origin, line_no), report, &doc, &f.meta);
  doc.metadata_json = f.meta.dump();
  if (marked) repaired += ReplaceMarkers(&doc.metadata_json);  // one code point in a JSON string: U+FFFD fits
  doc.origin = Where(origin, line_no);
  emit(std::move(doc));
  return marked && repaired == 0;
}

}  // namespace

InvalidUtf8Seen ReadJsonLines(std::string_view bytes, std::string_view origin, std::string_view stem,
                              const DocumentSink& emit, const ProblemSink& report, size_t first_line,
                              size_t max_line_bytes) {
  InvalidUtf8Seen invalid;
  size_t pos = 0, line_no = first_line - 1;
  simdjson::dom::parser parser;
  std::string marked_line;
  // The current line's invalid bytes, counted once the line is done unless
  // they were all in its id.
  InvalidUtf8Seen line_invalid;
  auto count_line = [&] {
    if (line_invalid.sequences > 0 && invalid.sequences == 0) {
      invalid = {0, line_invalid.first_line, line_invalid.first_byte};
    }
    invalid.sequences += line_invalid.sequences;
    line_invalid = {};
  };
  while (pos < bytes.size()) {
    count_line();
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    size_t line_offset = pos;
    pos = nl + 1;
    ++line_no;
    size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) continue;
    if (line.size() > max_line_bytes) {
      report({Where(origin, line_no), "line of " + std::to_string(line.size()) + " bytes is over the story limit", true});
      continue;
    }
    bool marked = false;
    if (!simdjson::validate_utf8(line.data(), line.size())) {
      MarkedUtf8 m = MarkInvalidUtf8(line, &marked_line);
      line_invalid = {m.bad_sequences, line_no, line_offset + m.first_bad_byte};
      marked = m.reversible;
      line = marked_line;
    }
    SimpleLine simple;
    if (ReadSimple(parser, line, &simple)) {
      LineFields f{std::string(simple.text),  std::string(simple.id),  std::string(simple.title),
                   std::string(simple.source), std::string(simple.url), std::string(simple.published),
                   std::string(simple.lang)};
      for (const auto& [k, v] : simple.extra) f.meta[std::string(k)] = std::string(v);
      if (EmitLine(std::move(f), marked, origin, stem, line_no, emit, report)) line_invalid = {};
      continue;
    }
    // nlohmann-json copies and dumps values recursively: a deep enough line
    // would overflow the stack, so it is refused before it is parsed.
    if (JsonNestedDeeperThan(line, kMaxJsonDepth)) {
      report({Where(origin, line_no), "nested deeper than " + std::to_string(kMaxJsonDepth) + " levels", true});
      continue;
    }
    nlohmann::json obj = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (obj.is_discarded()) {
      report({Where(origin, line_no), "not valid JSON", true});
      continue;
    }
    if (!obj.is_object()) {
      report({Where(origin, line_no), "not a JSON object", true});
      continue;
    }
    LineFields f{StringField(obj, "text"),   StringField(obj, "id"),  StringField(obj, "title"),
                 StringField(obj, "source"), StringField(obj, "url"), StringField(obj, "published"),
                 StringField(obj, "lang")};
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      const std::string& k = it.key();
      if (k == "id" || k == "title" || k == "text" || k == "source" || k == "url" || k == "published" || k == "lang") {
        continue;
      }
      f.meta[k] = it.value();
    }
    if (EmitLine(std::move(f), marked, origin, stem, line_no, emit, report)) line_invalid = {};
  }
  count_line();
  return invalid;
}

}  // namespace dyad
