#include "ingest/jsonl_reader.h"

#include <simdjson.h>

#include <cstring>
#include <nlohmann/json.hpp>

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
  std::string_view text, id, title, source, url, published;
  std::vector<std::pair<std::string_view, std::string_view>> extra;  // other keys, in input order
};

bool ReadSimple(simdjson::dom::parser& parser, std::string_view line, SimpleLine* out) {
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

}  // namespace

void ReadJsonLines(std::string_view bytes, std::string_view origin, std::string_view stem,
                   const DocumentSink& emit, const ProblemSink& report, size_t first_line) {
  size_t pos = 0, line_no = first_line - 1;
  simdjson::dom::parser parser;
  while (pos < bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    std::string_view line = bytes.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) continue;
    if (line.size() > kMaxStoryBytes) {
      report({Where(origin, line_no), "line of " + std::to_string(line.size()) + " bytes is over the story limit", true});
      continue;
    }
    SimpleLine simple;
    if (ReadSimple(parser, line, &simple)) {
      Document doc;
      doc.text = std::string(simple.text);
      if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        report({Where(origin, line_no), "no \"text\" field with content", true});
        continue;
      }
      doc.id = std::string(simple.id);
      if (doc.id.empty()) doc.id = std::string(stem) + "-" + std::to_string(line_no);
      doc.title = std::string(simple.title);
      doc.source = std::string(simple.source);
      doc.url = std::string(simple.url);
      std::string published(simple.published);
      nlohmann::json meta = nlohmann::json::object();
      SetPublished(published, Where(origin, line_no), report, &doc, &meta);
      for (const auto& [k, v] : simple.extra) meta[std::string(k)] = std::string(v);
      doc.metadata_json = meta.empty() ? "{}" : meta.dump();
      doc.origin = Where(origin, line_no);
      emit(std::move(doc));
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
    Document doc;
    doc.text = StringField(obj, "text");
    if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
      report({Where(origin, line_no), "no \"text\" field with content", true});
      continue;
    }
    doc.id = StringField(obj, "id");
    if (doc.id.empty()) doc.id = std::string(stem) + "-" + std::to_string(line_no);
    doc.title = StringField(obj, "title");
    doc.source = StringField(obj, "source");
    doc.url = StringField(obj, "url");
    std::string published = StringField(obj, "published");
    nlohmann::json meta = nlohmann::json::object();
    SetPublished(published, Where(origin, line_no), report, &doc, &meta);
    for (auto it = obj.begin(); it != obj.end(); ++it) {
      const std::string& k = it.key();
      if (k == "id" || k == "title" || k == "text" || k == "source" || k == "url" || k == "published") continue;
      meta[k] = it.value();
    }
    doc.metadata_json = meta.dump();
    doc.origin = Where(origin, line_no);
    emit(std::move(doc));
  }
}

}  // namespace dyad
