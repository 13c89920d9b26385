// Cloudflare Workers: apps/workerd/worker.js bundled the way wrangler bundles a Worker (esbuild with
// the `workerd`, `worker` and `browser` conditions; each imported .wasm left external, copied beside
// the script and declared as a wasm module), then served by workerd itself (the npm `workerd`
// package, offline) on loopback, where it lists every certificate of the mock.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { startMock } from '../mock/server.mjs';
import { assertRawResponses } from './expect.mjs';
import { bin, consumer, expectedInspection, out } from './paths.mjs';
import { freePort } from '../tools/free-port.mjs';

const KEY = 'sk-admin-mock';
const dir = join(out, 'workerd');
const inspection = await expectedInspection();
let mock;
let worker;
let bundled;

before(async () => {
  mock = await startMock({ count: 250, key: KEY });
  bundled = await bundleWorker();
  worker = await serve(bundled.modules);
});
after(async () => {
  await worker?.close();
  await mock?.close();
});

/**
 * Bundles the worker as wrangler does: its conditions, ESM, and a plugin standing in for wrangler's
 * module rules (`*.wasm` → CompiledWasm): each .wasm is copied beside the bundle and stays an import.
 * Returns the metafile and the modules workerd must be given, the bundle first.
 */
async function bundleWorker() {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const wasm = new Set();
  const wasmModules = {
    name: 'wasm-modules',
    setup(b) {
      b.onResolve({ filter: /\.wasm$/ }, ({ path, resolveDir }) => {
        const file = join(resolveDir, path);
        copyFileSync(file, join(dir, basename(file)));
        wasm.add(basename(file));
        return { path: `./${basename(file)}`, external: true };
      });
    },
  };
  const { metafile } = await build({
    entryPoints: [join(consumer, 'apps', 'workerd', 'worker.js')],
    outfile: join(dir, 'worker.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    plugins: [wasmModules],
    metafile: true,
    logLevel: 'warning',
  });
  return { metafile, modules: ['worker.mjs', ...[...wasm].sort()] };
}

/** Whether something accepts connections on the loopback `port` (without making a request). */
function listening(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(true) || socket.destroy());
    socket.once('error', () => resolve(false));
  });
}

/** Serves the bundle with workerd on a loopback port; outbound requests may reach loopback (the mock). */
async function serve(modules) {
  const port = await freePort();
  const module = (name) => (name.endsWith('.wasm') ? `(name = "${name}", wasm = embed "${name}")` : `(name = "${name}", esModule = embed "${name}")`);
  writeFileSync(join(dir, 'config.capnp'), `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local", "private", "public"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [${modules.map(module).join(', ')}],
  compatibilityDate = "2025-09-01",
  bindings = [(name = "BASE_URL", text = "${mock.baseURL}"), (name = "ADMIN_KEY", text = "${KEY}")],
  globalOutbound = "loopback",
);
`);
  const child = spawn(bin('workerd'), ['serve', join(dir, 'config.capnp')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (c) => (log += c));
  child.stderr.on('data', (c) => (log += c));
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); ; await new Promise((r) => setTimeout(r, 100))) {
    if (child.exitCode !== null) throw new Error(`workerd exited with ${child.exitCode}:\n${log}`);
    if (Date.now() - started > 30_000) throw new Error(`workerd did not listen:\n${log}`);
    if (await listening(port)) break;
  }
  return {
    url,
    log: () => log,
    close: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill()))),
  };
}

let result;
/** What the worker reports for GET / (asked once, shared by the tests). */
async function run() {
  result ??= await (await fetch(`${worker.url}/`)).json();
  return result;
}

test('wrangler conditions resolve the package (and /inline) to the workerd entry, with both .wasm as modules', () => {
  const inputs = Object.keys(bundled.metafile.inputs).map((f) => f.replace(/^.*node_modules\/openai-admin-certificates\//, ''));
  assert.ok(inputs.includes('dist/workerd.mjs'), inputs.join(' '));
  for (const other of ['dist/browser.mjs', 'dist/inline.mjs', 'dist/node.mjs']) assert.ok(!inputs.includes(other), other);
  assert.ok(!inputs.some((f) => f.startsWith('dist/wasm-base64/')), 'no base64 wasm: Workers may not compile bytes');
  assert.deepEqual(bundled.modules, ['worker.mjs', 'openai_admin_certificates_bg.wasm', 'openai_admin_certificates_inspect_bg.wasm']);
});

test('workerd: the Worker lists every certificate of the mock, and sees the error classes', async () => {
  const { listing } = await run();
  assert.equal(listing.failure, undefined, `${listing.failure}\n${worker.log()}`);
  const state = await (await fetch(`${mock.url}/__mock/state`)).json();
  assert.equal(listing.ids.length, 250);
  assert.deepEqual(listing.ids, state.ids, 'every id once, newest first');
  assert.deepEqual(listing.error, { name: 'BadRequestError', status: 400, isBadRequestError: true, param: 'after' });
  assert.equal(listing.inlineIsThisEntry, true, '/inline is the same entry in a Worker');
});

test('workerd: inspectCertificate loads the inspector module on first use', async () => {
  const { inspection: inspected } = await run();
  assert.equal(inspected.failure, undefined, inspected.failure);
  assert.equal(inspected.fingerprint_sha256, inspection.fingerprint_sha256);
  assert.ok(inspected.subject.includes(`CN=${inspection.subjectCN}`), inspected.subject);
});

test('workerd: withResponse(), _request_id and err.headers.get() as in the official SDK', async () => {
  assertRawResponses((await run()).raw, 'workerd');
});
