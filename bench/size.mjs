// Scenario 5, size: the same certificates-only app (apps/) bundled with esbuild (browser, ESM,
// minified) over this package and over the official SDK; gzip (level 9) and brotli (quality 11)
// bytes, from node:zlib, of everything the browser loads to run it: the bundle plus, for this
// package, the .wasm file(s). Which files those are is observed, not assumed: every
// `new URL("*.wasm", import.meta.url)` in the bundle is copied beside it, the page is loaded once in
// Chromium from the mock, and the .js/.wasm files it fetched are the ones counted (any copied file
// the page never fetched is listed apart). Target: ours at most 60,000 B gzip; when over the official
// SDK's app it prints where the bytes are and how many must go to reach it, and what serde,
// serde-wasm-bindgen and gloo-net cost in the wasm (lib/crates.mjs).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch, loadApp } from './lib/browser.mjs';
import { startMock } from './lib/mock.mjs';
import { BENCH, WORK } from './lib/work.mjs';
import { wasmBreakdown } from './lib/wasm-sections.mjs';
import { crateCosts } from './lib/crates.mjs';

const BUDGET = 60_000;
export const APPS = ['ours', 'official'];

/** Builds both apps into bench/.work/apps/<kind>/ and returns `{ kind: { dir, files, inputs } }`. */
export async function buildApps() {
  const out = {};
  for (const kind of APPS) {
    const dir = `${WORK}/apps/${kind}`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const result = await build({
      absWorkingDir: BENCH, // metafile input paths are relative to it
      entryPoints: [`${BENCH}/apps/app-${kind}.mjs`],
      outfile: `${dir}/app.js`,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      metafile: true,
      legalComments: 'none',
      nodePaths: [`${WORK}/node_modules`], // this package, as installed from its tarball
      logLevel: 'error',
    });
    copyFileSync(`${BENCH}/apps/index.html`, `${dir}/index.html`);
    const files = [`${dir}/app.js`];
    const output = Object.values(result.metafile.outputs)[0];
    const bundle = readFileSync(`${dir}/app.js`, 'utf8');
    for (const m of bundle.matchAll(/new URL\(\s*["'`]([^"'`]+\.wasm)["'`]\s*,\s*import\.meta\.url\s*\)/g)) {
      const source = Object.keys(output.inputs)
        .map((input) => path.resolve(BENCH, path.dirname(input), m[1]))
        .find((candidate) => exists(candidate));
      if (!source) throw new Error(`${kind}: cannot find ${m[1]} referenced by the bundle`);
      copyFileSync(source, `${dir}/${path.basename(m[1])}`);
      files.push(`${dir}/${path.basename(m[1])}`);
    }
    out[kind] = { dir, files: [...new Set(files)], inputs: output.inputs };
  }
  return out;
}

function exists(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export function compressed(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

const sum = (list, f) => list.reduce((s, x) => s + x[f], 0);

/** The .js/.wasm files of each app's directory that its page fetches when loaded cold. */
async function loadedFiles(apps) {
  const statics = APPS.flatMap((k) => ['--static', `/${k}=${apps[k].dir}`]);
  const mock = await startMock(['--no-key', '--count', '250', ...statics]);
  const browser = await launch();
  try {
    const out = {};
    for (const kind of APPS) {
      const { loaded } = await loadApp(browser, `${mock.url}/${kind}/`, 250);
      out[kind] = loaded.filter((l) => l.path.startsWith(`/${kind}/`)).map((l) => `${apps[kind].dir}/${l.path.slice(kind.length + 2)}`);
    }
    return out;
  } finally {
    await browser.close();
    await mock.close();
  }
}

export async function scenario({ log, apps }) {
  const loaded = await loadedFiles(apps);
  const byKind = {};
  for (const kind of APPS) {
    const files = loaded[kind].map((file) => ({ file: path.basename(file), ...compressed(readFileSync(file)) }));
    const notLoaded = apps[kind].files.filter((f) => !loaded[kind].includes(f)).map((f) => path.basename(f));
    byKind[kind] = { files, notLoaded, raw: sum(files, 'raw'), gzip: sum(files, 'gzip'), brotli: sum(files, 'brotli') };
    log(`  size ${kind.padEnd(8)} ${files.map((f) => `${f.file} ${f.gzip} B gz`).join(' + ')} = ${byKind[kind].gzip} B gzip, ${byKind[kind].brotli} B brotli` +
      (notLoaded.length ? ` (bundle also references ${notLoaded.join(', ')}, not loaded)` : ''));
  }
  const ours = byKind.ours;
  const stretch = byKind.official.gzip;
  const crates = crateCosts();
  for (const g of crates.groups) log(`  wasm: ${g.name}: ${g.raw} B, ${g.gzip} B gzip alone`);
  return {
    byKind,
    ratio: { gzip: ours.gzip / byKind.official.gzip, brotli: ours.brotli / byKind.official.brotli },
    toReachStretch: ours.gzip > stretch ? { bytes: stretch, ...breakdown(apps.ours, loaded.ours, ours.gzip - stretch) } : null,
    crates,
    target: { text: 'ours <= 60,000 B gzip (bundle + wasm loaded)', met: ours.gzip <= BUDGET },
  };
}

/** Where this package's shipped bytes are, and what reaching the official SDK's size would take. */
function breakdown(app, loaded, excess) {
  const bundleBytes = readFileSync(app.files[0]);
  const bundleGz = gzipSync(bundleBytes, { level: 9 }).length;
  // Minified bytes per source file (esbuild metafile); gzip shared out in proportion (an estimate).
  const groups = {};
  for (const [input, { bytesInOutput }] of Object.entries(app.inputs)) {
    const group = /wasm\/web\//.test(input)
      ? `wasm-bindgen glue ${input.slice(input.indexOf('wasm/web/'))}`
      : /openai-admin-certificates\/dist\//.test(input)
        ? 'package wrapper (dist/*.mjs)'
        : 'the app (apps/*.mjs)';
    groups[group] = (groups[group] ?? 0) + bytesInOutput;
  }
  const total = Object.values(groups).reduce((a, b) => a + b, 0) || 1;
  const parts = Object.entries(groups).map(([name, bytes]) => ({
    name,
    raw: bytes,
    gzip: Math.round((bundleGz * bytes) / total),
  }));
  const wasmFiles = loaded.filter((f) => f.endsWith('.wasm'));
  const wasm = wasmFiles.map((f) => wasmBreakdown(readFileSync(f)));
  wasm.forEach((w, i) => {
    const file = wasmFiles.length > 1 ? `${path.basename(wasmFiles[i])} ` : 'wasm ';
    for (const s of w.sections) parts.push({ name: `${file}${s.name} section`, raw: s.raw, gzip: s.gzip });
  });
  parts.sort((a, b) => b.gzip - a.gzip);
  return {
    excessGzip: excess,
    parts,
    largestFunctions: wasm.flatMap((w) => w.largestFunctions).slice(0, 8),
    dataStrings: wasm.map((w) => w.dataStrings),
  };
}
