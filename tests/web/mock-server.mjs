#!/usr/bin/env node
// A stand-in for `dyad serve`: the JSON API of issue 6 computed in memory from a fixture made by
// make-fixture.mjs, plus the built dashboard at /. For developing and testing the dashboard
// without the C++ server; the real server is the reference for every shape here.
//
//   node tests/web/mock-server.mjs --fixture FILE [--port 0] [--bind 127.0.0.1] [--web web/dist]
//
// Prints "listening on http://HOST:PORT" once ready (port 0 picks a free one).
import http from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const fixture = JSON.parse(readFileSync(args.fixture, 'utf8'));
const webDir = args.web ? resolve(args.web) : null;
const kMaxLimit = 1000;

const { docs, mentions, events, offices, countries } = fixture;
const docById = new Map(docs.map((d) => [d.id, d]));

class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

const dyadOf = (e) => {
  const a = e.source?.country, b = e.target?.country;
  return a && b ? [a, b].sort().join('-') : null;
};

// Dates as in the store: "YYYY", "YYYY-MM" or "YYYY-MM-DD". A bound "YYYY-MM" as `to` covers the
// whole month, so bounds compare on the common prefix.
const dateRe = /^\d{4}(-\d{2}(-\d{2})?)?$/;
function checkDate(name, v) {
  if (v === undefined || v === null || v === '') return null;
  if (!dateRe.test(v)) throw new HttpError(400, `${name}: expected YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`);
  return v;
}
function inRange(date, from, to) {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date.slice(0, from.length) < from.slice(0, date.length)) return false;
  if (to && date.slice(0, to.length) > to.slice(0, date.length)) return false;
  return true;
}

function filterEvents(q) {
  const from = checkDate('from', q.get('from'));
  const to = checkDate('to', q.get('to'));
  if (from && to && from > to && !to.startsWith(from)) throw new HttpError(400, 'from is after to');
  const dyad = q.get('dyad');
  if (dyad) {
    if (!/^[A-Z]{3}-[A-Z]{3}$/.test(dyad)) throw new HttpError(400, `dyad: expected AAA-BBB, got "${dyad}"`);
    if (!events.some((e) => dyadOf(e) === dyad)) throw new HttpError(404, `unknown dyad ${dyad}`);
  }
  // direction=ab: the pair's first state (alphabetical) acts on the second; ba the reverse.
  const direction = q.get('direction') || '';
  if (!['', 'ab', 'ba'].includes(direction)) throw new HttpError(400, 'direction: ab or ba');
  if (direction && !dyad) throw new HttpError(400, 'direction needs a dyad');
  const [da, db] = (dyad ?? '').split('-');
  const way = (e) => !direction || (direction === 'ab'
    ? e.source?.country === da && e.target?.country === db
    : e.source?.country === db && e.target?.country === da);
  const cameo = q.get('cameo'), actor = q.get('actor'), doc = q.get('doc'), country = q.get('country');
  if (cameo && !/^\d{1,4}$/.test(cameo)) throw new HttpError(400, 'cameo: expected a code prefix of digits');
  const isActor = (a) => a && (a.actor_id === actor || a.code === actor);
  return events.filter((e) => (!dyad || dyadOf(e) === dyad)
    && way(e)
    && inRange(e.date, from, to)
    && (!cameo || e.cameo.startsWith(cameo))
    && (!actor || isActor(e.source) || isActor(e.target))
    && (!doc || e.docs.includes(doc))
    && (!country || e.source?.country === country || e.target?.country === country));
}

const mean = (xs) => {
  const v = xs.filter((x) => typeof x === 'number');
  return v.length ? Math.round((v.reduce((a, b) => a + b, 0) / v.length) * 100) / 100 : null;
};

function isoWeek(date) {
  const d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const y = d.getUTCFullYear();
  const week = Math.ceil(((d - Date.UTC(y, 0, 1)) / 86400000 + 1) / 7);
  return `${y}-W${String(week).padStart(2, '0')}`;
}

const routes = {
  '/api/dyads': () => {
    const by = new Map();
    for (const e of events) {
      const d = dyadOf(e);
      if (!d) continue;
      if (!by.has(d)) by.set(d, []);
      by.get(d).push(e);
    }
    const dyads = [...by].map(([dyad, es]) => {
      const cs = dyad.split('-');
      const dates = es.map((e) => e.date).filter(Boolean).sort();
      return { dyad, countries: cs, names: cs.map((c) => countries?.[c] ?? c), events: es.length,
        mean_goldstein: mean(es.map((e) => e.goldstein)), first_date: dates[0] ?? null, last_date: dates.at(-1) ?? null };
    }).sort((a, b) => b.events - a.events || a.dyad.localeCompare(b.dyad));
    return { dyads };
  },
  '/api/events': (q) => {
    const limit = q.has('limit') ? Number(q.get('limit')) : 100;
    const offset = q.has('offset') ? Number(q.get('offset')) : 0;
    if (!Number.isInteger(limit) || limit < 1 || limit > kMaxLimit) throw new HttpError(400, `limit: 1 to ${kMaxLimit}`);
    if (!Number.isInteger(offset) || offset < 0) throw new HttpError(400, 'offset: a non-negative integer');
    const all = filterEvents(q);
    return { total: all.length, limit, offset, events: all.slice(offset, offset + limit) };
  },
  '/api/timeline': (q) => {
    const bucket = q.get('bucket') || 'month';
    if (!['month', 'week', 'year'].includes(bucket)) throw new HttpError(400, 'bucket: month, week or year');
    if (!q.get('dyad')) throw new HttpError(400, 'dyad is required');
    const by = new Map();
    for (const e of filterEvents(q)) {
      if (!e.date) continue;
      let key;
      if (bucket === 'year') key = e.date.slice(0, 4);
      else if (bucket === 'month') { if (e.date.length < 7) continue; key = e.date.slice(0, 7); }
      else { if (e.date.length < 10) continue; key = isoWeek(e.date); }
      if (!by.has(key)) by.set(key, []);
      by.get(key).push(e);
    }
    const points = [...by].sort(([a], [b]) => a.localeCompare(b)).map(([key, es]) => {
      const quad = [0, 0, 0, 0];
      for (const e of es) if (e.quad_class >= 1 && e.quad_class <= 4) quad[e.quad_class - 1]++;
      return { bucket: key, events: es.length, quad, mean_goldstein: mean(es.map((e) => e.goldstein)) };
    });
    return { dyad: q.get('dyad'), bucket, points };
  },
  '/api/network': (q) => {
    const nodes = new Map(), edges = new Map();
    const node = (a) => {
      const id = a.actor_id || a.code;
      if (!nodes.has(id)) nodes.set(id, { id, name: a.name, country: a.country, code: a.code, events: 0 });
      nodes.get(id).events++;
      return id;
    };
    for (const e of filterEvents(q)) {
      if (!e.source || !e.target) continue;
      const s = node(e.source), t = node(e.target);
      const key = `${s}\u0000${t}`;
      if (!edges.has(key)) edges.set(key, { source: s, target: t, gs: [] });
      edges.get(key).gs.push(e.goldstein);
    }
    return { nodes: [...nodes.values()],
      edges: [...edges.values()].map(({ source, target, gs }) => ({ source, target, events: gs.length, mean_goldstein: mean(gs) })) };
  },
  // The places of the filtered events (e.location: {name, country, kind, lat, lon} or null), most
  // events first; the same place is the same name, country and kind.
  '/api/places': (q) => {
    const by = new Map();
    for (const e of filterEvents(q)) {
      const l = e.location;
      if (!l?.name) continue;
      const key = `${l.name}\u0000${l.country ?? ''}\u0000${l.kind ?? ''}`;
      if (!by.has(key)) {
        by.set(key, { name: l.name, country: l.country ?? null, kind: l.kind ?? null,
          lat: typeof l.lat === 'number' ? l.lat : null, lon: typeof l.lon === 'number' ? l.lon : null, es: [] });
      }
      by.get(key).es.push(e);
    }
    const places = [...by.values()].map(({ es, ...p }) => {
      const quad = [0, 0, 0, 0];
      for (const e of es) if (e.quad_class >= 1 && e.quad_class <= 4) quad[e.quad_class - 1]++;
      const gs = es.map((e) => e.goldstein).filter((g) => typeof g === 'number');
      return { ...p, events: es.length, quad, mean_goldstein: gs.length ? gs.reduce((a, b) => a + b, 0) / gs.length : null };
    }).sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
    return { dyad: q.get('dyad') || null, places };
  },
  '/api/search': (q) => {
    const words = (q.get('q') || '').trim();
    if (!words) throw new HttpError(400, 'q is required');
    const fold = (s) => s.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    const terms = fold(words).split(/\s+/);
    const hits = [];
    for (const d of docs) {
      const text = fold(d.text);
      if (!terms.every((t) => text.includes(t))) continue;
      const i = text.indexOf(terms[0]);
      const snippet = d.text.slice(Math.max(0, i - 60), i + 100).replace(/\s+/g, ' ');
      hits.push({ doc: d.id, title: d.title, snippet });
    }
    return { hits };
  },
};

function actorRoute(id) {
  const ms = mentions.filter((m) => m.actor_id === id);
  const es = events.filter((e) => [e.source, e.target].some((a) => a && (a.actor_id === id || (!a.actor_id && a.code === id))));
  if (!ms.length && !es.length) throw new HttpError(404, `unknown actor ${id}`);
  const any = ms[0] ?? [es[0].source, es[0].target].find((a) => a && (a.actor_id === id || a.code === id));
  return {
    actor_id: any.actor_id ?? null, name: any.name, country: any.country, code: any.code,
    offices: offices.filter((o) => o.actor_id === id).map(({ code, role, start, end }) => ({ code, role, start, end })),
    events: es,
  };
}

function docRoute(id) {
  const d = docById.get(id);
  if (!d) throw new HttpError(404, `unknown document ${id}`);
  const evidence = [];
  for (const e of events) for (const ev of e.evidence) if (ev.doc === id) {
    evidence.push({ event_id: e.event_id, cameo: e.cameo, cameo_name: e.cameo_name, sentence: ev.sentence, start: ev.start, end: ev.end });
  }
  return { ...d, mentions: mentions.filter((m) => m.doc === id)
    .map(({ start, end, text, actor_id, name, country, code, how }) => ({ start, end, text, actor_id, name, country, code, how })), evidence };
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.map': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

function send(res, status, body, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'only GET');
    if (path.startsWith('/api/')) {
      let body;
      if (routes[path]) body = routes[path](url.searchParams);
      else if (path.startsWith('/api/actors/')) body = actorRoute(path.slice('/api/actors/'.length));
      else if (path.startsWith('/api/docs/')) body = docRoute(path.slice('/api/docs/'.length));
      else throw new HttpError(404, `no such endpoint ${path}`);
      return send(res, 200, JSON.stringify(body));
    }
    if (!webDir) throw new HttpError(404, 'no dashboard');
    const file = resolve(webDir, '.' + (path === '/' ? '/index.html' : path));
    if (!file.startsWith(webDir) || !existsSync(file) || !statSync(file).isFile()) throw new HttpError(404, 'not found');
    return send(res, 200, readFileSync(file), types[extname(file)] ?? 'application/octet-stream');
  } catch (err) {
    const status = err instanceof HttpError ? err.status : 500;
    return send(res, status, JSON.stringify({ error: err.message }));
  }
});

server.listen(Number(args.port ?? 0), args.bind ?? '127.0.0.1', () => {
  const { address, port } = server.address();
  console.log(`listening on http://${address}:${port}`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
