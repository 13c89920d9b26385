// Shared set-up of the page tests: a mock API serving www/ and pkg/ on one origin, Chromium, and
// helpers to open the page, watch for problems and save screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { startMock } from '../mock/server.mjs';
import { launch } from './browser.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const shots = resolve(root, 'test-output/screenshots');
export const certPath = (name) => resolve(root, 'tests/fixtures/certs', name);

/** Starts the mock (serving the page and the package) and a browser. Close both with `stop()`. */
export async function setUp(mockOptions) {
  mkdirSync(shots, { recursive: true });
  const mock = await startMock({
    key: null,
    ...mockOptions,
    staticDirs: { '/': resolve(root, 'www'), '/pkg': resolve(root, 'pkg') },
  });
  const browser = await launch();
  return {
    mock,
    browser,
    stop: async () => {
      await browser.close();
      await mock.close();
    },
  };
}

/** JSON of a mock control endpoint (`/__mock/state`, `/__mock/requests`, ...). */
export async function control(mock, path, body) {
  const init = body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) };
  const res = await fetch(`${mock.url}/__mock/${path}`, init);
  if (!res.ok) throw new Error(`mock ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/**
 * Opens a page that records problems: page errors, console errors, any dialog (alert/confirm) and
 * any request leaving the mock's origin. `problems` should stay empty.
 */
export async function openPage(browser, mock, { width = 1280, height = 900, contextOptions = {} } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, ...contextOptions });
  // Any Content-Security-Policy violation (an inline style or script slipping in) is recorded.
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.setDefaultTimeout(8_000); // fail fast: every step here takes well under a second
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && !/Failed to load resource/.test(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.type()} ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== mock.url) problems.push(`third-party request: ${r.url()}`);
  });
  return { page, context, problems };
}

/** `openPage` on the console at `hash` (server order by default), once its listing has finished. */
export async function openLoaded(env, hash = '#sort=server') {
  const opened = await openPage(env.browser, env.mock);
  await opened.page.goto(env.mock.url + '/' + hash);
  await loaded(opened.page);
  return opened;
}

/** Waits until the listing finished (`body[data-state=done]`). */
export async function loaded(page, state = 'done') {
  await page.waitForSelector(`body[data-state="${state}"]`, { timeout: 15_000 });
}

/** The ids of the table's rows, top to bottom. */
export function rowIds(page) {
  return page.$$eval('#certificates tbody tr[data-id]', (rows) => rows.map((r) => r.dataset.id));
}

/** Saves a screenshot of the viewport (or `options`) under test-output/screenshots/. */
export function shot(page, name, options = {}) {
  return page.screenshot({ path: resolve(shots, `${name}.png`), ...options });
}

/** Scrolls `selector` to the top of the viewport, then saves the viewport. */
export async function shotAt(page, selector, name) {
  await page.locator(selector).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(50);
  return shot(page, name);
}

/** Saves just the element `selector`. */
export function shotOf(page, selector, name) {
  return page.locator(selector).first().screenshot({ path: resolve(shots, `${name}.png`) });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations of the page as it is now, as readable lines. */
export async function audit(page) {
  // Evaluated over CDP, so the page's CSP (script-src 'self') does not apply to the injected axe.
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.length} nodes, e.g. ${v.nodes[0].target.join(' ')} ${v.nodes[0].failureSummary.split('\n').slice(1, 2).join('')}`));
  return violations;
}
