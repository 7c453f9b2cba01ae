#include "store/event_writer.h"

#include <algorithm>

#include "util/day.h"
#include "util/hash.h"
#include "util/json_string.h"


namespace dyad {
namespace {

// The longest a stored event is looked back for when merging (see
// FindMergeTarget): a month-precision date covers up to 31 days, a range
// in agency copy rarely more than a few weeks.
constexpr long kMaxEventSpanDays = 62;

std::string DyadKey(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return "";  // a state with itself is no dyad
  return a < b ? a + "-" + b : b + "-" + a;
}

// Appends `e`'s evidence from `doc` to a JSON array being written.
void AppendEvidence(const std::string& doc, const EventRecord& e, std::string* out) {
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

struct MergeTarget {
  int64_t rowid = 0;  // 0: none
  std::string evidence;  // its evidence JSON
};

// An existing event the new one is a report of (rowid 0 when none).
Result<MergeTarget> FindMergeTarget(Database* db, const AnalyzedDocument& doc, const EventRecord& e) {
  MergeTarget found;
  std::string first, last;
  // Two stories' undated reports of a pair's act are not known to be one act.
  if (e.source.country.empty() || e.target.country.empty() || e.date_source == "story" ||
      !DateInterval(e.date, e.date_end, &first, &last)) {
    return found;
  }
  // Only indexed columns: the scan never leaves events_merge, which matters
  // once the table no longer fits in the page cache.
  Statement* st = db->Cached(
      "SELECT rowid, date, date_end FROM events WHERE source_country = ? AND target_country = ? AND root = ? "
      "AND date >= ? AND date <= ? AND date_source = 'text'");
  if (st == nullptr) return db->Error("cannot prepare merge lookup");
  // An overlapping stored event starts no later than `last` and, since dated
  // events in news span days or weeks (a month at most), no earlier than
  // kMaxEventSpanDays before `first`. The window keeps the look-up's cost
  // independent of how many events the pair had that year.
  st->Bind(1, e.source.country).Bind(2, e.target.country).Bind(3, e.root);
  st->Bind(4, FormatDay(AddDays(ParseDay(first, false), -kMaxEventSpanDays))).Bind(5, last);
  std::vector<int64_t> overlapping;
  while (st->Step()) {
    std::string f2, l2;
    if (DateInterval(st->ColumnText(1), st->ColumnText(2), &f2, &l2) && f2 <= last && first <= l2) {
      overlapping.push_back(st->ColumnInt(0));
    }
  }
  if (!st->status().ok()) return st->status();
  // The earliest stored of them that another story reported.
  std::sort(overlapping.begin(), overlapping.end());
  Statement* row = db->Cached("SELECT first_doc, evidence FROM events WHERE rowid = ?");
  if (row == nullptr) return db->Error("cannot prepare event lookup");
  for (int64_t rowid : overlapping) {
    row->Reset();
    row->Bind(1, rowid);
    if (!row->Step() || row->ColumnText(0) == doc.doc.id) continue;
    found = {rowid, row->ColumnText(1)};
    break;
  }
  Status status = row->status();
  row->Reset();  // end the read now (see Database::Commit)
  if (!status.ok()) return status;
  return found;
}

// A JSON array of ids, "" (stored as NULL) when there are none.
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

// [[topic, project, object, stage], ...], "" (NULL) when none.
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

// A second story's report of a stored event adds what it links: the
// mechanism when the event had none, its frameworks and topics to the
// stored ones (kept sorted), and its commitments.
Status MergeLinks(Database* db, const EventRecord& e, int64_t rowid) {
  if (e.mechanism.empty() && e.frameworks.empty() && e.topics.empty() && e.commitments.empty()) return Status::Ok();
  Statement* st = db->Cached(
      db->dialect() == SqlDialect::kPostgres ?
      "UPDATE events SET mechanism = coalesce(mechanism, ?1), "
      "frameworks = (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_agg(v ORDER BY v COLLATE \"C\") END FROM "
      "  (SELECT json_array_elements_text(coalesce(events.frameworks, '[]')) AS v UNION "
      "   SELECT json_array_elements_text(coalesce(?2::json, '[]'))) u), "
      "topics = (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_agg(v ORDER BY v COLLATE \"C\") END FROM "
      "  (SELECT json_array_elements_text(coalesce(events.topics, '[]')) AS v UNION "
      "   SELECT json_array_elements_text(coalesce(?3::json, '[]'))) u), "
      "commitments = (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_agg(v::json) END FROM "
      "  (SELECT json_array_elements(coalesce(events.commitments, '[]'))::text AS v UNION "
      "   SELECT json_array_elements(coalesce(?5::json, '[]'))::text) u) "
      "WHERE rowid = ?4" :
      "UPDATE events SET mechanism = coalesce(mechanism, ?1), "
      "frameworks = (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(v) END FROM "
      "  (SELECT value AS v FROM json_each(coalesce(events.frameworks, '[]')) UNION "
      "   SELECT value FROM json_each(coalesce(?2, '[]')) ORDER BY 1)), "
      "topics = (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(v) END FROM "
      "  (SELECT value AS v FROM json_each(coalesce(events.topics, '[]')) UNION "
      "   SELECT value FROM json_each(coalesce(?3, '[]')) ORDER BY 1)), "
      "commitments = (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_group_array(json(v)) END FROM "
      "  (SELECT value AS v FROM json_each(coalesce(events.commitments, '[]')) UNION "
      "   SELECT value FROM json_each(coalesce(?5, '[]')))) "
      "WHERE rowid = ?4");
  if (st == nullptr) return db->Error("cannot prepare link merge");
  st->BindOptionalRef(1, e.mechanism).BindOptional(2, IdArrayJson(e.frameworks));
  st->BindOptional(3, IdArrayJson(e.topics)).Bind(4, rowid).BindOptional(5, CommitmentsJson(e.commitments));
  return st->Run();
}

}  // namespace

bool DateInterval(const std::string& date, const std::string& date_end, std::string* first, std::string* last) {
  if (date.size() == 10) {
    *first = date;
    *last = date_end.size() == 10 ? date_end : date;
    return true;
  }
  if (date.size() == 7) {
    *first = date + "-01";
    *last = date + "-31";  // string comparison only needs an upper bound
    return true;
  }
  return false;
}

Status WriteEvents(Database* db, const AnalyzedDocument& doc, std::vector<int64_t>* event_rowids) {
  Statement* insert_event = db->Cached(
      "INSERT INTO events (event_id, first_doc, date, date_end, date_precision, date_note, source_code, "
      "source_country, source_name, source_actor, target_code, target_country, target_name, target_actor, cameo, "
      "root, goldstein, quad_class, plover, location, dyad, cameo_name, evidence, date_source, location_country, "
      "location_kind, location_lat, location_lon, location_geonames, mechanism, frameworks, topics, commitments) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, "
      "?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33)");
  if (insert_event == nullptr) return db->Error("cannot prepare event insert");
  std::string evidence;
  for (const EventRecord& e : doc.events) {
    Result<MergeTarget> merge = FindMergeTarget(db, doc, e);
    if (!merge.ok()) return merge.status();
    int64_t rowid = merge->rowid;
    if (rowid != 0) {
      // Append this story's sentences to the stored event's evidence.
      evidence = merge->evidence;
      if (evidence.empty() || evidence.back() != ']') evidence = "[]";
      evidence.pop_back();
      AppendEvidence(doc.doc.id, e, &evidence);
      evidence.push_back(']');
      Statement* st = db->Cached("UPDATE events SET evidence = ? WHERE rowid = ?");
      if (st == nullptr) return db->Error("cannot prepare evidence update");
      st->BindRef(1, evidence).Bind(2, merge->rowid);
      DYAD_RETURN_IF_ERROR(st->Run());
      DYAD_RETURN_IF_ERROR(MergeLinks(db, e, merge->rowid));
    } else {
      std::string event_id = e.event_id;
      if (event_id.empty()) {
        // Records built by hand (not by the coder) get an id from where they
        // are said and what they say.
        const Evidence& first = e.evidence.front();
        uint64_t h = Fnv1a64(doc.doc.id);
        h = Fnv1a64(std::to_string(first.sentence) + "/" + std::to_string(first.start) + "/" + e.cameo + "/" +
                        e.source.code + "/" + e.target.code + "/" + e.date, h);
        event_id = "ev-" + Hex64(h);
      }
      evidence = "[";
      AppendEvidence(doc.doc.id, e, &evidence);
      evidence.push_back(']');
      Statement* st = insert_event;
      st->Reset();
      st->BindRef(1, event_id).BindRef(2, doc.doc.id).BindOptionalRef(3, e.date).BindOptionalRef(4, e.date_end);
      st->BindOptionalRef(5, e.date_precision).BindOptionalRef(6, e.date_note);
      st->BindOptionalRef(7, e.source.code).BindOptionalRef(8, e.source.country);
      st->BindOptionalRef(9, e.source.name).BindOptionalRef(10, e.source.actor_id);
      st->BindOptionalRef(11, e.target.code).BindOptionalRef(12, e.target.country);
      st->BindOptionalRef(13, e.target.name).BindOptionalRef(14, e.target.actor_id);
      st->BindRef(15, e.cameo).BindRef(16, e.root);
      st->Bind(17, e.goldstein).Bind(18, static_cast<int64_t>(e.quad_class)).BindOptionalRef(19, e.plover);
      st->BindOptionalRef(20, e.location.name).BindOptional(21, DyadKey(e.source.country, e.target.country));
      st->BindOptionalRef(22, e.cameo_name).BindRef(23, evidence);
      // Records built by hand name no source: a date they carry is the text's.
      st->BindOptional(24, e.date_source.empty() && !e.date.empty() ? std::string("text") : e.date_source);
      const EventLocation& l = e.location;
      st->BindOptionalRef(25, l.country).BindOptionalRef(26, l.kind);
      if (l.has_point) {
        st->Bind(27, l.lat).Bind(28, l.lon);
      } else {
        st->BindNull(27).BindNull(28);
      }
      if (l.geonames_id != 0) {
        st->Bind(29, l.geonames_id);
      } else {
        st->BindNull(29);
      }
      st->BindOptionalRef(30, e.mechanism);
      st->BindOptional(31, IdArrayJson(e.frameworks)).BindOptional(32, IdArrayJson(e.topics));
      st->BindOptional(33, CommitmentsJson(e.commitments));
      DYAD_RETURN_IF_ERROR(st->Run());
      Result<int64_t> inserted = db->LastInsertRowId();
      if (!inserted.ok()) return inserted.status();
      rowid = *inserted;
    }
    if (std::find(event_rowids->begin(), event_rowids->end(), rowid) == event_rowids->end()) {
      event_rowids->push_back(rowid);
    }
  }
  return Status::Ok();
}

Status DeleteEventsOf(Database* db, const std::string& doc, const std::string& event_rowids_json) {
  static constexpr const char* kPostgresSteps[] = {
      "UPDATE events SET evidence = (SELECT coalesce(json_agg(j.value ORDER BY j.k), '[]') "
      "FROM json_array_elements(events.evidence) WITH ORDINALITY j (value, k) WHERE j.value ->> 0 <> ?1) "
      "WHERE rowid IN (SELECT value::text::bigint FROM json_array_elements(?2::json))",
      // "?1 IS NOT NULL": every parameter bound must appear in the statement.
      "DELETE FROM events WHERE rowid IN (SELECT value::text::bigint FROM json_array_elements(?2::json)) "
      "AND json_array_length(evidence) = 0 AND ?1::text IS NOT NULL",
      "UPDATE events SET first_doc = (SELECT d.id FROM json_array_elements(events.evidence) j JOIN documents d ON "
      "d.id = j.value ->> 0 ORDER BY d.seq LIMIT 1) "
      "WHERE rowid IN (SELECT value::text::bigint FROM json_array_elements(?2::json)) AND first_doc = ?1",
  };
  static constexpr const char* kSteps[] = {
      "UPDATE events SET evidence = (SELECT json_group_array(json(j.value)) FROM json_each(events.evidence) j "
      "WHERE j.value ->> 0 != ?1) WHERE rowid IN (SELECT value FROM json_each(?2))",
      "DELETE FROM events WHERE rowid IN (SELECT value FROM json_each(?2)) AND json_array_length(evidence) = 0",
      "UPDATE events SET first_doc = (SELECT d.id FROM json_each(events.evidence) j JOIN documents d ON d.id = "
      "j.value ->> 0 ORDER BY d.seq LIMIT 1) WHERE rowid IN (SELECT value FROM json_each(?2)) AND first_doc = ?1",
  };
  for (const char* sql : db->dialect() == SqlDialect::kPostgres ? kPostgresSteps : kSteps) {
    Statement* st = db->Cached(sql);
    if (st == nullptr) return db->Error(std::string("cannot prepare: ") + sql);
    st->Bind(1, doc).Bind(2, event_rowids_json);
    DYAD_RETURN_IF_ERROR(st->Run());
  }
  return Status::Ok();
}

}  // namespace dyad
