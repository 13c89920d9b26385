// Stop: a slow listing (300 ms per request) is aborted mid-stream; the rows loaded so far stay,
// and no further request reaches the server after Stop.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { control, loaded, openPage, rowIds, setUp } from './support.mjs';

let env;
before(async () => {
  env = await setUp({ count: 40, latencyMs: 300 });
});
after(() => env?.stop());

test('Stop aborts the listing mid-stream and nothing more is requested', async (t) => {
  const { page, context, problems } = await openPage(env.browser, env.mock);
  await page.goto(env.mock.url + '/#sort=server');
  await loaded(page);
  const mark = (await control(env.mock, 'requests')).length;
  // The certificate listing's requests (the projects column's own listings are not this stream).
  const since = async () => (await control(env.mock, 'requests')).slice(mark).filter((r) => r.path === '/v1/organization/certificates');

  await page.selectOption('#page-size', '10'); // 4 pages of 10, 300 ms each
  await page.waitForSelector('body[data-state="loading"]');
  assert.ok(await page.isVisible('#progress'));
  await page.waitForFunction(() => document.querySelectorAll('#certificates tbody tr[data-id]').length >= 10);
  await page.focus('#stop');
  await page.keyboard.press('Enter');
  const atStop = (await since()).length;
  await loaded(page, 'stopped');
  await page.waitForTimeout(1_000); // longer than three more pages would need to start
  const requests = await since();
  assert.equal(requests.length, atStop, 'no request after Stop');
  assert.ok(requests.length < 4, `stopped before the last page (${requests.length} requests)`);
  const rows = (await rowIds(page)).length;
  assert.equal(rows, 10, 'the first page stays; a page landing after Stop is dropped');
  assert.match(await page.textContent('#status'), /^Stopped: 10 certificates in 1 page; press Resume to go on\.$/);
  assert.ok(await page.isVisible('#partial-banner'), 'the list is marked partial');
  assert.match(await page.textContent('#summary'), /^Partial list: 10 certificates/);
  assert.ok(await page.isDisabled('#stop'));
  assert.ok(await page.isHidden('#progress'));
  assert.ok(await page.isHidden('#error-panel'), 'stopping is not an error');
  // With the package's signal support the in-flight request is cut (the mock logs no status).
  const cut = requests.filter((r) => r.status === null).length;
  t.diagnostic(`requests: ${requests.length}, aborted in flight: ${cut}`);

  // Resume goes on from the last page shown: no page asked twice, no row twice.
  const firstPage = await rowIds(page);
  const beforeResume = (await control(env.mock, 'requests')).length;
  await page.click('#resume');
  await loaded(page);
  const resumed = (await control(env.mock, 'requests')).slice(beforeResume).filter((r) => r.method === 'GET' && r.path === '/v1/organization/certificates');
  const delivered = [...requests, ...resumed].filter((r) => r.path === '/v1/organization/certificates' && r.status === 200);
  const afters = delivered.map((r) => r.query.after ?? null);
  assert.equal(new Set(afters).size, afters.length, `each page fetched once: ${afters.join(', ')}`);
  assert.equal(resumed[0].query.after, firstPage[9], 'resumed after the last certificate shown');
  const ids = await rowIds(page);
  assert.equal(ids.length, 40);
  assert.equal(new Set(ids).size, 40, 'no duplicates');
  assert.ok(await page.isHidden('#partial-banner'));
  await page.click('#reload');
  await loaded(page);
  assert.equal((await rowIds(page)).length, 40);
  assert.deepEqual(problems, []);
  await context.close();
});
