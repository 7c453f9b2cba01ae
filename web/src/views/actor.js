// An actor's page: who they are, the offices they held over time (a timeline of bars, one row per
// office, from /api/actors/{id}) and the events they took part in.
import { api } from '../api.js';
import { h, add, clear } from '../util.js';
import { eventTable } from '../event-table.js';

// A date "YYYY[-MM[-DD]]" as a fractional year; `end` rounds a partial date up to its period's end.
function toYear(s, end = false) {
  if (!s) return null;
  const y = +s.slice(0, 4);
  if (s.length === 4) return end ? y + 1 : y;
  const m = +s.slice(5, 7);
  if (s.length === 7) return y + (end ? m : m - 1) / 12;
  return y + (m - 1) / 12 + (+s.slice(8, 10) - (end ? 0 : 1)) / 365;
}

function officeTimeline(offices) {
  const now = new Date();
  const today = now.getUTCFullYear() + now.getUTCMonth() / 12;
  const spans = offices.map((o) => ({ ...o, a: toYear(o.start) ?? toYear(o.end) ?? today, b: toYear(o.end, true) ?? today }))
    .sort((x, y) => x.a - y.a || x.b - y.b);
  const lo = Math.floor(Math.min(...spans.map((s) => s.a)));
  const hi = Math.ceil(Math.max(...spans.map((s) => s.b), lo + 1));
  const pct = (x) => `${((x - lo) / (hi - lo)) * 100}%`;
  const step = hi - lo > 30 ? 10 : hi - lo > 12 ? 5 : hi - lo > 5 ? 2 : 1;
  const ticks = [];
  for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) ticks.push(y);
  return h('figure', { class: 'offices' },
    h('figcaption', {}, 'Offices held over time'),
    h('div', { class: 'axis', 'aria-hidden': 'true' }, ticks.map((y) => h('span', { class: 'tick', style: `left:${pct(y)}` }, y))),
    h('ol', { class: 'office-rows' }, spans.map((s) => h('li', { class: 'office' },
      h('span', { class: 'office-label' }, h('strong', {}, s.role ?? s.code), ' ',
        h('span', { class: 'code' }, s.code ?? ''), ' ',
        h('span', { class: 'when' }, `${s.start ?? '?'} – ${s.end ?? 'present'}`)),
      h('span', { class: 'track', 'aria-hidden': 'true' },
        h('span', { class: `bar${s.end ? '' : ' open'}`, style: `left:${pct(s.a)};width:max(3px, calc(${pct(s.b)} - ${pct(s.a)}))` }))))));
}

export class ActorView {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.seq = 0;
  }

  async show(id) {
    const seq = ++this.seq;
    clear(this.root);
    const actor = await this.app.load('Loading the actor…', api.actor(id));
    if (seq !== this.seq) return;
    const events = [...(actor.events ?? [])].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    add(this.root,
      h('p', { class: 'crumbs' }, h('a', { href: this.app.backLink() }, '← Back to ', this.app.ctx.dyad ?? 'the dashboard')),
      h('h2', { id: 'actor-name', tabindex: '-1' }, actor.name ?? id),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Country'), h('dd', {}, actor.country ?? '—'),
        h('dt', {}, 'CAMEO code'), h('dd', {}, h('span', { class: 'code' }, actor.code ?? '—')),
        actor.actor_id ? [h('dt', {}, 'Identifier'), h('dd', {}, h('span', { class: 'code' }, actor.actor_id))] : null,
        h('dt', {}, 'Events'), h('dd', {}, events.length)),
      actor.offices?.length ? officeTimeline(actor.offices) : h('p', { class: 'muted' }, 'No offices on record.'),
      h('h3', {}, 'Events'),
      eventTable(events, { empty: 'No events.' }));
    this.root.querySelector('#actor-name')?.focus({ preventScroll: true });
  }
}
