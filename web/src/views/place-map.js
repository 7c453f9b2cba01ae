// "Where": the places of the filtered events on a world map. One point per place of /api/places
// (same pair, range and direction as the chart above), sized by the square root of its events
// (so area, not radius, grows with the count) and coloured by mean Goldstein; the map frames the
// points with a margin. A table in a <details> gives the same places to screen readers, and a
// line says how many events have no place, or a place without a point (a sea, a disputed feature).
import * as echarts from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, AriaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
// Natural Earth 1:110m country outlines (world-atlas, ISC): about 100 KB of TopoJSON in the bundle.
// ECharts 5+ ships no world map, so it is registered here once, as GeoJSON.
import world from 'world-atlas/countries-110m.json';
import { api } from '../api.js';
import { h, add, clear, fmtGoldstein, goldsteinColor } from '../util.js';

echarts.use([ScatterChart, GeoComponent, TooltipComponent, AriaComponent, SVGRenderer]);

let registered = false;
function registerWorld() {
  if (registered) return;
  const geo = feature(world, world.objects.countries);
  // Antarctica takes a fifth of the frame and holds no events; leave it out.
  geo.features = geo.features.filter((f) => f.properties?.name !== 'Antarctica');
  echarts.registerMap('world', geo);
  registered = true;
}

const kWorld = [[-180, 84], [180, -58]];

/** The points' bounding box as ECharts' geo.boundingCoords ([[west, north], [east, south]]), with
 *  a margin, at least ~24° across so one city does not fill the map; the whole world without points. */
export function frame(points) {
  if (!points.length) return kWorld;
  const lons = points.map((p) => p.lon), lats = points.map((p) => p.lat);
  let w = Math.min(...lons), e = Math.max(...lons), s = Math.min(...lats), n = Math.max(...lats);
  const padLon = Math.max(6, (e - w) * 0.2), padLat = Math.max(5, (n - s) * 0.2);
  w -= padLon; e += padLon; s -= padLat; n += padLat;
  // The map's 2:1-ish aspect: widen a tall box so both dimensions keep their margin.
  if (e - w < 1.6 * (n - s)) { const c = (w + e) / 2, half = 0.8 * (n - s); w = c - half; e = c + half; }
  return [[Math.max(-180, w), Math.min(85, n)], [Math.min(180, e), Math.max(-85, s)]];
}

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export class PlaceMap {
  /** `prefix` keeps the ids of two maps apart (the relationship's, a country's: both stay in the page). */
  constructor(app, prefix = '') {
    this.app = app;
    this.prefix = prefix;
    this.chart = null;
    this.resizer = new ResizeObserver(() => this.chart?.resize());
  }

  /** Renders into a new <section> (returned at once, filled when the places arrive). `query`: the
   *  filters of /api/places and /api/events ({dyad, from, to, direction}); `label` names the pair. */
  render(query, label) {
    this.dispose();
    const id = (name) => `${this.prefix}${name}`;
    const root = h('section', { class: 'where', id: id('where'), 'aria-labelledby': id('where-heading') },
      h('h3', { id: id('where-heading') }, 'Where'));
    this.root = root;
    this.done = this.fill(root, query, label);
    return root;
  }

  async fill(root, query, label) {
    const [data, all] = await this.app.load('Loading the places…', Promise.all([
      api.places(query), api.events({ ...query, limit: 1 })]));
    if (root !== this.root) return;
    const places = data.places ?? [];
    const placed = places.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
    const sum = (list) => list.reduce((n, p) => n + p.events, 0);
    const noPoint = sum(places) - sum(placed);
    const noPlace = Math.max(0, all.total - sum(places));
    const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

    const id = (name) => `${this.prefix}${name}`;
    const mapBox = h('div', { class: 'map', id: id('place-map'), role: 'img',
      'aria-label': `Map of ${plural(placed.length, 'place', 'places')} of the events between ${label}; the table below lists them` });
    const picked = h('p', { class: 'help', id: id('place-picked'), 'aria-live': 'polite' },
      placed.length ? 'Point at a place for its details; click it to show them here.' : '');
    add(root,
      h('p', { class: 'lede', id: id('place-summary') },
        `${plural(sum(placed), 'event', 'events')} at ${plural(placed.length, 'place', 'places')} on the map. `,
        noPlace ? `${plural(noPlace, 'event names', 'events name')} no place. ` : '',
        noPoint ? `${plural(noPoint, 'event is', 'events are')} at a place with no point (a sea, a disputed feature…).` : ''),
      h('figure', { class: 'chart-figure' }, mapBox,
        h('figcaption', {}, 'Points sized by events (area), coloured by mean Goldstein: red conflict, grey neutral, blue cooperation.')),
      picked,
      this.table(places, label));

    registerWorld();
    this.chart = echarts.init(mapBox, null, { renderer: 'svg' });
    const max = Math.max(1, ...placed.map((p) => p.events));
    this.chart.setOption({
      aria: { enabled: true },
      animation: false,
      textStyle: { fontFamily: 'system-ui, sans-serif', color: '#222' },
      tooltip: { trigger: 'item', formatter: (p) => {
        const d = p.data?.place;
        if (!d) return '';
        return `<strong>${esc(d.name)}</strong><br>${esc(d.country ?? 'no country')} · ${esc(d.kind ?? 'place')}<br>`
          + `${d.events} ${d.events === 1 ? 'event' : 'events'}, mean Goldstein ${esc(fmtGoldstein(d.mean_goldstein))}`;
      } },
      geo: { map: 'world', roam: false, silent: true, boundingCoords: frame(placed),
        // The frame's box is fitted inside the element, keeping the map's proportions.
        layoutCenter: ['50%', '50%'], layoutSize: '96%',
        itemStyle: { areaColor: '#eceff3', borderColor: '#b9c0ca', borderWidth: 0.6 },
        emphasis: { disabled: true } },
      series: [{
        id: 'places', type: 'scatter', coordinateSystem: 'geo', geoIndex: 0,
        symbolSize: (v, p) => 8 + 26 * Math.sqrt((p.data?.place?.events ?? 1) / max),
        itemStyle: { borderColor: '#ffffff', borderWidth: 1, opacity: 0.9 },
        label: { show: true, position: 'right', formatter: (p) => p.data.place.name, fontSize: 11, color: '#1a1a1a',
          backgroundColor: 'rgba(255,255,255,0.75)', padding: [1, 2] },
        // Names of nearby places would sit on each other: the smaller place's name gives way.
        labelLayout: { hideOverlap: true },
        data: placed.map((p) => ({ name: p.name, value: [p.lon, p.lat, p.events], place: p,
          itemStyle: { color: goldsteinColor(p.mean_goldstein) } })),
      }],
    });
    this.chart.on('click', (p) => {
      const d = p.data?.place;
      if (!d) return;
      picked.textContent = `${d.name} (${d.country ?? 'no country'}, ${d.kind ?? 'place'}): `
        + `${d.events} ${d.events === 1 ? 'event' : 'events'}, mean Goldstein ${fmtGoldstein(d.mean_goldstein)}.`;
    });
    this.resizer.observe(mapBox);
    window.__dyad = Object.assign(window.__dyad ?? {}, { map: this.chart, places: placed });
  }

  table(places, label) {
    if (!places.length) return h('p', { class: 'empty' }, 'No event in this selection names a place.');
    return h('details', { class: 'data-table' },
      h('summary', {}, 'Places as a table'),
      h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Places' }, h('table', { class: 'places' },
        h('caption', {}, `Places of the events between ${label}, most events first`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Place'), h('th', { scope: 'col' }, 'Country'),
          h('th', { scope: 'col', class: 'num' }, 'Events'), h('th', { scope: 'col', class: 'num' }, 'Mean Goldstein'))),
        h('tbody', {}, places.map((p) => h('tr', { dataset: { place: p.name, point: p.lat !== null && p.lon !== null ? '1' : '0' } },
          h('th', { scope: 'row' }, p.name, ' ', h('span', { class: 'muted' }, `(${p.kind ?? 'place'}${p.lat === null || p.lon === null ? ', no point' : ''})`)),
          h('td', {}, p.country ?? '—'),
          h('td', { class: 'num' }, p.events),
          h('td', { class: 'num' }, h('span', { class: 'gs', style: `border-color:${goldsteinColor(p.mean_goldstein)}` },
            fmtGoldstein(p.mean_goldstein)))))))));
  }

  dispose() {
    this.root = null;
    if (this.chart) {
      this.resizer.disconnect();
      this.chart.dispose();
      this.chart = null;
    }
  }
}
