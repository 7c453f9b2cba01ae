#include "store/schema.h"

#include <array>
#include <string>

namespace dyad {
namespace {

// Never edit a migration that has shipped: add a new one.
constexpr std::array<const char*, 6> kMigrations = {
    // 1: documents, sentences, full-text index, and the derived tables.
    R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  seq INTEGER NOT NULL,            -- ingest order, for stable output
  hash TEXT NOT NULL,
  source TEXT, url TEXT, title TEXT,
  published TEXT, published_from TEXT,
  dateline TEXT, dateline_month INTEGER, dateline_day INTEGER,
  agency TEXT,
  inferred_year INTEGER, inferred_year_reason TEXT,
  body_begin INTEGER NOT NULL, body_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}',
  origin TEXT
);
CREATE UNIQUE INDEX documents_seq ON documents(seq);
CREATE TABLE sentences (
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
-- Indexes the folded forms (case and diacritics already removed, Đ -> d),
-- since FTS5's own diacritic removal leaves Đ alone. Contentless: the rowid
-- is the document's rowid and the text is already in documents, so FTS5
-- keeps only its index (a deletion re-folds the stored text).
CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, content = '', tokenize = 'unicode61');
CREATE TABLE mentions (
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL,   -- the text is documents.text at these bytes
  actor_id TEXT, name TEXT, country TEXT, code TEXT, role TEXT, how TEXT
);
CREATE INDEX mentions_doc ON mentions(doc, start);
CREATE TABLE events (
  event_id TEXT PRIMARY KEY,
  first_doc TEXT NOT NULL,
  date TEXT, date_end TEXT, date_precision TEXT, date_note TEXT,
  source_code TEXT, source_country TEXT, source_name TEXT, source_actor TEXT,
  target_code TEXT, target_country TEXT, target_name TEXT, target_actor TEXT,
  cameo TEXT NOT NULL, cameo_name TEXT, root TEXT NOT NULL,
  goldstein REAL, quad_class INTEGER, plover TEXT,
  location TEXT,
  dyad TEXT                       -- "CHN-VNM": the two countries, sorted
);
-- Two indexes only: each costs every insert. Pair-and-period queries (the
-- dashboard's, `dyad events --dyad`) and the merge lookup use them; a filter
-- on dates or CAMEO alone scans.
CREATE INDEX events_dyad_date ON events(dyad, date);
CREATE INDEX events_merge ON events(source_country, target_country, root, date);
CREATE TABLE evidence (
  event_id TEXT NOT NULL REFERENCES events(event_id) ON DELETE CASCADE,
  doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  start INTEGER NOT NULL, end INTEGER NOT NULL   -- the text is documents.text at these bytes
);
CREATE INDEX evidence_event ON evidence(event_id);
CREATE INDEX evidence_doc ON evidence(doc);
CREATE TABLE actors (
  actor_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT,
  code TEXT,
  role TEXT,
  first_doc TEXT
);
)sql",
    // 2: a document's sentences, actor mentions and events as one row of
    // JSON instead of ~30 rows and an index, and an event's evidence as JSON
    // on its row instead of rows in three B-trees: they are only ever read a
    // whole document or event at a time, and writing them row by row was
    // most of ingest's write cost. Events lose the index on event_id (ids
    // are unique by construction, and nothing looks an event up by id: a
    // document lists its events by rowid). Views keep the old tables' shape
    // for SQL readers.
    R"sql(
CREATE TABLE annotations (
  doc INTEGER PRIMARY KEY,         -- documents.rowid
  sentences TEXT NOT NULL,         -- [[start, end], ...] bytes of documents.text
  -- {"actors": [[actor_id, name, country, code, role], ...], "hows": ["dictionary", ...],
  --  "spans": [[sentence, start, end, actor, how], ...]}: a story names its few actors many times, so each
  -- actor and each way of resolving one is written once.
  mentions TEXT NOT NULL,
  events TEXT NOT NULL             -- [rowid, ...] of the events this document is evidence of
);
INSERT INTO annotations (doc, sentences, mentions, events)
SELECT d.rowid,
  (SELECT json_group_array(json_array(s.start, s.end))
     FROM (SELECT start, end FROM sentences WHERE doc = d.id ORDER BY idx) s),
  (SELECT json_object('actors', json_group_array(json_array(m.actor_id, m.name, m.country, m.code, m.role)),
                      'hows', json_group_array(m.how),
                      'spans', json_group_array(json_array(m.sentence, m.start, m.end, m.k, m.k)))
     FROM (SELECT *, row_number() OVER (ORDER BY start, rowid) - 1 AS k FROM mentions WHERE doc = d.id
           ORDER BY start, rowid) m),
  (SELECT json_group_array(e.rowid) FROM (SELECT DISTINCT event_id FROM evidence WHERE doc = d.id) x
     JOIN events e ON e.event_id = x.event_id)
FROM documents d;
CREATE TABLE events_v2 (
  event_id TEXT NOT NULL,          -- "ev-" and a 64-bit hash of where and what: unique by construction
  first_doc TEXT NOT NULL,
  date TEXT, date_end TEXT, date_precision TEXT, date_note TEXT,
  source_code TEXT, source_country TEXT, source_name TEXT, source_actor TEXT,
  target_code TEXT, target_country TEXT, target_name TEXT, target_actor TEXT,
  cameo TEXT NOT NULL, cameo_name TEXT, root TEXT NOT NULL,
  goldstein REAL, quad_class INTEGER, plover TEXT,
  location TEXT,
  dyad TEXT,                       -- "CHN-VNM": the two countries, sorted
  evidence TEXT NOT NULL           -- [[doc, sentence, start, end], ...] in story order
);
INSERT INTO events_v2 (rowid, event_id, first_doc, date, date_end, date_precision, date_note, source_code,
  source_country, source_name, source_actor, target_code, target_country, target_name, target_actor, cameo,
  cameo_name, root, goldstein, quad_class, plover, location, dyad, evidence)
SELECT e.rowid, e.event_id, e.first_doc, e.date, e.date_end, e.date_precision, e.date_note, e.source_code,
  e.source_country, e.source_name, e.source_actor, e.target_code, e.target_country, e.target_name, e.target_actor,
  e.cameo, e.cameo_name, e.root, e.goldstein, e.quad_class, e.plover, e.location, e.dyad,
  (SELECT json_group_array(json_array(x.doc, x.sentence, x.start, x.end))
     FROM (SELECT x.* FROM evidence x JOIN documents d ON d.id = x.doc WHERE x.event_id = e.event_id
           ORDER BY d.seq, x.sentence, x.start) x)
FROM events e;
DROP TABLE sentences;
DROP TABLE mentions;
DROP TABLE evidence;
DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;
-- Two indexes, each paid by every insert: pair-and-period queries (the
-- dashboard's, `dyad events --dyad`) and the merge look-up, which decides
-- overlap from the index alone (see event_writer).
CREATE INDEX events_dyad_date ON events(dyad, date);
CREATE INDEX events_merge ON events(source_country, target_country, root, date, date_end);
CREATE VIEW sentences (doc, idx, start, end) AS
  SELECT d.id, CAST(j.key AS INTEGER), j.value ->> 0, j.value ->> 1
  FROM documents d JOIN annotations a ON a.doc = d.rowid, json_each(a.sentences) j;
CREATE VIEW mentions (doc, sentence, start, end, actor_id, name, country, code, role, how) AS
  SELECT doc, sentence, start, end, actor ->> 0, actor ->> 1, actor ->> 2, actor ->> 3, actor ->> 4, how FROM (
    SELECT d.id AS doc, j.value ->> 0 AS sentence, j.value ->> 1 AS start, j.value ->> 2 AS end,
           a.mentions -> ('$.actors[' || (j.value ->> 3) || ']') AS actor,
           a.mentions ->> ('$.hows[' || (j.value ->> 4) || ']') AS how
    FROM documents d JOIN annotations a ON a.doc = d.rowid, json_each(a.mentions, '$.spans') j);
CREATE VIEW evidence (event_id, doc, sentence, start, end) AS
  SELECT e.event_id, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3 FROM events e, json_each(e.evidence) j;
)sql",
    // 3: where an event's date comes from. Events the text did not date take
    // their story's publication date, marked "story" (the coder also uses a
    // dateline when there is no publication date; a re-ingest applies it).
    R"sql(
ALTER TABLE events ADD COLUMN date_source TEXT;
UPDATE events SET date_source = 'text' WHERE date IS NOT NULL;
UPDATE events SET date_source = 'story', date_precision = 'day', date_note = 'not in the text: the story''s date',
  date = (SELECT substr(d.published, 1, 10) FROM documents d WHERE d.id = events.first_doc)
  WHERE date IS NULL AND (SELECT d.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                          FROM documents d WHERE d.id = events.first_doc);
)sql",
    // 4: where an event happened, from the gazetteer: the place's state (NULL
    // for international waters and disputed features), its kind, its point
    // and, for a city, its GeoNames id. Older events keep their place's name
    // only; re-ingesting their stories places them.
    R"sql(
ALTER TABLE events ADD COLUMN location_country TEXT;
ALTER TABLE events ADD COLUMN location_kind TEXT;
ALTER TABLE events ADD COLUMN location_lat REAL;
ALTER TABLE events ADD COLUMN location_lon REAL;
ALTER TABLE events ADD COLUMN location_geonames INTEGER;
)sql",
    // 5: the relationship's architecture on its events (data/relations/): the
    // standing mechanism an act took place in, the frameworks its sentence
    // invokes and what it is about (JSON arrays of ids, sorted; NULL when
    // none), the commitments it speaks of, and each story's mentions of
    // mechanisms and frameworks with their spans. Older stories get them
    // when re-ingested.
    R"sql(
ALTER TABLE events ADD COLUMN mechanism TEXT;
ALTER TABLE events ADD COLUMN frameworks TEXT;
ALTER TABLE events ADD COLUMN topics TEXT;
ALTER TABLE events ADD COLUMN commitments TEXT;  -- [[topic, project, object, stage], ...]
ALTER TABLE annotations ADD COLUMN institutions TEXT;  -- [[kind, id, sentence, start, end], ...]
CREATE VIEW institution_mentions (doc, kind, id, sentence, start, end) AS
  SELECT d.id, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4
  FROM documents d JOIN annotations a ON a.doc = d.rowid, json_each(a.institutions) j;
)sql",
    // 6: the language a story is written in (a BCP 47 tag: "en", "vi", "zh",
    // "zh-Hant"), as its input said or as identified from its text; NULL for
    // stories stored before, until re-ingested.
    R"sql(
ALTER TABLE documents ADD COLUMN lang TEXT;
)sql",
};

// PostgreSQL stores start at the schema of SQLite's migration 6, written
// with PostgreSQL's types: the same version number means the same tables and
// columns on both back ends. Text compares byte by byte (COLLATE "C"), as in
// SQLite, since dates and codes are compared and ordered as strings. Columns
// of JSON keep the text dyad wrote (json, not jsonb). The full-text index is
// a tsvector of the folded title and body beside the document.
constexpr const char* kPostgresSchema = R"sql(
CREATE TABLE documents (
  rowid BIGINT GENERATED BY DEFAULT AS IDENTITY UNIQUE,
  id TEXT COLLATE "C" PRIMARY KEY,
  seq BIGINT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  source TEXT, url TEXT, title TEXT,
  published TEXT COLLATE "C", published_from TEXT,
  dateline TEXT, dateline_month INTEGER, dateline_day INTEGER,
  agency TEXT,
  inferred_year INTEGER, inferred_year_reason TEXT,
  body_begin BIGINT NOT NULL, body_end BIGINT NOT NULL,
  text TEXT NOT NULL,
  metadata TEXT NOT NULL DEFAULT '{}',
  origin TEXT,
  lang TEXT,
  fts TSVECTOR
);
CREATE INDEX documents_fts ON documents USING gin (fts);
CREATE TABLE annotations (
  doc BIGINT PRIMARY KEY,
  sentences JSON NOT NULL,
  mentions JSON NOT NULL,
  events JSON NOT NULL,
  institutions JSON
);
CREATE TABLE events (
  rowid BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  event_id TEXT COLLATE "C" NOT NULL,
  first_doc TEXT COLLATE "C" NOT NULL,
  date TEXT COLLATE "C", date_end TEXT COLLATE "C", date_precision TEXT, date_note TEXT,
  source_code TEXT COLLATE "C", source_country TEXT COLLATE "C", source_name TEXT COLLATE "C",
  source_actor TEXT COLLATE "C",
  target_code TEXT COLLATE "C", target_country TEXT COLLATE "C", target_name TEXT COLLATE "C",
  target_actor TEXT COLLATE "C",
  cameo TEXT COLLATE "C" NOT NULL, cameo_name TEXT, root TEXT COLLATE "C" NOT NULL,
  goldstein DOUBLE PRECISION, quad_class INTEGER, plover TEXT COLLATE "C",
  location TEXT COLLATE "C",
  dyad TEXT COLLATE "C",
  evidence JSON NOT NULL,
  date_source TEXT,
  location_country TEXT COLLATE "C", location_kind TEXT COLLATE "C",
  location_lat DOUBLE PRECISION, location_lon DOUBLE PRECISION, location_geonames BIGINT,
  mechanism TEXT COLLATE "C", frameworks JSON, topics JSON, commitments JSON
);
CREATE INDEX events_dyad_date ON events (dyad, date);
CREATE INDEX events_merge ON events (source_country, target_country, root, date, date_end);
-- The views SQLite's migration 2 keeps for SQL readers.
CREATE VIEW sentences (doc, idx, start, "end") AS
  SELECT d.id, t.k - 1, (t.s ->> 0)::bigint, (t.s ->> 1)::bigint
  FROM documents d JOIN annotations a ON a.doc = d.rowid, json_array_elements(a.sentences) WITH ORDINALITY t (s, k);
CREATE VIEW mentions (doc, sentence, start, "end", actor_id, name, country, code, role, how) AS
  SELECT d.id, (j.v ->> 0)::bigint, (j.v ->> 1)::bigint, (j.v ->> 2)::bigint,
    a.mentions -> 'actors' -> ((j.v ->> 3)::int) ->> 0, a.mentions -> 'actors' -> ((j.v ->> 3)::int) ->> 1,
    a.mentions -> 'actors' -> ((j.v ->> 3)::int) ->> 2, a.mentions -> 'actors' -> ((j.v ->> 3)::int) ->> 3,
    a.mentions -> 'actors' -> ((j.v ->> 3)::int) ->> 4, a.mentions -> 'hows' ->> ((j.v ->> 4)::int)
  FROM documents d JOIN annotations a ON a.doc = d.rowid, json_array_elements(a.mentions -> 'spans') j (v);
CREATE VIEW evidence (event_id, doc, sentence, start, "end") AS
  SELECT e.event_id, j.v ->> 0, (j.v ->> 1)::bigint, (j.v ->> 2)::bigint, (j.v ->> 3)::bigint
  FROM events e, json_array_elements(e.evidence) j (v);
CREATE VIEW institution_mentions (doc, kind, id, sentence, start, "end") AS
  SELECT d.id, j.v ->> 0, j.v ->> 1, (j.v ->> 2)::bigint, (j.v ->> 3)::bigint, (j.v ->> 4)::bigint
  FROM documents d JOIN annotations a ON a.doc = d.rowid, json_array_elements(a.institutions) j (v);
-- SQLite's dyad_fold is a C function (text/folding.h); here lower case
-- without diacritics, Đ as d, from the unaccent extension.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE FUNCTION dyad_fold(t TEXT) RETURNS TEXT LANGUAGE sql STABLE
  AS $$ SELECT lower(unaccent(translate(t, 'Đđ', 'dd'))) $$;
CREATE TABLE dyad_schema (version INTEGER NOT NULL);
INSERT INTO dyad_schema VALUES (0);
)sql";

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(kMigrations.size()); }

namespace {

// One integer from `sql`'s first row (0 when there is none).
Result<int> ReadInt(Database* db, const char* sql) {
  Result<Statement> st = db->Prepare(sql);
  if (!st.ok()) return st.status();
  int value = st->Step() ? static_cast<int>(st->ColumnInt(0)) : 0;
  if (!st->status().ok()) return st->status();
  st->Reset();  // an open statement would keep a migration from dropping tables
  return value;
}

Result<int> SchemaVersion(Database* db) {
  int version = 0;
  if (db->dialect() == SqlDialect::kSqlite) {
    Result<int> read = ReadInt(db, "PRAGMA user_version");
    if (!read.ok()) return read.status();
    version = *read;
  } else {
    Result<int> exists = ReadInt(db, "SELECT (to_regclass('dyad_schema') IS NOT NULL)::int");
    if (!exists.ok()) return exists.status();
    if (*exists != 0) {
      Result<int> read = ReadInt(db, "SELECT version FROM dyad_schema");
      if (!read.ok()) return read.status();
      version = *read;
    }
  }
  if (version > LatestSchemaVersion()) {
    return Status::Corrupt(db->path() + ": schema version " + std::to_string(version) +
                           " is newer than this dyad (" + std::to_string(LatestSchemaVersion()) + ")");
  }
  return version;
}

}  // namespace

Result<int> StoredSchemaVersion(Database* db) { return SchemaVersion(db); }

Status MigrateSchema(Database* db) {
  Result<int> version = SchemaVersion(db);
  if (!version.ok()) return version.status();
  if (*version == LatestSchemaVersion()) return Status::Ok();  // no write lock for the common case
  // Two processes may open a new store at once: each takes the write lock
  // and reads the version again under it, so the second waits for the first
  // to finish and then finds nothing left to do. All migrations are one
  // transaction: a store is at one version or the next, never in between.
  DYAD_RETURN_IF_ERROR(db->Begin());
  version = SchemaVersion(db);
  Status s = version.ok() ? Status::Ok() : version.status();
  for (int v = version.ok() ? *version : LatestSchemaVersion(); s.ok() && v < LatestSchemaVersion(); ++v) {
    if (db->dialect() == SqlDialect::kSqlite) {
      s = db->Exec(kMigrations[static_cast<size_t>(v)]);
      if (s.ok()) s = db->Exec("PRAGMA user_version = " + std::to_string(v + 1));
    } else {
      if (v == 0) s = db->Exec(kPostgresSchema);  // migrations 2 to 6 are in it
      if (s.ok()) s = db->Exec("UPDATE dyad_schema SET version = " + std::to_string(v + 1));
    }
    if (!s.ok()) {
      std::string reason = s.message();
      if (reason.rfind(db->path() + ": ", 0) == 0) reason.erase(0, db->path().size() + 2);
      s = Status::Corrupt(db->path() + ": migration " + std::to_string(v + 1) + " failed: " + reason);
    }
  }
  if (!s.ok()) {
    db->Rollback();
    return s;
  }
  return db->Commit();
}

}  // namespace dyad
