#!/usr/bin/env node
// Browser tests of dyad's dashboard: playwright-core drives Debian's Chromium (never a downloaded
// browser) against a running `dyad serve` (or tests/web/mock-server.mjs) loaded with the seed stories.
//
//   node tests/web/dashboard.test.mjs --url http://127.0.0.1:PORT/ [--out build/web-artifacts]
//                                     [--dyad CHN-VNM] [--year 2024] [--chromium /usr/bin/chromium]
//
// Prints "ok - NAME" or "not ok - NAME: why" per check, then "N passed, M failed"; exits 1 on a
// failure. Screenshots go to --out. Any request to a host other than loopback is blocked and fails.
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '../../web/package.json'));
const { chromium } = require('playwright-core');

const opts = { out: 'build/web-artifacts', dyad: 'CHN-VNM', year: '2024', chromium: '/usr/bin/chromium' };
for (let i = 2; i < process.argv.length; i += 2) opts[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
if (!opts.url) {
  console.error('usage: dashboard.test.mjs --url http://127.0.0.1:PORT/ [--out DIR] [--dyad CHN-VNM] [--year 2024]');
  process.exit(2);
}
const base = opts.url.endsWith('/') ? opts.url : `${opts.url}/`;
const out = resolve(opts.out);
mkdirSync(out, { recursive: true });

const kLoopback = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);
const kTimeout = 15000;

let passed = 0, failed = 0;
const offHost = [];
const pageErrors = [];

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (err) {
    failed++;
    console.log(`not ok - ${name}: ${String(err?.message ?? err).split('\n')[0]}`);
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

async function apiGet(path) {
  const res = await fetch(new URL(`api/${path}`, base));
  const body = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${body.error}`);
  return body;
}

const userDataDir = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: opts.chromium,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 860 },
    timeout: 60000,
  });
} catch (err) {
  console.log(`not ok - launch Chromium at ${opts.chromium}: ${err.message.split('\n')[0]}`);
  console.log('0 passed, 1 failed');
  rmSync(userDataDir, { recursive: true, force: true });
  process.exit(1);
}

// Every request the page makes must stay on loopback; anything else is blocked and recorded.
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (['data:', 'blob:', 'about:'].includes(url.protocol) || kLoopback.has(url.hostname)) return route.continue();
  offHost.push(route.request().url());
  return route.abort('blockedbyclient');
});
context.on('request', (req) => {
  const url = new URL(req.url());
  if (!['data:', 'blob:', 'about:'].includes(url.protocol) && !kLoopback.has(url.hostname)) offHost.push(req.url());
});

const page = context.pages()[0] ?? await context.newPage();
page.setDefaultTimeout(kTimeout);
page.on('pageerror', (err) => pageErrors.push(err.message));
page.on('console', (msg) => { if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`); });
// Takes a screenshot, and fails when the page shows a stray "null" or "undefined" text node.
const shot = async (name) => {
  const stray = await page.evaluate(() => {
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      if (/^\s*(null|undefined|NaN)\s*$/.test(n.nodeValue)) return `${n.parentElement.tagName}.${n.parentElement.className}`;
    }
    return null;
  });
  await page.screenshot({ path: join(out, `${name}.png`), fullPage: false });
  if (stray) throw new Error(`stray "null" text in ${stray} (screenshot ${name}.png)`);
};
// Runs axe-core (WCAG 2 A/AA rules) on the page; returns the serious and critical violations.
// Evaluated over the DevTools protocol, which the page's Content-Security-Policy does not block
// (a <script> tag would be, rightly).
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
async function axe(where) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
  const found = await page.evaluate(async (sel) => {
    const r = await window.axe.run(sel, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length}: ${v.nodes[0]?.target?.join(' ')})`);
  }, where);
  return found;
}
const a11y = [];
// Pairs of visible <text> elements of an ECharts SVG whose boxes overlap (by more than 1 px);
// `pattern` picks the labels to compare (the x axis's months). Labels ECharts hid are not drawn.
async function labelOverlaps(sel, pattern) {
  return page.evaluate(({ sel, src }) => {
    const re = new RegExp(src);
    const boxes = [...document.querySelectorAll(`${sel} svg text`)].filter((t) => re.test(t.textContent.trim()))
      .filter((t) => {
        const cs = getComputedStyle(t);
        return cs.display !== 'none' && cs.visibility !== 'hidden' && Number(cs.opacity) > 0
          && t.getAttribute('fill-opacity') !== '0' && !t.closest('[opacity="0"]');
      })
      .map((t) => ({ text: t.textContent.trim(), r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0 && b.r.height > 0);
    const bad = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) bad.push(`${boxes[i].text}/${boxes[j].text}`);
      }
    }
    return { count: boxes.length, bad };
  }, { sel, src: pattern.source });
}
// The pairs of a story's events, as the dashboard should link them: both states known, different.
function pairsOfEvents(events) {
  return [...new Set(events.map((e) => [e.source?.country, e.target?.country])
    .filter(([a, b]) => a && b && a !== b).map((p) => p.sort().join('-')))].sort();
}
const waitIdle = () => page.waitForFunction(() => !document.body.hasAttribute('aria-busy'));

const dyad = opts.dyad, year = opts.year;
let month = null;      // the month of `year` with most events
let eventId = null;    // the event opened in the story panel

try {
  const dyads = (await apiGet('dyads')).dyads;
  const busiest = [...dyads].sort((a, b) => b.events - a.events)[0]?.dyad;

  await check('dashboard loads with the busiest pair of states picked', async () => {
    await page.goto(base, { waitUntil: 'load' });
    await page.waitForFunction(() => location.hash.startsWith('#/dyad/'));
    await waitIdle();
    const picked = await page.locator('#dyad-picker').inputValue();
    assert(picked === busiest, `picker shows ${picked}, busiest is ${busiest}`);
    const options = await page.locator('#dyad-picker option').count();
    assert(options === dyads.length, `${options} options for ${dyads.length} dyads`);
  });

  const timeline = await apiGet(`timeline?dyad=${dyad}&bucket=month`);
  const apiMonths = timeline.points.filter((p) => p.bucket.startsWith(year) && p.events > 0);

  await check(`${dyad} chart has bars for ${year}`, async () => {
    assert(apiMonths.length > 0, `the API has no ${year} months for ${dyad}`);
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#relationship-chart svg').waitFor();
    await waitIdle();
    const bars = await page.evaluate(() => {
      const { chart } = window.__dyad;
      const o = chart.getOption();
      const cats = o.xAxis[0].data;
      const sums = cats.map((_, i) => o.series.filter((s) => s.type === 'bar').reduce((n, s) => n + (s.data[i] ?? 0), 0));
      return Object.fromEntries(cats.map((c, i) => [c, sums[i]]));
    });
    for (const p of apiMonths) assert(bars[p.bucket] === p.events, `${p.bucket}: chart ${bars[p.bucket]}, API ${p.events}`);
    const paths = await page.locator('#relationship-chart svg path').count();
    assert(paths > 4, `only ${paths} SVG paths drawn`);
    month = [...apiMonths].sort((a, b) => b.events - a.events)[0].bucket;
    await shot('relationship');
    a11y.push(...(await axe('body')).map((v) => `relationship: ${v}`));
  });

  await check(`the date range limits the chart to ${year}`, async () => {
    await page.fill('#date-from', year);
    await page.fill('#date-to', year);
    await page.click('#controls button[type=submit]');
    await page.waitForFunction((y) => location.hash.includes(`from=${y}`) && location.hash.includes(`to=${y}`), year);
    await page.locator('#relationship-chart svg').waitFor();
    await waitIdle();
    const cats = await page.evaluate(() => window.__dyad.chart.getOption().xAxis[0].data);
    assert(cats.length > 0 && cats.every((c) => c.startsWith(year)), `months ${cats.join(',')}`);
    // The summary counts what the range keeps.
    const inYear = (await apiGet(`timeline?dyad=${dyad}&bucket=year`)).points.find((p) => p.bucket === year)?.events;
    const summary = await page.locator('#relationship-summary').textContent();
    assert(summary.startsWith(`${inYear} event`), `summary "${summary}", ${inYear} events in ${year}`);
    await page.fill('#date-from', '2025');
    await page.fill('#date-to', '2024');
    await page.click('#controls button[type=submit]');
    await page.locator('#error:not([hidden])').waitFor();
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#relationship-chart svg').waitFor();
    await waitIdle();
  });

  await check(`clicking ${month ?? `a ${year} month`} lists its events`, async () => {
    assert(month, 'no month to click');
    const at = await page.evaluate((m) => {
      const { chart } = window.__dyad;
      const o = chart.getOption();
      const i = o.xAxis[0].data.indexOf(m);
      const total = o.series.filter((s) => s.type === 'bar').reduce((n, s) => n + (s.data[i] ?? 0), 0);
      const [x, y] = chart.convertToPixel({ gridIndex: 0 }, [m, total / 2]);
      const r = chart.getDom().getBoundingClientRect();
      return { x: r.left + x, y: r.top + y };
    }, month);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((m) => location.hash.includes(`month=${m}`), month);
    await page.locator('#month-heading', { hasText: month }).waitFor();
    await waitIdle();
    const api = await apiGet(`events?dyad=${dyad}&from=${month}&to=${month}&limit=200`);
    const rows = await page.locator('.month-events tbody tr').count();
    assert(rows === api.events.length && rows > 0, `${rows} rows listed, API has ${api.events.length}`);
    const top = await page.evaluate(() => document.querySelector('#month-heading').getBoundingClientRect().top);
    assert(top >= 0 && top < (await page.evaluate(() => innerHeight)), `the month's events start at ${top}px, out of view`);
    await shot('month-events');
    a11y.push(...(await axe('body')).map((v) => `month-events: ${v}`));
  });

  await check('clicking an event opens the story with its evidence highlighted', async () => {
    const row = page.locator('.month-events tbody tr').first();
    eventId = await row.getAttribute('data-event');
    await row.locator('td.date').click();
    await page.waitForFunction((id) => location.hash.includes(`event=${id}`), eventId);
    await page.locator('#story mark.evidence').first().waitFor();
    await waitIdle();
    const doc = decodeURIComponent(await page.evaluate(() => location.hash.match(/#\/doc\/([^?]+)/)[1]));
    const all = await apiGet(`events?dyad=${dyad}&from=${month}&to=${month}&limit=200`);
    const event = all.events.find((e) => e.event_id === eventId);
    assert(event, `event ${eventId} not in the API's answer`);
    const want = event.evidence.filter((e) => e.doc === doc).map((e) => e.text);
    assert(want.length, `event ${eventId} has no evidence in ${doc}`);
    const marks = await page.locator(`#story mark[data-event="${eventId}"]`).allTextContents();
    assert(marks.join('') === want.join(''), `<mark> holds "${marks.join('').slice(0, 80)}…", evidence is "${want.join('').slice(0, 80)}…"`);
    const visible = await page.evaluate(() => {
      const m = document.querySelector('#story mark.evidence').getBoundingClientRect();
      const s = document.querySelector('#story').getBoundingClientRect();
      return m.bottom > Math.max(0, s.top) && m.top < Math.min(window.innerHeight, s.bottom);
    });
    assert(visible, 'the evidence is not scrolled into view');
    // Opened from the relationship, the story sits beside it.
    assert(await page.locator('#relationship-chart').isVisible(), 'the relationship is not beside the story');
    await page.waitForTimeout(200);
    await shot('story');
    a11y.push(...(await axe('body')).map((v) => `story: ${v}`));
  });

  await check('story underlines actor mentions with name and code', async () => {
    const tips = await page.locator('#story .mention[data-tip]').evaluateAll((els) => els.map((e) => e.dataset.tip));
    assert(tips.length > 0, 'no mentions underlined');
    assert(tips.some((t) => / · [A-Z]{3}/.test(t)), `no tooltip with a code: ${tips.slice(0, 3).join(' | ')}`);
  });

  // The commonest CAMEO root among the pair's events, so the filter has something to find.
  const roots = {};
  for (const e of (await apiGet(`events?dyad=${dyad}&limit=1000`)).events) roots[e.root] = (roots[e.root] ?? 0) + 1;
  const root = Object.entries(roots).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '04';
  await check('a state\'s partners are listed and each opens its relationship', async () => {
    const country = dyad.slice(0, 3);
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#relationship-chart svg').waitFor();
    await waitIdle();
    await page.click(`.partners-links a[href*="country/${country}"]`);
    await page.locator('#country-name').waitFor();
    await waitIdle();
    const api = await apiGet(`dyads?country=${country}`);
    const rows = await page.locator('table.partners tbody tr').count();
    assert(rows === api.dyads.length && rows > 0, `${rows} partners listed, API has ${api.dyads.length}`);
    await shot('country');
    a11y.push(...(await axe('body')).map((v) => `country: ${v}`));
    await page.locator('table.partners tbody tr th a').first().click();
    await page.waitForFunction(() => location.hash.startsWith('#/dyad/'));
    await page.locator('#relationship-chart svg, #view-relationship .empty').first().waitFor();
    await waitIdle();
  });

  await check("the relationship's ties, mechanisms and open commitments link to their stories", async () => {
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#relation-level').waitFor();
    await waitIdle();
    const api = await apiGet(`relation?dyad=${dyad}`);
    const level = api.facts.find((f) => f.kind === 'level');
    const shown = await page.locator('#relation-level').textContent();
    assert(level ? shown.includes(level.name) : shown.includes('No level'), `level shown "${shown}"`);
    const open = api.facts.filter((f) => f.kind === 'commitment');
    const items = await page.locator('#relation-panel li.commitment').count();
    assert(items === open.length, `${items} commitments listed, API has ${open.length}`);
    await page.locator('#relation-panel').scrollIntoViewIfNeeded();
    await shot('relation-panel');
    const links = page.locator('#relation-panel a[href^="#/doc/"]');
    if (await links.count()) {
      await links.first().click();
      await page.waitForFunction(() => location.hash.startsWith('#/doc/'));
      await page.locator('#story .story-text').waitFor();
    }
    a11y.push(...(await axe('#relation-panel')).map((v) => `relation panel: ${v}`));
  });

  await check('the direction picker charts one side of the pair', async () => {
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#relationship-chart svg').waitFor();
    await waitIdle();
    await page.selectOption('#direction-picker', 'ab');
    await page.waitForFunction(() => location.hash.includes('dir=ab'));
    await waitIdle();
    const ab = (await apiGet(`timeline?dyad=${dyad}&bucket=month&direction=ab`)).points;
    const both = (await apiGet(`timeline?dyad=${dyad}&bucket=month`)).points;
    const charted = await page.evaluate(() => {
      const o = window.__dyad.chart.getOption();
      return o.series.filter((s) => s.type === 'bar').reduce((n, s) => n + s.data.reduce((a, b) => a + b, 0), 0);
    });
    const want = ab.reduce((n, p) => n + p.events, 0);
    assert(charted === want, `chart ${charted}, API ${want} one way`);
    assert(want < both.reduce((n, p) => n + p.events, 0), 'one way is fewer than both');
    // The summary counts the events dated to a year at least; the months
    // leave out those dated only to the year (it says how many).
    const years = (await apiGet(`timeline?dyad=${dyad}&bucket=year&direction=ab`)).points;
    const wantYears = years.reduce((n, p) => n + p.events, 0);
    const summary = await page.locator('#relationship-summary').textContent();
    assert(summary.startsWith(`${wantYears} event`), `summary "${summary}", API ${wantYears} one way by year`);
    await page.selectOption('#direction-picker', '');
    await page.waitForFunction(() => !location.hash.includes('dir='));
    await waitIdle();
  });

  // What the map shows, read from the chart: [{name, lon, lat, events}].
  const mapPoints = () => page.evaluate(() => window.__dyad.map.getOption().series[0].data
    .map((d) => ({ name: d.name, lon: d.value[0], lat: d.value[1], events: d.value[2] })));
  const placed = (places) => places.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
  const samePoints = (drawn, places, what) => {
    const want = placed(places);
    assert(drawn.length === want.length, `${what}: ${drawn.length} points drawn, the API has ${want.length} places with a point`);
    for (const p of want) {
      const d = drawn.find((x) => x.name === p.name);
      assert(d && d.events === p.events && Math.abs(d.lon - p.lon) < 1e-6 && Math.abs(d.lat - p.lat) < 1e-6,
        `${what}: ${p.name} (${p.events} events at ${p.lon},${p.lat}) drawn as ${JSON.stringify(d)}`);
    }
  };

  await check('the map shows one point per placed place of /api/places, and its table lists them', async () => {
    const places = (await apiGet(`places?dyad=${dyad}`)).places;
    assert(placed(places).length > 0, `the API has no places with a point for ${dyad}`);
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#place-map svg').waitFor();
    await waitIdle();
    samePoints(await mapPoints(), places, 'both ways');
    // The points are drawn: one SVG shape per place inside the map, beyond the countries.
    const rows = await page.locator('#where table.places tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.place));
    assert(rows.length === places.length && places.every((p, i) => rows[i] === p.name), `table rows ${rows.join(', ')}`);
    const total = (await apiGet(`events?dyad=${dyad}&limit=1`)).total;
    const summary = await page.locator('#place-summary').textContent();
    const onMap = placed(places).reduce((n, p) => n + p.events, 0);
    const none = total - places.reduce((n, p) => n + p.events, 0);
    assert(summary.startsWith(`${onMap} event`), `summary "${summary}", ${onMap} events placed`);
    assert(!none || summary.includes(`${none} event`), `summary "${summary}" does not count the ${none} events with no place`);
    await page.locator('#where summary').click();
    await page.locator('#where').scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await shot('map');
    a11y.push(...(await axe('body')).map((v) => `map: ${v}`));
  });

  await check('changing the direction re-renders the map', async () => {
    // Marks the map on screen, to tell a new one from it.
    await page.evaluate(() => { document.querySelector('#place-map').dataset.old = '1'; });
    await page.selectOption('#direction-picker', 'ab');
    await page.waitForFunction(() => location.hash.includes('dir=ab'));
    await page.locator('#place-map svg').waitFor();
    await waitIdle();
    const ab = (await apiGet(`places?dyad=${dyad}&direction=ab`)).places;
    const both = (await apiGet(`places?dyad=${dyad}`)).places;
    assert(JSON.stringify(placed(ab)) !== JSON.stringify(placed(both)), 'one way places the same as both ways; nothing to tell apart');
    samePoints(await mapPoints(), ab, 'one way');
    const rows = await page.locator('#where table.places tbody tr').count();
    assert(rows === ab.length, `${rows} table rows, ${ab.length} places one way`);
    assert(await page.locator('#place-map[data-old]').count() === 0, 'the map was not drawn again');
    await page.selectOption('#direction-picker', '');
    await page.waitForFunction(() => !location.hash.includes('dir='));
    await waitIdle();
    samePoints(await mapPoints(), both, 'both ways again');
  });

  await check('a state\'s partners view maps all its events', async () => {
    const country = dyad.slice(0, 3);
    const places = (await apiGet(`places?country=${country}`)).places;
    await page.goto(`${base}#/country/${country}`);
    await page.locator('#country-place-map svg').waitFor();
    await waitIdle();
    samePoints(await mapPoints(), places, `${country}'s partners`);
    const total = (await apiGet(`events?country=${country}&limit=1`)).total;
    assert(total >= places.reduce((n, p) => n + p.events, 0), `${total} events, fewer than the places count`);
  });

  await check(`events tab filters by CAMEO prefix ${root}`, async () => {
    await page.goto(`${base}#/dyad/${dyad}/events`);
    await page.locator('#event-filters').waitFor();
    await waitIdle();
    await page.fill('#filter-cameo', root);
    await page.click('#event-filters button[type=submit]');
    await page.waitForFunction((r) => location.hash.includes(`cameo=${r}`), root);
    await waitIdle();
    const api = await apiGet(`events?dyad=${dyad}&cameo=${root}&limit=50`);
    const codes = await page.locator('#events-results tbody td.cameo .code').allTextContents();
    assert(codes.length === api.events.length, `${codes.length} rows, API ${api.events.length}`);
    assert(codes.length > 0 && codes.every((c) => c.startsWith(root)), `codes ${codes.join(',')}`);
    const range = await page.locator('.pager .range').textContent();
    assert(range.includes(String(api.total)), `pager says "${range}", total ${api.total}`);
    // What is on screen downloads as CSV, one line per row after the header.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#events-results .download-csv')]);
    const csv = readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
    assert(csv[0].startsWith('event_id,date,date_source,'), `CSV header ${csv[0]}`);
    assert(csv.length === codes.length + 1, `${csv.length - 1} CSV rows, ${codes.length} on screen`);
    assert(download.suggestedFilename() === `dyad-${dyad}-events.csv`, download.suggestedFilename());
    a11y.push(...(await axe('body')).map((v) => `events: ${v}`));
  });

  await check('tabs are usable from the keyboard', async () => {
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.waitForFunction(() => document.querySelector('#tab-relationship').getAttribute('aria-selected') === 'true');
    await waitIdle();
    await page.focus('#tab-relationship');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('/events'));
    await page.locator('#event-filters').waitFor();
    const selected = await page.getAttribute('#tab-events', 'aria-selected');
    assert(selected === 'true', 'Events tab not selected');
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert(focused === 'tab-events', `focus is on ${focused}`);
  });

  const network = await apiGet(`network?dyad=${dyad}`);
  await check('network view shows the actors as nodes', async () => {
    await page.click('#tab-network');
    await page.locator('#network-graph canvas').first().waitFor();
    await waitIdle();
    await page.waitForFunction(() => window.__dyad?.cy && window.__dyad.cy.nodes().length > 0);
    const n = await page.evaluate(() => window.__dyad.cy.nodes().length);
    assert(n === network.nodes.length && n > 0, `${n} nodes drawn, API has ${network.nodes.length}`);
    const rows = await page.locator('table.nodes tbody tr').count();
    assert(rows === n, `${rows} rows in the node list`);
    await page.waitForTimeout(300);
    await shot('network');
    a11y.push(...(await axe('body')).map((v) => `network: ${v}`));
  });

  await check('clicking a node opens the actor page with offices', async () => {
    const person = [...network.nodes].filter((x) => /^[a-z]/.test(x.id)).sort((a, b) => b.events - a.events)[0]
      ?? network.nodes[0];
    const at = await page.evaluate((id) => {
      const { cy } = window.__dyad;
      const p = cy.getElementById(id).renderedPosition();
      const r = cy.container().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    }, person.id);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction((id) => location.hash === `#/actor/${encodeURIComponent(id)}`, person.id);
    await page.locator('#actor-name').waitFor();
    await waitIdle();
    const actor = await apiGet(`actors/${encodeURIComponent(person.id)}`);
    const offices = await page.locator('.office').count();
    assert(offices === (actor.offices ?? []).length, `${offices} offices shown, API has ${actor.offices?.length}`);
    const rows = await page.locator('#view-actor table.events tbody tr').count();
    assert(rows === actor.events.length, `${rows} events shown, API has ${actor.events.length}`);
    await shot('actor');
    a11y.push(...(await axe('body')).map((v) => `actor: ${v}`));
  });

  await check('an unknown pair shows the server\'s error and the page keeps working', async () => {
    await page.goto(`${base}#/dyad/XXX-YYY`);
    await page.locator('#error:not([hidden])').waitFor();
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#relationship-chart svg').waitFor();
  });

  // The seeds may hold a single pair. Then a second, made-up pair (with its own months) is served
  // to the page for this check only, so that two lines can be told apart.
  const realPairs = [...dyads].sort((a, b) => b.events - a.events).map((d) => d.dyad);
  const other = realPairs.find((d) => d !== dyad) ?? 'CHN-PHL';
  const fake = !realPairs.includes(other);
  const fakePoints = [['2024-03', 4, 1.5], ['2024-10', 2, -3.5], ['2024-12', 6, 2]].map(([bucket, events, g]) => ({
    bucket, events, stories: 1, quad: [events, 0, 0, 0], mean_goldstein: g, total_goldstein: g * events }));
  async function serveFake() {
    if (!fake) return;
    await page.route(/\/api\/dyads(\?|$)/, async (route) => {
      const body = await (await route.fetch()).json();
      if (!new URL(route.request().url()).searchParams.has('country')) {
        body.dyads.push({ dyad: other, countries: other.split('-'), names: ['China', 'Philippines'], events: 12,
          mean_goldstein: 0.5, first_date: '2024-03-01', last_date: '2024-12-31' });
      }
      return route.fulfill({ json: body });
    });
    await page.route((url) => url.pathname.endsWith('/api/timeline') && url.searchParams.get('dyad') === other,
      (route) => route.fulfill({ json: { dyad: other, bucket: 'month', points: fakePoints } }));
  }
  const timelineOf = async (d) => (d === other && fake ? fakePoints
    : (await apiGet(`timeline?dyad=${d}&bucket=month`)).points).filter((p) => p.bucket.length === 7);

  await check('the compare view charts two pairs and its URL round-trips', async () => {
    await serveFake();
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.reload();
    await page.locator('#relationship-chart svg').waitFor();
    await waitIdle();
    await page.click('#view-relationship a.compare-link');
    await page.locator('#compare-chart svg').waitFor();
    await waitIdle();
    let params = await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1]).get('dyads'));
    assert(params === dyad, `the link from ${dyad} opens dyads=${params}`);
    await page.check(`#compare-form input[value="${other}"]`);
    await page.waitForFunction((want) => new URLSearchParams(location.hash.split('?')[1]).get('dyads') === want, `${dyad},${other}`);
    await page.locator('#compare-chart svg').waitFor();
    await waitIdle();
    const drawn = await page.evaluate(() => window.__dyad.compare.getOption().series.map((s) => ({ id: s.id, data: s.data })));
    assert(drawn.length === 2 && drawn[0].id === dyad && drawn[1].id === other, `series ${drawn.map((s) => s.id).join(', ')}`);
    const months = await page.evaluate(() => window.__dyad.compare.getOption().xAxis[0].data);
    const tl = { [dyad]: await timelineOf(dyad), [other]: await timelineOf(other) };
    for (const [i, d] of [dyad, other].entries()) {
      for (const p of tl[d]) {
        const v = drawn[i].data[months.indexOf(p.bucket)];
        assert(v === p.events, `${d} ${p.bucket}: chart ${v}, API ${p.events}`);
      }
    }
    const union = [...new Set([...tl[dyad], ...tl[other]].map((p) => p.bucket))].sort();
    const rows = await page.locator('#view-compare table.compare tbody tr').evaluateAll((trs) => trs.map((tr) => tr.dataset.month));
    assert(JSON.stringify(rows) === JSON.stringify(union), `table months ${rows.join(',')}, want ${union.join(',')}`);
    const cols = await page.locator('#view-compare table.compare thead th[data-dyad]').count();
    assert(cols === 2, `${cols} pair columns in the table`);
    // The metric and the range go to the URL, and the URL alone brings the same view back.
    await page.selectOption('#compare-metric', 'goldstein');
    await page.waitForFunction(() => location.hash.includes('metric=goldstein'));
    await page.fill('#date-from', '2024');
    await page.click('#controls button[type=submit]');
    await page.waitForFunction(() => location.hash.includes('from=2024') && location.hash.startsWith('#/compare'));
    await waitIdle();
    const hash = await page.evaluate(() => location.hash);
    await page.goto('about:blank');
    await page.goto(`${base}${hash}`);
    await page.locator('#compare-chart svg').waitFor();
    await waitIdle();
    assert(await page.evaluate(() => location.hash) === hash, 'the URL changed on loading it');
    const state = await page.evaluate(() => ({
      checked: [...document.querySelectorAll('#compare-form input:checked')].map((b) => b.value),
      metric: document.querySelector('#compare-metric').value, from: document.querySelector('#date-from').value,
      series: window.__dyad.compare.getOption().series.map((s) => s.id), months: window.__dyad.compare.getOption().xAxis[0].data }));
    assert(JSON.stringify(state.checked.sort()) === JSON.stringify([dyad, other].sort()), `ticked ${state.checked.join(',')}`);
    assert(state.metric === 'goldstein' && state.from === '2024', `metric ${state.metric}, from ${state.from}`);
    assert(state.series.length === 2 && state.months.length > 0 && state.months.every((m) => m >= '2024'), `series ${state.series}, months ${state.months[0]}…`);
    await page.locator('#view-compare details summary').click();
    await page.waitForTimeout(200);
    await shot('compare');
    a11y.push(...(await axe('body')).map((v) => `compare: ${v}`));
    if (fake) await page.unrouteAll();
  });

  const storyDoc = (await apiGet(`events?dyad=${dyad}&limit=1&from=${year}&to=${year}`)).events[0].doc;
  await check('a story opened directly by URL stands alone and links to its pairs', async () => {
    await page.goto('about:blank');
    await page.goto(`${base}#/doc/${encodeURIComponent(storyDoc)}`);
    await page.locator('#story .story-text').waitFor();
    await waitIdle();
    const shown = await page.evaluate(() => [...document.querySelectorAll('main > .view')].filter((v) => !v.hidden).map((v) => v.id));
    assert(shown.length === 0, `shown beside the story: ${shown.join(', ')}`);
    assert(!(await page.locator('#relationship-chart').isVisible()), 'a relationship chart is beside the story');
    const want = pairsOfEvents((await apiGet(`events?doc=${encodeURIComponent(storyDoc)}&limit=1000`)).events);
    const links = await page.locator('#story-pairs a[data-dyad]').evaluateAll((as) => as.map((a) => a.dataset.dyad).sort());
    assert(want.length > 0 && JSON.stringify(links) === JSON.stringify(want), `links to ${links.join(',')}, the events involve ${want.join(',')}`);
    await page.waitForTimeout(200);
    await shot('story-alone');
    a11y.push(...(await axe('body')).map((v) => `story-alone: ${v}`));
    await page.locator(`#story-pairs a[data-dyad="${want[0]}"]`).click();
    await page.locator('#relationship-chart svg').waitFor();
    await waitIdle();
    assert(await page.locator('#story').isHidden(), 'the story stays open over the relationship');
  });

  await check('no two texts of a chart overlap (month labels and all), at desktop, at 390 px and beside a story', async () => {
    const monthRe = /^\d{4}-\d{2}$/;
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: width > 800 ? 860 : 844 });
      for (const [hash, sel] of [[`#/dyad/${dyad}`, '#relationship-chart'], [`#/compare?dyads=${dyad}`, '#compare-chart']]) {
        await page.goto(`${base}${hash}`);
        await page.locator(`${sel} svg`).waitFor();
        await waitIdle();
        await page.waitForTimeout(150);
        const r = await labelOverlaps(sel, monthRe);
        assert(r.count >= 2, `${sel} at ${width}px: ${r.count} month labels drawn`);
        assert(r.bad.length === 0, `${sel} at ${width}px: ${r.bad.slice(0, 3).join(', ')} overlap`);
        // Nor any other text of the chart: legend, axis names and values, the Goldstein 0 line.
        const any = await labelOverlaps(sel, /\S/);
        assert(any.bad.length === 0, `${sel} at ${width}px: ${any.bad.slice(0, 3).join(', ')} overlap`);
      }
    }
    // Beside an open story the chart is narrower; its texts must still keep apart.
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#relationship-chart svg').waitFor();
    await page.goto(`${base}#/doc/${encodeURIComponent(storyDoc)}`);
    await page.locator('#story .story-text').waitFor();
    await waitIdle();
    await page.waitForTimeout(300);
    const beside = await labelOverlaps('#relationship-chart', /\S/);
    assert(beside.bad.length === 0, `beside the story: ${beside.bad.slice(0, 3).join(', ')} overlap`);
    await page.setViewportSize({ width: 1366, height: 860 });
  });

  await check('network labels do not overlap each other or other nodes', async () => {
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: width > 800 ? 860 : 844 });
      await page.goto(`${base}#/dyad/${dyad}/network`);
      // A graph on screen when the width crosses a phone's is drawn anew; let that settle.
      await page.waitForTimeout(300);
      await waitIdle();
      await page.waitForFunction(() => window.__dyad?.cy && !window.__dyad.cy.destroyed() && window.__dyad.cy.nodes().length > 0);
      const r = await page.evaluate(() => {
        const { cy } = window.__dyad;
        const hit = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
        const shown = cy.nodes().filter((n) => !n.hasClass('quiet'));
        const bad = [];
        shown.forEach((n) => {
          const box = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
          shown.forEach((m) => {
            if (m.id() > n.id() && hit(box, m.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }))) bad.push(`${n.id()}/${m.id()}`);
          });
          cy.nodes().forEach((m) => {
            if (m.id() !== n.id() && hit(box, m.boundingBox({ includeLabels: false, includeEdges: false }))) bad.push(`${n.id()} over ${m.id()}`);
          });
        });
        return { shown: shown.length, all: cy.nodes().length, bad };
      });
      assert(r.shown > 0, `no node labelled at ${width}px`);
      assert(r.bad.length === 0, `at ${width}px: ${r.bad.slice(0, 3).join(', ')}`);
      if (width === 390) {
        await page.waitForTimeout(400);
        await shot('network-phone');
      }
    }
    await page.setViewportSize({ width: 1366, height: 860 });
  });

  await check('phone width: the map, the comparison and a story alone do not scroll sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [hash, ready] of [[`#/dyad/${dyad}`, '#place-map svg'], [`#/compare?dyads=${dyad}`, '#compare-chart svg'],
      [`#/doc/${encodeURIComponent(storyDoc)}`, '#story .story-text']]) {
      await page.goto('about:blank');
      await page.goto(`${base}${hash}`);
      await page.locator(ready).waitFor();
      await waitIdle();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `${hash}: the page is ${overflow}px wider than the screen`);
      a11y.push(...(await axe('body')).map((v) => `phone ${hash}: ${v}`));
    }
    await page.locator('#story').scrollIntoViewIfNeeded();
    await shot('story-alone-phone');
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#place-map svg').waitFor();
    await waitIdle();
    await page.locator('#where').scrollIntoViewIfNeeded();
    await page.waitForTimeout(150);
    await shot('map-phone');
    await page.setViewportSize({ width: 1366, height: 860 });
  });

  await check('phone width stacks the panels without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}#/doc/${encodeURIComponent((await apiGet(`events?dyad=${dyad}&limit=1&from=${year}&to=${year}`)).events[0].doc)}`);
    await page.locator('#story .story-text').waitFor();
    await page.goto(`${base}#/dyad/${dyad}`);
    await page.locator('#relationship-chart svg').waitFor();
    await waitIdle();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `page is ${overflow}px wider than the screen`);
    await page.waitForTimeout(200);
    await shot('phone');
    a11y.push(...(await axe('body')).map((v) => `phone: ${v}`));
    await page.setViewportSize({ width: 1366, height: 860 });
  });

  await check('search finds stories with diacritics ignored and opens one', async () => {
    const api = await apiGet('search?q=ha%20noi');
    await page.goto(`${base}#/search?q=ha%20noi`);
    await waitIdle();
    const hits = await page.locator('ol.hits > li').count();
    assert(hits === api.hits.length && hits > 0, `${hits} hits shown, API has ${api.hits.length}`);
    a11y.push(...(await axe('body')).map((v) => `search: ${v}`));
    await page.locator('ol.hits > li a').first().click();
    await page.locator('#story .story-text').waitFor();
  });

  await check('a Chinese and a Vietnamese story show their evidence highlighted in the original text', async () => {
    for (const [doc, lang] of [['zh-chn-vnm-visit', 'zh'], ['vi-vnm-lao-talks', 'vi']]) {
      const events = (await apiGet(`events?doc=${doc}&limit=100`)).events;
      assert(events.length > 0, `no events coded from ${doc}`);
      const event = events[0];
      assert(event.lang === lang, `${doc}: event language ${event.lang}`);
      await page.goto('about:blank');
      await page.goto(`${base}#/doc/${doc}?event=${event.event_id}`);
      await page.locator(`#story mark[data-event="${event.event_id}"]`).first().waitFor();
      await waitIdle();
      const marks = await page.locator(`#story mark[data-event="${event.event_id}"]`).allTextContents();
      const want = event.evidence.filter((e) => e.doc === doc).map((e) => e.text);
      assert(marks.join('') === want.join(''), `${doc}: <mark> holds "${marks.join('')}", evidence is "${want.join('')}"`);
      const shownLang = await page.locator('#story .story-text').getAttribute('lang');
      assert(shownLang === lang, `${doc}: the text is marked lang=${shownLang}`);
      await page.waitForTimeout(200);
      await shot(`story-${lang}`);
    }
    const hits = await apiGet(`search?q=${encodeURIComponent('习近平')}`);
    assert(hits.hits.some((h) => h.doc === 'zh-chn-vnm-visit'), 'searching 习近平 does not find the Chinese story');
    a11y.push(...(await axe('body')).map((v) => `native story: ${v}`));
  });

  await check('overview screenshot (month listed, story open)', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}#/dyad/${dyad}?month=${month}`);
    await page.locator('#month-heading').waitFor();
    await waitIdle();
    await page.locator('.month-events tbody tr td.date').first().click();
    await page.locator('#story mark.evidence').first().waitFor();
    await waitIdle();
    await page.fill('#search-q', '');
    await page.evaluate(() => document.activeElement?.blur());
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const visible = await page.evaluate(() => {
      const m = document.querySelector('#story mark.evidence').getBoundingClientRect();
      return m.top >= 0 && m.top < window.innerHeight;
    });
    assert(visible, 'the evidence is not in view with the page at its top');
    await shot('dashboard');
    await page.setViewportSize({ width: 1366, height: 860 });
  });

  await check('no serious accessibility violations (axe-core, WCAG 2.1 AA)', async () => {
    assert(a11y.length === 0, [...new Set(a11y)].slice(0, 4).join(' | '));
  });
  await check('no request left loopback', async () => {
    assert(offHost.length === 0, `requests to ${[...new Set(offHost)].slice(0, 3).join(', ')}`);
  });
  await check('no script errors', async () => {
    const real = pageErrors.filter((e) => !/status of 4\d\d/.test(e));
    assert(real.length === 0, real.slice(0, 3).join(' | '));
  });
} finally {
  await context.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
}

console.log(`screenshots: ${out}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
