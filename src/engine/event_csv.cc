#include "engine/event_csv.h"

#include <cstdio>
#include <set>
#include <string_view>

namespace dyad {
namespace {

void Field(std::string_view value, std::string* out) {
  if (!out->empty()) out->push_back(',');
  bool quote = value.find_first_of(",\"\n\r") != std::string_view::npos;
  if (!quote) {
    out->append(value);
    return;
  }
  out->push_back('"');
  for (char c : value) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

}  // namespace

std::string EventCsvHeader() {
  return "event_id,date,date_end,date_precision,date_source,published,source_code,source_name,source_country,"
         "source_actor,target_code,target_name,target_country,target_actor,cameo,cameo_name,base_code,root,"
         "quad_class,goldstein,plover,location,location_country,location_kind,lat,lon,mechanism,frameworks,topics,num_documents,num_mentions,doc,url,lang,evidence_text";
}

std::string EventToCsv(const EventRecord& e) {
  std::string out;
  Field(e.event_id, &out);
  Field(e.date, &out);
  Field(e.date_end, &out);
  Field(e.date_precision, &out);
  Field(e.date_source, &out);
  Field(e.published, &out);
  Field(e.source.code, &out);
  Field(e.source.name, &out);
  Field(e.source.country, &out);
  Field(e.source.actor_id, &out);
  Field(e.target.code, &out);
  Field(e.target.name, &out);
  Field(e.target.country, &out);
  Field(e.target.actor_id, &out);
  Field(e.cameo, &out);
  Field(e.cameo_name, &out);
  Field(e.cameo.substr(0, 3), &out);
  Field(e.root, &out);
  Field(std::to_string(e.quad_class), &out);
  char g[16];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  Field(g, &out);
  Field(e.plover, &out);
  Field(e.location.name, &out);
  Field(e.location.country, &out);
  Field(e.location.kind, &out);
  if (e.location.has_point) {
    char c[24];
    std::snprintf(c, sizeof c, "%.4f", e.location.lat);
    Field(c, &out);
    std::snprintf(c, sizeof c, "%.4f", e.location.lon);
    Field(c, &out);
  } else {
    Field("", &out);
    Field("", &out);
  }
  Field(e.mechanism, &out);
  for (const std::vector<std::string>* ids : {&e.frameworks, &e.topics}) {
    std::string joined;
    for (const std::string& id : *ids) joined += (joined.empty() ? "" : "|") + id;
    Field(joined, &out);
  }
  std::set<std::string_view> docs(e.docs.begin(), e.docs.end());
  if (docs.empty() && !e.doc.empty()) docs.insert(e.doc);
  Field(std::to_string(docs.size()), &out);
  Field(std::to_string(e.evidence.size()), &out);
  Field(e.doc, &out);
  Field(e.url, &out);
  Field(e.lang, &out);
  Field(e.evidence.empty() ? std::string() : e.evidence.front().text, &out);
  return out;
}

}  // namespace dyad
