#!/usr/bin/env node
// Dumps a dyad store into one JSON fixture for the mock API server (mock-server.mjs):
//   node tests/web/make-fixture.mjs DYAD_BIN DB DATA_DIR > fixture.json
// Events, mentions and document metadata come from the dyad CLI; document text and sentence
// offsets from the sqlite3 shell; offices from DATA_DIR/actors/offices.tsv and people.tsv.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [bin, db, dataDir] = process.argv.slice(2);
if (!bin || !db || !dataDir) {
  console.error('usage: make-fixture.mjs DYAD_BIN DB DATA_DIR');
  process.exit(2);
}
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
const jsonl = (s) => s.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const sql = (q) => { const out = run('sqlite3', ['-json', db, q]).trim(); return out ? JSON.parse(out) : []; };

const events = jsonl(run(bin, ['events', '--db', db, '--format', 'jsonl']));
const mentions = jsonl(run(bin, ['actors', '--db', db, '--format', 'jsonl']));
const meta = jsonl(run(bin, ['docs', '--db', db, '--format', 'jsonl']));
const texts = new Map(sql('select id, text from documents').map((r) => [r.id, r.text]));
const sentences = new Map();
for (const r of sql('select doc, idx, start, end from sentences order by doc, idx')) {
  if (!sentences.has(r.doc)) sentences.set(r.doc, []);
  sentences.get(r.doc).push({ start: r.start, end: r.end });
}
const docs = meta.map((d) => ({
  id: d.id, title: d.title, source: d.source, url: d.url, published: d.published,
  dateline: d.dateline, agency: d.agency, text: texts.get(d.id) ?? '', sentences: sentences.get(d.id) ?? [],
}));

const tsv = (file) => readFileSync(join(dataDir, 'actors', file), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const seen = new Set(mentions.map((m) => m.actor_id).filter(Boolean));
for (const e of events) for (const a of [e.source, e.target]) if (a?.actor_id) seen.add(a.actor_id);
const offices = tsv('offices.tsv').filter((r) => seen.has(r[0]))
  .map(([actor_id, code, role, start, end]) => ({ actor_id, code, role, start: start || null, end: end || null }));

const countries = {};
const used = new Set(mentions.map((m) => m.country));
for (const e of events) for (const a of [e.source, e.target]) if (a?.country) used.add(a.country);
for (const r of tsv('countries.tsv')) if (used.has(r[0])) countries[r[0]] = r[1].split('|')[0];

process.stdout.write(JSON.stringify({ docs, mentions, events, offices, countries }) + '\n');
