// Scale: 10,000 certificates (the mock's synthetic mode) load into a windowed table: at most 50
// rows in the DOM, a counted total, a summarised timeline, sort and filter over the in-memory
// index, each page asked once, and Stop acting at once. Timings are for `make bench`
// (bench/console-scale.mjs); this checks behaviour only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { control, loaded, openPage, setUp, shotAt } from './support.mjs';

let env;
before(async () => {
  env = await setUp({ synthetic: 10_000, count: 5 });
});
after(() => env?.stop());

test('10,000 certificates: a 50-row window over all of them, a histogram timeline, sort and filter, each page once', async () => {
  const { page, context, problems } = await openPage(env.browser, env.mock);
  await page.goto(env.mock.url + '/');
  await page.waitForSelector('body[data-state="done"]', { timeout: 60_000 });
  assert.equal(await page.textContent('#status'), '10,000 certificates loaded in 100 pages.');
  assert.equal(await page.getAttribute('#certificates', 'data-total'), '10000');
  assert.equal(await page.locator('#certificates tbody tr').count(), 50, 'only the window is in the DOM');
  assert.equal(await page.textContent('#pager .pager-range'), 'Rows 1–50 of 10,000');
  const bars = await page.locator('#timeline svg rect.bar').count();
  assert.ok(bars > 0 && bars <= 72 * 5, `a histogram, not 10,000 bars (${bars})`);
  const lists = (await control(env.mock, 'requests')).filter((r) => r.path === '/v1/organization/certificates');
  assert.equal(lists.length, 100);
  assert.equal(new Set(lists.map((r) => r.query.after ?? '')).size, 100, 'no page asked twice');
  await shotAt(page, '#certificates-section', 'scale-10000');

  await page.click('#certificates thead th.col-name button');
  assert.equal(await page.getAttribute('#certificates thead th.col-name', 'aria-sort'), 'ascending');
  const first = await page.$$eval('#certificates tbody .col-name', (c) => c.slice(0, 3).map((x) => x.textContent));
  assert.deepEqual(first, ['synthetic 0', 'synthetic 1', 'synthetic 2'], 'numeric-aware name order');
  await page.click('#certificates thead th.col-name button');
  assert.equal(await page.$eval('#certificates tbody .col-name', (c) => c.textContent), 'synthetic 9999');
  await page.fill('#filter-text', 'synthetic 999');
  assert.equal(await page.getAttribute('#certificates', 'data-total'), '11'); // 999 and 9990..9999
  assert.match(await page.textContent('#summary'), /^Showing 11 of 10,000 certificates/);
  await page.fill('#filter-text', '');
  await page.selectOption('#filter-active', 'active');
  assert.equal(await page.getAttribute('#certificates', 'data-total'), '2000');
  await page.selectOption('#filter-active', 'all');
  await page.click('#pager [data-page="next"]');
  assert.equal(await page.textContent('#pager .pager-range'), 'Rows 51–100 of 10,000');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Stop at scale acts at once: the page says stopped in the same task as the click', async () => {
  const { page, context } = await openPage(env.browser, env.mock);
  await page.goto(env.mock.url + '/');
  await page.waitForFunction(() => Number(document.getElementById('certificates').dataset.total) >= 1000, null, { timeout: 30_000 });
  const state = await page.evaluate(() => {
    document.getElementById('stop').click();
    return [document.body.dataset.state, document.getElementById('partial-banner').hidden];
  });
  assert.deepEqual(state, ['stopped', false]);
  await page.waitForTimeout(300);
  const rows = Number(await page.getAttribute('#certificates', 'data-total'));
  assert.ok(rows >= 1000 && rows < 10_000, `kept what arrived (${rows})`);
  assert.match(await page.textContent('#summary'), /^Partial list: /);
  await context.close();
});
