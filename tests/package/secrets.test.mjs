// The admin key never leaks: every error this package can produce, in every form a program might
// print or send it (message, stack, String, JSON, util.inspect), plus everything written to the
// console and every URL the mock saw, is searched for every 8-character piece of the key.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assertNoKeyFragment } from '../tools/fault-matrix.mjs';
import { control, OpenAI, requests, useMock } from './support.mjs';

const SECRET = 'sk-admin-CANARY-7f3a9c';
const WRONG = 'sk-admin-WRONG-CANARY-51be';
const mock = useMock({ count: 25, key: SECRET, maxCertificates: 100 });
const thrown = [];
const printed = [];
for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
  const original = console[method];
  console[method] = (...args) => {
    printed.push(args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' '));
    return original.apply(console, args);
  };
}

/** Runs `call`, keeping whatever it throws. */
async function provoke(call) {
  try {
    await call();
  } catch (error) {
    thrown.push(error);
    return error;
  }
  return undefined;
}

const client = (key = SECRET, options = {}) => new OpenAI({ adminAPIKey: key, baseURL: mock.baseURL, ...options });
const certs = (key, options) => client(key, options).admin.organization.certificates;
const drain = async (iterable) => {
  for await (const _ of iterable);
};

test('every kind of failure, with the key in play', async () => {
  const pem = readFileSync(resolve(import.meta.dirname, '../fixtures/certs/leaf.pem'), 'utf8');
  const ids = (await control(mock, '/__mock/state')).ids;
  const faults = (list) => control(mock, '/__mock/faults', list);
  const kinds = [];
  const note = async (call) => kinds.push((await provoke(call))?.constructor.name);
  await note(() => drain(certs(WRONG).list()));
  await note(() => certs().retrieve('cert_missing', { include: ['content'] }));
  await note(() => certs().list({ limit: 0 }));
  await note(() => certs().create({ certificate: 'nope' }));
  await faults([{ status: 500, bodyText: `<html>${SECRET}? no: proxy error</html>`, headers: { 'x-should-retry': 'false' } }]);
  await note(() => drain(certs().list()));
  await faults([{ delayMs: 300, times: 2 }]);
  await note(() => drain(certs(SECRET, { timeout: 50, maxRetries: 1 }).list()));
  await note(() => drain(certs().list({}, { signal: AbortSignal.abort() })));
  await faults([{ status: 200, body: { object: 'list' } }]);
  await note(() => drain(certs().list()));
  await faults([{ page: { data: [ids[0]], has_more: true, last_id: null } }]);
  await note(() => drain(certs().list()));
  await faults([{ status: 429, headers: { 'retry-after': '3600' } }]);
  await note(() => certs().activate({ certificate_ids: [ids[0]] }));
  await note(() => certs(SECRET, { baseURL: 'http://example.com/v1' }).list());
  await note(() => certs(SECRET, { baseURL: 'http://127.0.0.1:1/v1', maxRetries: 0 }).retrieve('cert_x'));
  await note(() => new OpenAI({ adminAPIKey: SECRET, nope: 1 }));
  const created = await certs().create({ certificate: pem });
  const full = await certs().retrieve(created.id, { include: ['content'] });
  assert.ok(full.certificate_details.content.includes('BEGIN CERTIFICATE'));
  assert.deepEqual(kinds, [
    'AuthenticationError', 'NotFoundError', 'InvalidParameterError', 'InvalidParameterError',
    'InternalServerError', 'APIConnectionTimeoutError', 'APIUserAbortError', 'UnexpectedResponseError',
    'PaginationError', 'RateLimitError', 'OpenAIError', 'APIConnectionError', 'InvalidParameterError',
  ]);
});

after(async () => {
  const forms = thrown.flatMap((e) => [e.message, e.stack, String(e), JSON.stringify(e), inspect(e, { depth: 5, showHidden: true })]);
  const urls = (await requests(mock).catch(() => [])).map((r) => r.path + JSON.stringify(r.query));
  for (const text of [...forms, ...printed, ...urls]) {
    assertNoKeyFragment(text, SECRET);
    assertNoKeyFragment(text, WRONG);
  }
  assert.ok(forms.length >= 13 * 5);
});
