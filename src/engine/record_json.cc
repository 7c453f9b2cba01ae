#include "engine/record_json.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

namespace dyad {
namespace {

// Bytes that JSON strings cannot hold as they are: controls, quote, backslash.
constexpr std::array<bool, 256> kEscaped = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 0x20; ++c) t[static_cast<size_t>(c)] = true;
  t['"'] = true;
  t['\\'] = true;
  return t;
}();

// A small writer for the two record shapes: they are written millions of
// times, and a generic JSON tree costs more than coding the story did.
void AppendEscaped(std::string_view s, std::string* out) {
  out->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied: plain bytes go in one append
  for (size_t i = 0; i < s.size(); ++i) {
    // Skip eight plain bytes at a time (no byte below 0x20, no quote, no
    // backslash: exact "any byte" tests, see Bit Twiddling Hacks).
    while (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
      uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
      uint64_t quote = ((w ^ (kOnes * '"')) - kOnes) & ~(w ^ (kOnes * '"')) & kHigh;
      uint64_t backslash = ((w ^ (kOnes * '\\')) - kOnes) & ~(w ^ (kOnes * '\\')) & kHigh;
      if ((below_space | quote | backslash) != 0) break;
      i += 8;
    }
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (!kEscaped[c]) continue;  // stored text is valid UTF-8
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out->append(buf);
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

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
    AppendEscaped(value, out);
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
  AppendEscaped(e.event_id, &out);
  Key("doc", &out);
  AppendEscaped(e.doc, &out);
  Key("docs", &out);
  out.push_back('[');
  for (size_t i = 0; i < e.docs.size(); ++i) {
    if (i) out.push_back(',');
    AppendEscaped(e.docs[i], &out);
  }
  out.push_back(']');
  StringOrNull("date", e.date, &out);
  if (!e.date_end.empty()) StringOrNull("date_end", e.date_end, &out);
  StringOrNull("date_precision", e.date_precision, &out);
  if (!e.date_note.empty()) StringOrNull("date_note", e.date_note, &out);
  Actor("source", e.source, &out);
  Actor("target", e.target, &out);
  Key("cameo", &out);
  AppendEscaped(e.cameo, &out);
  Key("cameo_name", &out);
  AppendEscaped(e.cameo_name, &out);
  Key("root", &out);
  AppendEscaped(e.root, &out);
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
    AppendEscaped(x.doc, &out);
    Integer("sentence", x.sentence, &out);
    Integer("start", x.start, &out);
    Integer("end", x.end, &out);
    Key("text", &out);
    AppendEscaped(x.text, &out);
    out.push_back('}');
  }
  out.append("]}");
}

std::string MentionToJson(const Mention& m) {
  std::string out;
  out.reserve(256);
  out.push_back('{');
  Key("doc", &out);
  AppendEscaped(m.doc, &out);
  Integer("sentence", m.sentence, &out);
  Integer("start", m.start, &out);
  Integer("end", m.end, &out);
  Key("text", &out);
  AppendEscaped(m.text, &out);
  StringOrNull("actor_id", m.actor_id, &out);
  StringOrNull("name", m.name, &out);
  StringOrNull("country", m.country, &out);
  StringOrNull("code", m.code, &out);
  StringOrNull("role", m.role, &out);
  Key("how", &out);
  AppendEscaped(m.how, &out);
  out.push_back('}');
  return out;
}

}  // namespace dyad
