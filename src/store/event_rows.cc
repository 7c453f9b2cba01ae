#include "store/event_rows.h"

#include <algorithm>

#include "store/event_writer.h"
#include "util/day.h"
#include "util/hash.h"
#include "util/json_string.h"

namespace dyad {
namespace {

// The longest a stored event is looked back for when merging: a
// month-precision date covers up to 31 days, a range in agency copy rarely
// more than a few weeks.
constexpr long kMaxEventSpanDays = 62;

// Rows of one multi-row INSERT on PostgreSQL (33 parameters each, under the
// protocol's 65535).
constexpr size_t kInsertRows = 200;
constexpr int kEventColumns = 33;

constexpr const char* kEventColumnList =
    "INSERT INTO events (event_id, first_doc, date, date_end, date_precision, date_note, source_code, "
    "source_country, source_name, source_actor, target_code, target_country, target_name, target_actor, cameo, "
    "root, goldstein, quad_class, plover, location, dyad, cameo_name, evidence, date_source, location_country, "
    "location_kind, location_lat, location_lon, location_geonames, mechanism, frameworks, topics, commitments) "
    "VALUES ";

std::string DyadKey(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return "";  // a state with itself is no dyad
  return a < b ? a + "-" + b : b + "-" + a;
}

// The days an event covers and the earliest stored date that can overlap
// them; false when the event never merges: two stories' undated (or
// story-dated) reports of a pair's act are not known to be one act.
struct Window {
  std::string first, last, from;
};
bool LookupWindow(const EventRecord& e, Window* w) {
  if (e.source.country.empty() || e.target.country.empty() || e.date_source == "story" ||
      !DateInterval(e.date, e.date_end, &w->first, &w->last)) {
    return false;
  }
  // An overlapping stored event starts no later than `last` and, since dated
  // events in news span days or weeks (a month at most), no earlier than
  // kMaxEventSpanDays before `first`: the look-up's cost does not grow with
  // how many events the pair had that year.
  w->from = FormatDay(AddDays(ParseDay(w->first, false), -kMaxEventSpanDays));
  return true;
}

bool Overlaps(const std::string& date, const std::string& date_end, const Window& w) {
  std::string f2, l2;
  return DateInterval(date, date_end, &f2, &l2) && f2 <= w.last && w.first <= l2;
}

// A PostgreSQL array literal: {"a","b"}.
std::string PgArray(const std::vector<std::string>& items) {
  std::string out = "{";
  for (const std::string& item : items) {
    if (out.size() > 1) out.push_back(',');
    out.push_back('"');
    for (char c : item) {
      if (c == '"' || c == '\\') out.push_back('\\');
      out.push_back(c);
    }
    out.push_back('"');
  }
  out.push_back('}');
  return out;
}

std::string PgArray(const std::vector<int64_t>& items) {
  std::string out = "{";
  for (int64_t v : items) {
    if (out.size() > 1) out.push_back(',');
    out += std::to_string(v);
  }
  out.push_back('}');
  return out;
}

// The event's id: the coder's, or for records built by hand one from where
// they are said and what they say.
std::string EventIdOf(const AnalyzedDocument& doc, const EventRecord& e) {
  if (!e.event_id.empty()) return e.event_id;
  const Evidence& first = e.evidence.front();
  uint64_t h = Fnv1a64(doc.doc.id);
  h = Fnv1a64(std::to_string(first.sentence) + "/" + std::to_string(first.start) + "/" + e.cameo + "/" +
                  e.source.code + "/" + e.target.code + "/" + e.date,
              h);
  return "ev-" + Hex64(h);
}

// Binds `e` as the row whose first parameter is `base` + 1. `event_id` and
// `evidence` outlive the statement's next step.
void BindEvent(Statement* st, int base, const AnalyzedDocument& doc, const EventRecord& e, const std::string& event_id,
               const std::string& evidence) {
  auto at = [base](int i) { return base + i; };
  st->BindRef(at(1), event_id).BindRef(at(2), doc.doc.id).BindOptionalRef(at(3), e.date);
  st->BindOptionalRef(at(4), e.date_end).BindOptionalRef(at(5), e.date_precision).BindOptionalRef(at(6), e.date_note);
  st->BindOptionalRef(at(7), e.source.code).BindOptionalRef(at(8), e.source.country);
  st->BindOptionalRef(at(9), e.source.name).BindOptionalRef(at(10), e.source.actor_id);
  st->BindOptionalRef(at(11), e.target.code).BindOptionalRef(at(12), e.target.country);
  st->BindOptionalRef(at(13), e.target.name).BindOptionalRef(at(14), e.target.actor_id);
  st->BindRef(at(15), e.cameo).BindRef(at(16), e.root);
  st->Bind(at(17), e.goldstein).Bind(at(18), static_cast<int64_t>(e.quad_class)).BindOptionalRef(at(19), e.plover);
  st->BindOptionalRef(at(20), e.location.name).BindOptional(at(21), DyadKey(e.source.country, e.target.country));
  st->BindOptionalRef(at(22), e.cameo_name).BindRef(at(23), evidence);
  // Records built by hand name no source: a date they carry is the text's.
  st->BindOptional(at(24), e.date_source.empty() && !e.date.empty() ? std::string("text") : e.date_source);
  const EventLocation& l = e.location;
  st->BindOptionalRef(at(25), l.country).BindOptionalRef(at(26), l.kind);
  if (l.has_point) {
    st->Bind(at(27), l.lat).Bind(at(28), l.lon);
  } else {
    st->BindNull(at(27)).BindNull(at(28));
  }
  if (l.geonames_id != 0) {
    st->Bind(at(29), l.geonames_id);
  } else {
    st->BindNull(at(29));
  }
  st->BindOptionalRef(at(30), e.mechanism);
  st->BindOptional(at(31), IdArrayJson(e.frameworks)).BindOptional(at(32), IdArrayJson(e.topics));
  st->BindOptional(at(33), CommitmentsJson(e.commitments));
}

// The insert of `rows` events: "VALUES (?1, ..., ?33), (?34, ...)", with
// "RETURNING rowid, event_id" on PostgreSQL. Written once per row count.
const std::string& InsertSql(size_t rows, bool returning) {
  thread_local std::vector<std::string> texts[2];
  std::vector<std::string>& known = texts[returning ? 1 : 0];
  if (known.size() <= rows) known.resize(rows + 1);
  std::string& sql = known[rows];
  if (sql.empty()) {
    sql = kEventColumnList;
    for (size_t r = 0; r < rows; ++r) {
      sql += r == 0 ? "(" : ", (";
      for (int c = 1; c <= kEventColumns; ++c) {
        sql += (c == 1 ? "?" : ", ?") + std::to_string(static_cast<int>(r) * kEventColumns + c);
      }
      sql += ")";
    }
    if (returning) sql += " RETURNING rowid, event_id";
  }
  return sql;
}

// SQLite: a look-up per event over the events_merge index alone (it never
// leaves the index, which matters once the table outgrows the page cache),
// then the candidates' rows, earliest first, for their first story.
Status FindMergeTargetsOneByOne(Database* db, const AnalyzedDocument& doc, const std::vector<Window>& windows,
                                const std::vector<bool>& looked_up, std::vector<int64_t>* targets) {
  Statement* st = db->Cached(
      "SELECT rowid, date, date_end FROM events WHERE source_country = ? AND target_country = ? AND root = ? "
      "AND date >= ? AND date <= ? AND date_source = 'text'");
  Statement* row = db->Cached("SELECT first_doc FROM events WHERE rowid = ?");
  if (st == nullptr || row == nullptr) return db->Error("cannot prepare merge lookup");
  for (size_t i = 0; i < doc.events.size(); ++i) {
    if (!looked_up[i]) continue;
    const EventRecord& e = doc.events[i];
    st->Reset();
    st->Bind(1, e.source.country).Bind(2, e.target.country).Bind(3, e.root).Bind(4, windows[i].from);
    st->Bind(5, windows[i].last);
    std::vector<int64_t> overlapping;
    while (st->Step()) {
      if (Overlaps(st->ColumnText(1), st->ColumnText(2), windows[i])) overlapping.push_back(st->ColumnInt(0));
    }
    DYAD_RETURN_IF_ERROR(st->status());
    st->Reset();
    std::sort(overlapping.begin(), overlapping.end());
    for (int64_t rowid : overlapping) {
      row->Reset();
      row->Bind(1, rowid);
      if (row->Step() && row->ColumnText(0) != doc.doc.id) {
        (*targets)[i] = rowid;
        break;
      }
      DYAD_RETURN_IF_ERROR(row->status());
    }
    row->Reset();  // end the read now (see Database::Commit)
  }
  return Status::Ok();
}

// PostgreSQL: every event's look-up in one statement.
Status FindMergeTargetsAtOnce(Database* db, const AnalyzedDocument& doc, const std::vector<Window>& windows,
                              const std::vector<bool>& looked_up, std::vector<int64_t>* targets) {
  std::vector<std::string> sc, tc, root, from, last;
  std::vector<int64_t> index;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    if (!looked_up[i]) continue;
    const EventRecord& e = doc.events[i];
    sc.push_back(e.source.country), tc.push_back(e.target.country), root.push_back(e.root);
    from.push_back(windows[i].from), last.push_back(windows[i].last), index.push_back(static_cast<int64_t>(i));
  }
  if (index.empty()) return Status::Ok();
  // LATERAL: a look-up of the events_merge index per event, whatever the
  // planner would guess of the arrays' size (a join chose to scan the table).
  Statement* st = db->Cached(
      "SELECT q.k, e.rowid, e.date, e.date_end FROM unnest(?1::text[], ?2::text[], ?3::text[], ?4::text[], "
      "?5::text[], ?6::bigint[]) AS q (sc, tc, root, lo, hi, k) CROSS JOIN LATERAL (SELECT rowid, date, date_end "
      "FROM events WHERE source_country = q.sc COLLATE \"C\" AND target_country = q.tc COLLATE \"C\" AND "
      "root = q.root COLLATE \"C\" AND date >= q.lo COLLATE \"C\" AND date <= q.hi COLLATE \"C\" AND "
      "date_source = 'text' AND first_doc <> ?7) e");
  if (st == nullptr) return db->Error("cannot prepare merge lookup");
  st->Bind(1, PgArray(sc)).Bind(2, PgArray(tc)).Bind(3, PgArray(root)).Bind(4, PgArray(from));
  st->Bind(5, PgArray(last)).Bind(6, PgArray(index)).BindRef(7, doc.doc.id);
  while (st->Step()) {
    size_t i = static_cast<size_t>(st->ColumnInt(0));
    int64_t rowid = st->ColumnInt(1);
    if (i >= targets->size() || !Overlaps(st->ColumnText(2), st->ColumnText(3), windows[i])) continue;
    if ((*targets)[i] == 0 || rowid < (*targets)[i]) (*targets)[i] = rowid;  // the earliest stored
  }
  Status status = st->status();
  st->Reset();
  return status;
}

}  // namespace

Status FindMergeTargets(Database* db, const AnalyzedDocument& doc, std::vector<int64_t>* targets) {
  targets->assign(doc.events.size(), 0);
  std::vector<Window> windows(doc.events.size());
  std::vector<bool> looked_up(doc.events.size());
  for (size_t i = 0; i < doc.events.size(); ++i) looked_up[i] = LookupWindow(doc.events[i], &windows[i]);
  return db->dialect() == SqlDialect::kSqlite ? FindMergeTargetsOneByOne(db, doc, windows, looked_up, targets)
                                              : FindMergeTargetsAtOnce(db, doc, windows, looked_up, targets);
}

Status ReadEvidence(Database* db, const std::vector<int64_t>& rowids, std::vector<std::string>* evidence) {
  evidence->assign(rowids.size(), "");
  if (rowids.empty()) return Status::Ok();
  auto keep = [&](Statement* st) {
    while (st->Step()) {
      auto at = std::find(rowids.begin(), rowids.end(), st->ColumnInt(0));
      if (at != rowids.end()) (*evidence)[static_cast<size_t>(at - rowids.begin())] = st->ColumnText(1);
    }
    Status status = st->status();
    st->Reset();  // end the read now (see Database::Commit)
    return status;
  };
  if (db->dialect() == SqlDialect::kPostgres) {
    Statement* st = db->Cached("SELECT rowid, evidence FROM events WHERE rowid = ANY(?1::bigint[])");
    if (st == nullptr) return db->Error("cannot prepare evidence read");
    st->Bind(1, PgArray(rowids));
    return keep(st);
  }
  Statement* st = db->Cached("SELECT rowid, evidence FROM events WHERE rowid = ?");
  if (st == nullptr) return db->Error("cannot prepare evidence read");
  for (int64_t rowid : rowids) {
    st->Bind(1, rowid);
    DYAD_RETURN_IF_ERROR(keep(st));
  }
  return Status::Ok();
}

Status InsertEvents(Database* db, const AnalyzedDocument& doc, const std::vector<size_t>& which,
                    std::vector<int64_t>* rowids) {
  rowids->clear();
  const bool pg = db->dialect() == SqlDialect::kPostgres;
  const size_t per_statement = pg ? kInsertRows : 1;
  std::vector<std::string> ids(which.size()), evidence(which.size());
  for (size_t k = 0; k < which.size(); ++k) {
    const EventRecord& e = doc.events[which[k]];
    ids[k] = EventIdOf(doc, e);
    evidence[k] = "[";
    AppendEvidenceJson(doc.doc.id, e, &evidence[k]);
    evidence[k].push_back(']');
  }
  for (size_t begin = 0; begin < which.size(); begin += per_statement) {
    const size_t rows = std::min(per_statement, which.size() - begin);
    Statement* st = db->Cached(InsertSql(rows, pg));
    if (st == nullptr) return db->Error("cannot prepare event insert");
    for (size_t r = 0; r < rows; ++r) {
      const size_t k = begin + r;
      BindEvent(st, static_cast<int>(r) * kEventColumns, doc, doc.events[which[k]], ids[k], evidence[k]);
    }
    if (!pg) {
      Result<int64_t> inserted = db->RunInsert(st);
      if (!inserted.ok()) return inserted.status();
      rowids->push_back(*inserted);
      continue;
    }
    // RETURNING gives the rows in VALUES order; their ids make sure of it.
    for (size_t r = 0; r < rows; ++r) {
      if (!st->Step() || st->ColumnText(1) != ids[begin + r]) {
        Status failed = st->status().ok() ? Status::Internal(db->path() + ": an event insert returned its rows out of order")
                                          : st->status();
        st->Reset();
        return failed;
      }
      rowids->push_back(st->ColumnInt(0));
    }
    st->Reset();
  }
  return Status::Ok();
}

void AppendEvidenceJson(const std::string& doc, const EventRecord& e, std::string* out) {
  for (const Evidence& x : e.evidence) {
    if (out->back() != '[') out->push_back(',');
    out->push_back('[');
    AppendJsonString(doc, out);
    for (int64_t v : {static_cast<int64_t>(x.sentence), static_cast<int64_t>(x.start), static_cast<int64_t>(x.end)}) {
      out->push_back(',');
      AppendJsonInteger(v, out);
    }
    out->push_back(']');
  }
}

std::string IdArrayJson(const std::vector<std::string>& ids) {
  if (ids.empty()) return "";
  std::string out = "[";
  for (const std::string& id : ids) {
    if (out.size() > 1) out.push_back(',');
    AppendJsonString(id, &out);
  }
  out.push_back(']');
  return out;
}

std::string CommitmentsJson(const std::vector<CommitmentMention>& commitments) {
  if (commitments.empty()) return "";
  std::string out = "[";
  for (const CommitmentMention& c : commitments) {
    if (out.size() > 1) out.push_back(',');
    out.push_back('[');
    bool first = true;
    for (const std::string* field : {&c.topic, &c.project, &c.object, &c.stage}) {
      if (!first) out.push_back(',');
      first = false;
      AppendJsonString(*field, &out);
    }
    out.push_back(']');
  }
  out.push_back(']');
  return out;
}

}  // namespace dyad
