// The fault matrix in real Chromium, through the built browser entry: every scripted failure gives
// the exact certificates (none lost, none twice) or the exact error class, as in Node.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startMock } from '../mock/server.mjs';
import { html, quick, recoverable } from '../tools/fault-matrix.mjs';
import { launch } from './browser.mjs';

const root = resolve(import.meta.dirname, '../..');
let mock, browser, page, ids;
const control = async (path, body) =>
  (await fetch(mock.url + path, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) })).json();
const run = (scenario) => page.evaluate((s) => window.run(s), scenario);

before(async () => {
  mock = await startMock({
    count: 30,
    key: null,
    maxCertificates: 100,
    staticDirs: { '/': resolve(import.meta.dirname, 'harness'), '/pkg': resolve(root, 'pkg') },
  });
  browser = await launch();
  page = await browser.newPage();
  await page.goto(mock.url + '/');
  await page.waitForFunction(() => window.ready === true);
  assert.match(await page.evaluate(() => navigator.userAgent), /Chrome/);
});
after(async () => {
  await browser?.close();
  await mock?.close();
});
beforeEach(async () => {
  await control('/__mock/reset', {});
  ids = (await control('/__mock/state')).ids;
});

for (const [name, fault] of recoverable) {
  test(`Chromium: ${name} on page 2 is retried; every certificate exactly once`, async () => {
    await control('/__mock/faults', [{ match: { after: ids[9] }, ...fault }]);
    assert.deepEqual(await run({}), { ids });
  });
}

test('Chromium: retries exhausted → InternalServerError where the consumer is, with the cursor', async () => {
  await control('/__mock/faults', [{ match: { after: ids[9] }, status: 502, bodyText: html, headers: quick, times: 3 }]);
  const result = await run({});
  assert.deepEqual([result.error, result.status, result.ids, result.cursor], ['InternalServerError', 502, ids.slice(0, 10), ids[9]]);
  assert.equal(result.message, '502 502 Bad Gateway 502 Bad Gateway nginx');
});

test('Chromium: empty middle page followed; looping cursor and null cursor are PaginationErrors', async () => {
  await control('/__mock/faults', [{ match: { after: ids[9] }, page: { data: [], has_more: true, last_id: ids[19] } }]);
  assert.deepEqual((await run({})).ids, [...ids.slice(0, 10), ...ids.slice(20)]);
  await control('/__mock/faults', [{ match: { after: ids[9] }, page: { data: ids.slice(10, 20), has_more: true, last_id: ids[9] } }]);
  const looped = await run({});
  assert.deepEqual([looped.error, looped.ids], ['PaginationError', ids.slice(0, 20)]);
  await control('/__mock/faults', [{ page: { data: ids.slice(0, 5), has_more: true, last_id: null } }]);
  const dangling = await run({});
  assert.deepEqual([dangling.error, dangling.ids], ['PaginationError', ids.slice(0, 5)]);
});

test('Chromium: timeout, abort during backoff, and x-should-retry: false', async () => {
  await control('/__mock/faults', [{ delayMs: 500, times: 2 }]);
  assert.equal((await run({ options: { timeout: 100, maxRetries: 1 } })).error, 'APIConnectionTimeoutError');
  await control('/__mock/reset', {});
  await control('/__mock/faults', [{ status: 429, headers: { 'retry-after-ms': '5000' } }]);
  const started = Date.now();
  const aborted = await page.evaluate(async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const client = new window.sdk.default({ adminAPIKey: null, baseURL: location.origin + '/v1' });
    try {
      for await (const _ of client.admin.organization.certificates.list({}, { signal: controller.signal }));
    } catch (e) {
      return e.constructor.name;
    }
  });
  assert.equal(aborted, 'APIUserAbortError');
  assert.ok(Date.now() - started < 1500, 'the 5 s backoff was cut short');
  await control('/__mock/faults', [{ status: 503, headers: { 'x-should-retry': 'false' } }]);
  assert.equal((await run({})).error, 'InternalServerError');
});

test('Chromium: an upload is not retried after a 500, and is after a 503 with retry-after', async () => {
  const pem = readFileSync(resolve(root, 'tests/fixtures/certs/leaf.pem'), 'utf8');
  await control('/__mock/faults', [{ match: { method: 'POST' }, status: 500, headers: quick }]);
  assert.equal((await run({ call: 'create', params: [{ certificate: pem }] })).error, 'InternalServerError');
  await control('/__mock/faults', [{ match: { method: 'POST' }, status: 503, headers: quick }]);
  assert.equal((await run({ call: 'create', params: [{ certificate: pem }] })).error, undefined);
  const posts = (await control('/__mock/requests')).filter((r) => r.method === 'POST').length;
  assert.equal(posts, 3);
});

for (const [status, name] of [[400, 'BadRequestError'], [401, 'AuthenticationError'], [403, 'PermissionDeniedError'], [404, 'NotFoundError'], [409, 'ConflictError'], [422, 'UnprocessableEntityError'], [429, 'RateLimitError'], [500, 'InternalServerError']]) {
  test(`Chromium: ${status} is a ${name}`, async () => {
    await control('/__mock/faults', [{ status, headers: { 'x-should-retry': 'false' } }]);
    const result = await run({});
    assert.deepEqual([result.error, result.status], [name, status]);
  });
}

test('Chromium: a refused connection and a 200 of the wrong shape', async () => {
  assert.equal((await run({ client: { baseURL: 'http://127.0.0.1:1/v1', maxRetries: 0 } })).error, 'APIConnectionError');
  await control('/__mock/faults', [{ status: 200, body: { object: 'list', data: [{}], first_id: null, last_id: null, has_more: false } }]);
  const result = await run({});
  assert.equal(result.error, 'UnexpectedResponseError');
  assert.match(result.message, /data\[0\]\.id`: expected a string, got missing/);
});
