#include "store/event_writer.h"

#include <algorithm>

#include "store/event_rows.h"

namespace dyad {
namespace {

// A second story's report of a stored event adds what it links: the
// mechanism when the event had none, its frameworks and topics to the
// stored ones (kept sorted), and its commitments (in the order of their JSON
// text, byte by byte: SQLite's UNION returns its rows so, PostgreSQL is told).
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
      "commitments = (SELECT CASE WHEN count(*) = 0 THEN NULL ELSE json_agg(v::json ORDER BY v COLLATE \"C\") END FROM "
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
  const std::vector<EventRecord>& events = doc.events;
  // Where each event goes: a stored event of another story it reports, or a
  // new row. Stored rows are looked up before anything of this story is
  // written (its own new rows never count: they are not another story's).
  std::vector<int64_t> target;
  DYAD_RETURN_IF_ERROR(FindMergeTargets(db, doc, &target));
  std::vector<int64_t> merged;  // distinct targets, in order
  for (int64_t t : target) {
    if (t != 0 && std::find(merged.begin(), merged.end(), t) == merged.end()) merged.push_back(t);
  }
  // Each target's evidence with this story's sentences appended.
  std::vector<std::string> evidence;
  DYAD_RETURN_IF_ERROR(ReadEvidence(db, merged, &evidence));
  for (size_t i = 0; i < events.size(); ++i) {
    if (target[i] == 0) continue;
    std::string& json = evidence[static_cast<size_t>(std::find(merged.begin(), merged.end(), target[i]) - merged.begin())];
    if (json.empty() || json.back() != ']') json = "[]";
    json.pop_back();
    AppendEvidenceJson(doc.doc.id, events[i], &json);
    json.push_back(']');
  }
  for (size_t m = 0; m < merged.size(); ++m) {
    Statement* st = db->Cached("UPDATE events SET evidence = ? WHERE rowid = ?");
    if (st == nullptr) return db->Error("cannot prepare evidence update");
    st->BindRef(1, evidence[m]).Bind(2, merged[m]);
    DYAD_RETURN_IF_ERROR(st->Run());
  }
  for (size_t i = 0; i < events.size(); ++i) {
    if (target[i] != 0) DYAD_RETURN_IF_ERROR(MergeLinks(db, events[i], target[i]));
  }
  std::vector<size_t> fresh;
  for (size_t i = 0; i < events.size(); ++i) {
    if (target[i] == 0) fresh.push_back(i);
  }
  std::vector<int64_t> rowids;
  DYAD_RETURN_IF_ERROR(InsertEvents(db, doc, fresh, &rowids));
  for (size_t k = 0; k < fresh.size(); ++k) target[fresh[k]] = rowids[k];
  for (int64_t rowid : target) {
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
