#include "ingest/jsonl_reader.h"

#include <nlohmann/json.hpp>

#include "ingest/published_date.h"

namespace dyad {
namespace {

std::string Where(std::string_view origin, size_t line) { return std::string(origin) + ":" + std::to_string(line); }

std::string StringField(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  return it->dump();  // numbers as ids, say
}

}  // namespace

void ReadJsonLines(std::string_view bytes, std::string_view origin, std::string_view stem,
                   const DocumentSink& emit, const ProblemSink& report, size_t first_line) {
  size_t pos = 0, line_no = first_line - 1;
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
    if (!published.empty()) {
      doc.published = ParsePublishedDate(published);
      if (doc.published.empty()) {
        report({Where(origin, line_no), "unreadable \"published\" value kept as metadata: " + published, false});
        meta["published"] = published;
      } else {
        doc.published_from = "input";
      }
    }
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
