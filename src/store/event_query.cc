#include "store/event_query.h"

#include <cctype>
#include <vector>

#include <nlohmann/json.hpp>

#include "text/folding.h"

namespace dyad {
namespace {

// "bri two_corridors_one_belt" (ids joined by SQL) as a list.
std::vector<std::string> SplitIds(const std::string& joined) {
  std::vector<std::string> out;
  size_t at = 0;
  while (at < joined.size()) {
    size_t space = joined.find(' ', at);
    if (space == std::string::npos) space = joined.size();
    if (space > at) out.push_back(joined.substr(at, space - at));
    at = space + 1;
  }
  return out;
}

// Commitments joined by SQL: fields split by \x1f, commitments by \x1e.
std::vector<CommitmentMention> SplitCommitments(const std::string& joined) {
  std::vector<CommitmentMention> out;
  size_t at = 0;
  while (at < joined.size()) {
    size_t stop = joined.find('\x1e', at);
    if (stop == std::string::npos) stop = joined.size();
    std::string_view one(joined.data() + at, stop - at);
    std::string* fields[4];
    CommitmentMention& c = out.emplace_back();
    fields[0] = &c.topic, fields[1] = &c.project, fields[2] = &c.object, fields[3] = &c.stage;
    for (int k = 0; k < 4; ++k) {
      size_t sep = k < 3 ? one.find('\x1f') : std::string_view::npos;
      *fields[k] = std::string(one.substr(0, sep));
      one = sep == std::string_view::npos ? std::string_view() : one.substr(sep + 1);
    }
    at = stop + 1;
  }
  return out;
}

// Adds one piece of evidence and its story to the event's lists.
void AddEvidence(EventRecord* e, Evidence x) {
  if (e->docs.empty() || e->docs.back() != x.doc) {
    bool seen = false;
    for (const std::string& d : e->docs) seen = seen || d == x.doc;
    if (!seen) e->docs.push_back(x.doc);
  }
  e->evidence.push_back(std::move(x));
}

}  // namespace

Result<std::string> NormalizeDyad(const std::string& dyad) {
  auto is_code = [](std::string_view s) {
    if (s.size() != 3) return false;
    for (char c : s) {
      if (!std::isupper(static_cast<unsigned char>(c))) return false;
    }
    return true;
  };
  std::string up;
  for (char c : dyad) up.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  size_t dash = up.find('-');
  if (dash == std::string::npos) return Status::InvalidArgument("dyad must be two country codes like CHN-VNM: " + dyad);
  std::string a = up.substr(0, dash), b = up.substr(dash + 1);
  if (!is_code(a) || !is_code(b) || a == b) {
    return Status::InvalidArgument("dyad must be two different ISO-3166 alpha-3 codes like CHN-VNM: " + dyad);
  }
  return a < b ? a + "-" + b : b + "-" + a;
}

Status SetDyadAndDirection(const std::string& written, const std::string& direction, EventFilter* f) {
  Result<std::string> dyad = NormalizeDyad(written);
  if (!dyad.ok()) return dyad.status();
  if (!direction.empty() && direction != "ab" && direction != "ba" && direction != "both") {
    return Status::InvalidArgument("direction takes both, ab or ba: " + direction);
  }
  // NormalizeDyad accepted "AAA-BBB" in any case: the order as written
  // (read before f->dyad is set: `written` may be that very string).
  std::string a = written.substr(0, 3), b = written.substr(4, 3);
  f->dyad = *dyad;
  for (std::string* s : {&a, &b}) {
    for (char& c : *s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (direction == "ab") f->source_country = a, f->target_country = b;
  if (direction == "ba") f->source_country = b, f->target_country = a;
  return Status::Ok();
}

Status EventFilterSql(const EventFilter& f, SqlDialect dialect, std::string* out, std::vector<std::string>* params) {
  const bool pg = dialect == SqlDialect::kPostgres;
  std::string sql;
  if (!f.dyad.empty()) {
    Result<std::string> d = NormalizeDyad(f.dyad);
    if (!d.ok()) return d.status();
    sql += " AND e.dyad = ?";
    params->push_back(*d);
  }
  // Dates compare as strings: "2024-10" sorts before "2024-10-01", so the upper
  // bound is padded to cover every day of a month or year given.
  if (!f.from.empty()) {
    sql += " AND e.date >= ?";
    params->push_back(f.from);
  }
  if (!f.to.empty()) {
    sql += " AND e.date <= ?";
    params->push_back(f.to + (f.to.size() == 4 ? "-99" : f.to.size() == 7 ? "-99" : ""));
  }
  if (!f.cameo_prefix.empty()) {
    sql += " AND e.cameo >= ? AND e.cameo < ?";
    params->push_back(f.cameo_prefix);
    params->push_back(f.cameo_prefix + "\x7f");
  }
  if (!f.topic.empty()) {
    sql += pg ? " AND EXISTS (SELECT 1 FROM json_array_elements_text(e.topics) t WHERE t = ?)"
              : " AND EXISTS (SELECT 1 FROM json_each(e.topics) WHERE value = ?)";
    params->push_back(f.topic);
  }
  if (!f.mechanism.empty()) {
    sql += " AND e.mechanism = ?";
    params->push_back(f.mechanism);
  }
  if (!f.event_id.empty()) {
    sql += " AND e.event_id = ?";
    params->push_back(f.event_id);
  }
  if (!f.source_country.empty()) {
    sql += " AND e.source_country = ?";
    params->push_back(f.source_country);
  }
  if (!f.target_country.empty()) {
    sql += " AND e.target_country = ?";
    params->push_back(f.target_country);
  }
  if (!f.country.empty()) {
    sql += " AND (e.source_country = ? OR e.target_country = ?)";
    params->push_back(f.country);
    params->push_back(f.country);
  }
  if (!f.doc.empty()) {
    sql += pg ? " AND e.rowid IN (SELECT j::text::bigint FROM documents d JOIN annotations a ON a.doc = d.rowid, "
                "json_array_elements(a.events) j WHERE d.id = ?)"
              : " AND e.rowid IN (SELECT j.value FROM documents d JOIN annotations a ON a.doc = d.rowid, "
                "json_each(a.events) j WHERE d.id = ?)";
    params->push_back(f.doc);
  }
  if (!f.actor.empty()) {
    // An id ("xi_jinping"), a code ("CHNGOV") or a name however it is typed
    // ("Xi Jinping", "nguyen phu trong").
    sql += " AND (e.source_actor = ? OR e.target_actor = ? OR e.source_code = ? OR e.target_code = ? "
           "OR dyad_fold(e.source_name) = ? OR dyad_fold(e.target_name) = ?)";
    for (int k = 0; k < 4; ++k) params->push_back(f.actor);
    std::string folded = FoldString(f.actor);
    params->push_back(folded);
    params->push_back(folded);
  }
  *out += sql;
  return Status::Ok();
}

Status ReadEvents(Database* db, const EventFilter& f, const std::function<void(const EventRecord&)>& visit) {
  const bool pg = db->dialect() == SqlDialect::kPostgres;
  std::string sql =
      "SELECT e.event_id, e.first_doc, e.date, e.date_end, e.date_precision, e.date_note, e.source_code, "
      "e.source_country, e.source_name, e.source_actor, e.target_code, e.target_country, e.target_name, "
      "e.target_actor, e.cameo, e.root, e.goldstein, e.quad_class, e.plover, e.location, e.cameo_name, e.evidence, "
      "e.date_source, (SELECT substr(d.published, 1, 10) FROM documents d WHERE d.id = e.first_doc), "
      "(SELECT d.url FROM documents d WHERE d.id = e.first_doc), "
      "e.location_country, e.location_kind, e.location_lat, e.location_lon, e.location_geonames, e.mechanism, "
      + std::string(!pg ?
      "(SELECT group_concat(value, ' ') FROM json_each(e.frameworks)), "
      "(SELECT group_concat(value, ' ') FROM json_each(e.topics)), "
      "(SELECT group_concat((value ->> 0) || char(31) || (value ->> 1) || char(31) || (value ->> 2) || char(31) || "
      "(value ->> 3), char(30)) FROM json_each(e.commitments)), " :
      "(SELECT string_agg(v, ' ' ORDER BY k) FROM json_array_elements_text(e.frameworks) WITH ORDINALITY t (v, k)), "
      "(SELECT string_agg(v, ' ' ORDER BY k) FROM json_array_elements_text(e.topics) WITH ORDINALITY t (v, k)), "
      "(SELECT string_agg((v ->> 0) || chr(31) || (v ->> 1) || chr(31) || (v ->> 2) || chr(31) || (v ->> 3), "
      "chr(30) ORDER BY k) FROM json_array_elements(e.commitments) WITH ORDINALITY t (v, k)), ") +
      "(SELECT d.lang FROM documents d WHERE d.id = e.first_doc) " +
      // PostgreSQL: the evidence with its text in the row, as JSON (a query
      // per event would be a round trip per event).
      std::string(pg ?
      ", (SELECT json_agg(json_build_array(x.doc, x.sentence, x.start, x.stop, "
      "convert_from(substring(convert_to(d.text, 'UTF8') FROM x.start + 1 FOR x.stop - x.start), 'UTF8')) "
      "ORDER BY d.seq, x.sentence, x.start) FROM (SELECT j ->> 0 AS doc, (j ->> 1)::int AS sentence, "
      "(j ->> 2)::int AS start, (j ->> 3)::int AS stop FROM json_array_elements(e.evidence) j) x "
      "JOIN documents d ON d.id = x.doc) " : "") +
      "FROM events e "
      "WHERE true";
  std::vector<std::string> params;
  DYAD_RETURN_IF_ERROR(EventFilterSql(f, db->dialect(), &sql, &params));
  sql += " ORDER BY e.date IS NULL, e.date, e.event_id";
  if (f.limit >= 0) sql += " LIMIT " + std::to_string(f.limit) + " OFFSET " + std::to_string(f.offset);
  Result<Statement> st = db->Prepare(sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < params.size(); ++i) st->Bind(static_cast<int>(i + 1), params[i]);

  // SQLite: each event's evidence with its text, by a cached statement.
  // Offsets are bytes: cut the text as a blob, then read it back as text.
  Statement* ev = pg ? nullptr : db->Cached(
      "SELECT doc, sentence, start, end, CAST(substr(CAST(d.text AS BLOB), start + 1, end - start) AS TEXT) FROM "
      "(SELECT j.value ->> 0 AS doc, j.value ->> 1 AS sentence, j.value ->> 2 AS start, j.value ->> 3 AS end "
      " FROM json_each(?) j) x JOIN documents d ON d.id = x.doc ORDER BY d.seq, sentence, start");
  if (!pg && ev == nullptr) return db->Error("cannot prepare evidence query");
  while (st->Step()) {
    EventRecord e;
    e.event_id = st->ColumnText(0);
    e.doc = st->ColumnText(1);
    e.date = st->ColumnText(2);
    e.date_end = st->ColumnText(3);
    e.date_precision = st->ColumnText(4);
    e.date_note = st->ColumnText(5);
    e.source = {st->ColumnText(6), st->ColumnText(7), st->ColumnText(8), st->ColumnText(9)};
    e.target = {st->ColumnText(10), st->ColumnText(11), st->ColumnText(12), st->ColumnText(13)};
    e.cameo = st->ColumnText(14);
    e.root = st->ColumnText(15);
    e.goldstein = st->ColumnDouble(16);
    e.quad_class = static_cast<int>(st->ColumnInt(17));
    e.plover = st->ColumnText(18);
    e.location.name = st->ColumnText(19);
    e.location.country = st->ColumnText(25);
    e.location.kind = st->ColumnText(26);
    e.location.has_point = !st->ColumnIsNull(27) && !st->ColumnIsNull(28);
    if (e.location.has_point) e.location.lat = st->ColumnDouble(27), e.location.lon = st->ColumnDouble(28);
    e.location.geonames_id = st->ColumnIsNull(29) ? 0 : st->ColumnInt(29);
    e.cameo_name = st->ColumnText(20);
    e.date_source = st->ColumnText(22);
    e.published = st->ColumnText(23);
    e.url = st->ColumnText(24);
    e.mechanism = st->ColumnText(30);
    e.frameworks = SplitIds(st->ColumnText(31));
    e.topics = SplitIds(st->ColumnText(32));
    e.commitments = SplitCommitments(st->ColumnText(33));
    e.lang = st->ColumnText(34);
    if (pg) {
      nlohmann::json rows = nlohmann::json::parse(st->ColumnText(35), nullptr, /*allow_exceptions=*/false);
      if (!rows.is_array() && !st->ColumnIsNull(35)) {
        return Status::Corrupt(db->path() + ": the evidence of " + e.event_id + " is not a JSON array");
      }
      for (size_t k = 0; rows.is_array() && k < rows.size(); ++k) {  // no evidence: NULL
        const nlohmann::json& x = rows[k];
        if (!x.is_array() || x.size() != 5 || !x[0].is_string() || !x[1].is_number_integer() ||
            !x[2].is_number_unsigned() || !x[3].is_number_unsigned() || !x[4].is_string()) {
          return Status::Corrupt(db->path() + ": bad evidence of " + e.event_id);
        }
        AddEvidence(&e, {x[0].get<std::string>(), x[1].get<int>(), x[2].get<uint32_t>(), x[3].get<uint32_t>(),
                         x[4].get<std::string>()});
      }
    } else {
      ev->Reset();
      ev->Bind(1, st->ColumnText(21));
      while (ev->Step()) {
        AddEvidence(&e, {ev->ColumnText(0), static_cast<int>(ev->ColumnInt(1)), static_cast<uint32_t>(ev->ColumnInt(2)),
                         static_cast<uint32_t>(ev->ColumnInt(3)), ev->ColumnText(4)});
      }
      if (!ev->status().ok()) return ev->status();
    }
    visit(e);
  }
  return st->status();
}

Status ReadMentions(Database* db, const std::string& doc, const std::function<void(const Mention&)>& visit) {
  Result<Statement> st = db->Prepare(
      db->dialect() == SqlDialect::kPostgres ?
      "SELECT doc, sentence, start, stop, "
      "convert_from(substring(convert_to(text, 'UTF8') FROM start + 1 FOR stop - start), 'UTF8'), "
      "actor ->> 0, actor ->> 1, actor ->> 2, actor ->> 3, actor ->> 4, how FROM ("
      "  SELECT d.id AS doc, d.seq AS seq, d.text AS text, j.k AS k, (j.v ->> 0)::bigint AS sentence, "
      "  (j.v ->> 1)::int AS start, (j.v ->> 2)::int AS stop, "
      "  a.mentions -> 'actors' -> ((j.v ->> 3)::int) AS actor, a.mentions -> 'hows' ->> ((j.v ->> 4)::int) AS how "
      "  FROM documents d JOIN annotations a ON a.doc = d.rowid, "
      "  json_array_elements(a.mentions -> 'spans') WITH ORDINALITY j (v, k) "
      "  WHERE ?1 = '' OR d.id = ?1) x "
      "ORDER BY seq, start, k" :
      "SELECT doc, sentence, start, end, CAST(substr(CAST(text AS BLOB), start + 1, end - start) AS TEXT), "
      "actor ->> 0, actor ->> 1, actor ->> 2, actor ->> 3, actor ->> 4, how FROM ("
      "  SELECT d.id AS doc, d.seq AS seq, d.text AS text, j.key AS k, j.value ->> 0 AS sentence, "
      "  j.value ->> 1 AS start, j.value ->> 2 AS end, a.mentions -> ('$.actors[' || (j.value ->> 3) || ']') AS actor, "
      "  a.mentions ->> ('$.hows[' || (j.value ->> 4) || ']') AS how "
      "  FROM documents d JOIN annotations a ON a.doc = d.rowid, json_each(a.mentions, '$.spans') j "
      "  WHERE ?1 = '' OR d.id = ?1) "
      "ORDER BY seq, start, k");
  if (!st.ok()) return st.status();
  st->Bind(1, doc);
  while (st->Step()) {
    Mention m;
    m.doc = st->ColumnText(0);
    m.sentence = static_cast<int>(st->ColumnInt(1));
    m.start = static_cast<uint32_t>(st->ColumnInt(2));
    m.end = static_cast<uint32_t>(st->ColumnInt(3));
    m.text = st->ColumnText(4);
    m.actor_id = st->ColumnText(5);
    m.name = st->ColumnText(6);
    m.country = st->ColumnText(7);
    m.code = st->ColumnText(8);
    m.role = st->ColumnText(9);
    m.how = st->ColumnText(10);
    visit(m);
  }
  return st->status();
}

}  // namespace dyad
