// A table of events: date, source, CAMEO event, target, place, Goldstein, story. A row's story link (and
// a click anywhere on the row) opens the story panel with that event's evidence highlighted.
import { h, fmtGoldstein, goldsteinColor, kQuads, actorKey } from './util.js';
import { actorLink, docLink } from './router.js';

function actorCell(a) {
  if (!a) return h('span', { class: 'muted' }, '—');
  const key = actorKey(a);
  return h('span', { class: 'actor' },
    key ? h('a', { href: actorLink(key), title: `${a.name ?? ''} ${a.code ?? ''}`.trim() }, a.name ?? a.code) : (a.name ?? a.code),
    ' ', h('span', { class: 'code' }, a.code ?? a.country ?? ''));
}

const kCsvColumns = [
  ['event_id', (e) => e.event_id], ['date', (e) => e.date], ['date_source', (e) => e.date_source],
  ['source_code', (e) => e.source?.code], ['source_name', (e) => e.source?.name], ['source_country', (e) => e.source?.country],
  ['target_code', (e) => e.target?.code], ['target_name', (e) => e.target?.name], ['target_country', (e) => e.target?.country],
  ['cameo', (e) => e.cameo], ['cameo_name', (e) => e.cameo_name], ['quad_class', (e) => e.quad_class],
  ['goldstein', (e) => e.goldstein],
  // The API gives a place ({name, country, kind, lat, lon}) or null.
  ['location', (e) => e.location?.name], ['location_country', (e) => e.location?.country],
  ['lat', (e) => e.location?.lat], ['lon', (e) => e.location?.lon],
  ['doc', (e) => e.doc], ['url', (e) => e.url],
];

function csvField(v) {
  const s = String(v ?? '');
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The events as CSV (the columns of `dyad events --format csv` the API carries), header first. */
export function eventsCsv(events) {
  const lines = [kCsvColumns.map(([name]) => name).join(',')];
  for (const e of events) lines.push(kCsvColumns.map(([, get]) => csvField(get(e))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

// A button that downloads what the table shows, made in the page (no request).
function csvButton(events, name) {
  const button = h('button', { type: 'button', class: 'download-csv' }, `Download CSV (${events.length})`);
  button.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([eventsCsv(events)], { type: 'text/csv' }));
    const a = h('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  return button;
}

/** Returns a <table> of `events` (an empty-state paragraph when there are none), with a button
 *  that downloads them as CSV. `caption` is read by screen readers and shown above the table. */
export function eventTable(events, { caption, empty = 'No events.', csvName = 'dyad-events.csv' } = {}) {
  if (!events.length) return h('p', { class: 'empty' }, empty);
  const rows = events.map((e) => {
    const doc = e.doc ?? e.evidence?.[0]?.doc;
    const quad = kQuads[(e.quad_class ?? 0) - 1];
    const href = doc ? docLink(doc, e.event_id) : null;
    const row = h('tr', { dataset: { event: e.event_id } },
      h('td', { class: 'date' }, e.date ?? h('span', { class: 'muted' }, 'undated')),
      h('td', {}, actorCell(e.source)),
      h('td', { class: 'cameo' },
        quad ? h('span', { class: 'quad', style: `background:${quad.color}`, title: quad.name, role: 'img', 'aria-label': quad.name }) : null,
        h('span', { class: 'code' }, e.cameo), ' ', e.cameo_name ?? ''),
      h('td', {}, actorCell(e.target)),
      h('td', { class: 'place' }, e.location?.name
        ? [e.location.name, ' ', h('span', { class: 'code' }, e.location.country ?? '')]
        : h('span', { class: 'muted' }, '—')),
      h('td', { class: 'num' },
        h('span', { class: 'gs', style: `border-color:${goldsteinColor(e.goldstein)}` }, fmtGoldstein(e.goldstein))),
      h('td', { class: 'story-link' }, href ? h('a', { href, class: 'open-story' }, 'Story') : '—'));
    if (href) {
      row.classList.add('clickable');
      row.addEventListener('click', (ev) => {
        if (ev.target.closest('a')) return;
        location.hash = href;
      });
    }
    return row;
  });
  return h('div', { class: 'event-table' }, csvButton(events, csvName),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption ?? 'Events' },
    h('table', { class: 'events' },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Event'),
        h('th', { scope: 'col' }, 'Target'), h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col', class: 'num' }, 'Goldstein'),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Open the '), 'Story'))),
      h('tbody', {}, rows))));
}
