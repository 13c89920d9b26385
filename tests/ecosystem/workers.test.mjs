// The package inside workers, where `window` and `document` do not exist: dedicated module workers in
// Chromium (the browser and /inline entries, unbundled) and worker_threads in Node (import, require
// and /inline). The bundled apps' workers are in bundlers.test.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { startMock } from '../mock/server.mjs';
import { useBrowser } from './browser.mjs';
import { consumer, expectedInspection } from './paths.mjs';

const KEY = 'sk-admin-mock';
const browser = useBrowser();
const inspection = await expectedInspection();
let mock;
before(async () => {
  mock = await startMock({ count: 250, key: KEY });
});
after(() => mock?.close());

const stateIds = async (m) => (await (await fetch(m.url + '/__mock/state')).json()).ids;

test('Chromium: dedicated module workers list every certificate through the browser and /inline entries', async () => {
  // The consumer project is served as is: the workers import files of its node_modules.
  const run = await browser.open(consumer, '/apps/worker/');
  assert.deepEqual(run.problems, []);
  for (const entry of ['browser', 'inline']) {
    const result = run.result[entry];
    assert.equal(result.failure, undefined, `${entry}: ${result.failure}`);
    assert.equal(result.ids.length, 250, entry);
    assert.deepEqual(result.ids, run.ids, `${entry}: every id once, newest first`);
    assert.deepEqual([result.hasWindow, result.hasDocument], [false, false], `${entry}: no window or document`);
    assert.equal(result.error?.isBadRequestError, true, `${entry}: the error classes work: ${JSON.stringify(result.error)}`);
    assert.equal(result.error.status, 400);
    assert.equal(result.inspected.fingerprint_sha256, inspection.fingerprint_sha256, `${entry}: inspectCertificate`);
  }
  const wasm = run.requests.filter((p) => p.endsWith('.wasm')).sort();
  assert.deepEqual(wasm, ['openai_admin_certificates_bg.wasm', 'openai_admin_certificates_inspect_bg.wasm']
    .map((file) => `/node_modules/openai-admin-certificates/wasm/web/${file}`),
    'only the browser entry fetches its two .wasm files; /inline fetches nothing');
});

/** Runs `file` of consumer/apps/node in a worker_threads worker and resolves to what it posts. */
async function inWorker(file) {
  const worker = new Worker(join(consumer, 'apps', 'node', file), { workerData: { baseURL: mock.baseURL, key: KEY } });
  const failed = once(worker, 'error').then(([e]) => Promise.reject(e));
  const [result] = await Promise.race([once(worker, 'message'), failed]);
  await worker.terminate();
  return result;
}

for (const [file, how] of [
  ['worker-esm.mjs', 'import (the node/import entry)'],
  ['worker-cjs.cjs', 'require (the node/require entry)'],
  ['worker-inline.mjs', 'import of /inline (the web glue, embedded wasm)'],
]) {
  test(`Node worker_threads: ${how} lists every certificate`, async () => {
    const result = await inWorker(file);
    assert.deepEqual(result.ids, await stateIds(mock));
    assert.deepEqual(result.error, { name: 'BadRequestError', status: 400, isAPIError: true, isBadRequestError: true });
    assert.equal(result.inspected.fingerprint_sha256, inspection.fingerprint_sha256);
    assert.equal(result.hasWindow, false);
  });
}

test('Node worker_threads: several workers at once, each with its own engine', async () => {
  const results = await Promise.all(['worker-esm.mjs', 'worker-esm.mjs', 'worker-inline.mjs'].map(inWorker));
  const ids = await stateIds(mock);
  for (const result of results) assert.deepEqual(result.ids, ids);
});
