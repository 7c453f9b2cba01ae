// Small helpers shared by the views: DOM building, formatting, byte offsets, colours.

/** Creates an element: h('a', {href: '#', class: 'x'}, 'text', child). Attributes whose value is
 *  null/undefined/false are left out; `on` takes {event: handler}. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/** Appends children to el, skipping null/undefined/false and flattening arrays (unlike
 *  Element.append, which would write "null"). */
export function add(el, ...children) {
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Maps UTF-8 byte offsets of `text` (as the API gives them) to JS string (UTF-16) indices.
 *  Counts bytes per code unit as TextEncoder would encode them (lone surrogates as U+FFFD).
 *  Offsets inside a multi-byte character round down to its start; past the end give text.length. */
export function byteOffsets(text) {
  // starts[i] = byte offset of UTF-16 index i; built once, then binary-searched.
  const starts = new Uint32Array(text.length + 1);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    starts[i] = bytes;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character; its second half gets the same offset.
      starts[i + 1] = bytes;
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  starts[text.length] = bytes;
  return (offset) => {
    if (offset <= 0) return 0;
    if (offset >= bytes) return text.length;
    let lo = 0, hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
}

export const kQuads = [
  // Okabe–Ito colours, told apart with the common colour-vision deficiencies.
  { key: 1, name: 'Verbal cooperation', short: 'Verb. coop.', color: '#56B4E9' },
  { key: 2, name: 'Material cooperation', short: 'Mat. coop.', color: '#0072B2' },
  { key: 3, name: 'Verbal conflict', short: 'Verb. confl.', color: '#E69F00' },
  { key: 4, name: 'Material conflict', short: 'Mat. confl.', color: '#D55E00' },
];

const kCountryPalette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#8C564B',
  '#7F7F7F', '#B8860B', '#332288', '#117733', '#882255'];

/** A stable colour per country within one list of countries (sorted, so the same set always
 *  gets the same colours). */
export function countryColors(countries) {
  const sorted = [...new Set(countries.filter(Boolean))].sort();
  const map = new Map(sorted.map((c, i) => [c, kCountryPalette[i % kCountryPalette.length]]));
  return (c) => map.get(c) ?? '#999999';
}

/** Goldstein −10…+10 to a diverging red–grey–blue colour. */
export function goldsteinColor(g) {
  if (g === null || g === undefined || Number.isNaN(g)) return '#9e9e9e';
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [158, 158, 158], red = [178, 24, 43], blue = [33, 102, 172];
  const to = t < 0 ? red : blue;
  // Square root: typical means (±1…±4) still read as clearly red or blue.
  const a = Math.sqrt(Math.abs(t));
  const c = grey.map((v, i) => Math.round(v + (to[i] - v) * a));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export function fmtGoldstein(g) {
  if (g === null || g === undefined) return '—';
  return (g > 0 ? '+' : g < 0 ? '−' : '') + Math.abs(g).toFixed(1);
}

export function actorLabel(a) {
  if (!a) return '—';
  return a.name ? `${a.name} (${a.code ?? a.country ?? '?'})` : (a.code ?? a.country ?? '?');
}

export function actorKey(a) {
  return a ? (a.actor_id || a.code) : null;
}

const kDateRe = /^\d{4}(-\d{2}(-\d{2})?)?$/;
export function validDate(s) {
  return !s || kDateRe.test(s);
}

/** Months "YYYY-MM" from first to last inclusive. */
export function monthRange(first, last) {
  const out = [];
  let y = +first.slice(0, 4), m = +first.slice(5, 7);
  const ey = +last.slice(0, 4), em = +last.slice(5, 7);
  while (y < ey || (y === ey && m <= em)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

// Whether a bucket ("2024", "2024-10") overlaps the range; bounds of any precision compare on
// their common prefix, so to=2024 keeps 2024-12 and from=2024-10 keeps the year 2024.
export function inRange(bucket, from, to) {
  if (from && bucket.slice(0, from.length) < from.slice(0, bucket.length)) return false;
  if (to && bucket.slice(0, to.length) > to.slice(0, bucket.length)) return false;
  return true;
}
