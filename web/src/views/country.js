// One state's partners (#/country/VNM): every pair it is part of, with events, stories, mean
// Goldstein and the first and last dates, each linked to its relationship view.
import { api } from '../api.js';
import { h, add, clear, fmtGoldstein, goldsteinColor } from '../util.js';
import { dyadLink } from '../router.js';
import { PlaceMap } from './place-map.js';

export class CountryView {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.seq = 0;
    this.placeMap = new PlaceMap(app, 'country-');
  }

  async show(code, params) {
    const seq = ++this.seq;
    clear(this.root);
    const from = params.get('from') ?? '', to = params.get('to') ?? '';
    const data = await this.app.load('Loading the partners…', api.dyads({ country: code, from, to }));
    if (seq !== this.seq) return;
    const most = Math.max(1, ...data.dyads.map((d) => d.events));
    const rows = data.dyads.map((d) => {
      const i = d.countries[0] === data.country ? 1 : 0;
      return h('tr', { dataset: { partner: d.partner } },
        h('th', { scope: 'row' }, h('a', { href: dyadLink(d.dyad, null, { from, to }) }, d.names[i]), ' ',
          h('span', { class: 'code' }, d.partner)),
        h('td', { class: 'num' }, d.events,
          h('span', { class: 'share', 'aria-hidden': 'true', style: `width:${(60 * d.events) / most}px` })),
        h('td', { class: 'num' }, d.stories),
        h('td', { class: 'num' }, h('span', { class: 'gs', style: `border-color:${goldsteinColor(d.mean_goldstein)}` },
          fmtGoldstein(d.mean_goldstein))),
        h('td', {}, d.first_date ?? '—'), h('td', {}, d.last_date ?? '—'));
    });
    add(this.root,
      h('p', { class: 'crumbs' }, h('a', { href: this.app.backLink() }, '← Back to ', this.app.ctx.dyad ?? 'the dashboard')),
      h('h2', { id: 'country-name', tabindex: '-1' }, `${data.name}'s partners`),
      h('p', { class: 'lede' }, `${data.dyads.length} ${data.dyads.length === 1 ? 'state' : 'states'}, `,
        `${data.dyads.reduce((n, d) => n + d.events, 0)} events${from || to ? ' in this range' : ''}.`),
      data.dyads.length
        ? h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Partners' },
          h('table', { class: 'partners' },
            h('caption', {}, `The states ${data.name} acted with or was acted on by, most events first`),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Partner'), h('th', { scope: 'col', class: 'num' }, 'Events'),
              h('th', { scope: 'col', class: 'num' }, 'Stories'), h('th', { scope: 'col', class: 'num' }, 'Mean Goldstein'),
              h('th', { scope: 'col' }, 'First'), h('th', { scope: 'col' }, 'Last'))),
            h('tbody', {}, rows)))
        : h('p', { class: 'empty' }, 'No events with other states.'),
      // Where the state's events with any partner happened.
      this.placeMap.render({ country: code, from, to }, `${data.name} and its partners`));
    this.root.querySelector('#country-name')?.focus({ preventScroll: true });
    await this.placeMap.done.catch(() => {});
  }
}
