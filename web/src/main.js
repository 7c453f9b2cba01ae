// dyad's dashboard: the shell (dyad picker, date range, tabs, loading and error states) and the
// hash router that shows one view in <main> and the story panel beside it (or alone, when a story
// is opened from a link with no view before it).
import { api } from './api.js';
import { h, clear, validDate } from './util.js';
import { parse, dyadLink, compareLink } from './router.js';
import { RelationshipView } from './views/relationship.js';
import { EventsView } from './views/events.js';
import { NetworkView } from './views/network.js';
import { StoryPanel } from './views/story.js';
import { ActorView } from './views/actor.js';
import { CountryView } from './views/country.js';
import { CompareView, pairsOf } from './views/compare.js';

const $ = (sel) => document.querySelector(sel);

// The server brackets the matched words of a snippet: "… [HÀ NỘI] — The …".
function snippet(text) {
  return text.split(/(\[[^\]]*\])/).map((part) => (/^\[[^\]]*\]$/.test(part)
    ? h('mark', { class: 'hit' }, part.slice(1, -1)) : part));
}

class App {
  constructor() {
    this.ctx = { dyad: null, view: 'relationship', from: '', to: '', params: new URLSearchParams() };
    this.loading = 0;
    this.lastMain = null; // the hash of the last dyad view, for "back" links and closing the story
    this.views = {
      relationship: new RelationshipView($('#view-relationship'), this),
      events: new EventsView($('#view-events'), this),
      network: new NetworkView($('#view-network'), this),
    };
    this.actor = new ActorView($('#view-actor'), this);
    this.country = new CountryView($('#view-country'), this);
    this.compare = new CompareView($('#view-compare'), this);
    this.story = new StoryPanel($('#story'), this);
    this.shown = null;
  }

  dyads() {
    this.dyadsPromise ??= api.dyads().then((d) => d.dyads);
    return this.dyadsPromise;
  }

  /** Runs `promise` with a loading message in the aria-live region; failures are shown and rethrown. */
  async load(message, promise) {
    this.loading++;
    $('#status').textContent = message;
    document.body.setAttribute('aria-busy', 'true');
    try {
      return await promise;
    } catch (err) {
      this.error(err.message ?? String(err));
      throw err;
    } finally {
      if (--this.loading === 0) {
        $('#status').textContent = '';
        document.body.removeAttribute('aria-busy');
      }
    }
  }

  error(message) {
    const box = $('#error');
    clear(box);
    if (!message) { box.hidden = true; return; }
    box.append(h('span', {}, message), ' ',
      h('button', { type: 'button', class: 'link', on: { click: () => { box.hidden = true; } } }, 'Dismiss'));
    box.hidden = false;
  }

  go(hash) {
    if (location.hash === hash) this.route();
    else location.hash = hash;
  }

  backLink() {
    return this.lastMain ?? (this.ctx.dyad ? dyadLink(this.ctx.dyad) : '#/');
  }

  closeStory() {
    this.go(this.backLink());
  }

  async start() {
    this.wireControls();
    window.addEventListener('hashchange', () => this.route());
    let dyads;
    try {
      dyads = await this.load('Loading pairs of states…', this.dyads());
    } catch {
      return;
    }
    const picker = $('#dyad-picker');
    clear(picker);
    if (!dyads.length) {
      picker.append(h('option', { value: '' }, 'No events yet'));
      picker.disabled = true;
    }
    for (const d of dyads) {
      picker.append(h('option', { value: d.dyad }, `${d.names?.join(' – ') ?? d.dyad} (${d.events})`));
    }
    // The pair with most events is the default.
    this.defaultDyad = [...dyads].sort((a, b) => b.events - a.events)[0]?.dyad ?? null;
    this.route();
  }

  wireControls() {
    const controls = $('#controls');
    $('#dyad-picker').addEventListener('change', (ev) => {
      this.go(dyadLink(ev.target.value, this.ctx.view, { from: this.ctx.from, to: this.ctx.to }));
    });
    controls.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const from = $('#date-from').value.trim(), to = $('#date-to').value.trim();
      for (const [input, v] of [[$('#date-from'), from], [$('#date-to'), to]]) {
        input.setAttribute('aria-invalid', validDate(v) ? 'false' : 'true');
      }
      if (!validDate(from) || !validDate(to)) {
        this.error('Dates: YYYY, YYYY-MM or YYYY-MM-DD.');
        return;
      }
      if (from && to && from.slice(0, to.length) > to.slice(0, from.length)) {
        this.error('The range starts after it ends.');
        return;
      }
      this.error(null);
      // On the comparison the range applies to its pairs; elsewhere it opens the picked pair.
      const r = parse(location.hash);
      if (r.kind === 'compare') {
        this.go(compareLink(pairsOf(r.params), { from, to, metric: r.params.get('metric') }));
        return;
      }
      this.go(dyadLink($('#dyad-picker').value || this.ctx.dyad, this.ctx.view, { from, to }));
    });
    $('#search').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const q = $('#search-q').value.trim();
      if (q) this.go(`#/search?${new URLSearchParams({ q })}`);
    });
    // Tabs: click or Enter/Space to open; arrow keys, Home and End move between them.
    const tabs = [...document.querySelectorAll('[role=tab]')];
    tabs.forEach((tab, i) => {
      tab.addEventListener('click', () => {
        if (!this.ctx.dyad) return;
        this.setTabs(tab.dataset.view);
        this.go(dyadLink(this.ctx.dyad, tab.dataset.view, { from: this.ctx.from, to: this.ctx.to }));
      });
      tab.addEventListener('keydown', (ev) => {
        const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[ev.key];
        if (next === undefined) return;
        ev.preventDefault();
        const t = tabs[(next + tabs.length) % tabs.length];
        t.focus();
        t.click();
      });
    });
  }

  setTabs(active) {
    for (const tab of document.querySelectorAll('[role=tab]')) {
      const on = tab.dataset.view === active;
      tab.setAttribute('aria-selected', on ? 'true' : 'false');
      tab.tabIndex = on || (!active && tab.dataset.view === 'relationship') ? 0 : -1;
    }
  }

  showSection(id) {
    for (const sec of document.querySelectorAll('main > .view')) sec.hidden = sec.id !== id;
  }

  async route() {
    const r = parse(location.hash);
    this.error(null);
    if (r.kind === 'home') {
      if (this.defaultDyad) location.replace(dyadLink(this.defaultDyad));
      return;
    }
    try {
      if (r.kind === 'dyad') {
        this.story.close();
        await this.showDyad(r.dyad, r.view, r.params);
      } else if (r.kind === 'doc') {
        // The story sits beside the view it was opened from. Opened from a link with no view
        // before it, it stands alone: any pair beside it would have nothing to do with it (the
        // panel links to the pairs its events involve instead).
        const alone = !this.shown || this.shown === 'story';
        document.body.classList.toggle('story-alone', alone);
        if (alone) {
          this.setTabs(null);
          this.showSection(null);
          this.shown = 'story';
        }
        await this.story.show(r.id, r.params.get('event'));
      } else if (r.kind === 'actor') {
        this.story.close();
        this.setTabs(null);
        this.showSection('view-actor');
        this.shown = 'actor';
        await this.actor.show(r.id);
      } else if (r.kind === 'country') {
        this.story.close();
        this.setTabs(null);
        this.showSection('view-country');
        this.shown = 'country';
        await this.country.show(r.id, r.params);
      } else if (r.kind === 'compare') {
        this.story.close();
        this.setTabs(null);
        this.showSection('view-compare');
        this.shown = 'compare';
        $('#date-from').value = r.params.get('from') ?? '';
        $('#date-to').value = r.params.get('to') ?? '';
        await this.compare.show(r.params);
      } else if (r.kind === 'search') {
        this.story.close();
        this.setTabs(null);
        this.showSection('view-search');
        this.shown = 'search';
        await this.showSearch(r.params.get('q') ?? '');
      }
    } catch (err) {
      // load() already showed the message.
      if (!(err?.status || err?.message)) this.error(String(err));
    }
  }

  async showDyad(dyad, view, params) {
    if (!dyad) return;
    const from = params.get('from') ?? '', to = params.get('to') ?? '';
    this.ctx = { dyad, view, from, to, params };
    this.lastMain = dyadLink(dyad, view, Object.fromEntries(params));
    $('#dyad-picker').value = dyad;
    // The header's "Compare pairs" starts from the pair on screen.
    $('#compare-link').setAttribute('href', compareLink([dyad], { from, to }));
    $('#date-from').value = from;
    $('#date-to').value = to;
    this.setTabs(view);
    this.showSection(`view-${view}`);
    this.shown = view;
    await this.views[view].show(this.ctx);
  }

  async showSearch(q) {
    const root = $('#view-search');
    clear(root);
    $('#search-q').value = q;
    root.append(h('h2', {}, `Stories matching “${q}”`));
    if (!q) return;
    const data = await this.load('Searching…', api.search(q));
    root.append(data.hits.length
      ? h('ol', { class: 'hits' }, data.hits.map((hit) => h('li', {},
        h('a', { href: `#/doc/${encodeURIComponent(hit.doc)}` }, hit.title || hit.doc),
        h('p', { class: 'snippet' }, snippet(hit.snippet ?? '')))))
      : h('p', { class: 'empty' }, 'No stories match.'));
  }
}

const app = new App();
window.__dyad = Object.assign(window.__dyad ?? {}, { app });
app.start();
