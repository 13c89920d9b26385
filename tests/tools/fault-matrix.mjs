// The one fault table of the Node (tests/package) and Chromium (tests/page) fault matrices, with
// what each fault must lead to. Both drive these rows through tests/page/harness/scenario.mjs and
// check them with `expectOutcome`, so a row added here runs in both runtimes. Fault fields: see
// tests/mock/README.md. Rows that need the seeded ids or a second origin are functions of
// `ctx = { ids, origin, elsewhere }` (elsewhere: the URL of a server started by `startElsewhere`).
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { createServer } from 'node:http';

/** A retry header short enough to keep the suites fast. */
export const quick = { 'retry-after-ms': '5' };

/** What a proxy in front of the API answers when it fails. */
export const html = '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>';

/** [name, mock fault]: injected on page 2, each must still yield every certificate exactly once. */
export const recoverable = [
  ['429 with retry-after-ms', { status: 429, headers: quick }],
  ['429 with retry-after in seconds', { status: 429, headers: { 'retry-after': '0' } }],
  ['500 with a JSON body', { status: 500, headers: quick }],
  ['502 with an HTML body', { status: 502, bodyText: html, contentType: 'text/html', headers: quick }],
  ['503', { status: 503, headers: quick }],
  ['504', { status: 504, headers: quick }],
  ['408', { status: 408, headers: quick }],
  ['a connection reset mid-body', { reset: true }],
  ['truncated JSON', { truncate: true }],
  ['a 200 with the wrong content type and an HTML body', { status: 200, bodyText: html, contentType: 'text/html' }],
];

const noRetry = { 'x-should-retry': 'false' };
const errorBody = (message, fields = {}) => ({ error: { message, type: 'invalid_request_error', param: null, code: null, ...fields } });
const ORG = '/v1/organization/certificates';

// Browsers cache 301 and 308 by default; `no-store` keeps one row's redirect out of the next rows
// (the Chromium suite tests a cached one on its own).
const redirect = (status, location) => ({ status, headers: { location, 'cache-control': 'no-store' } });
const redirects = [301, 302, 307, 308].flatMap((status) => [
  [`a ${status} to another origin`, ({ elsewhere }) => `${elsewhere}${ORG}?limit=10`],
  [`a ${status} to the same origin`, ({ origin }) => `${origin}${ORG}?limit=5`],
].map(([name, to]) => [name, (ctx) => ({
  faults: redirect(status, to(ctx)),
  expect: { apiError: true, message: /redirect/i, status, statusMayBeHidden: true, requests: 1, elsewhere: 0, ids: [] },
})]));

/**
 * [name, ctx => { faults, scenario?, expect }]: faults with one right outcome (an error, or a
 * listing as sent), each the same in Node and Chromium. `expect` is checked by `expectOutcome`.
 */
export const final = [
  ['a 503 whose body stalls, aborted meanwhile (no retries)', () => ({
    faults: { status: 503, stallBodyMs: 5000 },
    scenario: { abortAfterMs: 150, options: { maxRetries: 0 } },
    expect: { error: 'APIUserAbortError', sinceAbortMs: 1000, requests: 1 },
  })],
  ['a 503 (x-should-retry: false) whose body stalls, aborted meanwhile', () => ({
    faults: { status: 503, stallBodyMs: 5000, headers: noRetry },
    scenario: { abortAfterMs: 150 },
    expect: { error: 'APIUserAbortError', sinceAbortMs: 1000, requests: 1 },
  })],
  ['a 503 whose body stalls, aborted meanwhile (retries on)', () => ({
    faults: { status: 503, stallBodyMs: 5000 },
    scenario: { abortAfterMs: 150 },
    expect: { error: 'APIUserAbortError', sinceAbortMs: 1000, requests: 1 },
  })],
  ['a 503 whose body stalls past the timeout', () => ({
    faults: { status: 503, stallBodyMs: 5000 },
    scenario: { options: { timeout: 200, maxRetries: 0 } },
    expect: { error: 'APIConnectionTimeoutError', withinMs: 1500, requests: 1 },
  })],
  ['a 429 whose error code is a number', () => ({
    faults: { status: 429, headers: noRetry, body: { error: { message: 'Too many', type: 'requests', param: null, code: 429 } } },
    expect: { error: 'RateLimitError', status: 429, message: /Too many/, notMessage: /[{}]|"code"/, code: '429', type: 'requests', param: null, errorCode: 429, requests: 1 },
  })],
  ['an error body without code, param and type', () => ({
    faults: { status: 400, body: { error: { message: 'Nope' } } },
    expect: { error: 'BadRequestError', status: 400, message: /Nope/, code: null, param: null, type: null, requests: 1 },
  })],
  ...redirects,
  ['a 307 of an update to another origin', ({ ids, elsewhere }) => ({
    faults: redirect(307, `${elsewhere}${ORG}/${ids[0]}`),
    scenario: { call: 'update', params: [ids[0], { name: 'renamed elsewhere' }] },
    expect: { apiError: true, message: /redirect/i, status: 307, statusMayBeHidden: true, requests: 1, elsewhere: 0 },
  })],
  ['a listing whose page 2 redirects to another origin', ({ ids, elsewhere }) => ({
    faults: { match: { after: ids[9] }, ...redirect(302, `${elsewhere}${ORG}?limit=10`) },
    expect: { apiError: true, message: /redirect/i, status: 302, statusMayBeHidden: true, ids: ids.slice(0, 10), requests: 2, elsewhere: 0 },
  })],
  ['a lone surrogate escape as a name', ({ ids }) => ({
    faults: { page: { data: [ids[0], { like: ids[1], name: '\ud83d' }, ids[2]] }, times: 3 },
    expect: { ids: ids.slice(0, 3), names: { 1: '\ud83d' }, requests: 1 },
  })],
  ['a lone surrogate escape inside the id of a non-last item', ({ ids }) => {
    const odd = `cert_\ud83d${ids[1].slice(6)}`;
    return {
      faults: { page: { data: [ids[0], { like: ids[1], id: odd }, ids[2]] }, times: 3 },
      expect: { ids: [ids[0], odd, ids[2]], requests: 1 },
    };
  }],
];

const words = 'the upstream proxy rejected the request because the credentials did not match ';
const filler = (n) => words.repeat(Math.ceil(n / words.length)).slice(0, n);
const echo = (fault, how = true) => ({ ...fault, echoAuthorization: how });
const token = (slice) => ({ value: 'token', ...(slice && { slice }) });
const exposed = { 'access-control-expose-headers': 'x-request-id, x-debug-auth' };

/**
 * [name, ctx => { faults, error }]: servers that echo the received key (or a piece of it) into a
 * response; `error` is the class the call rejects with. No 8-character piece of the key may appear in
 * anything the error or the console shows (`assertNoKeyFragment`).
 */
export const leaks = [
  ['an HTML 401 page echoing the Authorization header', () => ({
    faults: echo({ status: 401, bodyText: '<html><body><h1>401</h1><p>Authorization: {auth}</p></body></html>' }),
    error: 'AuthenticationError',
  })],
  // The cut of an excerpt limit (~200 characters) falls at a different place in the key each time.
  ...[160, 170, 180, 185, 190, 193, 196, 199, 205].map((n) => [`an HTML 500 page with the header after ${n} characters`, () => ({
    faults: echo({ status: 500, headers: noRetry, bodyText: `<html><body><p>${filler(n)}{auth}</p></body></html>` }),
    error: 'InternalServerError',
  })]),
  ...[185, 195].map((n) => [`a plain-text 500 with the key after ${n} characters`, () => ({
    faults: echo({ status: 500, headers: noRetry, bodyText: `${filler(n)}{auth}` }, token()),
    error: 'InternalServerError',
  })]),
  ['a plain-text 502 with the key in the middle of 300 characters', () => ({
    faults: echo({ status: 502, headers: noRetry, bodyText: `${filler(150)}{auth}${filler(150)}` }, token()),
    error: 'InternalServerError',
  })],
  ['a JSON message with the whole key', () => ({
    faults: echo({ status: 401, body: errorBody('Incorrect API key provided: {auth}.') }, token()),
    error: 'AuthenticationError',
  })],
  ['a JSON message with only the first 12 characters of the key', () => ({
    faults: echo({ status: 401, body: errorBody('Incorrect API key provided: {auth}****.') }, token([0, 12])),
    error: 'AuthenticationError',
  })],
  ['a JSON message with only the last 10 characters of the key', () => ({
    faults: echo({ status: 401, body: errorBody('Incorrect API key provided: ****{auth}.') }, token([-10])),
    error: 'AuthenticationError',
  })],
  ['the key as error.param', () => ({ faults: echo({ status: 400, body: errorBody('bad', { param: '{auth}' }) }, token()), error: 'BadRequestError' })],
  ['the key as error.code', () => ({ faults: echo({ status: 403, body: errorBody('no', { code: '{auth}' }) }, token()), error: 'PermissionDeniedError' })],
  ['the key as error.type', () => ({ faults: echo({ status: 404, body: errorBody('no', { type: '{auth}' }) }, token()), error: 'NotFoundError' })],
  ['the key in a nested unknown field of the error object', () => ({
    faults: echo({ status: 400, body: errorBody('bad', { debug: { received: { authorization: '{auth}' } } }) }),
    error: 'BadRequestError',
  })],
  ['the key as the data of a 200 list', () => ({
    faults: echo({ body: { object: 'list', data: '{auth}', first_id: null, last_id: null, has_more: false } }, token()),
    error: 'UnexpectedResponseError',
  })],
  ['a 200 item whose id is a number and whose name is the key', () => ({
    faults: echo({
      body: {
        object: 'list',
        data: [{ object: 'organization.certificate', id: 42, name: '{auth}', active: false, created_at: 1, certificate_details: {} }],
        first_id: null,
        last_id: null,
        has_more: false,
      },
    }, token()),
    error: 'UnexpectedResponseError',
  })],
  // What the client does not rely on (created_at, object, ...) passes through as sent (issue 11's
  // tolerance); what it relies on, of the wrong type, fails without quoting the value.
  ['a 200 item whose id is a number and whose name is the key', ({ ids }) => ({
    faults: echo({ page: { data: [{ like: ids[0], id: 7, name: '{auth}' }] } }, token()),
    error: 'UnexpectedResponseError',
  })],
  ['a 200 page with the key as has_more', ({ ids }) => ({
    faults: echo({ page: { data: [ids[0]], has_more: '{auth}' } }, token()),
    error: 'UnexpectedResponseError',
  })],
  ['the key in a response header of a 500', () => ({
    faults: echo({ status: 500, headers: { ...noRetry, ...exposed, 'x-debug-auth': '{auth}' } }),
    error: 'InternalServerError',
  })],
  ['the key in a response header of a 200 of the wrong shape', () => ({
    faults: echo({ body: { object: 'list' }, headers: { ...exposed, 'x-debug-auth': 'token={auth}' } }, token()),
    error: 'UnexpectedResponseError',
  })],
  ['a 500 echoing the key on every retry', () => ({
    faults: echo({ status: 500, headers: quick, bodyText: 'upstream said: {auth}', times: 3 }, token()),
    error: 'InternalServerError',
  })],
  ['a 429 with a retry-after of an hour, echoing the key', () => ({
    faults: echo({ status: 429, headers: { 'retry-after': '3600' }, body: errorBody('Rate limited for {auth}', { type: 'requests' }) }, token()),
    error: 'RateLimitError',
  })],
  ['the key as a cursor the server repeats', ({ ids }) => ({
    faults: echo({ page: { data: [{ like: ids[0] }], has_more: true, last_id: '{auth}' }, times: 3 }, token()),
    error: 'PaginationError',
  })],
  ['the key as a cursor the server then refuses (its message quotes it)', ({ ids }) => ({
    faults: echo({ match: { after: null }, page: { data: [{ like: ids[0] }], has_more: true, last_id: '{auth}' } }, token()),
    error: 'BadRequestError',
  })],
];

/** Path ids the URL parser could take for dot segments: refused, sent to their own resource, or either. */
export const dotSegmentIds = {
  refused: ['.', '..'],
  own: ['%2e', '.%2E', '%2E%2E', '%2e%2e', '...', '.%2e.', 'a/..', '..%2F', '. .'],
  // Where the client may also refuse the id as malformed (InvalidParameterError, nothing sent).
  ownOrRefused: ['..\\', '\\..', '.\t.', '\n..', '..\r', '..?x', '#..', '..;'],
};

/** [name, resource, method, args(id), refused param, path segments after /v1 for id]. */
export const pathCalls = [
  ['certificates.retrieve', 'certificates', 'retrieve', (id) => [id], 'certificateID', (id) => ['organization', 'certificates', id]],
  ['certificates.update', 'certificates', 'update', (id) => [id, { name: 'x' }], 'certificateID', (id) => ['organization', 'certificates', id]],
  ['certificates.delete', 'certificates', 'delete', (id) => [id], 'certificateID', (id) => ['organization', 'certificates', id]],
  ['projects.certificates.list', 'projects', 'list', (id) => [id, { limit: 10 }], 'projectID', (id) => ['organization', 'projects', id, 'certificates']],
  ['projects.certificates.activate', 'projects', 'activate', (id) => [id, { certificate_ids: ['cert_x'] }], 'projectID',
    (id) => ['organization', 'projects', id, 'certificates', 'activate']],
  ['projects.certificates.deactivate', 'projects', 'deactivate', (id) => [id, { certificate_ids: ['cert_x'] }], 'projectID',
    (id) => ['organization', 'projects', id, 'certificates', 'deactivate']],
];

/**
 * Asserts the outcome of one id through one path call: refused ids reject with InvalidParameterError
 * naming `param` and sending nothing; the others reach exactly their own resource, i.e. every raw
 * path the mock logged, parsed by the WHATWG URL parser, has exactly the intended segments.
 */
export function expectPathOutcome(result, requests, { id, kind, param, segments, origin }) {
  const label = JSON.stringify(id);
  const refused = result.error === 'InvalidParameterError';
  if (kind === 'refused' || (kind === 'ownOrRefused' && refused)) {
    assert.equal(result.error, 'InvalidParameterError', `${label}: ${result.error} ${result.message}`);
    assert.equal(result.param, param, `${label}: param`);
    if (kind === 'refused') {
      assert.match(result.message, new RegExp(`${param}.*dot segment|dot segment.*${param}`, 'i'), `${label}: message ${result.message}`);
    }
    assert.deepEqual(requests.map((r) => r.path), [], `${label}: nothing may be sent`);
    return;
  }
  assert.notEqual(result.error, 'InvalidParameterError', `${label} must be sent: ${result.message}`);
  assert.ok(requests.length >= 1, `${label}: no request reached the mock`);
  for (const r of requests) {
    const parsed = new URL(origin + r.path).pathname.split('/').slice(1).map(decodeURIComponent);
    assert.deepEqual(parsed, ['v1', ...segments], `${label} went to ${r.method} ${r.path}`);
  }
}

/** Every way of walking a listing; each must yield the same. */
export const walks = ['items', 'pages', 'chain', 'array'];

/** [name, ctx => { faults, served }]: lists that shift between pages; `served` = every id the server sent. */
export const shifting = [
  ...[1, 2, 3].map((k) => [`page 2 starts with the last ${k} of page 1 (uploads while listing)`, ({ ids }) => ({
    faults: { match: { after: ids[9] }, page: { data: ids.slice(10 - k, 20 - k), has_more: true } },
    served: ids,
  })]),
  ['page 2 starts one later (a deletion while listing)', ({ ids }) => ({
    faults: { match: { after: ids[9] }, page: { data: ids.slice(11, 21), has_more: true } },
    served: ids.filter((_, i) => i !== 10),
  })],
];

/** Pages whose cursors cycle A → B → A, `has_more` always true: page 1 ends at A, 2 at B, 3 at A again. */
export function cursorCycle({ ids }) {
  const [A, B] = [ids[1], ids[3]];
  return [
    { match: { after: null }, page: { data: ids.slice(0, 2), has_more: true }, times: 20 },
    { match: { after: A }, page: { data: ids.slice(2, 4), has_more: true }, times: 20 },
    { match: { after: B }, page: { data: [ids[4]], has_more: true, last_id: A }, times: 20 },
  ];
}

const decode = (units) => (Array.isArray(units) ? String.fromCharCode(...units) : units);

/** The ids a scenario's result yielded, decoded from UTF-16 code units (lone surrogates intact). */
export const yielded = (result) => result.idUnits.map(decode);

/**
 * Asserts a scenario result against a row's `expect`: `error` (class name; absent = must succeed),
 * `apiError`, `status` (`statusMayBeHidden`: Chromium may report undefined), `code`/`param`/`type`
 * (strictly, null ≠ undefined), `errorCode` (`error.code`), `message`/`notMessage` (regexes), `ids`,
 * `names` ({index: name}), `requests` (mock log length), `elsewhere` (how many requests the other
 * origin got), `sinceAbortMs` and `withinMs` (upper bounds).
 */
export function expectOutcome(result, expect, { runtime, requests, elsewhere }) {
  const seen = `${result.error}: ${result.message}`;
  // First, as it matters most: a followed redirect shows here (with the key it carried).
  if ('elsewhere' in expect) assert.equal(elsewhere.length, expect.elsewhere, `the other origin got ${JSON.stringify(elsewhere)}`);
  if (!expect.apiError) assert.equal(result.error, expect.error, seen);
  else assert.equal(result.isAPIError, true, seen);
  if ('status' in expect) {
    const allowed = runtime === 'chromium' && expect.statusMayBeHidden ? [undefined, expect.status] : [expect.status];
    assert.ok(allowed.includes(result.status), `status ${result.status}, expected ${allowed.join(' or ')}`);
  }
  for (const k of ['code', 'param', 'type']) if (k in expect) assert.strictEqual(result[k], expect[k], `err.${k}`);
  if ('errorCode' in expect) assert.strictEqual(result.errorObject?.code, expect.errorCode, 'err.error.code');
  if (expect.message) assert.match(result.message ?? '', expect.message);
  if (expect.notMessage) assert.doesNotMatch(result.message ?? '', expect.notMessage);
  if (expect.ids) assert.deepEqual(yielded(result), expect.ids);
  for (const [i, name] of Object.entries(expect.names ?? {})) {
    assert.deepEqual(decode(result.nameUnits[i]), name, `name of item ${i}`);
  }
  if ('requests' in expect) assert.equal(requests.length, expect.requests, `requests: ${requests.map((r) => `${r.method} ${r.path} ${r.status}`)}`);
  if (expect.sinceAbortMs) assert.ok(result.sinceAbortMs < expect.sinceAbortMs, `${result.sinceAbortMs} ms after the abort`);
  if (expect.withinMs) assert.ok(result.elapsedMs < expect.withinMs, `took ${result.elapsedMs} ms`);
}

/** The ids that occur more than once in `ids`. */
export const twice = (ids) => [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];

/** Asserts that the listing yielded no id twice and every id the server served. */
export function expectEachOnce(result, served, label) {
  const got = yielded(result);
  assert.equal(result.error, undefined, `${label}: ${result.error} ${result.message}`);
  assert.deepEqual(twice(got), [], `${label} yielded ids twice`);
  assert.deepEqual(served.filter((id) => !got.includes(id)), [], `${label} lost ids`);
}

/** A realistic admin key: `sk-admin-` and 40 random letters and digits. */
export function newAdminKey() {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return 'sk-admin-' + Array.from({ length: 40 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** Asserts that `text` contains no 8-character piece of `key` (so no longer piece either). */
export function assertNoKeyFragment(text, key, where = 'text') {
  for (let i = 0; i + 8 <= key.length; i++) {
    const piece = key.slice(i, i + 8);
    const at = String(text).indexOf(piece);
    assert.ok(at < 0, `${where} holds the key's characters ${i}..${i + 8} ("${piece}"): …${String(text).slice(Math.max(0, at - 40), at + 48)}…`);
  }
}

/**
 * Starts a second origin on loopback that records every request (method, path, authorization) and
 * answers like the API would, CORS included, so a followed redirect would visibly deliver its data.
 */
export async function startElsewhere() {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method, path: req.url, authorization: req.headers.authorization ?? null });
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*', 'access-control-allow-methods': '*' };
    const item = { object: 'organization.certificate', id: 'cert_elsewhere', name: 'from elsewhere', active: false, created_at: 1, certificate_details: {} };
    res.writeHead(req.method === 'OPTIONS' ? 204 : 200, { ...cors, 'content-type': 'application/json' });
    res.end(req.method === 'OPTIONS' ? '' : JSON.stringify({ object: 'list', data: [item], first_id: item.id, last_id: item.id, has_more: false }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}
