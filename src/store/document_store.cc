#include "store/document_store.h"

#include <algorithm>

#include "store/event_writer.h"
#include "store/schema.h"
#include "text/folding.h"
#include "util/json_string.h"

namespace dyad {
namespace {

// The annotations row of a document (schema migration 2).
void AnnotationsJson(const AnalyzedDocument& a, std::string* sentences, std::string* mentions) {
  sentences->reserve(a.sentences.size() * 12 + 2);
  sentences->push_back('[');
  for (const SentenceSpan& span : a.sentences) {
    if (sentences->size() > 1) sentences->push_back(',');
    AppendJsonIntegers({span.begin, span.end}, sentences);
  }
  sentences->push_back(']');
  // {"actors": [...], "hows": [...], "spans": [...]}: each distinct actor
  // and each way of resolving one written once; spans point into both.
  std::vector<const Mention*> actors;
  std::vector<const std::string*> hows;
  std::string spans = "[";
  for (const Mention& m : a.mentions) {
    size_t k = 0;
    while (k < actors.size() && !(actors[k]->actor_id == m.actor_id && actors[k]->name == m.name &&
                                  actors[k]->country == m.country && actors[k]->code == m.code &&
                                  actors[k]->role == m.role)) {
      ++k;
    }
    if (k == actors.size()) actors.push_back(&m);
    size_t h = 0;
    while (h < hows.size() && *hows[h] != m.how) ++h;
    if (h == hows.size()) hows.push_back(&m.how);
    if (spans.size() > 1) spans.push_back(',');
    AppendJsonIntegers({m.sentence, m.start, m.end, static_cast<int64_t>(k), static_cast<int64_t>(h)}, &spans);
  }
  spans.push_back(']');
  mentions->reserve(actors.size() * 64 + spans.size() + 48);
  mentions->append("{\"actors\":[");
  for (size_t k = 0; k < actors.size(); ++k) {
    const Mention& m = *actors[k];
    mentions->append(k == 0 ? "[" : ",[");
    bool first = true;
    for (const std::string* field : {&m.actor_id, &m.name, &m.country, &m.code, &m.role}) {
      if (!first) mentions->push_back(',');
      first = false;
      AppendJsonStringOrNull(*field, mentions);
    }
    mentions->push_back(']');
  }
  mentions->append("],\"hows\":[");
  for (size_t h = 0; h < hows.size(); ++h) {
    if (h > 0) mentions->push_back(',');
    AppendJsonStringOrNull(*hows[h], mentions);
  }
  mentions->append("],\"spans\":");
  mentions->append(spans);
  mentions->push_back('}');
}

// A story's mentions of mechanisms and frameworks (schema migration 5):
// [[kind, id, sentence, start, end], ...], "" (NULL) when none.
std::string InstitutionsJson(const std::vector<InstitutionMention>& mentions) {
  if (mentions.empty()) return "";
  std::string out = "[";
  for (const InstitutionMention& m : mentions) {
    if (out.size() > 1) out.push_back(',');
    out.push_back('[');
    AppendJsonString(m.kind, &out);
    out.push_back(',');
    AppendJsonString(m.id, &out);
    for (int64_t v : {static_cast<int64_t>(m.sentence), static_cast<int64_t>(m.start), static_cast<int64_t>(m.end)}) {
      out.push_back(',');
      AppendJsonInteger(v, &out);
    }
    out.push_back(']');
  }
  out.push_back(']');
  return out;
}

}  // namespace

void PrepareForStore(AnalyzedDocument* doc) {
  doc->sentences_json.clear();
  doc->mentions_json.clear();
  AnnotationsJson(*doc, &doc->sentences_json, &doc->mentions_json);
}

Result<std::unique_ptr<DocumentStore>> DocumentStore::Open(const std::string& path, bool create, bool read_only) {
  Result<std::unique_ptr<Database>> db = Database::Open(path, create, read_only);
  if (!db.ok()) return db.status();
  if ((*db)->dialect() == SqlDialect::kPostgres && (read_only || !create)) {
    // A server's database exists before dyad writes to it: a reader finds
    // out here whether it holds a store.
    Result<int> version = StoredSchemaVersion(db->get());
    if (!version.ok()) return version.status();
    if (*version == 0) {
      return Status::NotFound(path + ": no dyad store here yet; `dyad ingest --db " + path + " STORIES` makes one");
    }
  }
  if (!read_only) {
    Status s = MigrateSchema(db->get());
    if (!s.ok()) return s;
  } else {
    // A store an older dyad wrote lacks columns the queries read (the
    // story's language since migration 6): it is brought up to date once, as
    // opening it for writing would, and read then. A store this process may
    // not write is refused with the command that upgrades it.
    Result<int> version = StoredSchemaVersion(db->get());
    if (!version.ok()) return version.status();
    if (*version < LatestSchemaVersion()) {
      db->reset();
      Result<std::unique_ptr<Database>> writable = Database::Open(path, /*create=*/false, /*read_only=*/false);
      Status s = writable.ok() ? MigrateSchema(writable->get()) : writable.status();
      if (!s.ok()) {
        return Status::IoError(path + ": written by an older dyad (schema " + std::to_string(*version) + ", this one reads " +
                               std::to_string(LatestSchemaVersion()) + ") and cannot be upgraded here (" + s.message() +
                               "); run `dyad ingest --db " + path + " NEW_STORIES` once where the file can be written");
      }
      writable->reset();
      db = Database::Open(path, /*create=*/false, /*read_only=*/true);
      if (!db.ok()) return db.status();
    }
  }
  return std::unique_ptr<DocumentStore>(new DocumentStore(std::move(db).value()));
}

Result<std::string> DocumentStore::StoredHash(const std::string& id) {
  Statement* st = db_->Cached("SELECT hash FROM documents WHERE id = ?");
  if (st == nullptr) return db_->Error("cannot prepare hash lookup");
  st->Bind(1, id);
  std::string hash = st->Step() ? st->ColumnText(0) : "";
  Status status = st->status();
  // End the read transaction now: an open one keeps the WAL from being
  // checkpointed while ingest goes on.
  st->Reset();
  if (!status.ok()) return status;
  return hash;
}

Result<bool> DocumentStore::Empty() {
  Statement* st = db_->Cached("SELECT EXISTS (SELECT 1 FROM documents)");
  if (st == nullptr) return db_->Error("cannot prepare document count");
  bool empty = st->Step() && st->ColumnInt(0) == 0;
  Status status = st->status();
  st->Reset();
  if (!status.ok()) return status;
  return empty;
}

Result<int64_t> DocumentStore::LastSeq() {
  Statement* st = db_->Cached("SELECT COALESCE(MAX(seq), 0) FROM documents");
  if (st == nullptr) return db_->Error("cannot prepare last seq");
  int64_t seq = st->Step() ? st->ColumnInt(0) : 0;
  Status status = st->status();
  st->Reset();
  if (!status.ok()) return status;
  return seq;
}

Status DocumentStore::DeleteFullText(const std::string& id) {
  Statement* old = db_->Cached("SELECT rowid, title, text FROM documents WHERE id = ?");
  if (old == nullptr) return db_->Error("cannot prepare document lookup");
  old->Bind(1, id);
  if (old->Step()) {
    int64_t rowid = old->ColumnInt(0);
    std::string title = FoldString(old->ColumnText(1)), body = FoldString(old->ColumnText(2));
    old->Reset();
    Statement* del = db_->Cached("INSERT INTO docs_fts (docs_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)");
    if (del == nullptr) return db_->Error("cannot prepare fts delete");
    del->Bind(1, rowid).Bind(2, title).Bind(3, body);
    DYAD_RETURN_IF_ERROR(del->Run());
  }
  return old->status();
}

Status DocumentStore::DeleteDocument(const std::string& id) {
  Statement* events = db_->Cached(
      "SELECT a.events FROM annotations a JOIN documents d ON a.doc = d.rowid WHERE d.id = ?");
  if (events == nullptr) return db_->Error("cannot prepare annotation lookup");
  events->Bind(1, id);
  std::string event_rowids = events->Step() ? events->ColumnText(0) : "[]";
  DYAD_RETURN_IF_ERROR(events->status());
  events->Reset();
  DYAD_RETURN_IF_ERROR(DeleteEventsOf(db_.get(), id, event_rowids));
  // A contentless FTS5 row is deleted by giving back the values it indexed
  // (PostgreSQL's index is a column of the document's row).
  if (db_->dialect() == SqlDialect::kSqlite) DYAD_RETURN_IF_ERROR(DeleteFullText(id));
  for (const char* sql : {"DELETE FROM annotations WHERE doc = (SELECT rowid FROM documents WHERE id = ?)",
                          "DELETE FROM documents WHERE id = ?"}) {
    Statement* st = db_->Cached(sql);
    if (st == nullptr) return db_->Error(std::string("cannot prepare: ") + sql);
    st->Bind(1, id);
    DYAD_RETURN_IF_ERROR(st->Run());
  }
  return Status::Ok();
}

Result<PutOutcome> DocumentStore::Put(const AnalyzedDocument& a, ReplacedStory* replaced) {
  const Document& d = a.doc;
  Statement* old = db_->Cached("SELECT hash, seq, origin FROM documents WHERE id = ?");
  if (old == nullptr) return db_->Error("cannot prepare hash lookup");
  old->Bind(1, d.id);
  bool stored = old->Step();
  std::string old_hash = stored ? old->ColumnText(0) : "";
  if (stored && replaced != nullptr) *replaced = {old->ColumnInt(1), old->ColumnText(2)};
  Status looked_up = old->status();
  old->Reset();
  DYAD_RETURN_IF_ERROR(looked_up);
  if (stored && old_hash == a.hash) return PutOutcome::kUnchanged;
  PutOutcome outcome = PutOutcome::kAdded;
  if (stored) {
    DYAD_RETURN_IF_ERROR(DeleteDocument(d.id));
    outcome = PutOutcome::kReplaced;
  }
  // PostgreSQL indexes the folded text in the row itself, in the same
  // statement, and returns the new rowid (one round trip, not three).
  const bool pg = db_->dialect() == SqlDialect::kPostgres;
  Statement* st = db_->Cached(
      pg ? "INSERT INTO documents (id, seq, hash, source, url, title, published, published_from, dateline, "
           "dateline_month, dateline_day, agency, inferred_year, inferred_year_reason, body_begin, body_end, text, "
           "metadata, origin, lang, fts) VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), ?2, ?3, ?4, "
           "?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
           "setweight(to_tsvector('simple', ?20), 'A') || to_tsvector('simple', ?21)) RETURNING rowid"
         : "INSERT INTO documents (id, seq, hash, source, url, title, published, published_from, dateline, "
           "dateline_month, dateline_day, agency, inferred_year, inferred_year_reason, body_begin, body_end, text, "
           "metadata, origin, lang) VALUES (?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), ?2, ?3, ?4, ?5, "
           "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)");
  if (st == nullptr) return db_->Error("cannot prepare document insert");
  st->BindRef(1, d.id).BindRef(2, a.hash).BindOptionalRef(3, d.source).BindOptionalRef(4, d.url);
  st->BindOptionalRef(5, d.title);
  st->BindOptionalRef(6, d.published).BindOptionalRef(7, d.published_from).BindOptionalRef(8, d.dateline);
  if (d.dateline_month > 0) {
    st->Bind(9, static_cast<int64_t>(d.dateline_month)).Bind(10, static_cast<int64_t>(d.dateline_day));
  }
  st->BindOptionalRef(11, d.agency);
  if (a.inferred_year > 0) st->Bind(12, static_cast<int64_t>(a.inferred_year)).BindRef(13, a.inferred_year_reason);
  st->Bind(14, static_cast<int64_t>(d.body_begin)).Bind(15, static_cast<int64_t>(d.body_end));
  st->BindRef(16, d.text).BindRef(17, d.metadata_json).BindOptionalRef(18, d.origin).BindOptionalRef(19, d.lang);
  if (pg) st->BindRef(20, a.folded_title).BindRef(21, a.folded_body);
  Result<int64_t> inserted = db_->RunInsert(st);  // the document row just written
  if (!inserted.ok()) return inserted.status();
  const int64_t rowid = *inserted;
  if (!pg) {
    st = db_->Cached("INSERT INTO docs_fts (rowid, title, body) VALUES (?, ?, ?)");
    if (st == nullptr) return db_->Error("cannot prepare fts insert");
    st->Bind(1, rowid).BindRef(2, a.folded_title).BindRef(3, a.folded_body);
    DYAD_RETURN_IF_ERROR(st->Run());
  }

  std::vector<int64_t> event_rowids;
  DYAD_RETURN_IF_ERROR(WriteEvents(db_.get(), a, &event_rowids));
  st = db_->Cached("INSERT INTO annotations (doc, sentences, mentions, events, institutions) VALUES (?, ?, ?, ?, ?)");
  if (st == nullptr) return db_->Error("cannot prepare annotation insert");
  std::string sentences, mentions, events = "[";
  if (a.sentences_json.empty()) AnnotationsJson(a, &sentences, &mentions);
  for (int64_t event_rowid : event_rowids) {
    if (events.size() > 1) events.push_back(',');
    AppendJsonInteger(event_rowid, &events);
  }
  events.push_back(']');
  if (!a.sentences_json.empty()) {
    st->BindRef(2, a.sentences_json).BindRef(3, a.mentions_json);
  } else {
    st->BindRef(2, sentences).BindRef(3, mentions);
  }
  st->Bind(1, rowid).BindRef(4, events);
  std::string institutions = InstitutionsJson(a.institutions);
  st->BindOptionalRef(5, institutions);
  DYAD_RETURN_IF_ERROR(st->Run());
  return outcome;
}

Status DocumentStore::ListDocuments(const std::function<void(const DocumentInfo&)>& visit) {
  Result<Statement> st = db_->Prepare(
      "SELECT id, title, source, url, published, published_from, dateline, dateline_month, dateline_day, agency, "
      "origin, inferred_year, length(text), json_array_length(a.sentences), lang "
      "FROM documents d LEFT JOIN annotations a ON a.doc = d.rowid ORDER BY seq");
  if (!st.ok()) return st.status();
  while (st->Step()) {
    DocumentInfo info;
    info.id = st->ColumnText(0);
    info.title = st->ColumnText(1);
    info.source = st->ColumnText(2);
    info.url = st->ColumnText(3);
    info.published = st->ColumnText(4);
    info.published_from = st->ColumnText(5);
    info.dateline = st->ColumnText(6);
    if (!st->ColumnIsNull(7)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "--%02d-%02d", static_cast<int>(st->ColumnInt(7)),
                    static_cast<int>(st->ColumnInt(8)));
      info.dateline_date = buf;
    }
    info.agency = st->ColumnText(9);
    info.origin = st->ColumnText(10);
    info.inferred_year = static_cast<int>(st->ColumnInt(11));
    info.bytes = static_cast<size_t>(st->ColumnInt(12));
    info.sentences = static_cast<int>(st->ColumnInt(13));
    info.lang = st->ColumnText(14);
    visit(info);
  }
  return st->status();
}

}  // namespace dyad
