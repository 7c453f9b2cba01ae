// The story panel: a story's text in its sentences, actor mentions underlined (tooltip: name and
// code), the evidence of the chosen event in a <mark data-event="ID">, scrolled into view.
// The API's offsets are UTF-8 byte offsets; byteOffsets() turns them into string indices.
import { api } from '../api.js';
import { h, add, clear, byteOffsets, actorKey } from '../util.js';

// The languages dyad reads natively, as the story's meta line names them.
const LANGUAGES = { en: 'English', vi: 'Tiếng Việt', zh: '中文', 'zh-Hant': '中文（繁體）' };
import { actorLink, docLink, dyadLink } from '../router.js';

/** Splits text[0, n) at every range boundary and nests wrappers sentence > mark > mention, so
 *  ranges that cross each other still give well-formed markup (a crossing range is split). */
function renderText(text, sentences, marks, mentions) {
  const cuts = new Set([0, text.length]);
  for (const list of [sentences, marks, mentions]) for (const r of list) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const covering = (list, a) => list.find((r) => r.start <= a && a < r.end) ?? null;

  const frag = document.createDocumentFragment();
  let sentEl = null, sentRef = null, markEl = null, markRef = null, menEl = null, menRef = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    if (a === b) continue;
    const s = covering(sentences, a), m = covering(marks, a), n = covering(mentions, a);
    if (s !== sentRef) {
      sentRef = s; markRef = null; markEl = null; menRef = null; menEl = null;
      sentEl = s ? h('span', { class: 'sentence', dataset: { sentence: s.index } }) : null;
      if (sentEl) frag.append(sentEl);
    }
    const sentParent = sentEl ?? frag;
    if (m !== markRef) {
      markRef = m; menRef = null; menEl = null;
      markEl = m ? h('mark', { class: 'evidence', dataset: { event: m.event_id }, tabindex: '-1' }) : null;
      if (markEl) sentParent.append(markEl);
    }
    const markParent = markEl ?? sentParent;
    if (n !== menRef) {
      menRef = n;
      const tip = n ? `${n.name ?? n.text}${n.code ? ` · ${n.code}` : ''}${n.how && n.how !== 'dictionary' ? ` · ${n.how}` : ''}` : '';
      menEl = n ? h('span', { class: 'mention', tabindex: '0', dataset: { tip, actor: actorKey(n) ?? '' }, title: tip }) : null;
      if (menEl) markParent.append(menEl);
    }
    (menEl ?? markParent).append(text.slice(a, b));
  }
  return frag;
}

export class StoryPanel {
  constructor(root, app) {
    this.root = root;
    this.app = app;
    this.seq = 0;
  }

  close() {
    this.seq++;
    this.root.hidden = true;
    clear(this.root);
    document.body.classList.remove('with-story', 'story-alone');
  }

  /** The pairs of states the story's events involve (both sides known and different), as
   *  [{dyad, names}], most events first. The doc API's evidence carries no actors, so they come
   *  from /api/events?doc=. */
  async pairs(id) {
    const [data, dyads] = await Promise.all([api.events({ doc: id, limit: 1000 }), this.app.dyads()]);
    const known = new Map(dyads.map((d) => [d.dyad, d]));
    const count = new Map();
    for (const e of data.events) {
      const a = e.source?.country, b = e.target?.country;
      if (!a || !b || a === b) continue;
      const dyad = [a, b].sort().join('-');
      count.set(dyad, (count.get(dyad) ?? 0) + 1);
    }
    return [...count].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
      .map(([dyad, n]) => ({ dyad, events: n, names: known.get(dyad)?.names, known: known.has(dyad) }));
  }

  async show(id, eventId) {
    const seq = ++this.seq;
    this.root.hidden = false;
    document.body.classList.add('with-story');
    const [doc, pairs] = await this.app.load('Loading the story…', Promise.all([api.doc(id),
      this.pairs(id).catch(() => [])]));
    if (seq !== this.seq) return;
    const at = byteOffsets(doc.text);
    const span = (r) => ({ ...r, start: at(r.start), end: at(r.end) });
    const sentences = (doc.sentences ?? []).map((s, index) => ({ ...span(s), index }));
    const mentions = (doc.mentions ?? []).map(span);
    const evidence = (doc.evidence ?? []).map(span);
    const chosen = eventId ? evidence.filter((e) => e.event_id === eventId) : [];

    const language = LANGUAGES[doc.lang] ?? doc.lang;
    const meta = [...new Set([doc.agency, doc.source, doc.dateline, doc.published, language].filter(Boolean))].join(' · ');
    const events = new Map();
    for (const e of doc.evidence ?? []) if (!events.has(e.event_id)) events.set(e.event_id, e);
    const actors = new Map();
    for (const m of mentions) {
      const k = actorKey(m);
      if (k && !actors.has(k)) actors.set(k, m);
    }

    clear(this.root);
    // The story's language on its text: the browser picks Chinese or Vietnamese fonts and line breaking.
    const body = h('div', { class: 'story-text', id: 'story-text', lang: doc.lang || null },
      renderText(doc.text, sentences, chosen, mentions));
    add(this.root,
      h('div', { class: 'story-head' },
        h('h2', { id: 'story-title', tabindex: '-1' }, doc.title || `Story ${doc.id}`),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close the story', on: { click: () => this.app.closeStory() } }, '×')),
      meta ? h('p', { class: 'meta' }, meta) : null,
      doc.url ? h('p', { class: 'meta' }, 'Source: ', h('span', { class: 'url' }, doc.url)) : null,
      eventId && !chosen.length ? h('p', { class: 'help' }, 'This story holds no evidence for the chosen event.') : null,
      pairs.length ? h('p', { class: 'story-pairs', id: 'story-pairs' }, 'Relationships in this story: ',
        pairs.map((p, i) => [i ? ' · ' : '', p.known
          ? h('a', { href: dyadLink(p.dyad), dataset: { dyad: p.dyad } }, p.names?.join(' – ') ?? p.dyad)
          : p.dyad, ' ', h('span', { class: 'muted' }, `(${p.events})`)])) : null,
      events.size ? h('details', { class: 'story-events', open: events.size <= 8 ? true : null },
        h('summary', {}, `Events coded from this story (${events.size})`),
        h('ul', {}, [...events.values()].map((e) => h('li', {},
          h('a', { href: docLink(doc.id, e.event_id), 'aria-current': e.event_id === eventId ? 'true' : null },
            h('span', { class: 'code' }, e.cameo), ' ', e.cameo_name ?? ''))))) : null,
      body,
      actors.size ? h('details', { class: 'story-actors' },
        h('summary', {}, `Actors mentioned (${actors.size})`),
        h('ul', {}, [...actors.entries()].map(([k, m]) => h('li', {},
          h('a', { href: actorLink(k) }, m.name ?? m.text), ' ', h('span', { class: 'code' }, m.code ?? ''))))) : null,
    );
    const mark = this.root.querySelector('mark.evidence');
    if (mark) {
      // Let the layout settle (the panel may just have appeared) before scrolling.
      requestAnimationFrame(() => this.reveal(mark));
    } else {
      this.root.querySelector('#story-title')?.focus({ preventScroll: true });
      if (window.matchMedia('(max-width: 799px)').matches) this.root.scrollIntoView({ block: 'start' });
    }
  }

  /** Brings the evidence into view: by scrolling the panel when it scrolls by itself (wide
   *  screens, so the chart or table beside it stays put), else the page (phones). */
  reveal(mark) {
    const panel = this.root;
    if (panel.scrollHeight > panel.clientHeight + 1 && getComputedStyle(panel).overflowY !== 'visible') {
      const pr = panel.getBoundingClientRect();
      const top = Math.max(pr.top, 0), bottom = Math.min(pr.bottom, window.innerHeight);
      panel.scrollTop += mark.getBoundingClientRect().top - top - Math.max(0, (bottom - top) / 4);
    }
    const mr = mark.getBoundingClientRect();
    if (mr.top < 0 || mr.bottom > window.innerHeight) mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
}
