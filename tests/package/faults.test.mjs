// The fault matrix through the installed package: every scripted failure of the mock gives either
// the exact certificates (none lost, none twice) or the exact error class. The shared `final` rows
// (tests/tools/fault-matrix.mjs) run here and in Chromium through the same scenario runner.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expectOutcome, final, html, quick, recoverable, startElsewhere } from '../tools/fault-matrix.mjs';
import { runScenario } from '../page/harness/scenario.mjs';
import { client, control, ids, KEY, OpenAI, requests, useMock } from './support.mjs';

const mock = useMock({ count: 30, maxCertificates: 100 });
let elsewhere;
before(async () => {
  elsewhere = await startElsewhere();
});
after(() => elsewhere.close());
const all = async () => (await control(mock, '/__mock/state')).ids;
const faults = (list) => control(mock, '/__mock/faults', list);
const list = (options) => client(mock).admin.organization.certificates.list({ limit: 10 }, options);

for (const [name, fault] of recoverable) {
  test(`${name} on page 2 is retried at the same cursor: every certificate exactly once`, async () => {
    const ids0 = await all();
    await faults([{ match: { after: ids0[9] }, ...fault }]);
    assert.deepEqual(await ids(list()), ids0);
    const afters = (await requests(mock)).map((r) => r.query.after ?? null);
    assert.deepEqual(afters, [null, ids0[9], ids0[9], ids0[19]], 'the failed page was asked again with the same cursor');
  });
}

test('without a retry header the backoff is exponential with jitter (0.5 s first)', async () => {
  const ids0 = await all();
  await faults([{ match: { after: ids0[9] }, status: 500 }]);
  const started = Date.now();
  assert.deepEqual(await ids(list()), ids0);
  const waited = Date.now() - started;
  assert.ok(waited >= 370 && waited < 3000, `waited ${waited} ms`);
});

test('when retries run out the error surfaces where the consumer is, with a cursor to resume from', async () => {
  const ids0 = await all();
  await faults([{ match: { after: ids0[9] }, status: 502, bodyText: html, contentType: 'text/html', headers: quick, times: 3 }]);
  const seen = [];
  const iterator = list()[Symbol.asyncIterator]();
  const error = await (async () => {
    for (;;) {
      const { value, done } = await iterator.next();
      if (done) return undefined;
      seen.push(value.id);
    }
  })().catch((e) => e);
  assert.ok(error instanceof OpenAI.InternalServerError, String(error));
  assert.equal(error.status, 502);
  assert.equal(error.message, '502 502 Bad Gateway 502 Bad Gateway nginx');
  assert.deepEqual(seen, ids0.slice(0, 10), 'nothing skipped, nothing twice');
  assert.equal(iterator.cursor, ids0[9]);
  assert.deepEqual(await ids(client(mock).admin.organization.certificates.list({ limit: 10, after: iterator.cursor })), ids0.slice(10));
});

test('an error of a prefetched page surfaces only when the consumer reaches that page', async () => {
  const ids0 = await all();
  await faults([{ match: { after: ids0[9] }, status: 404, body: { error: { message: 'gone', type: 'invalid_request_error', param: null, code: null } } }]);
  const iterator = list()[Symbol.asyncIterator]();
  const first = [];
  for (let i = 0; i < 10; i++) first.push((await iterator.next()).value.id);
  await new Promise((r) => setTimeout(r, 50)); // the prefetch of page 2 has failed by now
  assert.deepEqual(first, ids0.slice(0, 10));
  await assert.rejects(iterator.next(), OpenAI.NotFoundError);
});

test('x-should-retry: false is honoured', async () => {
  await faults([{ status: 500, headers: { 'x-should-retry': 'false' } }]);
  await assert.rejects(ids(list()), OpenAI.InternalServerError);
  assert.equal((await requests(mock)).length, 1);
});

test('a server-asked wait over 60 s is not slept: RateLimitError with the retry time', async () => {
  const started = Date.now();
  await faults([{ status: 429, headers: { 'retry-after': '120' } }]);
  await assert.rejects(ids(list()), (e) => e instanceof OpenAI.RateLimitError && /retry after 120 s/.test(e.message) && e.headers.get('retry-after') === '120');
  assert.ok(Date.now() - started < 1000);
});

test('a response slower than the timeout is an APIConnectionTimeoutError, and is retried', async () => {
  await faults([{ delayMs: 400, times: 3 }]);
  await assert.rejects(ids(list({ timeout: 100, maxRetries: 0 })), OpenAI.APIConnectionTimeoutError);
  await control(mock, '/__mock/reset', {});
  await faults([{ delayMs: 400 }]);
  assert.equal((await ids(list({ timeout: 150 }))).length, 30);
});

test('an abort cuts a retry backoff short at once: APIUserAbortError', async () => {
  await faults([{ status: 429, headers: { 'retry-after-ms': '5000' } }]);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const started = Date.now();
  await assert.rejects(ids(list({ signal: controller.signal })), OpenAI.APIUserAbortError);
  assert.ok(Date.now() - started < 1000, 'did not wait out the 5 s backoff');
});

test('an abort during a slow response is an APIUserAbortError; an aborted signal sends nothing', async () => {
  await faults([{ delayMs: 2000 }]);
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(client(mock).admin.organization.certificates.retrieve('cert_x', {}, { signal: controller.signal }), OpenAI.APIUserAbortError);
  await control(mock, '/__mock/reset', {});
  await assert.rejects(ids(list({ signal: AbortSignal.abort() })), OpenAI.APIUserAbortError);
  assert.deepEqual(await requests(mock), []);
});

test('uploads are never duplicated: not retried after a 500 or a timeout, retried on 503 with retry-after', async () => {
  const pem = readFileSync(resolve(import.meta.dirname, '../fixtures/certs/leaf.pem'), 'utf8');
  const certs = client(mock).admin.organization.certificates;
  const posts = async () => (await requests(mock)).filter((r) => r.method === 'POST').length;
  await faults([{ match: { method: 'POST' }, status: 500, headers: quick }]);
  await assert.rejects(certs.create({ certificate: pem }), OpenAI.InternalServerError);
  assert.equal(await posts(), 1);
  await faults([{ match: { method: 'POST' }, delayMs: 300 }]);
  await assert.rejects(certs.create({ certificate: pem }, { timeout: 100 }), OpenAI.APIConnectionTimeoutError);
  assert.equal(await posts(), 2, 'the timed-out upload was not sent again');
  await faults([{ match: { method: 'POST' }, status: 503, headers: quick }]);
  const created = await certs.create({ certificate: pem, name: 'once' });
  assert.equal(await posts(), 4);
  const named = (await certs.list({ limit: 100 }).toArray({ limit: 100 })).filter((c) => c.name === 'once');
  assert.deepEqual(named.map((c) => c.id), [created.id]);
  await faults([{ match: { method: 'POST' }, status: 429 }]);
  await assert.rejects(certs.create({ certificate: pem }), OpenAI.RateLimitError, 'a 429 without a retry header is not retried');
  assert.equal(await posts(), 5);
});

test('idempotent writes retry normally', async () => {
  const [id] = await all();
  const certs = client(mock).admin.organization.certificates;
  // A reset after the server acted: activating again is harmless, so the retry succeeds.
  await faults([{ match: { method: 'POST' }, reset: true }, { match: { method: 'POST' }, status: 500, headers: quick }]);
  assert.equal((await certs.activate({ certificate_ids: [id] })).data[0].active, true);
  await faults([{ match: { method: 'DELETE' }, status: 503, headers: quick }]);
  await certs.deactivate({ certificate_ids: [id] });
  assert.deepEqual(await certs.delete(id), { object: 'certificate.deleted', id });
  assert.deepEqual((await requests(mock)).map((r) => r.method), ['POST', 'POST', 'POST', 'POST', 'DELETE', 'DELETE']);
});

const statusClasses = [
  [400, 'BadRequestError'],
  [401, 'AuthenticationError'],
  [403, 'PermissionDeniedError'],
  [404, 'NotFoundError'],
  [409, 'ConflictError'],
  [422, 'UnprocessableEntityError'],
  [429, 'RateLimitError'],
  [500, 'InternalServerError'],
  [418, 'APIError'],
];

for (const [status, name] of statusClasses) {
  test(`${status} is a ${name} with status, error, code, param, type, headers and request id`, async () => {
    const error = { message: `status ${status}`, type: 'some_type', param: 'limit', code: 'some_code' };
    await faults([{ status, body: { error }, headers: { 'x-should-retry': 'false' } }]);
    const thrown = await list().then(() => undefined, (e) => e);
    assert.equal(thrown.constructor.name, name);
    assert.ok(thrown instanceof OpenAI[name] && thrown instanceof OpenAI.APIError && thrown instanceof Error);
    assert.deepEqual([thrown.status, thrown.code, thrown.param, thrown.type], [status, 'some_code', 'limit', 'some_type']);
    assert.deepEqual(thrown.error, error);
    assert.equal(thrown.message, `${status} status ${status}`);
    assert.match(thrown.requestID, /^req_/);
    assert.ok(thrown.headers instanceof Headers, 'the official SDK gives a Headers object');
    assert.equal(thrown.headers.get('x-request-id'), thrown.requestID);
  });
}

test('a refused connection is an APIConnectionError after its retries', async () => {
  const { createServer } = await import('node:net');
  const closed = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => closed.once('listening', r));
  const { port } = closed.address();
  await new Promise((r) => closed.close(r)); // nothing listens there now
  const offline = new OpenAI({ adminAPIKey: 'sk-x', baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 1 });
  await assert.rejects(offline.admin.organization.certificates.retrieve('cert_1'), (e) => e instanceof OpenAI.APIConnectionError && /ECONNREFUSED/.test(e.message));
});

test('a 200 of the wrong shape is an UnexpectedResponseError naming the field and the request id', async () => {
  await faults([{ status: 200, body: { object: 'list', data: [{ object: 'organization.certificate', name: 'no id' }], first_id: null, last_id: null, has_more: false } }]);
  await assert.rejects(ids(list()), (e) => e instanceof OpenAI.UnexpectedResponseError && /at `data\[0\]\.id`: missing field `id`/.test(e.message) && /^req_/.test(e.requestID) && e.message.includes(e.requestID));
});

for (const [name, row] of final) {
  test(`${name}: the outcome the shared matrix prescribes`, async () => {
    elsewhere.requests.length = 0;
    const { faults: fault, scenario = {}, expect } = row({ ids: await all(), origin: mock.url, elsewhere: elsewhere.url });
    await faults(fault);
    const result = await runScenario(OpenAI, { ...scenario, client: { adminAPIKey: KEY, baseURL: mock.apiURL, ...scenario.client } });
    expectOutcome(result, expect, { runtime: 'node', requests: await requests(mock), elsewhere: elsewhere.requests });
  });
}
