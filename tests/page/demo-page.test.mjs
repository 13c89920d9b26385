// The demo page in real Chromium: it lists the mock's certificates with the built package.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startMock } from '../mock/server.mjs';
import { launch } from './browser.mjs';

const root = resolve(import.meta.dirname, '../..');
const shots = resolve(root, 'test-output/screenshots');
let mock, browser;

before(async () => {
  mock = await startMock({ count: 250, key: null, staticDirs: { '/': resolve(root, 'www'), '/pkg': resolve(root, 'pkg') } });
  browser = await launch();
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await browser?.close();
  await mock?.close();
});

test('the page lists every certificate of the mock, newest first, as inert text', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
  await page.goto(mock.url + '/');
  await page.waitForSelector('body[data-state="done"]', { timeout: 15_000 });
  const ids = await page.$$eval('#certificates tbody tr', (rows) => rows.map((r) => r.dataset.id));
  const state = await (await fetch(mock.url + '/__mock/state')).json();
  assert.deepEqual(ids, state.ids);
  assert.equal(await page.textContent('#status'), '250 certificates');
  assert.equal(await page.locator('#certificates tbody img').count(), 0, 'a name holding HTML stays text');
  assert.ok(await page.locator('td', { hasText: '<img src=x onerror=alert(1)>' }).count() >= 1);
  await page.screenshot({ path: resolve(shots, 'demo-list.png') });
  assert.deepEqual(problems, []);
  await page.close();
});

test('the page shows an API error plainly, with its class and request id', async () => {
  await fetch(mock.url + '/__mock/faults', { method: 'POST', body: JSON.stringify([{ status: 503, body: { error: { message: 'Overloaded', type: 'server_error', param: null, code: null } } }]) });
  const page = await browser.newPage();
  await page.goto(mock.url + '/');
  await page.waitForSelector('body[data-state="error"]', { timeout: 15_000 });
  assert.match(await page.textContent('#status'), /^InternalServerError: 503 Overloaded \(request req_\w+\)$/);
  await page.close();
});
