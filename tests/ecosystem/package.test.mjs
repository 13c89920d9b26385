// Package hygiene: `npm pack` ships only what users need (and everything it ships is used: the
// library's entries, the command line's `bin` and the admin console it serves), the manifest says
// `sideEffects: false` and bundlers can act on it, and publint finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { consumer, installed, pkg } from './paths.mjs';

const run = promisify(execFile);
const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
const [packed] = JSON.parse((await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pkg })).stdout);
const files = packed.files.map((f) => f.path).sort();

const metadata = ['LICENSE-APACHE', 'LICENSE-MIT', 'README.md', 'index.d.cts', 'index.d.ts', 'package.json'];
const shapes = [
  /^dist\/[\w-]+\.(mjs|cjs)$/, /^dist\/wasm-base64\/\w+_bg\.mjs$/, /^wasm\/node\/\w+(\.cjs|_bg\.wasm)$/, /^wasm\/web\/\w+(\.js|_bg\.wasm)$/,
  /^bin\/[\w-]+\.mjs$/, /^types\/[\w-]+\.d\.ts$/, /^dist\/cli\/([\w-]+\/)*[\w-]+\.mjs$/, /^console\/[\w-]+\.(mjs|html|css)$/,
];

test('npm pack: metadata, dist/ and the wasm builds only; every entry point is in it', (t) => {
  t.diagnostic(`${files.length} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
  const unexpected = files.filter((f) => !metadata.includes(f) && !shapes.some((shape) => shape.test(f)));
  assert.deepEqual(unexpected, [], 'no sources, maps, tests, wasm-pack leftovers (.d.ts, package.json, .gitignore)');
  for (const file of metadata) assert.ok(files.includes(file), `${file} is packed`);
  const values = (node) => (typeof node === 'string' ? [node] : Object.values(node).flatMap(values));
  const targets = values(manifest.exports).concat(manifest.main, manifest.module, manifest.types, values(manifest.bin).map((f) => `./${f}`));
  for (const target of new Set(targets)) assert.ok(files.includes(target.slice(2)), `${target} (exports/main/module/types) is packed`);
  assert.ok(packed.unpackedSize < 3_000_000, `unpacked size ${packed.unpackedSize} stays under 3 MB`);
});

test('npm pack: every shipped module is used by an entry point (no dead files)', async () => {
  // What esbuild's bundles of each entry read, plus what those files name (the .wasm loaded by
  // `new URL(…)` or by path, the nodejs glue loaded through createRequire).
  // The console's modules import the library from where its server mounts it (`../pkg/dist/`).
  const entries = ['dist/browser.mjs', 'dist/node.mjs', 'dist/inline.mjs', 'dist/node.cjs', 'dist/workerd.mjs', 'bin/openai-admin-certificates.mjs', 'console/app.mjs'];
  const reachable = new Set(entries);
  for (const entry of entries) {
    const { metafile } = await build({
      entryPoints: [join(installed, entry)], bundle: true, write: false, metafile: true, platform: 'node',
      format: 'esm', outdir: join(consumer, 'unused'), logLevel: 'silent',
      external: ['*.wasm', '/pkg/*', '../pkg/*'], // .wasm imported as modules by the Workers entry
    });
    for (const input of Object.keys(metafile.inputs)) reachable.add(input.slice(input.indexOf('openai-admin-certificates/') + 26));
  }
  reachable.add('console/index.html'); // the console's page: what names its stylesheet
  const texts = [...reachable].map((f) => readFileSync(join(installed, f), 'utf8')).join('\n');
  // A declaration file under types/ is used when index.d.ts re-exports it.
  const declarations = readFileSync(join(installed, 'index.d.ts'), 'utf8');
  const declared = (f) => f.startsWith('types/') && declarations.includes(`'./${f.replace(/\.d\.ts$/, '.js')}'`);
  const unused = files.filter((f) => !metadata.includes(f) && !reachable.has(f) && !texts.includes(basename(f)) && !declared(f));
  assert.deepEqual(unused, []);
});

test('sideEffects: false, and a bundler drops what an app does not use', async () => {
  assert.equal(manifest.sideEffects, false);
  assert.equal(manifest.type, 'module');
  const bundle = async (contents) => {
    const result = await build({
      stdin: { contents, resolveDir: consumer }, bundle: true, write: false, format: 'esm', platform: 'browser',
      minify: true, outdir: join(consumer, 'unused'), logLevel: 'silent',
    });
    return result.outputFiles.map((f) => f.text).join('');
  };
  const onlyAnError = await bundle("import { NotFoundError } from 'openai-admin-certificates'; console.log(NotFoundError);");
  assert.ok(!onlyAnError.includes('_bg.wasm'), 'importing an error class alone pulls in no wasm glue');
  assert.ok(onlyAnError.length < 5_000, `an error class alone bundles to ${onlyAnError.length} bytes`);
  const sideEffectOnly = await bundle("import 'openai-admin-certificates';");
  assert.ok(sideEffectOnly.trim().length < 100, `a bare import bundles to ${sideEffectOnly.length} bytes`);
  const client = await bundle("import OpenAI from 'openai-admin-certificates'; console.log(new OpenAI());");
  assert.ok(client.includes('openai_admin_certificates_bg.wasm'), 'the client still finds its wasm');
});

test('publint (strict, suggestions included) finds nothing', async () => {
  const { messages } = await publint({ pkgDir: pkg, level: 'suggestion', strict: true, pack: 'npm' });
  assert.deepEqual(messages.map((m) => `${m.type}: ${formatMessage(m, manifest)}`), []);
});
