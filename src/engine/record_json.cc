#include "engine/record_json.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "util/json_string.h"

namespace dyad {
namespace {

// A small writer for the two record shapes: they are written millions of
// times, and a generic JSON tree costs more than coding the story did.
// Keys are literals: the quoted form is put together on the stack and
// appended at once (twenty keys per record).
template <size_t N>
void Key(const char (&key)[N], std::string* out) {
  char buf[N + 3];
  size_t n = 0;
  if (out->back() != '{') buf[n++] = ',';
  buf[n++] = '"';
  std::memcpy(buf + n, key, N - 1);
  n += N - 1;
  buf[n++] = '"';
  buf[n++] = ':';
  out->append(buf, n);
}

template <size_t N>
void StringOrNull(const char (&key)[N], std::string_view value, std::string* out) {
  Key(key, out);
  if (value.empty()) {
    out->append("null");
  } else {
    AppendJsonString(value, out);
  }
}

template <size_t N>
void Number(const char (&key)[N], double value, std::string* out) {
  Key(key, out);
  // to_chars with a precision is printf's "%.10g" without the locale and
  // format-string work.
  char buf[32];
  std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 10);
  std::string_view text(buf, static_cast<size_t>(r.ptr - buf));
  out->append(text);
  // JSON has no integer/float distinction, but keep "1.0" looking like a float.
  if (text.find_first_of(".eE") == std::string_view::npos) out->append(".0");
}

template <size_t N>
void Integer(const char (&key)[N], long long value, std::string* out) {
  Key(key, out);
  out->append(std::to_string(value));
}

template <size_t N>
void Actor(const char (&key)[N], const EventActor& a, std::string* out) {
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

// Where a piece of evidence or a mention is: document, sentence, bytes, text.
void Span(std::string_view doc, int sentence, uint32_t start, uint32_t end, std::string_view text, std::string* out) {
  Key("doc", out);
  AppendJsonString(doc, out);
  Integer("sentence", sentence, out);
  Integer("start", start, out);
  Integer("end", end, out);
  Key("text", out);
  AppendJsonString(text, out);
}

}  // namespace

std::string EventToJson(const EventRecord& e) {
  std::string out;
  out.reserve(512 + e.evidence.size() * 256);
  AppendEventJson(e, &out);
  return out;
}

void AppendEventJson(const EventRecord& e, std::string* append_to) {
  std::string& out = *append_to;
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
    Span(x.doc, x.sentence, x.start, x.end, x.text, &out);
    out.push_back('}');
  }
  out.append("]}");
}

std::string MentionToJson(const Mention& m) {
  std::string out;
  out.reserve(256);
  out.push_back('{');
  Span(m.doc, m.sentence, m.start, m.end, m.text, &out);
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
