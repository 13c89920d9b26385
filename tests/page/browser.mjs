// Debian's Chromium under playwright-core, with the flags this closed network needs.
import { chromium } from 'playwright-core';

/** Launches headless Chromium. */
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * The package harness page (tests/page/harness/) served with the built package by a mock started
 * with `options`, open in Chromium: resolves to `{ mock, browser, page }` once the page is ready.
 */
export async function openHarness(options) {
  const { resolve } = await import('node:path');
  const { startMock } = await import('../mock/server.mjs');
  const root = resolve(import.meta.dirname, '../..');
  const mock = await startMock({
    ...options,
    staticDirs: { '/': resolve(import.meta.dirname, 'harness'), '/pkg': resolve(root, 'pkg') },
  });
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(mock.url + '/');
  await page.waitForFunction(() => window.ready === true);
  return { mock, browser, page };
}
