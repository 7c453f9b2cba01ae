// A table of events: date, source, CAMEO event, target, Goldstein, story. A row's story link (and
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

/** Returns a <table> of `events` (an empty-state paragraph when there are none). `caption` is read
 *  by screen readers and shown above the table. */
export function eventTable(events, { caption, empty = 'No events.' } = {}) {
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
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption ?? 'Events' },
    h('table', { class: 'events' },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Date'), h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Event'),
        h('th', { scope: 'col' }, 'Target'), h('th', { scope: 'col', class: 'num' }, 'Goldstein'),
        h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, 'Open the '), 'Story'))),
      h('tbody', {}, rows)));
}
