// The fault matrix in real Chromium, through the built browser entry: every scripted failure gives
// the exact certificates (none lost, none twice) or the exact error class, as in Node. The rows of
// tests/tools/fault-matrix.mjs (final outcomes, echoed keys, dot-segment ids, shifting lists, cursor
// cycles) run here through the harness page and in tests/package through the same scenario runner.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  assertNoKeyFragment, cursorCycle, dotSegmentIds, expectEachOnce, expectOutcome, expectPathOutcome, final, html, leaks,
  newAdminKey, pathCalls, quick, recoverable, shifting, startElsewhere, twice, walks, yielded,
} from '../tools/fault-matrix.mjs';
import { openHarness } from './browser.mjs';

const root = resolve(import.meta.dirname, '../..');
let mock, browser, page, ids, elsewhere;
const printed = [];
const control = async (path, body) =>
  (await fetch(mock.url + path, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) })).json();
const run = (scenario) => page.evaluate((s) => window.run(s), scenario);

before(async () => {
  ({ mock, browser, page } = await openHarness({ count: 30, key: null, maxCertificates: 100 }));
  elsewhere = await startElsewhere();
  page.on('console', (m) => printed.push(m.text()));
  assert.match(await page.evaluate(() => navigator.userAgent), /Chrome/);
});
after(async () => {
  await browser?.close();
  await mock?.close();
  await elsewhere?.close();
});
beforeEach(async () => {
  await control('/__mock/reset', {});
  ids = (await control('/__mock/state')).ids;
  elsewhere.requests.length = 0;
  printed.length = 0;
});

for (const [name, fault] of recoverable) {
  test(`Chromium: ${name} on page 2 is retried; every certificate exactly once`, async () => {
    await control('/__mock/faults', [{ match: { after: ids[9] }, ...fault }]);
    const result = await run({});
    assert.deepEqual([result.error, result.ids], [undefined, ids]);
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
  assert.match(result.message, /data\[0\]\.id`: missing field `id`/);
});

for (const [name, row] of final) {
  test(`Chromium: ${name}: the outcome the shared matrix prescribes`, async () => {
    const { faults, scenario = {}, expect } = row({ ids, origin: mock.url, elsewhere: elsewhere.url });
    await control('/__mock/faults', faults);
    const result = await run(scenario);
    expectOutcome(result, expect, { runtime: 'chromium', requests: await control('/__mock/requests'), elsewhere: elsewhere.requests });
  });
}

const key = newAdminKey();
for (const [name, row] of leaks) {
  test(`Chromium: ${name}: no 8-character piece of the key in the error or the console`, async () => {
    const { faults, error } = row({ ids });
    await control('/__mock/faults', faults);
    const result = await run({ client: { adminAPIKey: key, dangerouslyAllowBrowser: true } });
    assert.equal(result.error, error, result.message);
    for (const [i, form] of result.forms.entries()) assertNoKeyFragment(form, key, `${error} form ${i}`);
    for (const line of printed) assertNoKeyFragment(line, key, 'the console');
  });
}

for (const [kind, list] of Object.entries(dotSegmentIds)) {
  test(`Chromium: ${kind} dot-segment ids through every path call`, async () => {
    const wrong = [];
    for (const [name, resource, call, args, param, segments] of pathCalls) {
      for (const id of list) {
        await control('/__mock/reset', {});
        const result = await run({ resource, call, params: args(id), client: { maxRetries: 0 } });
        try {
          expectPathOutcome(result, await control('/__mock/requests'), { id, kind, param, segments: segments(id), origin: mock.url });
        } catch (e) {
          wrong.push(`${name} ${e.message.split('\n')[0]}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });
}

for (const [name, row] of shifting) {
  test(`Chromium: ${name}: every id the server sent, none twice, walked every way`, async () => {
    for (const walk of walks) {
      await control('/__mock/reset', {});
      const { faults, served } = row({ ids });
      await control('/__mock/faults', faults);
      expectEachOnce(await run({ walk }), served, walk);
    }
  });
}

test('Chromium: a cursor cycle A → B → A ends in a PaginationError walked every way; getNextPage twice is no loop', async () => {
  for (const walk of walks) {
    await control('/__mock/reset', {});
    await control('/__mock/faults', cursorCycle({ ids }));
    const result = await run({ walk, params: { limit: 2 }, steps: 3 });
    assert.equal(result.error, 'PaginationError', `${walk}: ${result.error} ${result.message} after ${result.steps} steps`);
    assert.deepEqual(twice(yielded(result)), [], `${walk} yielded ids twice`);
    if (walk === 'chain') assert.ok(result.steps <= 2, `${result.steps} getNextPage() calls succeeded`);
  }
  await control('/__mock/reset', {});
  await control('/__mock/faults', cursorCycle({ ids }));
  const forked = await run({ walk: 'fork', params: { limit: 2 }, steps: 1 });
  assert.deepEqual([forked.error, forked.pages], [undefined, [ids.slice(0, 2), ids.slice(2, 4), ids.slice(2, 4)]]);
});

// Chromium keeps a 301 in its HTTP cache: a later call to the same URL would go to the other
// origin without asking the mock. A fresh context keeps this cached redirect out of other tests.
test('Chromium: a cacheable 301 to another origin is not followed, then or later from the cache', async () => {
  const context = await browser.newContext();
  try {
    const fresh = await context.newPage();
    await fresh.goto(mock.url + '/');
    await fresh.waitForFunction(() => window.ready === true);
    await control('/__mock/faults', [{ status: 301, headers: { location: `${elsewhere.url}/v1/organization/certificates?limit=10` } }]);
    const first = await fresh.evaluate((s) => window.run(s), {});
    const second = await fresh.evaluate((s) => window.run(s), {});
    assert.deepEqual(elsewhere.requests, [], 'the other origin got a request');
    assert.deepEqual([first.isAPIError, /redirect/i.test(first.message)], [true, true], `${first.error}: ${first.message}`);
    if (second.error === undefined) assert.deepEqual(yielded(second), ids);
    else assert.match(second.message, /redirect/i);
  } finally {
    await context.close();
  }
});
