// A consumer app bundled by Vite, webpack 5 and esbuild lists the mock's certificates in headless
// Chromium, on the page and in a dedicated module worker, and sees the package's error classes.
// Each bundler builds once per run (bundle.mjs); the byte costs go to test-output/ecosystem/bytes.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { app, bundle, compressed, sizes } from './bundle.mjs';
import { useBrowser } from './browser.mjs';
import { expectedInspection, installed, out } from './paths.mjs';

const browser = useBrowser();
const bytes = {};
const runs = {};
const inspection = await expectedInspection();

/** Error names must survive the production build's minifier (which renames classes). */
function assertErrorNames({ result }, where) {
  for (const side of ['page', 'worker']) assert.equal(result[side].error.name, 'BadRequestError', `${where} ${side}: error.name`);
}

/** What the app must report: every id once, newest first, and the real error classes. */
function assertListed({ result, problems, ids }, where) {
  assert.deepEqual(problems, [], `${where}: no page errors, console errors or failed loads`);
  assert.equal(result.failure, undefined, `${where}: ${result.failure}`);
  for (const side of ['page', 'worker']) {
    const r = result[side];
    assert.equal(r.ids.length, 250, `${where} ${side}: every certificate`);
    assert.deepEqual(r.ids, ids, `${where} ${side}: newest first, once each`);
    assert.deepEqual(r.firstPage, { object: 'list', length: 5, hasNextPage: true });
    assert.equal(r.inspected.fingerprint_sha256, inspection.fingerprint_sha256, `${where} ${side}: inspectCertificate (second wasm)`);
    assert.ok(r.inspected.subject.includes(`CN=${inspection.subjectCN}`), r.inspected.subject);
    const { name, ...error } = r.error;
    assert.deepEqual(error, { isBadRequestError: true, isAPIError: true, isStatic: true, status: 400, param: 'after' },
      `${where} ${side}: a 400 is a BadRequestError`);
  }
  assert.equal(result.page.hasWindow, true);
  assert.deepEqual([result.worker.hasWindow, result.worker.hasDocument], [false, false], 'the worker has no window or document');
}

/** The two emitted .wasm files (client, inspector) are each loaded by the page and by the worker, once each. */
function wasmOncePerRealm(requests) {
  const counts = new Map();
  for (const path of requests.filter((p) => p.endsWith('.wasm'))) counts.set(path, (counts.get(path) ?? 0) + 1);
  return counts.size === 2 && [...counts.values()].every((n) => n === 2);
}

const cases = [
  ['vite', 'follows new URL(…, import.meta.url): the .wasm is an asset', wasmOncePerRealm],
  ['webpack', 'follows new URL(…, import.meta.url): the .wasm is an asset', wasmOncePerRealm],
  ['esbuild', 'uses the /inline entry: no .wasm request at all', (req) => req.every((p) => !p.endsWith('.wasm'))],
];

for (const [name, how, checkRequests] of cases) {
  test(`${name}: the bundled app lists certificates on the page and in a worker (${how})`, async (t) => {
    const started = Date.now();
    const dir = await bundle(name);
    t.diagnostic(`${name} build: ${Date.now() - started} ms`);
    bytes[name] = sizes(dir);
    const run = await browser.open(dir);
    assertListed(run, name);
    assert.ok(checkRequests(run.requests), `${name} requests: ${run.requests.join(' ')}`);
    runs[name] = run;
  });

  test(`${name}: error.name is the class name after minification ("BadRequestError: …" in logs)`, () => {
    assert.ok(runs[name], 'needs the app run above');
    assertErrorNames(runs[name], name);
  });
}

test('esbuild on the default entry: the error names the .wasm it did not copy, and the fix (/inline)', async () => {
  const { result } = await browser.open(await bundle('esbuild-default'));
  const failure = result.failure ?? '';
  assert.match(failure, /^OpenAIError: /, 'one of the package\'s error classes, not a bare Error');
  assert.match(failure, /404 Not Found fetching '[^']*\/openai_admin_certificates_bg\.wasm'/);
  assert.match(failure, /import 'openai-admin-certificates\/inline' instead/);
});

test('vite dev server: the app lists certificates unbundled, through the dependency optimizer', async () => {
  const { createServer } = await import('vite');
  const mock = await browser.mock();
  const server = await createServer({
    root: app,
    configFile: false,
    logLevel: 'warn',
    cacheDir: join(out, 'vite-dev-cache'),
    server: { host: '127.0.0.1', port: 0, strictPort: false, proxy: { '/v1': mock.url } },
  });
  try {
    await server.listen();
    const run = await browser.visit(server.resolvedUrls.local[0], mock);
    run.problems = run.problems.filter((p) => !/\[vite\]/.test(p));
    assertListed(run, 'vite dev');
    assertErrorNames(run, 'vite dev');
  } finally {
    await server.close();
  }
});

test('byte cost of /inline: minified esbuild bundles of each entry, against the separate .wasm files', async (t) => {
  const report = { 'on load (the client)': {}, 'on first inspectCertificate()': {} };
  const plain = await splitBundle('openai-admin-certificates');
  const inline = await splitBundle('openai-admin-certificates/inline');
  const wasm = (stem) => compressed(readFileSync(join(installed, `wasm/web/${stem}_bg.wasm`)));
  const engine = wasm('openai_admin_certificates');
  const inspector = wasm('openai_admin_certificates_inspect');
  for (const key of ['bytes', 'gzip', 'brotli']) {
    for (const [when, part, separateWasm] of [['on load (the client)', 'initial', engine], ['on first inspectCertificate()', 'lazy', inspector]]) {
      const separate = plain[part][key] + separateWasm[key];
      const inlined = inline[part][key];
      report[when][key] = { 'js + .wasm': separate, '/inline js': inlined, extra: inlined - separate, percent: +((100 * (inlined - separate)) / separate).toFixed(1) };
      t.diagnostic(`${when}, ${key}: browser entry ${plain[part][key]} + .wasm ${separateWasm[key]} = ${separate}; /inline ${inlined}: +${inlined - separate} (+${report[when][key].percent}%)`);
    }
  }
  writeFileSync(join(out, 'bytes.json'), JSON.stringify({ inline: report, builds: bytes }, null, 2));
  // Base64 is 4/3 of the wasm, and compresses about as much worse: the extra stays under 40%.
  for (const when of Object.values(report)) for (const r of Object.values(when)) assert.ok(r.percent < 40, JSON.stringify(report));
});

/** An app importing `specifier`, bundled by esbuild with code splitting: the bytes loaded at start and later. */
async function splitBundle(specifier) {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: `export * from '${specifier}'; export { default } from '${specifier}';`, resolveDir: app, loader: 'js' },
    bundle: true, format: 'esm', platform: 'browser', minify: true, splitting: true, outdir: join(out, 'bytes'),
    write: false, metafile: true, logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint);
  const initial = new Set();
  const visit = (file) => {
    if (initial.has(file)) return;
    initial.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  const sum = { initial: { bytes: 0, gzip: 0, brotli: 0 }, lazy: { bytes: 0, gzip: 0, brotli: 0 } };
  for (const file of result.outputFiles) {
    const rel = file.path.slice(process.cwd().length + 1);
    const part = initial.has(rel) ? sum.initial : sum.lazy;
    for (const [key, value] of Object.entries(compressed(file.contents))) part[key] += value;
  }
  return sum;
}
