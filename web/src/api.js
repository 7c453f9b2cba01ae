// The client of `dyad serve`'s JSON API. Same origin only: the page makes no other request.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const cache = new Map();
const kCacheSize = 64;

/** GET /api/PATH with query parameters (empty ones dropped). Resolves to the parsed JSON; rejects
 *  with ApiError carrying the server's {"error"} message. Identical requests share one fetch. */
export function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  }
  const qs = q.toString();
  const url = `api/${path}${qs ? `?${qs}` : ''}`;
  if (cache.has(url)) return cache.get(url);
  const p = fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(async (res) => {
      let body = null;
      try { body = await res.json(); } catch { /* not JSON */ }
      if (!res.ok) throw new ApiError(res.status, body?.error ?? `${res.status} ${res.statusText}`);
      if (body === null) throw new ApiError(res.status, 'the server answered with something other than JSON');
      return body;
    });
  p.catch(() => cache.delete(url));
  cache.set(url, p);
  if (cache.size > kCacheSize) cache.delete(cache.keys().next().value);
  return p;
}

export const api = {
  dyads: (params = {}) => get('dyads', params),
  events: (params) => get('events', params),
  timeline: (params) => get('timeline', params),
  network: (params) => get('network', params),
  places: (params) => get('places', params),
  actor: (id) => get(`actors/${encodeURIComponent(id)}`),
  doc: (id) => get(`docs/${encodeURIComponent(id)}`),
  search: (q) => get('search', { q }),
  relation: (dyad) => get('relation', { dyad }),
};
