// Who talks to whom: actors (people and institutions) as nodes sized by their events and coloured
// by country; edges from source to target coloured by mean Goldstein (red conflict, grey neutral,
// blue cooperation). Clicking a node opens the actor's page; a list below gives the same links.
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

export class NetworkView {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.key = null;
    this.cy = null;
    this.resizer = new ResizeObserver(() => this.cy?.resize());
  }

  async show(ctx) {
    const key = `${ctx.dyad}|${ctx.from}|${ctx.to}`;
    if (key === this.key && this.cy) { this.cy.resize(); return; }
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
        ...data.nodes.map((n) => ({ data: { id: n.id, label: nodeLabel(n), color: colorOf(n.country), size: size(n.events) } })),
        ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target,
          color: goldsteinColor(e.mean_goldstein), width: 1.5 + 5 * (e.events / maxEdge) } })),
      ],
      style: [
        { selector: 'node', style: {
          'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
          'font-size': 11, 'font-family': 'system-ui, sans-serif', color: '#1a1a1a', 'text-valign': 'bottom', 'text-margin-y': 3,
          'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-padding': 1,
          'border-width': 1, 'border-color': '#ffffff' } },
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
    this.cy.on('mouseover', 'node', () => { graph.style.cursor = 'pointer'; });
    this.cy.on('mouseout', 'node', () => { graph.style.cursor = ''; });
    this.resizer.observe(graph);
    window.__dyad = Object.assign(window.__dyad ?? {}, { cy: this.cy });
  }

  destroy() {
    if (this.cy) {
      this.resizer.disconnect();
      this.cy.destroy();
      this.cy = null;
    }
  }
}
