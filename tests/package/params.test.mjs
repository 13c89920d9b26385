// Bad input is refused with a clear error before any request; the key is required and stays secret.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { client, ids, KEY, OpenAI, requests, useMock } from './support.mjs';

const mock = useMock({ count: 30 });

const badParams = [
  [{ limit: 0 }, 'limit', /^limit must be an integer from 1 to 100, got 0$/],
  [{ limit: 101 }, 'limit', /got 101$/],
  [{ limit: 2.5 }, 'limit', /got 2.5$/],
  [{ limit: '10' }, 'limit', /got "10"$/],
  [{ order: 'newest' }, 'order', /^order must be 'asc' or 'desc', got "newest"$/],
  [{ after: '' }, 'after', /^after must be a non-empty string, got ""$/],
  [{ after: 42 }, 'after', /got 42$/],
  [{ limt: 5 }, 'limt', /^unknown parameter `limt`; allowed: after, limit, order$/],
  ['limit=5', 'parameter', /^parameter must be an object/],
];

for (const [params, param, message] of badParams) {
  test(`list(${JSON.stringify(params)}) is refused naming ${param}, before any request`, async () => {
    const list = () => client(mock).admin.organization.certificates.list(params);
    for (const use of [async () => await list(), () => ids(list()), () => list().toArray({ limit: 5 })]) {
      await assert.rejects(use, (e) => e instanceof OpenAI.InvalidParameterError && e.param === param && message.test(e.message));
    }
    assert.deepEqual(await requests(mock), []);
  });
}

test('a missing key is a clear error at construction in Node', () => {
  const saved = process.env.OPENAI_ADMIN_KEY;
  delete process.env.OPENAI_ADMIN_KEY;
  try {
    assert.throws(() => new OpenAI({ baseURL: mock.baseURL }), (e) => e instanceof OpenAI.OpenAIError && /^no admin key/.test(e.message));
    assert.throws(() => new OpenAI({ adminAPIKey: '' }), /non-empty string or null/);
  } finally {
    if (saved !== undefined) process.env.OPENAI_ADMIN_KEY = saved;
  }
});

test('the key and base URL default to OPENAI_ADMIN_KEY and OPENAI_BASE_URL', async () => {
  Object.assign(process.env, { OPENAI_ADMIN_KEY: KEY, OPENAI_BASE_URL: mock.baseURL });
  try {
    assert.equal((await ids(new OpenAI().admin.organization.certificates.list())).length, 30);
  } finally {
    delete process.env.OPENAI_ADMIN_KEY;
    delete process.env.OPENAI_BASE_URL;
  }
});

test('a wrong key is an AuthenticationError with status and request id, and no key in it', async () => {
  const wrong = 'sk-admin-wrong-secret';
  const error = await client(mock, { adminAPIKey: wrong }).admin.organization.certificates.list().then(
    () => assert.fail('expected an error'),
    (e) => e,
  );
  assert.ok(error instanceof OpenAI.AuthenticationError && error instanceof OpenAI.APIError);
  assert.equal(error.status, 401);
  assert.match(error.requestID, /^req_/);
  assert.equal(error.type, 'invalid_request_error');
  for (const text of [error.message, error.stack, JSON.stringify(error), String(error)]) assert.ok(!text.includes(wrong));
});

test('adminAPIKey: null sends no Authorization header (for a proxy that adds it)', async () => {
  await assert.rejects(ids(client(mock, { adminAPIKey: null }).admin.organization.certificates.list()), OpenAI.AuthenticationError);
  assert.equal((await requests(mock))[0].authorized, false);
});

test('bad client options are refused', () => {
  assert.throws(() => new OpenAI({ adminAPIKey: KEY, baseURL: 'ftp://example' }), /must start with https:\/\/ or http:\/\//);
  assert.throws(() => new OpenAI({ adminAPIKey: KEY, fetch: 'no' }), /fetch must be a function/);
  assert.throws(() => new OpenAI({ adminAPIKey: KEY, apiKey: 'x' }), /unknown option `apiKey`/);
});

test('a custom fetch is used for every request, called as fetch(url, init) like the official SDK', async () => {
  const seen = [];
  const fetch = (url, init) => {
    assert.equal(typeof url, 'string');
    seen.push([new URL(url).pathname, init.method, new Headers(init.headers).get('authorization') === `Bearer ${KEY}`]);
    return globalThis.fetch(url, init);
  };
  assert.equal((await ids(client(mock, { fetch }).admin.organization.certificates.list({ limit: 20 }))).length, 30);
  assert.deepEqual(seen, [
    ['/v1/organization/certificates', 'GET', true],
    ['/v1/organization/certificates', 'GET', true],
  ]);
});


