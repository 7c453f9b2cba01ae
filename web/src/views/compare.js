// Several pairs of states on one chart (#/compare?dyads=CHN-VNM,CHN-PHL&metric=events|goldstein):
// one line per pair over the union of their months, events per month or mean Goldstein per month,
// with the same numbers in a table. The pairs, the metric and the header's range live in the URL.
import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, AriaComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { api } from '../api.js';
import { h, add, clear, fmtGoldstein, monthRange, countryColors, inRange } from '../util.js';
import { compareLink, dyadLink } from '../router.js';

echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, MarkLineComponent,
  SVGRenderer]);

export const kMaxPairs = 8;
const kMaxFilledMonths = 360;
// Shapes as well as colours, so that lines stay apart in grey print and for colour-blind readers.
const kSymbols = ['circle', 'rect', 'triangle', 'diamond', 'roundRect', 'pin', 'arrow', 'emptyCircle'];
const kMetrics = { events: 'Events per month', goldstein: 'Mean Goldstein per month' };

/** The pairs named in the URL: upper-cased, deduplicated, in their order. */
export function pairsOf(params) {
  return [...new Set((params.get('dyads') ?? '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean))];
}

export class CompareView {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.seq = 0;
    this.chart = null;
    this.small = null;
    this.resizer = new ResizeObserver(() => {
      if (!this.chart) return;
      this.chart.resize();
      if ((this.root.clientWidth < 500) !== this.small) this.chart.setOption(this.option(), { replaceMerge: ['series'] });
    });
  }

  async show(params) {
    const seq = ++this.seq;
    const from = params.get('from') ?? '', to = params.get('to') ?? '';
    const metric = params.get('metric') === 'goldstein' ? 'goldstein' : 'events';
    const all = await this.app.load('Loading pairs of states…', this.app.dyads());
    const known = new Map(all.map((d) => [d.dyad, d]));
    const asked = pairsOf(params);
    const unknown = asked.filter((d) => !known.has(d));
    const pairs = asked.filter((d) => known.has(d)).slice(0, kMaxPairs);
    const timelines = await this.app.load('Loading the pairs\' months…',
      Promise.all(pairs.map((dyad) => api.timeline({ dyad, bucket: 'month' }))));
    if (seq !== this.seq) return;

    this.dispose();
    clear(this.root);
    const go = (next) => this.app.go(compareLink(next.pairs ?? pairs, { from, to, metric: next.metric ?? metric }));
    add(this.root,
      h('h2', { id: 'compare-heading', tabindex: '-1' }, 'Compare pairs of states'),
      this.form(all, pairs, metric, go),
      unknown.length ? h('p', { class: 'help' }, `Not a pair with events, left out: ${unknown.join(', ')}.`) : null,
      asked.length - unknown.length > kMaxPairs ? h('p', { class: 'help' }, `At most ${kMaxPairs} pairs are charted.`) : null);

    const name = (d) => known.get(d)?.names?.join(' – ') ?? d;
    const series = pairs.map((dyad, i) => {
      const points = timelines[i].points.filter((p) => p.bucket.length === 7 && inRange(p.bucket, from, to));
      return { dyad, name: name(dyad), byMonth: new Map(points.map((p) => [p.bucket, p])) };
    });
    const months = [...new Set(series.flatMap((s) => [...s.byMonth.keys()]))].sort();
    if (!pairs.length) {
      this.root.append(h('p', { class: 'empty' }, 'Pick one or more pairs above.'));
      return;
    }
    if (!months.length) {
      this.root.append(h('p', { class: 'empty' }, 'No dated events for these pairs in this range.'));
      return;
    }
    // Every month from the first to the last, so that gaps show (as 0 events, or a break in the
    // Goldstein line).
    const filled = monthRange(months[0], months[months.length - 1]);
    this.months = filled.length <= kMaxFilledMonths ? filled : months;
    this.series = series;
    this.metric = metric;

    const chartBox = h('div', { class: 'chart compare-chart', id: 'compare-chart', role: 'img',
      'aria-label': `${kMetrics[metric]} for ${series.map((s) => s.name).join('; ')}; the table below has the same numbers` });
    add(this.root,
      h('figure', { class: 'chart-figure' }, chartBox,
        h('figcaption', {}, metric === 'events'
          ? 'Events per month, one line per pair (months without events count 0).'
          : 'Mean Goldstein score per month, one line per pair (−10 conflict to +10 cooperation; no point without events).')),
      this.table(series, months, metric));
    this.chart = echarts.init(chartBox, null, { renderer: 'svg' });
    this.chart.setOption(this.option());
    this.resizer.observe(chartBox);
    window.__dyad = Object.assign(window.__dyad ?? {}, { compare: this.chart });
  }

  form(all, pairs, metric, go) {
    const picked = new Set(pairs);
    const full = picked.size >= kMaxPairs;
    const boxes = [...all].sort((a, b) => b.events - a.events || a.dyad.localeCompare(b.dyad)).map((d) => {
      const on = picked.has(d.dyad);
      const box = h('input', { type: 'checkbox', name: 'dyad', value: d.dyad, checked: on,
        // Past the limit, the other pairs wait until one is unticked.
        disabled: !on && full });
      box.addEventListener('change', () => {
        const next = box.checked ? [...pairs, d.dyad] : pairs.filter((x) => x !== d.dyad);
        go({ pairs: next });
      });
      return h('li', {}, h('label', {}, box, ` ${d.names?.join(' – ') ?? d.dyad} `, h('span', { class: 'muted' }, `(${d.events})`)));
    });
    const select = h('select', { id: 'compare-metric' },
      Object.entries(kMetrics).map(([v, label]) => h('option', { value: v, selected: v === metric }, label)));
    select.addEventListener('change', () => go({ metric: select.value }));
    return h('form', { class: 'compare-form', id: 'compare-form', on: { submit: (ev) => ev.preventDefault() } },
      h('fieldset', {}, h('legend', {}, `Pairs (up to ${kMaxPairs})`),
        h('ul', { class: 'pair-list' }, boxes)),
      h('div', { class: 'field' }, h('label', { for: 'compare-metric' }, 'Measure'), select),
      pairs.length ? h('p', { class: 'help' }, 'Open: ',
        pairs.map((d, i) => [i ? ' · ' : '', h('a', { href: dyadLink(d) }, d)])) : null);
  }

  option() {
    const small = this.root.clientWidth < 500;
    this.small = small;
    const colorOf = countryColors(this.series.map((s) => s.dyad));
    const goldstein = this.metric === 'goldstein';
    const value = (p) => (goldstein ? (p?.mean_goldstein ?? null) : (p?.events ?? 0));
    return {
      aria: { enabled: true },
      animation: false,
      textStyle: { fontFamily: 'system-ui, sans-serif', color: '#222' },
      // A scrolling legend: many pairs with long names page instead of running into each other.
      legend: { type: 'scroll', top: 0, left: 0, right: 0, textStyle: { color: '#222', fontSize: small ? 11 : 12 },
        pageTextStyle: { color: '#222' }, pageIconColor: '#0b57a4', pageIconInactiveColor: '#9aa3af' },
      // Room above the plot for the legend, then the axis name, so they do not overlap.
      grid: { left: 44, right: 24, top: 64, bottom: 30, containLabel: false },
      tooltip: { trigger: 'axis',
        valueFormatter: (v) => (v === null || v === undefined ? '—' : goldstein ? fmtGoldstein(v) : String(v)) },
      xAxis: { type: 'category', data: this.months, boundaryGap: false,
        axisLabel: { color: '#333', hideOverlap: true, margin: 12 }, axisTick: { alignWithLabel: true } },
      yAxis: goldstein
        ? { type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5, axisLabel: { color: '#333' }, nameTextStyle: { color: '#333' } }
        : { type: 'value', name: 'Events', minInterval: 1, axisLabel: { color: '#333' }, nameTextStyle: { color: '#333' } },
      series: this.series.map((s, i) => ({
        id: s.dyad, name: s.name, type: 'line', color: colorOf(s.dyad), symbol: kSymbols[i % kSymbols.length], symbolSize: 7,
        connectNulls: false, lineStyle: { width: 2 },
        data: this.months.map((m) => value(s.byMonth.get(m))),
        markLine: goldstein && i === 0 ? { silent: true, symbol: 'none', lineStyle: { color: '#777', type: 'dashed', width: 1 },
          label: { show: false }, data: [{ yAxis: 0 }] } : undefined,
      })),
    };
  }

  table(series, months, metric) {
    const cell = (p) => (metric === 'goldstein' ? fmtGoldstein(p?.mean_goldstein ?? null) : (p?.events ?? 0));
    return h('details', { class: 'data-table' },
      h('summary', {}, 'Chart data as a table'),
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Pairs compared by month' },
        h('table', { class: 'compare' },
          h('caption', {}, `${kMetrics[metric]}, months with events in any pair`),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'),
            series.map((s) => h('th', { scope: 'col', class: 'num', dataset: { dyad: s.dyad } }, s.name)))),
          h('tbody', {}, months.map((m) => h('tr', { dataset: { month: m } }, h('th', { scope: 'row' }, m),
            series.map((s) => h('td', { class: 'num' }, cell(s.byMonth.get(m))))))))));
  }

  dispose() {
    if (this.chart) {
      this.resizer.disconnect();
      this.chart.dispose();
      this.chart = null;
    }
  }
}
