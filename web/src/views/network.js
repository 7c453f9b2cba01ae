// Who talks to whom: actors (people and institutions) as nodes sized by their events and coloured
// by country; edges from source to target coloured by mean Goldstein (red conflict, grey neutral,
// blue cooperation). Clicking a node opens the actor's page; a list below gives the same links.
// Labels never sit on each other: after the layout, a node whose label box would cross a busier
// node's keeps its name for hovering and focus only (the list below names every actor).
import cytoscape from 'cytoscape';
import { api } from '../api.js';
import { h, clear, countryColors, goldsteinColor, fmtGoldstein } from '../util.js';
import { actorLink } from '../router.js';

// An institution known only by its CAMEO code (no actor id) shows its sector: "Viet Nam (GOV)".
function nodeLabel(n) {
  const name = n.name ?? n.id;
  if (n.id === n.code && n.code && n.country && n.code.length > n.country.length && n.code.startsWith(n.country)) {
    return `${name} (${n.code.slice(n.country.length)})`;
  }
  return name;
}

const overlap = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Hides the labels that would collide, busiest actors first; returns the ids still labelled. */
export function declutter(cy) {
  const kept = [];
  cy.batch(() => cy.nodes().removeClass('quiet'));
  const nodes = cy.nodes().sort((a, b) => b.data('events') - a.data('events') || a.id().localeCompare(b.id()));
  const quiet = [];
  for (const n of nodes) {
    const box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    // A label also must not cover another node's disc.
    const bodies = cy.nodes().filter((m) => m.id() !== n.id()).map((m) => m.boundingBox({ includeLabels: false, includeEdges: false }));
    if (kept.some((k) => overlap(k, box)) || bodies.some((b) => overlap(b, box))) quiet.push(n);
    else kept.push(box);
  }
  cy.batch(() => { for (const n of quiet) n.addClass('quiet'); });
  return nodes.filter((n) => !n.hasClass('quiet')).map((n) => n.id());
}

export class NetworkView {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.key = null;
    this.cy = null;
    this.resizer = new ResizeObserver(() => this.refit());
  }

  async show(ctx) {
    this.ctx = ctx;
    const key = `${ctx.dyad}|${ctx.from}|${ctx.to}`;
    if (key === this.key && this.cy) { this.refit(); return; }
    this.key = key;
    const data = await this.app.load('Loading the actor network…', api.network({ dyad: ctx.dyad, from: ctx.from, to: ctx.to }));
    if (key !== this.key) return;
    this.destroy();
    clear(this.root);
    this.root.append(h('h2', {}, 'Actor network'));
    if (!data.nodes.length) {
      this.root.append(h('p', { class: 'empty' }, 'No events with both a source and a target in this range.'));
      return;
    }
    const colorOf = countryColors(data.nodes.map((n) => n.country));
    const maxEvents = Math.max(...data.nodes.map((n) => n.events), 1);
    const maxEdge = Math.max(...data.edges.map((e) => e.events), 1);
    const size = (n) => 22 + 38 * Math.sqrt(n / maxEvents);

    const graph = h('div', { class: 'graph', id: 'network-graph', role: 'img',
      'aria-label': `Network of ${data.nodes.length} actors and ${data.edges.length} interactions; the list below has the same actors as links` });
    const countries = [...new Set(data.nodes.map((n) => n.country).filter(Boolean))].sort();
    const legend = h('div', { class: 'legend', 'aria-hidden': 'true' },
      countries.map((c) => h('span', { class: 'key' }, h('span', { class: 'dot', style: `background:${colorOf(c)}` }), c)),
      h('span', { class: 'key scale' }, 'Edges: ',
        h('span', { class: 'ramp' }), ' conflict (−10) … cooperation (+10)'));
    this.root.append(legend, graph);

    const byId = new Map(data.nodes.map((n) => [n.id, n]));
    const list = h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Actors in the network' }, h('table', { class: 'nodes' },
      h('caption', {}, 'Actors in the network'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Actor'), h('th', { scope: 'col' }, 'Code'),
        h('th', { scope: 'col', class: 'num' }, 'Events'), h('th', { scope: 'col' }, 'Interactions (→ as source, ← as target: events, mean Goldstein)'))),
      h('tbody', {}, [...data.nodes].sort((a, b) => b.events - a.events).map((n) => {
        const partners = data.edges.filter((e) => e.source === n.id || e.target === n.id).map((e) => {
          const out = e.source === n.id;
          const other = byId.get(out ? e.target : e.source);
          return `${out ? '→' : '←'} ${other ? nodeLabel(other) : '?'} (${e.events}, ${fmtGoldstein(e.mean_goldstein)})`;
        });
        return h('tr', { dataset: { node: n.id } },
          h('th', { scope: 'row' }, h('span', { class: 'dot', style: `background:${colorOf(n.country)}`, 'aria-hidden': 'true' }),
            h('a', { href: actorLink(n.id) }, nodeLabel(n))),
          h('td', { class: 'code' }, n.code ?? n.country ?? ''),
          h('td', { class: 'num' }, n.events),
          h('td', {}, partners.join(', ')));
      }))));
    this.root.append(list);

    this.cy = cytoscape({
      container: graph,
      elements: [
        ...data.nodes.map((n) => ({ data: { id: n.id, label: nodeLabel(n), color: colorOf(n.country), size: size(n.events),
          events: n.events, fs: 11, tw: 120, tm: 3 } })),
        ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target,
          color: goldsteinColor(e.mean_goldstein), width: 1.5 + 5 * (e.events / maxEdge) } })),
      ],
      style: [
        { selector: 'node', style: {
          'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
          'font-size': 'data(fs)', 'font-family': 'system-ui, sans-serif', color: '#1a1a1a', 'text-valign': 'bottom', 'text-margin-y': 'data(tm)',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
          'border-width': 1, 'border-color': '#ffffff',
          // Long names wrap onto a second line instead of running across their neighbours, and
          // labels too small to read at the current zoom (a phone's whole-graph view) are left out.
          'text-wrap': 'wrap', 'text-max-width': 'data(tw)', 'min-zoomed-font-size': 7 } },
        { selector: 'node.quiet', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
        { selector: 'node.quiet:active, node.quiet:selected, node.hover', style: { 'text-opacity': 1, 'text-background-opacity': 0.8, 'z-index': 10 } },
        { selector: 'node:active, node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
        { selector: 'edge', style: {
          'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'triangle',
          width: 'data(width)', 'curve-style': 'bezier', opacity: 0.9 } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, padding: 24, nodeRepulsion: () => 14000,
        idealEdgeLength: () => 110, nodeOverlap: 20 },
      wheelSensitivity: 0.3,
      minZoom: 0.2,
      maxZoom: 4,
    });
    this.cy.on('tap', 'node', (ev) => this.app.go(actorLink(ev.target.id())));
    this.cy.on('mouseover', 'node', (ev) => { graph.style.cursor = 'pointer'; ev.target.addClass('hover'); });
    this.cy.on('mouseout', 'node', (ev) => { graph.style.cursor = ''; ev.target.removeClass('hover'); });
    this.fitWidth = graph.clientWidth;
    this.small = graph.clientWidth < 500;
    this.scaleLabels();
    this.resizer.observe(graph);
    window.__dyad = Object.assign(window.__dyad ?? {}, { cy: this.cy });
  }

  /** Follows the container's size. The graph is fitted again only when its width changed (a
   *  rotated phone, a window resized while another tab was shown), so that switching tabs keeps
   *  the reader's pan and zoom; a graph laid out for a wide window would be off a phone's screen. */
  refit() {
    if (!this.cy) return;
    this.cy.resize();
    const width = this.cy.container().clientWidth;
    if (width > 0 && (width < 500) !== this.small) {
      // From a phone's width to a laptop's or back: drawn anew, since labels sized for one do not
      // suit the other (and Cytoscape keeps the drawn labels' sizes).
      this.key = null;
      this.show(this.ctx).catch(() => {});
    } else if (width > 0 && width !== this.fitWidth) {
      this.cy.fit(undefined, 24);
      this.fitWidth = width;
    }
  }

  /** Labels about 11 px on screen at the fitted zoom, however far a small screen zooms out (their
   *  size is in graph units); then the colliding ones give way, so a phone names the busier actors. */
  scaleLabels() {
    const k = Math.max(1, 1 / this.cy.zoom());
    // Through the nodes' data (not a new style rule), which redraws the labels' cached textures.
    this.cy.batch(() => this.cy.nodes().forEach((n) => n.data({ fs: 11 * k, tw: 120 * k, tm: 3 * k })));
    declutter(this.cy);
  }

  destroy() {
    if (this.cy) {
      this.resizer.disconnect();
      this.cy.destroy();
      this.cy = null;
    }
  }
}
