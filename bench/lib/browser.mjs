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

/** Loads `url` in a fresh context until the app has rendered every row; `{ ...__bench, loaded }`. */
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
    if (r.error || errors.length || r.rows !== expectRows) {
      throw new Error(`${url}: ${r.rows} rows of ${expectRows}, ${r.error ?? errors.join('; ')}`);
    }
    const loaded = [];
    for (const res of responses) {
      const body = await res.body().catch(() => null);
      loaded.push({ path: new URL(res.url()).pathname, bytes: body ? body.length : null });
    }
    return { ...r, loaded };
  } finally {
    await context.close();
  }
}
