// `console`: the console's files from the installed package, and its proxy's rules. Each refusal
// (no secret, foreign Origin, foreign Host, another path, another method) is asserted with the
// mock's request log showing that nothing reached the API; a request that passes carries the key
// added by the proxy, and no response the browser gets contains the key.
import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startMock } from '../mock/server.mjs';
import { control, KEY, requests, start } from './support.mjs';

// The mock started here rather than by useMock: the console needs its URL when it starts.
const mock = {};
let server;
let origin;
let secret;

before(async () => {
  Object.assign(mock, await startMock({ count: 5 }));
  server = start(['console'], { mock });
  const deadline = Date.now() + 20_000;
  while (!/\n/.test(server.stdout) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const url = new URL(server.stdout.trim());
  origin = url.origin;
  secret = new URLSearchParams(url.hash.slice(1)).get('proxy');
});
beforeEach(() => control(mock, '/__mock/reset', {}));
after(async () => {
  server.stop();
  await mock.close();
});

/** One request with full control over its headers (fetch may not set Host). */
function call(path, { method = 'GET', headers = {}, body } = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers: { host: `${hostname}:${port}`, ...headers } }, (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const bearer = () => ({ authorization: `Bearer ${secret}` });

test('prints one URL on 127.0.0.1 that carries the per-run secret in its fragment', () => {
  assert.equal(server.stdout.trim().split('\n').length, 1);
  assert.match(server.stdout, /^http:\/\/127\.0\.0\.1:\d+\/#proxy=[\w-]{32}\n$/);
  assert.doesNotMatch(server.stdout + server.stderr, new RegExp(KEY));
});

test('serves the console and the library from the installed package, with the CSP headers', async () => {
  const page = await call('/');
  assert.equal(page.status, 200);
  assert.match(page.text, /<title>Organization certificates/);
  assert.match(page.headers['content-security-policy'], /connect-src 'self';/);
  assert.match(page.headers['content-security-policy'], /frame-ancestors 'none'/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  for (const path of ['/app.mjs', '/settings.mjs', '/pkg/dist/browser.mjs', '/pkg/dist/expiry.mjs', '/pkg/wasm/web/openai_admin_certificates_bg.wasm']) {
    assert.equal((await call(path)).status, 200, path);
  }
  for (const path of ['/pkg/package.json', '/../package.json', '/%2e%2e/package.json', '/pkg/dist/cli/../../bin/openai-admin-certificates.mjs']) {
    assert.equal((await call(path)).status, 404, path);
  }
});

test('a request with the secret, its own Origin and Host passes, with the key added by the proxy', async () => {
  const listed = await call('/v1/organization/certificates?limit=2', { headers: { ...bearer(), origin } });
  assert.equal(listed.status, 200);
  assert.equal(JSON.parse(listed.text).data.length, 2);
  assert.match(listed.headers['x-request-id'], /^req_/);
  const renamed = await call(`/v1/organization/certificates/${JSON.parse(listed.text).data[0].id}`, {
    method: 'POST', headers: { ...bearer(), origin, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'via proxy' }),
  });
  assert.equal(renamed.status, 200);
  const log = await requests(mock);
  assert.deepEqual(log.map((r) => [r.method, r.authorized]), [['GET', true], ['POST', true]]);
  assert.deepEqual(log[1].body, { name: 'via proxy' });
});

test('refused, and nothing reaches the API: no or a wrong secret, foreign Origin, foreign Host, other paths, other methods', async () => {
  const cases = [
    ['no secret', '/v1/organization/certificates', {}, 401],
    ['wrong secret', '/v1/organization/certificates', { headers: { authorization: 'Bearer nope' } }, 401],
    ['the real key instead of the secret', '/v1/organization/certificates', { headers: { authorization: `Bearer ${KEY}` } }, 401],
    ['foreign Origin', '/v1/organization/certificates', { headers: { ...bearer(), origin: 'https://evil.example' } }, 403],
    ['cross-site fetch', '/v1/organization/certificates', { headers: { ...bearer(), 'sec-fetch-site': 'cross-site' } }, 403],
    ['foreign Host (DNS rebinding)', '/v1/organization/certificates', { headers: { ...bearer(), host: 'rebind.evil.example' } }, 421],
    ['foreign Host for a page', '/', { headers: { host: 'rebind.evil.example' } }, 421],
    ['chat completions', '/v1/chat/completions', { method: 'POST', headers: bearer(), body: '{}' }, 403],
    ['organization users', '/v1/organization/users', { headers: bearer() }, 403],
    ['a path below an id', '/v1/organization/certificates/cert_a/extra', { headers: bearer() }, 403],
    ['an encoded slash in an id', '/v1/organization/certificates/..%2fusers', { headers: bearer() }, 403],
    ['PUT', '/v1/organization/certificates', { method: 'PUT', headers: bearer() }, 403],
    ['PATCH', '/v1/organization/certificates/cert_a', { method: 'PATCH', headers: bearer() }, 403],
    ['DELETE a project', '/v1/organization/projects/proj_billing', { method: 'DELETE', headers: bearer() }, 403],
    ['OPTIONS', '/v1/organization/certificates', { method: 'OPTIONS', headers: bearer() }, 403],
  ];
  for (const [name, path, options, status] of cases) {
    const answer = await call(path, options);
    assert.equal(answer.status, status, name);
    assert.equal(JSON.parse(answer.text).error.type, 'local_proxy_refusal', name);
    assert.deepEqual(await requests(mock), [], `${name}: nothing forwarded`);
  }
});

test('the key appears in no response, even from an upstream that echoes credentials', async () => {
  await control(mock, '/__mock/faults', [
    { status: 500, bodyText: 'echo: {auth}', headers: { 'x-request-id': 'req_{auth}' }, echoAuthorization: true },
    { status: 400, body: { error: { message: 'key {auth}', type: 't', param: null, code: null } }, echoAuthorization: { value: 'token' } },
  ]);
  for (let i = 0; i < 2; i++) {
    const answer = await call('/v1/organization/certificates', { headers: bearer() });
    assert.ok(answer.status >= 400);
    assert.doesNotMatch(JSON.stringify(answer), new RegExp(KEY), 'no key in status, headers or body');
    assert.match(answer.text, /\[redacted\]/);
  }
  assert.equal((await requests(mock)).length, 2);
});
