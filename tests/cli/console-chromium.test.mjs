// The console end to end in Chromium through `openai-admin-certificates console`: opened at the
// printed URL, it lists the certificates with no key typed, says it is connected through the local
// proxy, keeps the secret out of the address bar, and the key never reaches the page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startMock } from '../mock/server.mjs';
import { launch } from '../page/browser.mjs';
import { KEY, requests, start } from './support.mjs';

const mock = {};
let server;
let browser;

before(async () => {
  Object.assign(mock, await startMock({ count: 7 }));
  server = start(['console'], { mock });
  const deadline = Date.now() + 20_000;
  while (!/\n/.test(server.stdout) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server.stop();
  await mock.close();
});

test('opened at the printed URL, the console lists every certificate with no key field, through the proxy', async () => {
  const page = await browser.newPage();
  const bodies = [];
  page.on('response', async (response) => bodies.push(JSON.stringify(await response.allHeaders()) + (await response.text().catch(() => ''))));
  await page.goto(server.stdout.trim());
  await page.waitForFunction(() => document.querySelectorAll('#certificates tbody tr').length === 7, null, { timeout: 20_000 });
  assert.equal(await page.isVisible('#admin-key'), false, 'no key field');
  assert.match(await page.textContent('#key-state'), /local proxy/);
  assert.doesNotMatch(page.url(), /proxy=/, 'the secret left the address bar');
  const log = await requests(mock);
  assert.ok(log.length > 0 && log.every((r) => r.authorized), 'every API request carried the key, added by the proxy');
  assert.ok(bodies.every((b) => !b.includes(KEY)), 'no response the page got contains the key');
  assert.equal(await page.evaluate((key) => document.documentElement.outerHTML.includes(key), KEY), false);
});
