// The audit log in real Chromium, through the built browser entry: the requests the package sends
// from a page are the ones the official SDK (openai@6, in Node) sends for the same parameters, page
// after page, and the events come back as the mock recorded them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import Official from 'openai';
import { openHarness } from './browser.mjs';

let mock, browser, page;

before(async () => {
  ({ mock, browser, page } = await openHarness({ count: 20, key: null }));
  assert.match(await page.evaluate(() => navigator.userAgent), /Chrome/);
});
after(async () => {
  await browser?.close();
  await mock?.close();
});

const PARAMS = { limit: 4, event_types: ['certificate.created'], effective_at: { gt: 0 }, actor_emails: ['ada@example.com'] };

/** `[pathname, sorted query pairs as sent]` of a URL. */
const shape = (href) => {
  const url = new URL(href);
  return [url.pathname, url.search.slice(1).split('&').sort()];
};

test('Chromium: auditLogs.list sends what the official SDK sends, page after page, and gets every event once', async () => {
  const theirs = [];
  const official = new Official({
    adminAPIKey: 'sk-unused',
    baseURL: mock.baseURL,
    fetch: (url, init) => (theirs.push(String(url)), fetch(url, init)),
  });
  const theirIds = [];
  for await (const event of official.admin.organization.auditLogs.list(PARAMS)) theirIds.push(event.id);

  const ours = await page.evaluate(async (params) => {
    const urls = [];
    const client = new window.sdk.default({
      adminAPIKey: null,
      baseURL: new URL('/v1', location.origin).href,
      fetch: (url, init) => (urls.push(String(url)), fetch(url, init)),
    });
    const ids = [];
    for await (const page of (await client.admin.organization.auditLogs.list(params)).iterPages()) ids.push(...page.data.map((e) => e.id));
    return { urls, ids };
  }, PARAMS);

  assert.ok(ours.ids.length > PARAMS.limit, 'more than one page');
  assert.deepEqual(ours.ids, theirIds);
  assert.deepEqual(ours.urls.map(shape), theirs.map(shape));
});
