#include "engine/record_json.h"

#include <cstdio>

#include "util/json_string.h"

namespace dyad {
namespace {

// A small writer for the two record shapes: they are written millions of
// times, and a generic JSON tree costs more than coding the story did.
void Key(const char* key, std::string* out) {
  if (out->back() != '{') out->push_back(',');
  out->push_back('"');
  out->append(key);
  out->append("\":");
}

void StringOrNull(const char* key, std::string_view value, std::string* out) {
  Key(key, out);
  AppendJsonStringOrNull(value, out);
}

void Number(const char* key, double value, std::string* out) {
  Key(key, out);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.10g", value);
  out->append(buf);
  // JSON has no integer/float distinction, but keep "1.0" looking like a float.
  if (std::string_view(buf).find_first_of(".eE") == std::string_view::npos) out->append(".0");
}

void Integer(const char* key, long long value, std::string* out) {
  Key(key, out);
  out->append(std::to_string(value));
}

void Actor(const char* key, const EventActor& a, std::string* out) {
  Key(key, out);
  if (a.code.empty() && a.country.empty() && a.name.empty()) {
    out->append("null");
    return;
  }
  out->push_back('{');
  StringOrNull("code", a.code, out);
  StringOrNull("country", a.country, out);
  StringOrNull("name", a.name, out);
  if (!a.actor_id.empty()) StringOrNull("actor_id", a.actor_id, out);
  out->push_back('}');
}

}  // namespace

std::string EventToJson(const EventRecord& e) {
  std::string out;
  out.reserve(512 + e.evidence.size() * 256);
  out.push_back('{');
  Key("event_id", &out);
  AppendJsonString(e.event_id, &out);
  Key("doc", &out);
  AppendJsonString(e.doc, &out);
  Key("docs", &out);
  out.push_back('[');
  for (size_t i = 0; i < e.docs.size(); ++i) {
    if (i) out.push_back(',');
    AppendJsonString(e.docs[i], &out);
  }
  out.push_back(']');
  StringOrNull("date", e.date, &out);
  if (!e.date_end.empty()) StringOrNull("date_end", e.date_end, &out);
  StringOrNull("date_precision", e.date_precision, &out);
  if (!e.date_note.empty()) StringOrNull("date_note", e.date_note, &out);
  Actor("source", e.source, &out);
  Actor("target", e.target, &out);
  Key("cameo", &out);
  AppendJsonString(e.cameo, &out);
  Key("cameo_name", &out);
  AppendJsonString(e.cameo_name, &out);
  Key("root", &out);
  AppendJsonString(e.root, &out);
  StringOrNull("plover", e.plover, &out);
  Number("goldstein", e.goldstein, &out);
  Integer("quad_class", e.quad_class, &out);
  StringOrNull("location", e.location, &out);
  Key("evidence", &out);
  out.push_back('[');
  for (size_t i = 0; i < e.evidence.size(); ++i) {
    const Evidence& x = e.evidence[i];
    if (i) out.push_back(',');
    out.push_back('{');
    Key("doc", &out);
    AppendJsonString(x.doc, &out);
    Integer("sentence", x.sentence, &out);
    Integer("start", x.start, &out);
    Integer("end", x.end, &out);
    Key("text", &out);
    AppendJsonString(x.text, &out);
    out.push_back('}');
  }
  out.append("]}");
  return out;
}

std::string MentionToJson(const Mention& m) {
  std::string out;
  out.reserve(256);
  out.push_back('{');
  Key("doc", &out);
  AppendJsonString(m.doc, &out);
  Integer("sentence", m.sentence, &out);
  Integer("start", m.start, &out);
  Integer("end", m.end, &out);
  Key("text", &out);
  AppendJsonString(m.text, &out);
  StringOrNull("actor_id", m.actor_id, &out);
  StringOrNull("name", m.name, &out);
  StringOrNull("country", m.country, &out);
  StringOrNull("code", m.code, &out);
  StringOrNull("role", m.role, &out);
  Key("how", &out);
  AppendJsonString(m.how, &out);
  out.push_back('}');
  return out;
}

}  // namespace dyad
