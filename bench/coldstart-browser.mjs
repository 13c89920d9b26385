// Scenario 6b, cold start in Chromium: page load to the first rendered certificate row, for the same
// certificates-only app (apps/) built with esbuild over this package and over the official SDK.
// The mock serves both apps and the API on one origin (--static, --no-key, 250 certificates), so
// there is no CORS preflight and no key in the page. Every run is a new browser context (empty
// HTTP and compiled-wasm caches; the mock also sends no-store), in one headless Chromium.
// Times are the page's `performance.now()` (origin: navigation start): `firstRow` when the first
// row is in the DOM, `firstRowPaint` once the frame showing it is out (rAF, then a task), and
// `allRows` when the listing ends. Also records every script/wasm response the page loaded.
import { launch, loadApp } from './lib/browser.mjs';
import { startMock } from './lib/mock.mjs';
import { interleaved, med } from './lib/work.mjs';

const KINDS = ['ours', 'official'];
const ROWS = 250;
/** The resource-timing moments of each load (lib/browser.mjs), reported as medians. */
const PHASES = ['script', 'wasm', 'requestSent', 'responseEnd'];

export async function scenario({ runs, log, apps }) {
  const statics = KINDS.flatMap((k) => ['--static', `/${k}=${apps[k].dir}`]);
  const mock = await startMock(['--no-key', '--count', String(ROWS), ...statics]);
  const browser = await launch();
  try {
    for (const kind of KINDS) await loadApp(browser, `${mock.url}/${kind}/`, ROWS); // browser warm-up
    const results = await interleaved(KINDS, runs, async (kind) => {
      const r = await loadApp(browser, `${mock.url}/${kind}/`, ROWS);
      log(`  cold start browser ${kind.padEnd(8)} first row ${r.firstRowPaint.toFixed(0)} ms (in DOM ${r.firstRow.toFixed(0)} ms), all ${r.rows} rows ${r.done.toFixed(0)} ms`);
      return r;
    });
    const pick = (f) => Object.fromEntries(KINDS.map((k) => [k, med(results[k], f)]));
    const firstRowPaint = pick('firstRowPaint');
    const phases = Object.fromEntries(
      KINDS.map((k) => [k, Object.fromEntries(PHASES.map((p) => [p, med(results[k], (r) => r.phases[p])]))]),
    );
    return {
      phases,
      firstRow: pick('firstRow'),
      firstRowPaint,
      allRows: pick('done'),
      loaded: Object.fromEntries(KINDS.map((k) => [k, results[k][0].loaded])),
      ratio: firstRowPaint.ours / firstRowPaint.official,
      runs: results,
      target: { text: 'ours <= 1.1x official (first row painted)', met: firstRowPaint.ours <= 1.1 * firstRowPaint.official },
    };
  } finally {
    await browser.close();
    await mock.close();
  }
}
