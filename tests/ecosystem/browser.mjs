// Runs a built consumer app in headless Chromium, same-origin with the mock (no key), and collects
// what it reports in `window.__result` (see apps/browser/list.js), with every page error, console
// error and request it made.
import { after, before } from 'node:test';
import { startMock } from '../mock/server.mjs';
import { launch } from '../page/browser.mjs';

/**
 * One Chromium for the test file. `open(dir, path)` serves `dir` with a fresh mock and loads `path`;
 * `mock()` starts a mock alone and `visit(url, mock)` loads a page served elsewhere (a dev server).
 */
export function useBrowser() {
  const session = { browser: null, mocks: [] };
  before(async () => {
    session.browser = await launch();
  });
  after(async () => {
    await session.browser?.close();
    await Promise.all(session.mocks.map((m) => m.close()));
  });
  session.mock = async (staticDirs = {}) => {
    const mock = await startMock({ count: 250, key: null, staticDirs });
    session.mocks.push(mock);
    return mock;
  };
  session.visit = (url, mock) => visit(session, url, mock);
  session.open = async (dir, path = '/') => {
    const mock = await session.mock({ '/': dir });
    return visit(session, mock.url + path, mock);
  };
  return session;
}

async function visit(session, url, mock) {
  const page = await session.browser.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Failed loads are reported from the responses below (the app's one 400 from /v1 is on purpose).
  const loadFailure = /^Failed to load resource: the server responded with a status of/;
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && !loadFailure.test(m.text()) && problems.push(`console.${m.type()}: ${m.text()}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  // Worker requests are reported by the context, not the page.
  page.context().on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => r.status() >= 400 && !r.url().includes('/v1/') && problems.push(`HTTP ${r.status()} ${r.url()}`));
  await page.goto(url);
  await page.waitForSelector('body[data-state="done"], body[data-state="error"]', { timeout: 20_000 });
  const result = await page.evaluate(() => window.__result);
  const state = await (await fetch(mock.url + '/__mock/state')).json();
  await page.close();
  return { result, problems, requests, ids: state.ids };
}
