#include "store/event_writer.h"

#include <algorithm>

#include "util/day.h"
#include "util/hash.h"


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

// An existing event the new one is a report of, or "".
Result<std::string> FindMergeTarget(Database* db, const AnalyzedDocument& doc, const EventRecord& e) {
  std::string first, last;
  if (e.source.country.empty() || e.target.country.empty() || !DateInterval(e.date, e.date_end, &first, &last)) {
    return std::string();
  }
  Statement* st = db->Cached(
      "SELECT e.event_id, e.date, e.date_end, e.rowid FROM events e WHERE e.source_country = ? AND "
      "e.target_country = ? AND e.root = ? AND e.date >= ? AND e.date <= ? AND e.first_doc != ?");
  if (st == nullptr) return Status::Internal("cannot prepare merge lookup");
  // An overlapping stored event starts no later than `last` and, since dated
  // events in news span days or weeks (a month at most), no earlier than
  // kMaxEventSpanDays before `first`. The window keeps the look-up's cost
  // independent of how many events the pair had that year.
  st->Bind(1, e.source.country).Bind(2, e.target.country).Bind(3, e.root);
  st->Bind(4, FormatDay(AddDays(ParseDay(first, false), -kMaxEventSpanDays))).Bind(5, last).Bind(6, doc.doc.id);
  std::string found;
  int64_t found_rowid = 0;
  while (st->Step()) {
    std::string f2, l2;
    if (!DateInterval(st->ColumnText(1), st->ColumnText(2), &f2, &l2)) continue;
    // The earliest stored of the overlapping events, whatever the index order.
    if (f2 <= last && first <= l2 && (found.empty() || st->ColumnInt(3) < found_rowid)) {
      found = st->ColumnText(0);
      found_rowid = st->ColumnInt(3);
    }
  }
  if (!st->status().ok()) return st->status();
  return found;
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

Status WriteEvents(Database* db, const AnalyzedDocument& doc) {
  Statement* insert_event = db->Cached(
      "INSERT INTO events (event_id, first_doc, date, date_end, date_precision, date_note, source_code, "
      "source_country, source_name, source_actor, target_code, target_country, target_name, target_actor, cameo, "
      "root, goldstein, quad_class, plover, location, dyad, cameo_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
      "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)");
  if (insert_event == nullptr) return Status::Internal("cannot prepare event insert");
  for (const EventRecord& e : doc.events) {
    Result<std::string> merge = FindMergeTarget(db, doc, e);
    if (!merge.ok()) return merge.status();
    std::string event_id = *merge;
    if (event_id.empty()) {
      event_id = e.event_id;
      if (event_id.empty()) {
        // Records built by hand (not by the coder) get an id from where they
        // are said and what they say.
        const Evidence& first = e.evidence.front();
        uint64_t h = Fnv1a64(doc.doc.id);
        h = Fnv1a64(std::to_string(first.sentence) + "/" + std::to_string(first.start) + "/" + e.cameo + "/" +
                        e.source.code + "/" + e.target.code + "/" + e.date, h);
        event_id = "ev-" + Hex64(h);
      }
      Statement* st = insert_event;
      st->Reset();
      st->Bind(1, event_id).Bind(2, doc.doc.id).BindOptional(3, e.date).BindOptional(4, e.date_end);
      st->BindOptional(5, e.date_precision).BindOptional(6, e.date_note);
      st->BindOptional(7, e.source.code).BindOptional(8, e.source.country).BindOptional(9, e.source.name);
      st->BindOptional(10, e.source.actor_id).BindOptional(11, e.target.code).BindOptional(12, e.target.country);
      st->BindOptional(13, e.target.name).BindOptional(14, e.target.actor_id).Bind(15, e.cameo).Bind(16, e.root);
      st->Bind(17, e.goldstein).Bind(18, static_cast<int64_t>(e.quad_class)).BindOptional(19, e.plover);
      st->BindOptional(20, e.location).BindOptional(21, DyadKey(e.source.country, e.target.country));
      st->BindOptional(22, e.cameo_name);
      DYAD_RETURN_IF_ERROR(st->Run());
    }
    Statement* ev = db->Cached("INSERT INTO evidence (event_id, doc, sentence, start, end) VALUES (?, ?, ?, ?, ?)");
    if (ev == nullptr) return Status::Internal("cannot prepare evidence insert");
    for (const Evidence& x : e.evidence) {
      ev->Bind(1, event_id).Bind(2, doc.doc.id).Bind(3, static_cast<int64_t>(x.sentence));
      ev->Bind(4, static_cast<int64_t>(x.start)).Bind(5, static_cast<int64_t>(x.end));
      DYAD_RETURN_IF_ERROR(ev->Run());
    }
  }
  return Status::Ok();
}

Status DeleteEventsOf(Database* db, const std::string& doc) {
  static constexpr const char* kSteps[] = {
      "DELETE FROM evidence WHERE doc = ?1",
      "DELETE FROM events WHERE first_doc = ?1 AND NOT EXISTS (SELECT 1 FROM evidence x WHERE x.event_id = "
      "events.event_id)",
      "UPDATE events SET first_doc = (SELECT x.doc FROM evidence x JOIN documents d ON d.id = x.doc WHERE "
      "x.event_id = events.event_id ORDER BY d.seq LIMIT 1) WHERE first_doc = ?1",
  };
  for (const char* sql : kSteps) {
    Statement* st = db->Cached(sql);
    if (st == nullptr) return Status::Internal(std::string("cannot prepare: ") + sql);
    st->Bind(1, doc);
    DYAD_RETURN_IF_ERROR(st->Run());
  }
  return Status::Ok();
}

}  // namespace dyad
