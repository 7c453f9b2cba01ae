#include "engine/record_json.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <string_view>

#include "util/json_string.h"

namespace dyad {
namespace {

// A small writer for the two record shapes: they are written millions of
// times, and a generic JSON tree costs more than coding the story did. The
// caller reserves room for the whole record once (RecordBound), so every
// piece is a plain store with no capacity check: a record is some twenty
// keys and strings, and per-append bookkeeping was most of its cost.
class Writer {
 public:
  explicit Writer(char* at) : p_(at) {}
  char* end() const { return p_; }

  void Char(char c) { *p_++ = c; }
  void Raw(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  // Keys are literals: a comma unless the object has just opened.
  template <size_t N>
  void Key(const char (&key)[N]) {
    if (p_[-1] != '{') *p_++ = ',';
    *p_++ = '"';
    std::memcpy(p_, key, N - 1);
    p_ += N - 1;
    *p_++ = '"';
    *p_++ = ':';
  }
  void String(std::string_view value) { p_ = WriteJsonString(value, p_); }
  template <size_t N>
  void StringOrNull(const char (&key)[N], std::string_view value) {
    Key(key);
    if (value.empty()) {
      Raw("null");
    } else {
      String(value);
    }
  }
  template <size_t N>
  void Number(const char (&key)[N], double value) {
    Key(key);
    // Goldstein values are tenths: "%.10g" of the double nearest n/10 is n/10
    // itself, written here without to_chars' general algorithm. (-0.0 keeps
    // its sign, as to_chars writes it.)
    if (std::isfinite(value) && std::fabs(value) < 1e9) {
      long long tenths = std::llround(value * 10);
      if (static_cast<double>(tenths) / 10 == value) {
        if (std::signbit(value)) *p_++ = '-';
        unsigned long long a = static_cast<unsigned long long>(tenths < 0 ? -tenths : tenths);
        p_ = std::to_chars(p_, p_ + 24, a / 10).ptr;
        *p_++ = '.';
        *p_++ = static_cast<char>('0' + a % 10);
        return;
      }
    }
    // to_chars with a precision is printf's "%.10g" without the locale and
    // format-string work.
    std::to_chars_result r = std::to_chars(p_, p_ + 32, value, std::chars_format::general, 10);
    std::string_view text(p_, static_cast<size_t>(r.ptr - p_));
    p_ = r.ptr;
    // JSON has no integer/float distinction, but keep "1.0" looking like a float.
    if (text.find_first_of(".eE") == std::string_view::npos) Raw(".0");
  }
  void Strings(const std::vector<std::string>& values) {
    Char('[');
    for (size_t i = 0; i < values.size(); ++i) {
      if (i) Char(',');
      String(values[i]);
    }
    Char(']');
  }
  template <size_t N>
  void Integer(const char (&key)[N], long long value) {
    Key(key);
    p_ = std::to_chars(p_, p_ + 24, value).ptr;
  }
  template <size_t N>
  void Actor(const char (&key)[N], const EventActor& a) {
    Key(key);
    if (a.code.empty() && a.country.empty() && a.name.empty()) {
      Raw("null");
      return;
    }
    Char('{');
    StringOrNull("code", a.code);
    StringOrNull("country", a.country);
    StringOrNull("name", a.name);
    if (!a.actor_id.empty()) StringOrNull("actor_id", a.actor_id);
    Char('}');
  }
  // Where the act happened: null when the story names no place; lat and
  // lon null when the gazetteer does not know it.
  void Location(const EventLocation& l) {
    Key("location");
    if (l.empty()) {
      Raw("null");
      return;
    }
    Char('{');
    StringOrNull("name", l.name);
    StringOrNull("country", l.country);
    StringOrNull("kind", l.kind);
    if (l.has_point) {
      Number("lat", l.lat);
      Number("lon", l.lon);
    } else {
      Key("lat");
      Raw("null");
      Key("lon");
      Raw("null");
    }
    if (l.geonames_id != 0) Integer("geonames_id", l.geonames_id);
    Char('}');
  }
  // Where a piece of evidence or a mention is: document, sentence, bytes, text.
  void Span(std::string_view doc, int sentence, uint32_t start, uint32_t end, std::string_view text) {
    Key("doc");
    String(doc);
    Integer("sentence", sentence);
    Integer("start", start);
    Integer("end", end);
    Key("text");
    String(text);
  }

 private:
  char* p_;
};

// Room for every key, bracket and number of a record (numbers take at most 32
// bytes each, keys at most 20, an evidence object some 60 besides its strings).
constexpr size_t kFixedBound = 1024;
constexpr size_t kPerEvidenceBound = 256;
size_t StringsBound(std::initializer_list<const std::string*> strings) {
  size_t n = 0;
  for (const std::string* s : strings) n += JsonStringBound(s->size()) + 1;
  return n;
}

size_t EventBound(const EventRecord& e) {
  size_t n = kFixedBound + StringsBound({&e.event_id, &e.doc, &e.date, &e.date_end, &e.date_precision, &e.date_note,
                                         &e.date_source, &e.published, &e.url, &e.lang, &e.source.code, &e.source.country, &e.source.name, &e.source.actor_id,
                                         &e.target.code, &e.target.country, &e.target.name, &e.target.actor_id,
                                         &e.cameo, &e.cameo_name, &e.root, &e.plover, &e.location.name,
                                         &e.location.country, &e.location.kind, &e.mechanism});
  for (const std::string& d : e.docs) n += JsonStringBound(d.size()) + 1;
  for (const auto* ids : {&e.frameworks, &e.topics}) {
    for (const std::string& id : *ids) n += JsonStringBound(id.size()) + 1;
  }
  for (const CommitmentMention& c : e.commitments) {
    n += 64 + StringsBound({&c.topic, &c.project, &c.object, &c.stage});
  }
  for (const Evidence& x : e.evidence) n += kPerEvidenceBound + StringsBound({&x.doc, &x.text});
  return n;
}

// `listed`: at most so many sources and evidence sentences (their numbers
// are written whole).
void WriteEvent(const EventRecord& e, Writer& w, size_t listed) {
  w.Char('{');
  w.Key("event_id");
  w.String(e.event_id);
  w.Key("doc");
  w.String(e.doc);
  w.Key("docs");
  w.Char('[');
  for (size_t i = 0; i < e.docs.size() && i < listed; ++i) {
    if (i) w.Char(',');
    w.String(e.docs[i]);
  }
  w.Char(']');
  w.Integer("num_documents", static_cast<long long>(e.docs.size()));
  w.StringOrNull("date", e.date);
  if (!e.date_end.empty()) w.StringOrNull("date_end", e.date_end);
  w.StringOrNull("date_precision", e.date_precision);
  w.StringOrNull("date_source", e.date_source);
  w.StringOrNull("published", e.published);
  w.StringOrNull("url", e.url);
  w.StringOrNull("lang", e.lang);
  if (!e.date_note.empty()) w.StringOrNull("date_note", e.date_note);
  w.Actor("source", e.source);
  w.Actor("target", e.target);
  w.Key("cameo");
  w.String(e.cameo);
  w.Key("cameo_name");
  w.String(e.cameo_name);
  w.Key("root");
  w.String(e.root);
  w.StringOrNull("plover", e.plover);
  w.Number("goldstein", e.goldstein);
  w.Integer("quad_class", e.quad_class);
  w.Location(e.location);
  w.StringOrNull("mechanism", e.mechanism);
  w.Key("frameworks");
  w.Strings(e.frameworks);
  w.Key("topics");
  w.Strings(e.topics);
  w.Key("commitments");
  w.Char('[');
  for (size_t i = 0; i < e.commitments.size(); ++i) {
    const CommitmentMention& c = e.commitments[i];
    if (i) w.Char(',');
    w.Char('{');
    w.Key("topic");
    w.String(c.topic);
    w.StringOrNull("project", c.project);
    w.Key("object");
    w.String(c.object);
    w.Key("stage");
    w.String(c.stage);
    w.Char('}');
  }
  w.Char(']');
  w.Integer("num_evidence", static_cast<long long>(e.evidence.size()));
  w.Key("evidence");
  w.Char('[');
  for (size_t i = 0; i < e.evidence.size() && i < listed; ++i) {
    const Evidence& x = e.evidence[i];
    if (i) w.Char(',');
    w.Char('{');
    w.Span(x.doc, x.sentence, x.start, x.end, x.text);
    w.Char('}');
  }
  w.Raw("]}");
}

}  // namespace

size_t EventJsonBound(const EventRecord& e) { return EventBound(e); }

char* WriteEventJson(const EventRecord& e, char* out) {
  Writer w(out);
  WriteEvent(e, w, SIZE_MAX);
  return w.end();
}

void AppendEventJsonListing(const EventRecord& e, size_t listed, std::string* out) {
  const size_t old = out->size();
  out->resize(old + EventBound(e));
  Writer w(out->data() + old);
  WriteEvent(e, w, listed);
  out->resize(static_cast<size_t>(w.end() - out->data()));
}

std::string EventToJson(const EventRecord& e) {
  std::string out;
  AppendEventJson(e, &out);
  return out;
}

void AppendEventJson(const EventRecord& e, std::string* out) {
  // Room for the worst case, then cut back to what was written. (resize
  // zero-fills it: the hot path, `dyad code`, writes with WriteEventJson into
  // memory it does not clear.)
  const size_t old = out->size();
  out->resize(old + EventBound(e));
  char* end = WriteEventJson(e, out->data() + old);
  out->resize(static_cast<size_t>(end - out->data()));
}

std::string MentionToJson(const Mention& m) {
  std::string out;
  out.resize(kFixedBound + kPerEvidenceBound +
             StringsBound({&m.doc, &m.text, &m.actor_id, &m.name, &m.country, &m.code, &m.role, &m.how}));
  Writer w(out.data());
  w.Char('{');
  w.Span(m.doc, m.sentence, m.start, m.end, m.text);
  w.StringOrNull("actor_id", m.actor_id);
  w.StringOrNull("name", m.name);
  w.StringOrNull("country", m.country);
  w.StringOrNull("code", m.code);
  w.StringOrNull("role", m.role);
  w.Key("how");
  w.String(m.how);
  w.Char('}');
  out.resize(static_cast<size_t>(w.end() - out.data()));
  return out;
}

}  // namespace dyad
