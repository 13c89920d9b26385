// The admin console at scale, in headless Chromium against the mock's synthetic mode: 10,000
// certificates loaded (time to "done", the longest main-thread task and how many went over 100 ms,
// from a buffered PerformanceObserver of type longtask), then a sort and a filter (input to the next
// frame), and Stop in the middle of a 50,000-certificate listing (click to "stopped", and how many
// listing requests reached the mock after the click). Prints the numbers; asserts nothing.
// Run: `node bench/console-scale.mjs` (needs pkg/), or as a `make bench` scenario (`scenario()`).
import { resolve } from 'node:path';
import { startMock } from '../tests/mock/server.mjs';
import { launch } from '../tests/page/browser.mjs';

const root = resolve(import.meta.dirname, '..');
const statics = { '/': resolve(root, 'www'), '/pkg': resolve(root, 'pkg') };
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Installed before the page's own scripts: long tasks from the first one, and when the body's
// data-state first says done.
function instrument() {
  window.__longtasks = [];
  new PerformanceObserver((list) => window.__longtasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (document.body?.dataset.state === 'done' && !window.__doneAt) window.__doneAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
}

// Time from an input to the frame after it (the page renders synchronously on input).
function timed(action) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    action();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
  });
}

async function loadRun(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(url);
  await page.waitForFunction(() => window.__doneAt, null, { timeout: 120_000 });
  const load = await page.evaluate(() => ({ ms: window.__doneAt, tasks: window.__longtasks }));
  const sort = await page.evaluate(`(${timed})(() => document.querySelector("#certificates thead th.col-name button").click())`);
  const sortBack = await page.evaluate(`(${timed})(() => document.querySelector("#certificates thead th.col-expires button").click())`);
  const filter = await page.evaluate(`(${timed})(() => { const i = document.getElementById('filter-text'); i.value = 'synthetic 42'; i.dispatchEvent(new Event('input', { bubbles: true })); })`);
  const unfilter = await page.evaluate(`(${timed})(() => { const i = document.getElementById('filter-text'); i.value = ''; i.dispatchEvent(new Event('input', { bubbles: true })); })`);
  const rows = await page.getAttribute('#certificates', 'data-total');
  await context.close();
  return { load: load.ms, longest: Math.max(0, ...load.tasks), over100: load.tasks.filter((d) => d > 100).length, sort: Math.max(sort, sortBack), filter: Math.max(filter, unfilter), rows };
}

async function stopRun(browser, mock) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(mock.url + '/');
  await page.waitForFunction(() => Number(document.getElementById('certificates').dataset.total) >= 5000, null, { timeout: 120_000 });
  const latency = await page.evaluate(() => {
    const t0 = performance.now();
    document.getElementById('stop').click();
    return document.body.dataset.state === 'stopped' ? performance.now() - t0 : Number.NaN;
  });
  // Counted from just after the click (a request logged a moment before it may still land).
  const before = (await (await fetch(`${mock.url}/__mock/requests`)).json()).length;
  await page.waitForTimeout(1000);
  const later = (await (await fetch(`${mock.url}/__mock/requests`)).json()).slice(before).filter((r) => r.path === '/v1/organization/certificates');
  const rows = await page.getAttribute('#certificates', 'data-total');
  await context.close();
  return { latency, requestsAfter: later.length, rows };
}

export async function scenario({ runs = 3, log = console.log } = {}) {
  const ten = await startMock({ key: null, count: 5, synthetic: 10_000, staticDirs: statics });
  const fifty = await startMock({ key: null, count: 5, synthetic: 50_000, staticDirs: statics });
  const browser = await launch();
  try {
    await loadRun(browser, ten.url + '/'); // warm-up: browser and compiled wasm
    const loads = [];
    for (let i = 0; i < runs; i++) {
      const r = await loadRun(browser, ten.url + '/');
      loads.push(r);
      // The longtask observer only reports tasks of 50 ms or more.
      const longest = r.longest ? `longest task ${r.longest.toFixed(0)} ms` : 'no task of 50 ms or more';
      log(`  console 10,000: loaded in ${r.load.toFixed(0)} ms, ${longest} (${r.over100} over 100 ms), sort ${r.sort.toFixed(0)} ms, filter ${r.filter.toFixed(0)} ms, ${r.rows} rows`);
    }
    const stops = [];
    for (let i = 0; i < runs; i++) {
      const r = await stopRun(browser, fifty);
      stops.push(r);
      log(`  console 50,000: Stop acted in ${r.latency.toFixed(1)} ms with ${r.rows} rows; ${r.requestsAfter} listing requests after it`);
    }
    const result = {
      loadMs: med(loads.map((r) => r.load)),
      longestTaskMs: med(loads.map((r) => r.longest)),
      tasksOver100: med(loads.map((r) => r.over100)),
      sortMs: med(loads.map((r) => r.sort)),
      filterMs: med(loads.map((r) => r.filter)),
      stopMs: med(stops.map((r) => r.latency)),
      requestsAfterStop: Math.max(...stops.map((r) => r.requestsAfter)),
    };
    log(`  console medians of ${runs}: load ${result.loadMs.toFixed(0)} ms (target < 5000), longest task ${result.longestTaskMs.toFixed(0)} ms (target ≤ 100), ` +
      `sort ${result.sortMs.toFixed(0)} ms, filter ${result.filterMs.toFixed(0)} ms (target < 200), Stop ${result.stopMs.toFixed(1)} ms`);
    return { ...result, target: { text: 'load < 5 s, no task > 100 ms, sort/filter < 200 ms', met: result.loadMs < 5000 && result.longestTaskMs <= 100 && result.sortMs < 200 && result.filterMs < 200 } };
  } finally {
    await browser.close();
    await ten.close();
    await fifty.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await scenario({ runs: Number(process.env.BENCH_RUNS ?? 3) });
  console.log(JSON.stringify(result, null, 2));
}
