// Builds the consumer app (test-output/ecosystem/consumer/apps/browser) with each bundler, the way a
// user's production build would: default options plus what each bundler's docs say for an app.
// `node tests/ecosystem/bundle.mjs vite|webpack|esbuild` builds one by hand (after setup.mjs).
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { consumer, out } from './paths.mjs';

export const app = join(consumer, 'apps', 'browser');
/** The output directory of one bundler's build. */
export const dist = (name) => join(out, 'dist', name);

/** Vite (Rolldown underneath): index.html is the entry; the .wasm and the worker become assets. */
async function vite(outDir) {
  const { build } = await import('vite');
  await build({
    root: app,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true }, // and Vite's default worker.format, 'iife'
  });
}

/** webpack 5: `new URL(…, import.meta.url)` turns the .wasm into an asset and the worker into a chunk. */
async function webpack(outDir) {
  const { default: webpack } = await import('webpack');
  const compiler = webpack({
    mode: 'production',
    context: app,
    entry: './main.js',
    target: 'web',
    output: { path: outDir, filename: 'main.js', clean: true },
    performance: { hints: false },
  });
  const stats = await promisify(compiler.run.bind(compiler))();
  await promisify(compiler.close.bind(compiler))();
  if (stats.hasErrors() || stats.hasWarnings()) throw new Error(stats.toString({ all: false, errors: true, warnings: true }));
  copyFileSync(join(app, 'index.html'), join(outDir, 'index.html'));
}

/**
 * esbuild: the `/inline` entry; page and worker as two entry points sharing one chunk (so the
 * embedded wasm is downloaded once), ESM, minified.
 */
async function esbuild(outDir) {
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: app,
    entryPoints: { main: './main-inline.js', 'worker-inline': './worker-inline.js' },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    minify: true,
    logLevel: 'silent',
  });
  if (result.warnings.length) throw new Error(JSON.stringify(result.warnings));
  copyFileSync(join(app, 'index.html'), join(outDir, 'index.html'));
}

/** esbuild on the default entry: it bundles, but leaves `new URL('….wasm', import.meta.url)` alone. */
async function esbuildDefault(outDir) {
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  await build({
    absWorkingDir: app, entryPoints: { main: './main.js', worker: './worker.js' }, outdir: outDir,
    bundle: true, format: 'esm', splitting: true, platform: 'browser', minify: true, logLevel: 'silent',
  });
  copyFileSync(join(app, 'index.html'), join(outDir, 'index.html'));
}

export const bundlers = { vite, webpack, esbuild, 'esbuild-default': esbuildDefault };

/** Builds the app with bundler `name` into `dist(name)` and returns that directory. */
export async function bundle(name) {
  const outDir = dist(name);
  mkdirSync(outDir, { recursive: true });
  await bundlers[name](outDir);
  return outDir;
}

/** The size of `bytes`, gzip -9 and brotli -11 (what a server would send). */
export function compressed(bytes) {
  return {
    bytes: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Every file of a build with its size, gzip -9 and brotli sizes (what a server would send). */
export function sizes(dir) {
  const files = [];
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.push({ file: path.slice(dir.length + 1), ...compressed(readFileSync(path)) });
    }
  };
  walk(dir);
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

if (import.meta.main ?? process.argv[1] === import.meta.filename) {
  for (const name of process.argv.slice(2)) {
    console.log(`${name}: ${await bundle(name)}`);
    console.table(sizes(dist(name)));
  }
}
