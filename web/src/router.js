// Hash routes, so that every view has a link:
//   #/dyad/CHN-VNM[/events|/network][?from=&to=&month=&cameo=&actor=&doc=&text=&page=]
//   #/doc/DOC_ID[?event=EVENT_ID]          the story panel (beside the last dyad view)
//   #/actor/ACTOR_ID                       an actor's page
//   #/country/VNM[?from=&to=]              a state's partners
//   #/search?q=words                       search results
//   #/compare?dyads=CHN-VNM,CHN-PHL[&metric=events|goldstein&from=&to=]  several pairs on one chart

export const kViews = ['relationship', 'events', 'network'];

/** Parses location.hash into {kind, dyad?, view?, id?, params}. Unknown routes give kind 'home'. */
export function parse(hash) {
  const raw = (hash || '').replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const path = qi < 0 ? raw : raw.slice(0, qi);
  const params = new URLSearchParams(qi < 0 ? '' : raw.slice(qi + 1));
  const parts = path.split('/').filter(Boolean).map((p) => {
    try { return decodeURIComponent(p); } catch { return p; }
  });
  if (parts[0] === 'dyad' && parts[1]) {
    const view = kViews.includes(parts[2]) ? parts[2] : 'relationship';
    return { kind: 'dyad', dyad: parts[1], view, params };
  }
  if (parts[0] === 'doc' && parts[1]) return { kind: 'doc', id: parts[1], params };
  if (parts[0] === 'actor' && parts[1]) return { kind: 'actor', id: parts[1], params };
  if (parts[0] === 'country' && /^[A-Za-z]{3}$/.test(parts[1] ?? '')) return { kind: 'country', id: parts[1].toUpperCase(), params };
  if (parts[0] === 'search') return { kind: 'search', params };
  if (parts[0] === 'compare') return { kind: 'compare', params };
  return { kind: 'home', params };
}

/** Builds a hash: link('dyad', 'CHN-VNM', 'events', {from: '2024'}). Empty parameters are dropped. */
export function link(kind, id, view, params = {}) {
  const segs = [kind, id, view && view !== 'relationship' ? view : null].filter(Boolean).map(encodeURIComponent);
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return `#/${segs.join('/')}${qs ? `?${qs}` : ''}`;
}

export const dyadLink = (dyad, view, params) => link('dyad', dyad, view, params);
export const docLink = (doc, event) => link('doc', doc, null, { event });
export const actorLink = (id) => link('actor', id);
export const countryLink = (code, params) => link('country', code, null, params);
/** #/compare?dyads=A-B,C-D&metric=…&from=…&to=… (the default metric, events, is left out). */
export const compareLink = (dyads, params = {}) => link('compare', null, null, {
  dyads: dyads.join(','), ...params, metric: params.metric === 'goldstein' ? 'goldstein' : null });
