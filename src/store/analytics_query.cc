#include "store/analytics_query.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace dyad {
namespace {

// A database's AVG over doubles: SQLite and PostgreSQL add in different
// orders and may differ in the last bit (5.775 against 5.77499…), which a
// printed mean rounds apart. Goldstein scores have one decimal, so a mean
// settled to six decimals is the same from either store.
double SettledMean(double mean) { return std::round(mean * 1e6) / 1e6; }

// The table function over a JSON array's elements, each as `value`.
std::string JsonElements(Database* db) {
  return db->dialect() == SqlDialect::kSqlite ? "json_each" : "json_array_elements";
}

Result<Statement> PrepareFiltered(Database* db, const std::string& head, const EventFilter& f, const std::string& tail) {
  std::string sql = head;
  std::vector<std::string> params;
  DYAD_RETURN_IF_ERROR(EventFilterSql(f, db->dialect(), &sql, &params));
  sql += tail;
  Result<Statement> st = db->Prepare(sql);
  if (!st.ok()) return st.status();
  for (size_t i = 0; i < params.size(); ++i) st->Bind(static_cast<int>(i + 1), params[i]);
  return st;
}

// Rows of (dyad, events, mean Goldstein, first date, last date).
Result<std::vector<DyadSummary>> DyadRows(Statement* st) {
  std::vector<DyadSummary> out;
  while (st->Step()) {
    DyadSummary& d = out.emplace_back();
    d.dyad = st->ColumnText(0);
    d.events = static_cast<int>(st->ColumnInt(1));
    d.mean_goldstein = SettledMean(st->ColumnDouble(2));
    d.first_date = st->ColumnText(3);
    d.last_date = st->ColumnText(4);
  }
  if (!st->status().ok()) return st->status();
  return out;
}

constexpr const char* kDyadRows =
    "SELECT e.dyad, COUNT(*), AVG(e.goldstein), MIN(e.date), MAX(e.date) FROM events e WHERE e.dyad IS NOT NULL";

}  // namespace

Result<std::vector<DyadSummary>> ListDyads(Database* db) {
  Result<Statement> st = db->Prepare(std::string(kDyadRows) + " GROUP BY e.dyad ORDER BY COUNT(*) DESC, e.dyad");
  if (!st.ok()) return st.status();
  return DyadRows(&*st);
}

Result<std::vector<DyadSummary>> ListDyadsOf(Database* db, const EventFilter& f) {
  Result<Statement> st = PrepareFiltered(db, kDyadRows, f, " GROUP BY e.dyad ORDER BY COUNT(*) DESC, e.dyad");
  if (!st.ok()) return st.status();
  Result<std::vector<DyadSummary>> rows = DyadRows(&*st);
  if (!rows.ok()) return rows.status();
  std::vector<DyadSummary> out = std::move(rows).value();
  Result<Statement> stories = PrepareFiltered(
      db, "SELECT e.dyad, COUNT(DISTINCT j.value ->> 0) FROM events e, " + JsonElements(db) + "(e.evidence) j "
          "WHERE e.dyad IS NOT NULL",
      f, " GROUP BY e.dyad");
  if (!stories.ok()) return stories.status();
  std::map<std::string, int> by_dyad;
  while (stories->Step()) by_dyad[stories->ColumnText(0)] = static_cast<int>(stories->ColumnInt(1));
  if (!stories->status().ok()) return stories->status();
  for (DyadSummary& d : out) d.stories = by_dyad[d.dyad];
  return out;
}

Result<std::vector<TimelinePoint>> Timeline(Database* db, const EventFilter& f, const std::string& bucket) {
  std::string key;
  if (bucket == "month") {
    key = "substr(e.date, 1, 7)";
  } else if (bucket == "year") {
    key = "substr(e.date, 1, 4)";
  } else if (bucket == "week") {
    // SQLite's %W: weeks start on Monday, days before a year's first Monday
    // are its week 00.
    key = db->dialect() == SqlDialect::kSqlite
              ? "strftime('%Y-W%W', e.date)"
              : "to_char(substr(e.date, 1, 10)::date, 'YYYY') || '-W' || lpad(((extract(doy FROM "
                "substr(e.date, 1, 10)::date)::int + 6 - (extract(isodow FROM substr(e.date, 1, 10)::date)::int - 1)) "
                "/ 7)::text, 2, '0')";
  } else {
    return Status::InvalidArgument("bucket must be month, week or year");
  }
  int min_len = bucket == "year" ? 4 : bucket == "month" ? 7 : 10;
  Result<Statement> st = PrepareFiltered(
      db, "SELECT " + key + " AS b, e.quad_class, COUNT(*), SUM(e.goldstein) FROM events e WHERE e.date IS NOT NULL "
          "AND length(e.date) >= " + std::to_string(min_len),
      f, " GROUP BY b, e.quad_class ORDER BY b");
  if (!st.ok()) return st.status();
  std::map<std::string, TimelinePoint> points;
  std::map<std::string, double> sums;
  while (st->Step()) {
    std::string b = st->ColumnText(0);
    TimelinePoint& p = points[b];
    p.bucket = b;
    int q = static_cast<int>(st->ColumnInt(1));
    int n = static_cast<int>(st->ColumnInt(2));
    if (q >= 1 && q <= 4) p.quad[q - 1] += n;
    p.events += n;
    sums[b] += st->ColumnDouble(3);
  }
  if (!st->status().ok()) return st->status();
  // Distinct stories per bucket, from the events' evidence.
  Result<Statement> stories = PrepareFiltered(
      db, "SELECT " + key + " AS b, COUNT(DISTINCT j.value ->> 0) FROM events e, " + JsonElements(db) + "(e.evidence) j "
          "WHERE e.date IS NOT NULL AND length(e.date) >= " + std::to_string(min_len),
      f, " GROUP BY b");
  if (!stories.ok()) return stories.status();
  while (stories->Step()) {
    auto it = points.find(stories->ColumnText(0));
    if (it != points.end()) it->second.stories = static_cast<int>(stories->ColumnInt(1));
  }
  if (!stories->status().ok()) return stories->status();
  std::vector<TimelinePoint> out;
  for (auto& [b, p] : points) {
    p.total_goldstein = sums[b];
    p.mean_goldstein = p.events ? sums[b] / p.events : 0;
    out.push_back(p);
  }
  return out;
}

Result<std::vector<PlaceCount>> Places(Database* db, const EventFilter& f) {
  Result<Statement> st = PrepareFiltered(
      db,
      "SELECT e.location, COALESCE(e.location_country, ''), COALESCE(e.location_kind, ''), e.location_lat, "
      "e.location_lon, e.quad_class, COUNT(*), SUM(e.goldstein) FROM events e WHERE e.location IS NOT NULL",
      f, " GROUP BY 1, 2, 3, 4, 5, 6");
  if (!st.ok()) return st.status();
  std::map<std::pair<std::string, std::string>, size_t> index;  // (name, country)
  std::vector<PlaceCount> out;
  std::vector<double> sums;
  while (st->Step()) {
    auto key = std::make_pair(st->ColumnText(0), st->ColumnText(1));
    auto [it, added] = index.try_emplace(key, out.size());
    if (added) {
      PlaceCount& p = out.emplace_back();
      p.place.name = key.first;
      p.place.country = key.second;
      p.place.kind = st->ColumnText(2);
      sums.push_back(0);
    }
    PlaceCount& p = out[it->second];
    // Events stored before the gazetteer have the name only: any row with
    // a point places them all.
    if (!p.place.has_point && !st->ColumnIsNull(3) && !st->ColumnIsNull(4)) {
      p.place.has_point = true;
      p.place.lat = st->ColumnDouble(3);
      p.place.lon = st->ColumnDouble(4);
      p.place.kind = st->ColumnText(2);
    }
    int q = static_cast<int>(st->ColumnInt(5)), n = static_cast<int>(st->ColumnInt(6));
    if (q >= 1 && q <= 4) p.quad[q - 1] += n;
    p.events += n;
    sums[it->second] += st->ColumnDouble(7);
  }
  if (!st->status().ok()) return st->status();
  for (size_t i = 0; i < out.size(); ++i) out[i].mean_goldstein = out[i].events ? sums[i] / out[i].events : 0;
  std::stable_sort(out.begin(), out.end(), [](const PlaceCount& a, const PlaceCount& b) {
    return a.events != b.events ? a.events > b.events : a.place.name < b.place.name;
  });
  return out;
}

Status Network(Database* db, const EventFilter& f, std::vector<NetworkNode>* nodes, std::vector<NetworkEdge>* edges) {
  // People and institutions are nodes: an actor id when there is one, else
  // the CAMEO code ("CHNGOV").
  Result<Statement> st = PrepareFiltered(
      db,
      "SELECT COALESCE(NULLIF(e.source_actor, ''), e.source_code), MAX(e.source_name), MAX(e.source_country), "
      "MAX(e.source_code), COALESCE(NULLIF(e.target_actor, ''), e.target_code), MAX(e.target_name), "
      "MAX(e.target_country), MAX(e.target_code), COUNT(*), AVG(e.goldstein) FROM events e "
      "WHERE e.target_code IS NOT NULL AND e.source_code IS NOT NULL",
      f, " GROUP BY 1, 5 ORDER BY COUNT(*) DESC LIMIT 2000");
  if (!st.ok()) return st.status();
  std::map<std::string, size_t> index;
  auto node = [&](const std::string& id, const std::string& name, const std::string& country, const std::string& code,
                  int n) {
    auto it = index.find(id);
    if (it == index.end()) {
      index[id] = nodes->size();
      nodes->push_back({id, name.empty() ? id : name, country, code, n});
    } else {
      (*nodes)[it->second].events += n;
    }
  };
  while (st->Step()) {
    std::string s = st->ColumnText(0), t = st->ColumnText(4);
    int n = static_cast<int>(st->ColumnInt(8));
    if (s == t) continue;
    node(s, st->ColumnText(1), st->ColumnText(2), st->ColumnText(3), n);
    node(t, st->ColumnText(5), st->ColumnText(6), st->ColumnText(7), n);
    edges->push_back({s, t, n, SettledMean(st->ColumnDouble(9))});
  }
  return st->status();
}

Result<int64_t> CountEvents(Database* db, const EventFilter& f) {
  Result<Statement> st = PrepareFiltered(db, "SELECT COUNT(*) FROM events e WHERE true", f, "");
  if (!st.ok()) return st.status();
  int64_t n = st->Step() ? st->ColumnInt(0) : 0;
  if (!st->status().ok()) return st->status();
  return n;
}

Result<StoredDocument> LoadDocument(Database* db, const std::string& id) {
  Result<Statement> st =
      db->Prepare("SELECT id, title, source, url, published, dateline, agency, text, lang FROM documents WHERE id = ?");
  if (!st.ok()) return st.status();
  st->Bind(1, id);
  if (!st->Step()) {
    if (!st->status().ok()) return st->status();
    return Status::NotFound("no document " + id);
  }
  StoredDocument d{st->ColumnText(0), st->ColumnText(1), st->ColumnText(2), st->ColumnText(3),
                   st->ColumnText(4), st->ColumnText(5), st->ColumnText(6), st->ColumnText(7), st->ColumnText(8), {}, {}, {}};
  Result<Statement> sentences = db->Prepare("SELECT start, \"end\" FROM sentences WHERE doc = ? ORDER BY idx");
  if (!sentences.ok()) return sentences.status();
  sentences->Bind(1, id);
  while (sentences->Step()) {
    d.sentences.emplace_back(static_cast<uint32_t>(sentences->ColumnInt(0)), static_cast<uint32_t>(sentences->ColumnInt(1)));
  }
  DYAD_RETURN_IF_ERROR(ReadMentions(db, id, [&](const Mention& m) { d.mentions.push_back(m); }));
  Result<Statement> ev = db->Prepare(
      db->dialect() == SqlDialect::kPostgres ?
      "SELECT e.event_id, e.cameo, e.cameo_name, (j.value ->> 1)::bigint, (j.value ->> 2)::bigint AS start, "
      "(j.value ->> 3)::bigint FROM documents d JOIN annotations a ON a.doc = d.rowid, json_array_elements(a.events) k "
      "JOIN events e ON e.rowid = k.value::text::bigint, json_array_elements(e.evidence) j "
      "WHERE d.id = ?1 AND j.value ->> 0 = ?1 ORDER BY start, e.cameo" :
      "SELECT e.event_id, e.cameo, e.cameo_name, j.value ->> 1, j.value ->> 2 AS start, j.value ->> 3 "
      "FROM documents d JOIN annotations a ON a.doc = d.rowid, json_each(a.events) k "
      "JOIN events e ON e.rowid = k.value, json_each(e.evidence) j "
      "WHERE d.id = ?1 AND j.value ->> 0 = ?1 ORDER BY start, e.cameo");
  if (!ev.ok()) return ev.status();
  ev->Bind(1, id);
  while (ev->Step()) {
    d.evidence.push_back({ev->ColumnText(0), ev->ColumnText(1), ev->ColumnText(2), static_cast<int>(ev->ColumnInt(3)),
                          static_cast<uint32_t>(ev->ColumnInt(4)), static_cast<uint32_t>(ev->ColumnInt(5))});
  }
  if (!ev->status().ok()) return ev->status();
  return d;
}

}  // namespace dyad
