// The events of a pair of states, filtered and paged. CAMEO prefix, actor and document go to the
// server; the text filter looks through the first 1,000 matching events in the page itself.
import { api } from '../api.js';
import { h, clear, actorLabel } from '../util.js';
import { dyadLink } from '../router.js';
import { eventTable } from '../event-table.js';

const kPageSize = 50;
const kTextScan = 1000;

function fold(s) {
  return String(s ?? '').normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

function haystack(e) {
  return fold([e.cameo, e.cameo_name, e.date, e.location?.name, e.doc, actorLabel(e.source), actorLabel(e.target),
    e.source?.actor_id, e.target?.actor_id, ...(e.evidence ?? []).map((x) => x.text)].join(' '));
}

export class EventsView {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.seq = 0;
  }

  async show(ctx) {
    const seq = ++this.seq;
    const p = ctx.params;
    const filters = { cameo: p.get('cameo') ?? '', actor: p.get('actor') ?? '', doc: p.get('doc') ?? '', text: p.get('text') ?? '' };
    const page = Math.max(0, parseInt(p.get('page') ?? '0', 10) || 0);
    this.renderForm(ctx, filters);
    const results = h('div', { class: 'results', id: 'events-results' });
    this.root.append(results);

    const query = { dyad: ctx.dyad, from: ctx.from, to: ctx.to, cameo: filters.cameo, actor: filters.actor, doc: filters.doc };
    let events, total;
    if (filters.text) {
      const data = await this.app.load('Loading events…', api.events({ ...query, limit: kTextScan, offset: 0 }));
      const words = fold(filters.text).split(/\s+/).filter(Boolean);
      const all = data.events.filter((e) => { const s = haystack(e); return words.every((w) => s.includes(w)); });
      total = all.length;
      events = all.slice(page * kPageSize, (page + 1) * kPageSize);
      if (data.total > kTextScan) {
        results.append(h('p', { class: 'help' }, `The text filter looked through the first ${kTextScan} of ${data.total} events.`));
      }
    } else {
      const data = await this.app.load('Loading events…', api.events({ ...query, limit: kPageSize, offset: page * kPageSize }));
      total = data.total;
      events = data.events;
    }
    if (seq !== this.seq) return;

    const first = total ? page * kPageSize + 1 : 0;
    const last = page * kPageSize + events.length;
    const pageLink = (n) => dyadLink(ctx.dyad, 'events', { from: ctx.from, to: ctx.to, ...filters, page: n || null });
    const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of events' },
      page > 0 ? h('a', { href: pageLink(page - 1), rel: 'prev' }, '← Previous') : h('span', { class: 'muted' }, '← Previous'),
      h('span', { class: 'range', 'aria-live': 'polite' }, total ? `${first}–${last} of ${total}` : 'No events'),
      last < total ? h('a', { href: pageLink(page + 1), rel: 'next' }, 'Next →') : h('span', { class: 'muted' }, 'Next →'));
    results.append(pager, eventTable(events, { caption: 'Events', empty: 'No events match these filters.', csvName: `dyad-${ctx.dyad}-events.csv` }));
  }

  renderForm(ctx, filters) {
    clear(this.root);
    const field = (name, label, placeholder, help) => h('div', { class: 'field' },
      h('label', { for: `filter-${name}` }, label),
      h('input', { id: `filter-${name}`, name, type: 'text', value: filters[name], placeholder, autocomplete: 'off',
        'aria-describedby': help ? `filter-${name}-help` : null }),
      help ? h('span', { id: `filter-${name}-help`, class: 'help' }, help) : null);
    const form = h('form', { class: 'filters', id: 'event-filters' },
      field('cameo', 'CAMEO code', 'e.g. 04', 'A code or its prefix'),
      field('actor', 'Actor', 'e.g. xi_jinping or CHNGOV', 'An actor id or CAMEO actor code'),
      field('doc', 'Story', 'story id'),
      field('text', 'Text', 'words in the evidence'),
      h('div', { class: 'buttons' },
        h('button', { type: 'submit' }, 'Filter'),
        h('button', { type: 'reset' }, 'Clear')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const f = Object.fromEntries(new FormData(form));
      if (f.cameo && !/^\d{1,4}$/.test(f.cameo.trim())) {
        this.app.error('CAMEO code: digits only, e.g. 04 or 042.');
        form.elements.cameo.focus();
        return;
      }
      const clean = Object.fromEntries(Object.entries(f).map(([k, v]) => [k, String(v).trim()]));
      this.app.go(dyadLink(ctx.dyad, 'events', { from: ctx.from, to: ctx.to, ...clean }));
    });
    form.addEventListener('reset', (ev) => {
      ev.preventDefault();
      this.app.go(dyadLink(ctx.dyad, 'events', { from: ctx.from, to: ctx.to }));
    });
    this.root.append(h('h2', {}, 'Events'), form);
  }
}
