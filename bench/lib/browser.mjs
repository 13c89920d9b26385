// Headless Chromium (Debian's, driven by playwright-core) and one cold load of an app page: a new
// context (empty HTTP and compiled-wasm caches), the page's `window.__bench` times (apps/render.mjs)
// and every script and wasm file the page loaded, with its size.
import { chromium } from 'playwright-core';

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Loads `url` in a fresh context until the app has rendered every row; `{ ...__bench, phases, loaded }`. */
export async function loadApp(browser, url, expectRows) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const responses = [];
    page.on('response', (res) => {
      if (/\.(m?js|wasm)$/.test(new URL(res.url()).pathname)) responses.push(res);
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.done != null && window.__bench.firstRowPaint != null, null, {
      timeout: 30_000,
      polling: 20,
    });
    const r = await page.evaluate(() => window.__bench);
    // Where the time went (resource timing, ms since navigation start): the bundle and the wasm
    // loaded, and the first API request sent and answered.
    const phases = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const first = (test) => entries.find((e) => test(new URL(e.name).pathname));
      const script = first((p) => p.endsWith('.js'));
      const wasm = first((p) => p.endsWith('.wasm'));
      const request = first((p) => p.endsWith('/organization/certificates'));
      return {
        script: script?.responseEnd ?? null,
        wasm: wasm?.responseEnd ?? null,
        requestSent: request?.startTime ?? null,
        responseEnd: request?.responseEnd ?? null,
      };
    });
    if (r.error || errors.length || r.rows !== expectRows) {
      throw new Error(`${url}: ${r.rows} rows of ${expectRows}, ${r.error ?? errors.join('; ')}`);
    }
    const loaded = [];
    for (const res of responses) {
      const body = await res.body().catch(() => null);
      loaded.push({ path: new URL(res.url()).pathname, bytes: body ? body.length : null });
    }
    return { ...r, phases, loaded };
  } finally {
    await context.close();
  }
}
