#include "engine/event_csv.h"

#include <cstdio>
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
  // GDELT 2.0 column names where the meaning is the same; dyad's own after.
  return "GLOBALEVENTID,SQLDATE,Actor1Code,Actor1Name,Actor1CountryCode,Actor2Code,Actor2Name,Actor2CountryCode,"
         "EventCode,EventBaseCode,EventRootCode,QuadClass,GoldsteinScale,NumSources,ActionGeo_FullName,SOURCEURL,"
         "DateEnd,DatePrecision,Plover,EventName,EvidenceText";
}

std::string EventToCsv(const EventRecord& e) {
  std::string out;
  Field(e.event_id, &out);
  std::string sqldate;
  for (char c : e.date) {
    if (c != '-') sqldate.push_back(c);
  }
  Field(sqldate, &out);
  Field(e.source.code, &out);
  Field(e.source.name, &out);
  Field(e.source.country, &out);
  Field(e.target.code, &out);
  Field(e.target.name, &out);
  Field(e.target.country, &out);
  Field(e.cameo, &out);
  Field(e.cameo.substr(0, 3), &out);
  Field(e.root, &out);
  Field(std::to_string(e.quad_class), &out);
  char g[16];
  std::snprintf(g, sizeof g, "%.1f", e.goldstein);
  Field(g, &out);
  Field(std::to_string(e.docs.size()), &out);
  Field(e.location, &out);
  Field(e.doc, &out);
  Field(e.date_end, &out);
  Field(e.date_precision, &out);
  Field(e.plover, &out);
  Field(e.cameo_name, &out);
  Field(e.evidence.empty() ? std::string() : e.evidence.front().text, &out);
  return out;
}

}  // namespace dyad
