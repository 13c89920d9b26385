// The official SDK's request and response features, through the installed package: raw response
// access, `withOptions`, client and request options (headers, query, idempotency key, fetch
// options, logging), errors with a `Headers` object and `null` fields, page methods.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { client, control, KEY, OpenAI, requests, useMock } from './support.mjs';

const mock = useMock({ count: 30, maxCertificates: 100 });
const certs = (options) => client(mock, options).admin.organization.certificates;
const firstId = async () => (await control(mock, '/__mock/state')).ids[0];

/** The header `name` of a fetch `init` (a `Headers`, as the official SDK sends). */
const header = (init, name) => new Headers(init.headers).get(name);

/** A fetch that records each call's url and init, then sends it. */
function recording() {
  const calls = [];
  const fetch = (url, init) => {
    calls.push({ url: new URL(url), init });
    const { dispatcher, ...sent } = init; // a test's stand-in dispatcher is not a real one
    return globalThis.fetch(url, sent);
  };
  return { calls, fetch };
}

test('withResponse() gives the data, a readable Response and the request id; asResponse() the Response', async () => {
  const id = await firstId();
  const { data, response, request_id } = await certs().retrieve(id).withResponse();
  assert.equal(data.id, id);
  assert.ok(response instanceof Response);
  assert.equal(response.status, 200);
  assert.match(request_id, /^req_/);
  assert.equal(response.headers.get('x-request-id'), request_id);
  assert.equal((await response.json()).id, id, 'the body is still readable');
  const raw = await certs().retrieve(id).asResponse();
  assert.equal((await raw.json()).id, id);
  const page = await certs().list({ limit: 5 }).withResponse();
  assert.equal(page.data.data.length, 5);
  assert.equal((await page.response.json()).data.length, 5);
});

test('results carry _request_id, not enumerable (JSON and spreads stay the API body)', async () => {
  const retrieved = await certs().retrieve(await firstId());
  assert.match(retrieved._request_id, /^req_/);
  assert.equal(Object.keys(retrieved).includes('_request_id'), false);
  assert.equal(JSON.stringify(retrieved).includes('_request_id'), false);
});

test('a call is sent at once, awaited or not, like the official APIPromise', async () => {
  const id = await firstId();
  certs().retrieve(id); // never awaited
  await new Promise((r) => setTimeout(r, 100));
  assert.equal((await requests(mock)).length, 1);
});

test('withOptions() makes a client with these options over the old ones', async () => {
  const { calls, fetch } = recording();
  const base = client(mock, { fetch, defaultHeaders: { 'x-team': 'pki' } });
  const derived = base.withOptions({ defaultHeaders: { 'x-team': 'security' }, maxRetries: 0 });
  assert.ok(derived instanceof OpenAI && derived !== base);
  await derived.admin.organization.certificates.list({ limit: 1 });
  await base.admin.organization.certificates.list({ limit: 1 });
  assert.deepEqual(calls.map((c) => header(c.init, 'x-team')), ['security', 'pki']);
  assert.equal(header(calls[0].init, 'authorization'), `Bearer ${KEY}`, 'the key carries over');
});

test('client and request headers and query are sent; null removes; ours stay', async () => {
  const { calls, fetch } = recording();
  const c = certs({ fetch, defaultHeaders: { 'X-A': '1', 'X-Gone': 'x' }, defaultQuery: { beta: 'yes', tag: 'old' } });
  await c.list({ limit: 2 }, { headers: { 'x-b': '2', 'x-gone': null }, query: { tag: 'new' } });
  const [{ url, init }] = calls;
  assert.deepEqual([header(init, 'x-a'), header(init, 'x-b'), header(init, 'x-gone')], ['1', '2', null]);
  assert.deepEqual([url.searchParams.get('beta'), url.searchParams.get('tag'), url.searchParams.get('limit')], ['yes', 'new', '2']);
  await assert.rejects(c.list({}, { query: { after: 'evil' } }), (e) => e instanceof OpenAI.InvalidParameterError && /query cannot set after/.test(e.message));
  await assert.rejects(c.list({}, { headers: { 'x-bad': 'a\r\nInjected: 1' } }), (e) => e instanceof OpenAI.InvalidParameterError && e.param === 'headers');
  await assert.rejects(c.list({}, { headers: new Headers({ ok: 'yes' }), query: 'x' }), (e) => e.param === 'query');
  assert.equal(calls.length, 1, 'nothing sent for the refused calls');
});

test('idempotencyKey is sent as Idempotency-Key on every attempt of the call', async () => {
  const { calls, fetch } = recording();
  const { readFileSync } = await import('node:fs');
  const pem = readFileSync(new URL('../fixtures/certs/leaf.pem', import.meta.url), 'utf8');
  await control(mock, '/__mock/reset', { count: 5 });
  await control(mock, '/__mock/faults', [{ match: { method: 'POST' }, status: 429, headers: { 'retry-after-ms': '5' } }]);
  const created = await certs({ fetch }).create({ certificate: pem }, { idempotencyKey: 'upload-2026-12-02' });
  assert.equal(created.object, 'certificate');
  assert.deepEqual(calls.map((c) => header(c.init, 'idempotency-key')), ['upload-2026-12-02', 'upload-2026-12-02']);
});

test('fetchOptions of the client and of the call reach fetch; ours (method, headers, signal) win', async () => {
  const { calls, fetch } = recording();
  const marker = { name: 'dispatcher stand-in' };
  const c = certs({ fetch, fetchOptions: { dispatcher: marker, cache: 'no-store', method: 'DELETE' } });
  await c.list({ limit: 1 }, { fetchOptions: { keepalive: true } });
  const [{ init }] = calls;
  assert.equal(init.dispatcher, marker);
  assert.deepEqual([init.cache, init.keepalive, init.method, init.redirect], ['no-store', true, 'GET', 'manual']);
  assert.ok(init.signal instanceof AbortSignal);
  assert.ok(init.headers instanceof Headers, 'headers as a Headers object, as the official SDK sends them');
});

test('logLevel debug logs each request and response to the logger, never the key', async () => {
  const lines = [];
  const logger = { debug: (l) => lines.push(['debug', l]), info: (l) => lines.push(['info', l]), warn() {}, error() {} };
  await control(mock, '/__mock/faults', [{ status: 500, headers: { 'retry-after-ms': '5' } }]);
  await certs({ logLevel: 'debug', logger }).list({ limit: 1 });
  const text = lines.map(([, l]) => l).join('\n');
  assert.match(text, /GET http:\/\/127\.0\.0\.1:\d+\/v1\/organization\/certificates\?limit=1/);
  assert.match(text, /→ 500/);
  assert.match(text, /retry 1 in \d+ ms/);
  assert.ok(lines.some(([level]) => level === 'info'), 'retries are info');
  assert.ok(!text.includes(KEY.slice(0, 8)));
  const quiet = [];
  await certs({ logger: { debug: (l) => quiet.push(l), info: (l) => quiet.push(l), warn() {}, error() {} } }).list({ limit: 1 });
  assert.deepEqual(quiet, [], 'the default level is warn: nothing for a plain call');
  assert.throws(() => client(mock, { logLevel: 'loud' }), /logLevel must be 'off', 'error', 'warn', 'info' or 'debug'/);
});

test('errors carry a Headers object, and code/param/type are null when the body lacks them', async () => {
  await control(mock, '/__mock/faults', [{ status: 404, body: { error: { message: 'gone' } } }]);
  const error = await certs().retrieve('cert_x').catch((e) => e);
  assert.ok(error instanceof OpenAI.NotFoundError);
  assert.ok(error.headers instanceof Headers);
  assert.equal(error.headers.get('x-request-id'), error.requestID);
  assert.deepEqual([error.code, error.param, error.type], [null, null, null]);
  await control(mock, '/__mock/faults', [{ status: 400, body: { error: { message: 'bad', type: 'invalid_request_error', param: null, code: null } } }]);
  const nulls = await certs().retrieve('cert_x').catch((e) => e);
  assert.deepEqual([nulls.code, nulls.param, nulls.type], [null, null, 'invalid_request_error']);
});

test('the error classes take the official constructors', () => {
  const headers = new Headers({ 'x-request-id': 'req_1' });
  const error = new OpenAI.NotFoundError(404, { message: 'No such certificate', code: 'nf' }, undefined, headers);
  assert.deepEqual([error.message, error.status, error.code, error.param, error.requestID], ['404 No such certificate', 404, 'nf', null, 'req_1']);
  assert.equal(new OpenAI.APIConnectionError({ message: 'down' }).message, 'down');
  assert.equal(new OpenAI.APIUserAbortError().message, 'Request was aborted.');
  assert.equal(new OpenAI.APIConnectionTimeoutError().message, 'Request timed out.');
  assert.ok(new OpenAI.APIConnectionTimeoutError() instanceof OpenAI.APIConnectionError);
});

test('pages have getPaginatedItems() and nextPageRequestOptions(); activations are pages too', async () => {
  const ids0 = (await control(mock, '/__mock/state')).ids;
  const page = await certs().list({ limit: 10, order: 'desc' });
  assert.deepEqual(page.getPaginatedItems().map((c) => c.id), ids0.slice(0, 10));
  assert.deepEqual(page.nextPageRequestOptions(), { query: { after: ids0[9], limit: 10, order: 'desc' } });
  const last = await certs().list({ limit: 10, after: ids0[19] });
  assert.equal(last.nextPageRequestOptions(), null);
  const activation = await certs().activate({ certificate_ids: [ids0[0]] });
  assert.deepEqual(activation.getPaginatedItems().map((c) => c.id), [ids0[0]]);
  assert.deepEqual([activation.hasNextPage(), activation.nextPageRequestOptions()], [false, null]);
  const iterated = [];
  for await (const c of certs().deactivate({ certificate_ids: [ids0[0]] })) iterated.push([c.id, c.active]);
  assert.deepEqual(iterated, [[ids0[0], false]]);
  const pages = [];
  for await (const p of activation.iterPages()) pages.push(p);
  assert.deepEqual(pages, [activation]);
});

test('resources show only the official methods: no engine plumbing (call, pages, checkId)', () => {
  const { certificates, projects } = client(mock).admin.organization;
  const methods = (resource) => {
    const names = new Set();
    for (let o = resource; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) {
      for (const name of Object.getOwnPropertyNames(o)) if (name !== 'constructor') names.add(name);
    }
    return [...names].sort();
  };
  assert.deepEqual(methods(certificates), ['activate', 'activeProjects', 'create', 'deactivate', 'delete', 'list', 'retrieve', 'update']);
  assert.deepEqual(methods(projects.certificates), ['activate', 'deactivate', 'list']);
  assert.deepEqual(methods(projects), ['certificateActivations', 'certificates', 'list', 'retrieve']);
});
