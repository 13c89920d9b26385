// Recovery: an error mid-listing leaves a partial list that says so (banner, summary, export file
// name and message); Resume goes on from the last cursor with no page fetched twice and no row
// twice; a server-asked wait (retry-after) is counted down.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { control, loaded, openLoaded, rowIds, setUp, shotAt } from './support.mjs';

let env, page, context, problems, ids;
const LIST = '/v1/organization/certificates';
const lists = async (m) => (await control(env.mock, 'requests')).slice(m).filter((r) => r.path === LIST);
const mark = async () => (await control(env.mock, 'requests')).length;

before(async () => {
  env = await setUp({ count: 40 });
  ids = (await control(env.mock, 'state')).ids;
  ({ page, context, problems } = await openLoaded(env));
});
after(async () => {
  await context?.close();
  await env?.stop();
});

test('an error on page 2: partial banner and summary, a partial export says so, Resume fetches each page once', async () => {
  await control(env.mock, 'faults', [{ match: { path: LIST, after: ids[9] }, status: 500, times: 3, headers: { 'retry-after-ms': '10' },
    body: { error: { message: 'Backend unavailable', type: 'server_error', param: null, code: null } } }]);
  const m = await mark();
  await page.selectOption('#page-size', '10');
  await loaded(page, 'error');
  assert.deepEqual(await rowIds(page), ids.slice(0, 10));
  assert.match(await page.textContent('#partial-banner .partial-text'), /^Partial list: only 10 certificates loaded, an error stopped loading\./);
  assert.match(await page.textContent('#summary'), /^Partial list: 10 certificates/);
  assert.equal(await page.textContent('#error-panel .error-summary'), 'InternalServerError 500: Backend unavailable');
  await shotAt(page, '#certificates-section', 'partial-after-error');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  assert.match(download.suggestedFilename(), /^certificates-partial-\d{4}-\d\d-\d\d\.json$/);
  assert.match(await page.textContent('#action-status'), /^Exported 10 certificates: a partial list/);

  assert.equal(await page.getAttribute('#partial-banner', 'data-wait'), null, 'no countdown for a 500');
  assert.equal(await page.textContent(`#certificates tr[data-id="${ids[0]}"] .col-projects`), 'after a full load');
  await page.waitForTimeout(1500);
  assert.equal((await lists(m)).length, 4, 'nothing resumes by itself (1 page, then 3 tries of page 2)');
  await page.click('#resume');
  await loaded(page);
  const got = await rowIds(page);
  assert.deepEqual(got, ids, 'every certificate once, in order');
  const delivered = (await lists(m)).filter((r) => r.status === 200).map((r) => r.query.after ?? null);
  assert.deepEqual(delivered, [null, ids[9], ids[19], ids[29]], 'each page delivered once: Resume started at the cursor');
  assert.ok(await page.isHidden('#partial-banner'));
  assert.ok(await page.isHidden('#error-panel'));
  assert.equal(await page.textContent('#partial-banner .partial-countdown'), '', 'a 500\'s retry header is no wait to count down');
  assert.equal(await page.textContent('#status'), '40 certificates loaded in 4 pages.');
});

test('a server-asked wait over a minute is counted down, and Resume can go on at once', async () => {
  await control(env.mock, 'faults', [{ match: { path: LIST, after: ids[19] }, status: 429, headers: { 'retry-after': '61' },
    body: { error: { message: 'Rate limit reached', type: 'requests', param: null, code: 'rate_limit_exceeded' } } }]);
  await page.click('#reload');
  await loaded(page, 'error');
  assert.equal(await page.textContent('#error-panel .error-name'), 'RateLimitError');
  assert.equal(await page.getAttribute('#partial-banner', 'data-wait'), '61');
  assert.equal(await page.textContent('#partial-banner .partial-countdown'), 'The server asked to wait: it expects requests again in 61 s.');
  await page.waitForFunction(() => Number(document.getElementById('partial-banner').dataset.wait) <= 60, null, { timeout: 3000 });
  assert.match(await page.textContent('#partial-banner .partial-countdown'), /in (60|59) s\.$/);
  await shotAt(page, '#certificates-section', 'retry-after-countdown');
  const m = await mark();
  await page.click('#resume');
  await loaded(page);
  assert.equal((await lists(m))[0].query.after, ids[19]);
  assert.equal(new Set(await rowIds(page)).size, 40);
  assert.equal(await page.locator('#partial-banner .partial-countdown').textContent(), '');
  assert.deepEqual(problems, []);
});
