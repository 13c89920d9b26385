// The size budget of `make test`: the certificates-only app of the benchmarks (bench/apps/,
// `for await` over every certificate into a table) bundled by esbuild (browser, ESM, minified) over
// the package as installed by tests/package/install.mjs, plus every .wasm the bundle references,
// gzip -9. Fails when the whole app, or either wasm alone, is over its budget. An inspector wasm
// referenced by a list-only app counts too, so letting it ride along fails the budget.
// `node tests/tools/app-size.mjs <app budget> <client wasm budget> <inspector wasm budget>`.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '../..');
const installed = join(root, 'test-output/consumer/node_modules');
const [appBudget, clientBudget, inspectBudget] = process.argv.slice(2).map(Number);
if (![appBudget, clientBudget, inspectBudget].every(Number.isInteger)) {
  console.error('usage: node tests/tools/app-size.mjs <app budget> <client wasm budget> <inspector wasm budget>');
  process.exit(2);
}
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

const result = await build({
  entryPoints: [join(root, 'bench/apps/app-ours.mjs')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  metafile: true,
  legalComments: 'none',
  nodePaths: [installed],
  logLevel: 'error',
});
const bundle = result.outputFiles[0].contents;
const inputs = Object.keys(Object.values(result.metafile.outputs)[0].inputs);
const wasm = [...new TextDecoder().decode(bundle).matchAll(/new URL\(\s*["'`]([^"'`]+\.wasm)["'`]\s*,\s*import\.meta\.url\s*\)/g)]
  .map((m) => m[1].split('/').pop())
  .map((name) => {
    const glue = inputs.find((input) => input.includes('/wasm/web/'));
    if (!glue) throw new Error(`the bundle references ${name} but includes no wasm glue`);
    return { name, gzip: gzip(readFileSync(join(dirname(resolve(glue)), name))) };
  });

let failed = false;
const check = (what, bytes, budget) => {
  const ok = bytes <= budget;
  failed ||= !ok;
  console.log(`${ok ? 'ok' : 'OVER'}  ${what}: ${bytes.toLocaleString('en-US')} B gzip (budget ${budget.toLocaleString('en-US')})`);
};
const js = gzip(bundle);
check('the certificates app (JS + wasm it loads)', js + wasm.reduce((sum, w) => sum + w.gzip, 0), appBudget);
console.log(`    JS bundle ${js.toLocaleString('en-US')} B; ${wasm.map((w) => `${w.name} ${w.gzip.toLocaleString('en-US')} B`).join(', ') || 'no wasm'}`);
if (wasm.length !== 1) {
  failed = true;
  console.log(`OVER  the app must load exactly one wasm, the client's; it references ${wasm.length}`);
}
const shipped = (name) => gzip(readFileSync(join(root, 'pkg/wasm/web', name)));
check('client wasm', shipped('openai_admin_certificates_bg.wasm'), clientBudget);
check('inspector wasm', shipped('openai_admin_certificates_inspect_bg.wasm'), inspectBudget);
process.exit(failed ? 1 : 0);
