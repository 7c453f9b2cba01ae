// The relationship of a pair of states: a year-on-year summary, monthly stacked counts by quad
// class with the mean Goldstein line on a second axis, the events of a clicked month, and a map of
// where the events happened (place-map.js).
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, AriaComponent, MarkLineComponent,
  MarkAreaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { api } from '../api.js';
import { h, add, clear, kQuads, fmtGoldstein, monthRange, goldsteinColor, inRange } from '../util.js';
import { dyadLink, countryLink, compareLink } from '../router.js';
import { eventTable } from '../event-table.js';
import { PlaceMap } from './place-map.js';
import { renderRelationPanel } from './relation-panel.js';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent,
  MarkLineComponent, MarkAreaComponent, SVGRenderer]);

const kMaxFilledMonths = 360;
// Narrower than this (a phone, or beside the story on a laptop) the legend goes below the chart,
// on as many rows as it needs, where a line above it would page or run into the axis names.
const kNarrow = 720;

// "ab": the first state of the pair acts on the second; "ba" the reverse; "" both.
function direction(ctx) {
  const d = ctx.params.get('dir');
  return d === 'ab' || d === 'ba' ? d : '';
}

export class RelationshipView {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.key = null;
    this.chart = null;
    this.months = [];
    this.small = null;
    this.placeMap = new PlaceMap(app);
    this.resizer = new ResizeObserver(() => {
      if (!this.chart) return;
      this.chart.resize();
      // Phone and laptop widths place the legend differently.
      // (The legend is replaced, not merged: a scrolling legend's pager would stay behind.)
      if ((this.root.clientWidth < kNarrow) !== this.small) this.chart.setOption(this.option(this.byMonth), { replaceMerge: ['legend'] });
    });
  }

  async show(ctx) {
    const key = `${ctx.dyad}|${ctx.from}|${ctx.to}|${direction(ctx)}`;
    if (key !== this.key) {
      this.key = key;
      await this.renderChart(ctx);
    }
    if (this.key === key) await this.renderMonth(ctx);
  }

  async renderChart(ctx) {
    const { dyad, from, to } = ctx;
    const dir = direction(ctx);
    const key = this.key;
    const [month, year, dyads] = await this.app.load('Loading the relationship…', Promise.all([
      api.timeline({ dyad, bucket: 'month', direction: dir }), api.timeline({ dyad, bucket: 'year', direction: dir }),
      this.app.dyads()]));
    if (key !== this.key) return;
    const info = dyads.find((d) => d.dyad === dyad);
    const names = info?.names?.join(' – ') ?? dyad.replace('-', ' – ');
    const points = month.points.filter((p) => inRange(p.bucket, from, to));
    const years = year.points.filter((p) => inRange(p.bucket, from, to));

    this.disposeChart();
    clear(this.root);
    // The summary counts what the filters keep: the range and the direction.
    const datedYear = years.reduce((n, p) => n + p.events, 0);
    const datedMonth = points.reduce((n, p) => n + p.events, 0);
    const totalGoldstein = years.reduce((n, p) => n + (p.total_goldstein ?? p.mean_goldstein * p.events), 0);
    const filtered = Boolean(from || to || dir);
    const undated = info && !filtered ? info.events - datedYear : 0;
    const [a, b] = dyad.split('-');
    const picker = h('select', { id: 'direction-picker', 'aria-label': 'Direction' },
      ...[['', `Both ways`], ['ab', `${a} → ${b}`], ['ba', `${b} → ${a}`]].map(([v, label]) =>
        h('option', { value: v, selected: v === dir }, label)));
    picker.addEventListener('change', () => this.app.go(dyadLink(dyad, null, { from, to, dir: picker.value || null })));
    add(this.root,
      h('div', { class: 'view-head' }, h('h2', {}, names), h('label', { class: 'direction' }, 'Direction ', picker),
        h('span', { class: 'partners-links' }, 'Partners of ',
          h('a', { href: countryLink(a, { from, to }) }, info?.names?.[0] ?? a), ' · ',
          h('a', { href: countryLink(b, { from, to }) }, info?.names?.[1] ?? b)),
        h('a', { class: 'compare-link', href: compareLink([dyad], { from, to }) }, 'Compare with other pairs')),
      h('p', { class: 'lede', id: 'relationship-summary' },
        `${datedYear} ${datedYear === 1 ? 'event' : 'events'}${filtered ? ' in this selection' : ''}, mean Goldstein `,
        `${fmtGoldstein(datedYear ? totalGoldstein / datedYear : null)}. `,
        undated > 0 ? `${undated} undated ${undated === 1 ? 'event is' : 'events are'} not charted. ` : '',
        datedYear > datedMonth ? `${datedYear - datedMonth} dated only to the year ${datedYear - datedMonth === 1 ? 'is' : 'are'} left out of the months.` : ''),
      this.yearTable(years),
    );

    // The map follows the same filters; it is filled while the chart is drawn.
    const where = this.placeMap.render({ dyad, from, to, direction: dir }, names);
    if (!points.length) {
      this.months = [];
      this.root.append(h('p', { class: 'empty' }, 'No dated events for this pair in this range.'));
      this.monthBox = h('div', { class: 'month-events' });
      const architecture = h('div', { class: 'relation-panel', id: 'relation-panel' });
      this.root.append(this.monthBox, where, architecture);
      await Promise.all([this.placeMap.done.catch(() => {}), renderRelationPanel(architecture, ctx.dyad)]);
      return;
    }
    // Every month from the first to the last, so gaps show as gaps.
    const byMonth = new Map(points.map((p) => [p.bucket, p]));
    const first = points[0].bucket, last = points[points.length - 1].bucket;
    const filled = monthRange(first, last);
    this.months = filled.length <= kMaxFilledMonths ? filled : points.map((p) => p.bucket);

    const chartBox = h('div', { class: 'chart', id: 'relationship-chart', role: 'img',
      'aria-label': `Monthly events between ${names} by quad class, with mean Goldstein score` });
    const hint = h('p', { class: 'help' }, 'Click a month to list its events, or use the table below the chart.');
    this.root.append(h('figure', { class: 'chart-figure' }, chartBox,
      h('figcaption', {}, 'Events per month by quad class (bars, left axis) and mean Goldstein score (line, right axis, −10 conflict to +10 cooperation).')), hint);
    this.root.append(this.dataTable(byMonth, names));
    this.monthBox = h('div', { class: 'month-events' });
    const architecture = h('div', { class: 'relation-panel', id: 'relation-panel' });
    this.root.append(this.monthBox, where, architecture);
    const panelDone = renderRelationPanel(architecture, ctx.dyad);

    this.chart = echarts.init(chartBox, null, { renderer: 'svg' });
    this.byMonth = byMonth;
    this.chart.setOption(this.option(byMonth));
    this.resizer.observe(chartBox);
    this.chart.getZr().on('click', (e) => {
      const p = [e.offsetX, e.offsetY];
      if (!this.chart.containPixel({ gridIndex: 0 }, p)) return;
      const [i] = this.chart.convertFromPixel({ gridIndex: 0 }, p);
      const m = this.months[Math.round(i)];
      if (m) this.app.go(dyadLink(ctx.dyad, null, { from, to, dir: dir || null, month: m }));
    });
    window.__dyad = Object.assign(window.__dyad ?? {}, { chart: this.chart, months: this.months });
    // load() has shown a failure already; the chart stands without the map.
    await this.placeMap.done.catch(() => {});
    await panelDone;
  }

  option(byMonth) {
    const small = this.root.clientWidth < kNarrow;
    this.small = small;
    const series = kQuads.map((q) => ({
      name: q.name, type: 'bar', stack: 'quad', yAxisIndex: 0, color: q.color, barMaxWidth: 36,
      emphasis: { focus: 'series' },
      data: this.months.map((m) => byMonth.get(m)?.quad?.[q.key - 1] ?? 0),
    }));
    series.push({
      id: 'goldstein', name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, color: '#222222', symbol: 'circle', symbolSize: 7,
      connectNulls: false, lineStyle: { width: 2 },
      data: this.months.map((m) => byMonth.get(m)?.mean_goldstein ?? null),
      markLine: { silent: true, symbol: 'none', lineStyle: { color: '#777', type: 'dashed', width: 1 },
        label: { show: true, position: 'insideEndTop', formatter: 'Goldstein 0', color: '#555', fontSize: 10 },
        data: [{ yAxis: 0 }] },
    });
    return {
      aria: { enabled: true },
      animation: false,
      textStyle: { fontFamily: 'system-ui, sans-serif', color: '#222' },
      // Wide: the legend on one scrolling line above the axis names (which sit ~30 px above the
      // plot), so the two never overlap however narrow the chart is beside the story.
      legend: small ? { type: 'plain', bottom: 0, left: 0, itemGap: 6, itemWidth: 14, textStyle: { color: '#222', fontSize: 11 } }
        : { type: 'scroll', top: 0, left: 0, right: 0, textStyle: { color: '#222' }, pageTextStyle: { color: '#222' },
          pageIconColor: '#0b57a4', pageIconInactiveColor: '#9aa3af' },
      grid: { left: 44, right: 48, top: small ? 30 : 60, bottom: small ? 78 : 30, containLabel: false },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        valueFormatter: (v) => (v === null || v === undefined ? '—' : String(Math.round(v * 100) / 100)) },
      // The months stand 12 px below the axis, clear of the left axis's "0", which is centred on the axis line
      // and reaches ~7 px below it (at ECharts' default 8 px they touched with some fonts).
      xAxis: { type: 'category', data: this.months, axisLabel: { color: '#333', hideOverlap: true, margin: 12 },
        axisTick: { alignWithLabel: true } },
      yAxis: [
        { type: 'value', name: 'Events', minInterval: 1, axisLabel: { color: '#333' }, nameTextStyle: { color: '#333' } },
        { type: 'value', name: 'Goldstein', min: -10, max: 10, interval: 5, splitLine: { show: false },
          axisLabel: { color: '#333' }, nameTextStyle: { color: '#333' } },
      ],
      series,
    };
  }

  yearTable(years) {
    if (!years.length) return null;
    const share = (n, of) => (of ? ` (${Math.round((100 * n) / of)}%)` : '');
    const rows = years.slice(-6).reverse().map((p, i, all) => {
      const prev = all[i + 1];
      const delta = prev && p.mean_goldstein !== null && prev.mean_goldstein !== null
        ? p.mean_goldstein - prev.mean_goldstein : null;
      const coop = p.quad[0] + p.quad[1], conflict = p.quad[2] + p.quad[3];
      return h('tr', {},
        h('th', { scope: 'row' }, p.bucket),
        h('td', { class: 'num' }, p.events),
        h('td', { class: 'num' }, `${coop}${share(coop, p.events)}`),
        h('td', { class: 'num' }, `${conflict}${share(conflict, p.events)}`),
        h('td', { class: 'num' }, h('span', { class: 'gs', style: `border-color:${goldsteinColor(p.mean_goldstein)}` },
          fmtGoldstein(p.mean_goldstein))),
        h('td', { class: 'num' }, delta === null ? '—' : fmtGoldstein(delta)));
    });
    return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Year on year' }, h('table', { class: 'years' },
      h('caption', {}, 'Year on year'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), h('th', { scope: 'col', class: 'num' }, 'Events'),
        h('th', { scope: 'col', class: 'num' }, 'Cooperation'), h('th', { scope: 'col', class: 'num' }, 'Conflict'),
        h('th', { scope: 'col', class: 'num' }, 'Mean Goldstein'),
        h('th', { scope: 'col', class: 'num' }, h('abbr', { title: 'Change in mean Goldstein from the year before' }, 'Change')))),
      h('tbody', {}, rows)));
  }

  dataTable(byMonth, names) {
    const rows = [...byMonth.values()].map((p) => h('tr', { dataset: { month: p.bucket } },
      h('th', { scope: 'row' }, p.bucket),
      h('td', { class: 'num' }, p.events),
      ...p.quad.map((n) => h('td', { class: 'num' }, n)),
      h('td', { class: 'num' }, fmtGoldstein(p.mean_goldstein)),
      h('td', {}, h('a', { href: dyadLink(this.app.ctx.dyad, null, { from: this.app.ctx.from, to: this.app.ctx.to,
        dir: direction(this.app.ctx) || null, month: p.bucket }) },
        h('span', { class: 'visually-hidden' }, `${p.bucket}: `), 'list events'))));
    return h('details', { class: 'data-table' },
      h('summary', {}, 'Chart data as a table'),
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Events per month' }, h('table', {},
        h('caption', {}, `Events per month between ${names}`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Month'), h('th', { scope: 'col', class: 'num' }, 'Events'),
          ...kQuads.map((q) => h('th', { scope: 'col', class: 'num' }, q.name)),
          h('th', { scope: 'col', class: 'num' }, 'Mean Goldstein'), h('th', { scope: 'col' }, 'Events'))),
        h('tbody', {}, rows))));
  }

  async renderMonth(ctx) {
    const month = ctx.params.get('month');
    const box = this.monthBox;
    if (!box) return;
    if (!month || !/^\d{4}-\d{2}$/.test(month)) {
      clear(box);
      this.highlight(null);
      return;
    }
    this.highlight(month);
    const data = await this.app.load(`Loading the events of ${month}…`,
      api.events({ dyad: ctx.dyad, from: month, to: month, direction: direction(ctx), limit: 200 }));
    if (box !== this.monthBox || ctx.params.get('month') !== month) return;
    clear(box);
    add(box,
      h('h3', { id: 'month-heading', tabindex: '-1' }, `Events in ${month}`,
        h('span', { class: 'count' }, ` (${data.total})`)),
      eventTable(data.events, { empty: `No events in ${month}.` }),
      data.total > data.events.length
        ? h('p', { class: 'help' }, `Showing ${data.events.length} of ${data.total}; the Events tab pages through all.`) : null);
    // The month's events come into view, however far below the chart they are.
    box.scrollIntoView({ block: 'start' });
  }

  highlight(month) {
    if (!this.chart) return;
    const on = month && this.months.includes(month);
    this.chart.setOption({ series: [{ id: 'goldstein', markArea: { silent: true,
      itemStyle: { color: 'rgba(0, 0, 0, 0.08)' },
      data: on ? [[{ xAxis: month }, { xAxis: month }]] : [] } }] });
  }

  disposeChart() {
    this.placeMap.dispose();
    if (this.chart) {
      this.resizer.disconnect();
      this.chart.dispose();
      this.chart = null;
    }
  }
}
