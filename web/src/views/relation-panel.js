// The architecture of a relationship beside its chart (/api/relation): the level of ties over time, the
// standing mechanisms with the events held in them, the frameworks its stories invoke and the open
// commitments with their status, each linking to the stories that speak of it.
import { api } from '../api.js';
import { h, clear } from '../util.js';
import { docLink } from '../router.js';

const kMaxLinks = 6;

// Links to the stories, the first few, and how many more.
function storyLinks(docs) {
  if (!docs?.length) return null;
  const shown = docs.slice(0, kMaxLinks).map((d, i) => [i ? ', ' : '', h('a', { href: docLink(d) }, d)]);
  return h('span', { class: 'stories' }, ' — ', ...shown.flat(),
    docs.length > kMaxLinks ? ` and ${docs.length - kMaxLinks} more` : '');
}

function section(title, items) {
  return h('section', { class: 'relation-part' }, h('h4', {}, title),
    items.length ? h('ul', {}, ...items) : h('p', { class: 'empty' }, 'None known.'));
}

/** Fills `box` with the pair's architecture; resolves when done (a failure is shown in the box). */
export async function renderRelationPanel(box, dyad) {
  clear(box);
  box.append(h('h3', {}, 'Ties, mechanisms and commitments'));
  let body;
  try {
    body = await api.relation(dyad);
  } catch (e) {
    box.append(h('p', { class: 'error', role: 'alert' }, `Could not load the relationship's architecture: ${e.message}`));
    return;
  }
  const facts = body.facts ?? [];
  const of = (kind) => facts.filter((f) => f.kind === kind);
  const level = of('level')[0];
  box.append(h('p', { class: 'relation-level', id: 'relation-level' },
    level ? ['Level of ties: ', h('strong', {}, level.name), ` (since ${level.since})`] : 'No level of ties on record.'));
  const history = [...of('level_change').map((c) => ({ date: c.since, text: c.name + (c.designation ? ' (designation)' : ''), docs: [] })),
    ...of('coded_change').map((c) => ({ date: c.date ?? '', text: `${c.level.replaceAll('_', ' ')}, as a story tells it`, docs: c.docs }))]
    .sort((x, y) => x.date.localeCompare(y.date));
  box.append(section('Level over time', history.map((c) =>
    h('li', {}, h('time', {}, c.date || '—'), ' ', c.text, storyLinks(c.docs)))));
  // Mechanisms and frameworks the stories speak of first; the rest only counted.
  const used = (f) => (f.docs?.length ?? 0) > 0;
  const mechanisms = of('mechanism');
  const frameworks = of('framework');
  const institutionItem = (f) => h('li', {}, f.name,
    f.events?.length ? ` — ${f.events.length} event${f.events.length === 1 ? '' : 's'}, last ${f.events.map((e) => e.date ?? '').sort().at(-1) || 'undated'}` : '',
    storyLinks(f.docs));
  box.append(section(`Mechanisms named in its stories (${mechanisms.filter(used).length} of ${mechanisms.length} on record)`,
    mechanisms.filter(used).map(institutionItem)));
  box.append(section(`Frameworks invoked (${frameworks.filter(used).length} of ${frameworks.length} on record)`,
    frameworks.filter(used).map(institutionItem)));
  const commitments = of('commitment');
  box.append(section(`Open commitments (${commitments.length})`, commitments.map((c) =>
    h('li', { class: 'commitment' }, h('span', { class: `status status-${c.status}` }, c.status), ' ', c.name,
      ` (${c.topic.replaceAll('_', ' ')}${c.project ? `: ${c.project}` : ''}; ${c.timeline.length} step${c.timeline.length === 1 ? '' : 's'}, last ${c.last ?? 'undated'})`,
      storyLinks(c.docs)))));
}
