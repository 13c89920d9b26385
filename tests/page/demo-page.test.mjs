// The admin page as `make demo` serves it: 250 certificates streamed in with the built package,
// newest first, names as inert text, a timeline, readable at 375 px, offline, CSP-clean; and an
// API failure shown with its class, status, message and request id.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { control, loaded, openPage, rowIds, setUp, shot, shotAt, shotOf, root } from './support.mjs';

let env;
before(async () => {
  env = await setUp({ count: 250, projects: { proj_demo: 12 } });
});
after(() => env?.stop());

test('while loading it never says "0 certificates"', async () => {
  await control(env.mock, 'reset', { latencyMs: 400 });
  const { page, context } = await openPage(env.browser, env.mock);
  await page.goto(env.mock.url + '/');
  await page.waitForSelector('body[data-state="loading"]');
  assert.match(await page.textContent('#summary'), /^Loading…/);
  assert.equal(await page.textContent('#certificates tbody tr.empty'), 'Loading…');
  assert.doesNotMatch(await page.textContent('main'), /\b0 certificates\b/);
  await shot(page, 'loading');
  await context.close();
  await control(env.mock, 'reset', { latencyMs: 0 });
});

test('the page lists every certificate of the mock, newest first, as inert text', async (t) => {
  const { page, problems, context } = await openPage(env.browser, env.mock);
  // Sum of the bytes of every response the page needs on load (bodies, and headers separately).
  const responses = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (sizes) responses.push({ url: request.url(), body: sizes.responseBodySize, headers: sizes.responseHeadersSize });
  });
  await page.goto(env.mock.url + '/#sort=server');
  await loaded(page);
  const state = await control(env.mock, 'state');
  // A window of 50 rows, with a pager over all 250.
  assert.deepEqual(await rowIds(page), state.ids.slice(0, 50));
  assert.equal(await page.getAttribute('#certificates', 'data-total'), '250');
  assert.equal(await page.textContent('#pager .pager-range'), 'Rows 1–50 of 250');
  for (let start = 50; start < 250; start += 50) {
    await page.click('#pager [data-page="next"]');
    assert.deepEqual(await rowIds(page), state.ids.slice(start, start + 50));
  }
  assert.ok(await page.isDisabled('#pager [data-page="next"]'));
  for (let i = 0; i < 4; i++) await page.click('#pager [data-page="prev"]');
  assert.ok(await page.isDisabled('#pager [data-page="prev"]'));
  assert.equal(await page.textContent('#status'), '250 certificates loaded in 3 pages.');
  assert.match(await page.textContent('#summary'), /^250 certificates · 50 expired · 50 expiring within 30 days · 100 valid · 50 not yet valid · \d+ active$/);
  assert.equal(await page.locator('#certificates tbody img').count(), 0, 'a name holding HTML stays text');
  assert.equal(await page.locator('td', { hasText: '<img src=x onerror=alert(1)>' }).count(), 1); // row 3, on the first window
  assert.equal(await page.locator('#timeline svg rect.bar').count(), 250);
  assert.equal(await page.locator('#timeline svg .now-line').count(), 1);
  // Every response came from the page's own origin (nothing third-party: it works offline).
  await page.waitForTimeout(200);
  const total = responses.reduce((n, r) => n + r.body, 0);
  const headers = responses.reduce((n, r) => n + r.headers, 0);
  assert.ok(responses.every((r) => r.url.startsWith(env.mock.url)));
  writeFileSync(resolve(root, 'test-output/page-transfer.json'), JSON.stringify({ total, headers, responses }, null, 2));
  t.diagnostic(`page load: ${responses.length} responses, ${total} body bytes (+${headers} header bytes)`);

  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'page-top');
  await shotAt(page, '#certificates-section', 'table');
  await shotOf(page, '#timeline', 'timeline');
  await page.setViewportSize({ width: 375, height: 812 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no sideways scrolling at 375 px (overflow ${overflow}px)`);
  await shot(page, 'narrow-375');
  await shotAt(page, '#certificates tbody', 'narrow-375-table');
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});

test('the page shows an API error compactly (status once, Copy request ID), in the flow, and never says "No certificates."', async () => {
  // Three times: the package retries a 503 twice (asked here to wait only 20 ms in between).
  await control(env.mock, 'faults', [{
    match: { path: '/v1/organization/certificates' }, status: 503, times: 3, headers: { 'retry-after-ms': '20' },
    body: { error: { message: 'Overloaded', type: 'server_error', param: null, code: null } },
  }]);
  const { page, context } = await openPage(env.browser, env.mock, { width: 375, height: 812 });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.mock.url });
  let requestID;
  page.on('response', (r) => r.url().includes('/v1/') && (requestID = r.headers()['x-request-id'])); // the last one's
  await page.goto(env.mock.url + '/');
  await loaded(page, 'error');
  assert.match(requestID, /^req_[0-9a-f]{32}$/);
  assert.equal(await page.textContent('#error-panel .error-summary'), 'InternalServerError 503: Overloaded');
  assert.equal(await page.textContent('#error-panel .error-name'), 'InternalServerError');
  assert.equal(await page.textContent('#error-panel .error-status'), '503');
  assert.equal(await page.textContent('#error-panel .error-request'), requestID);
  // The request id is random hex and may itself hold "503": the status is counted without it.
  const panelText = (await page.textContent('#error-panel')).replace(requestID, '');
  assert.equal(panelText.split('503').length - 1, 1, `the status is said once: ${panelText}`);
  assert.ok(await page.locator('#error-panel').isVisible());
  await page.click('#error-panel .copy-request');
  await page.waitForFunction(() => document.querySelector('#error-panel .copy-request-status').textContent !== '');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), requestID);
  // A failed first load is not an empty organization, and nothing says "0 certificates".
  assert.equal(await page.textContent('#certificates tbody tr.empty'), 'The certificates could not be loaded: see the error above.');
  assert.equal(await page.textContent('#summary'), 'Nothing loaded.');
  assert.equal(await page.textContent('#attention .attention-note'), 'Not known: no certificate could be loaded.');
  assert.match(await page.textContent('#partial-banner'), /Nothing loaded: an error stopped loading before the first page\./);
  // At 375 px the panel sits in the flow: scrolled to the filters, it does not cover them.
  assert.notEqual(await page.$eval('#error-panel', (e) => getComputedStyle(e).position), 'sticky');
  await page.locator('.filters').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  const overlap = await page.evaluate(() => {
    const a = document.getElementById('error-panel').getBoundingClientRect();
    const b = document.querySelector('.filters').getBoundingClientRect();
    return a.bottom > b.top && a.top < b.bottom;
  });
  assert.equal(overlap, false, 'the error panel does not cover the filters');
  await shotAt(page, '#error-panel', 'error-state');
  // Reload after the fault is used up: the error goes away and the list loads.
  await page.click('#reload');
  await loaded(page);
  assert.ok(await page.locator('#error-panel').isHidden());
  await context.close();
});

test('the seeded history: recent certificate activity lists the seeded events, the retired certificate among the deletions', async () => {
  const { page, context, problems } = await openPage(env.browser, env.mock);
  try {
    await page.goto(env.mock.url + '/');
    await loaded(page);
    await page.click('#activity-load');
    await page.waitForSelector('#activity[data-state="done"]');
    const items = await page.$$eval('#activity-list li', (li) => li.map((x) => [x.dataset.type, x.querySelector('.who').textContent]));
    assert.equal(items.length, 20);
    assert.ok(items.every(([, who]) => who === 'by ada@example.com'), 'seeded by a person in the dashboard');
    assert.ok(await page.isVisible('#activity-more'), 'older events a click away');
    await page.selectOption('#activity-types', 'certificate.deleted');
    await page.waitForSelector('#activity[data-state="done"]');
    assert.equal(await page.textContent('#activity-list li .what'), 'Deleted "Retired partner CA"');
    assert.ok(await page.isVisible('#activity-list button[data-restore]'));
    await shotAt(page, '#activity', 'demo-activity');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
