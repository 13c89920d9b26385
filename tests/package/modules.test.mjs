// The installed package works as ESM and as CommonJS, and the official docs' example runs with only
// its import line changed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cjs, consumer, control, esm, KEY, useMock } from './support.mjs';

const mock = useMock({ count: 250 });
const run = promisify(execFile);

test('require() returns the client class, with the same API as import', () => {
  assert.equal(typeof cjs, 'function');
  assert.equal(cjs.default, cjs);
  assert.equal(cjs.OpenAI, cjs);
  for (const name of ['APIError', 'NotFoundError', 'RateLimitError', 'InvalidParameterError', 'PaginationError']) {
    assert.equal(typeof cjs[name], 'function', name);
    assert.equal(typeof esm[name], 'function', name);
  }
});

test('the official example prints every id once, newest first (ESM)', async () => {
  const script = join(consumer, 'example.mjs');
  writeFileSync(script, `import OpenAI from 'openai-admin-certificates';

const client = new OpenAI({
  adminAPIKey: process.env['OPENAI_ADMIN_KEY'], // This is the default and can be omitted
});

// Automatically fetches more pages as needed.
for await (const certificateListResponse of client.admin.organization.certificates.list()) {
  console.log(certificateListResponse.id);
}
`);
  const { stdout } = await run('node', [script], { env: { ...process.env, OPENAI_ADMIN_KEY: KEY, OPENAI_BASE_URL: mock.baseURL } });
  assert.deepEqual(stdout.trim().split('\n'), (await control(mock, '/__mock/state')).ids);
});

test('the same listing through require() (CommonJS)', async () => {
  const script = join(consumer, 'example.cjs');
  writeFileSync(script, `const OpenAI = require('openai-admin-certificates');
(async () => {
  const client = new OpenAI();
  const ids = [];
  for await (const c of client.admin.organization.certificates.list({ limit: 100 })) ids.push(c.id);
  console.log(JSON.stringify(ids));
})();
`);
  const { stdout } = await run('node', [script], { env: { ...process.env, OPENAI_ADMIN_KEY: KEY, OPENAI_BASE_URL: mock.baseURL } });
  assert.deepEqual(JSON.parse(stdout), (await control(mock, '/__mock/state')).ids);
});

test('the wasm loads lazily: importing loads nothing, the first client loads it, no init call', async () => {
  const script = join(consumer, 'lazy.mjs');
  writeFileSync(script, `import { createRequire } from 'node:module';
const cache = createRequire(import.meta.url).cache;
const glue = () => Object.keys(cache).filter((path) => path.endsWith('openai_admin_certificates.cjs')).length;
const { default: OpenAI } = await import('openai-admin-certificates');
const afterImport = glue();
new OpenAI({ adminAPIKey: 'sk-x', baseURL: 'http://127.0.0.1:1/v1' });
console.log(JSON.stringify([afterImport, glue()]));
`);
  const { stdout } = await run('node', [script]);
  assert.deepEqual(JSON.parse(stdout), [0, 1]);
});
