// Assembles the npm package in pkg/: the hand-written parts of pkg-template/ and the wasm-pack
// output of both targets. Usage: node pkg-template/assemble.mjs <wasm-pack-out-dir> <pkg-dir>
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const [built, out] = process.argv.slice(2);
const template = new URL('.', import.meta.url).pathname;
const glue = ['openai_admin_certificates.js', 'openai_admin_certificates_bg.wasm'];

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'dist'), { recursive: true });
for (const target of ['node', 'web']) {
  mkdirSync(join(out, 'wasm', target), { recursive: true });
  for (const file of glue) {
    // The package is "type": "module", so the CommonJS glue of the nodejs target must say .cjs.
    const name = target === 'node' ? file.replace(/\.js$/, '.cjs') : file;
    cpSync(join(built, target, file), join(out, 'wasm', target, name));
  }
}
for (const file of ['package.json', 'index.d.ts', 'README.md']) cpSync(join(template, file), join(out, file));
for (const file of ['LICENSE-MIT', 'LICENSE-APACHE']) cpSync(join(template, '..', file), join(out, file));
cpSync(join(template, 'src'), join(out, 'dist'), { recursive: true, filter: (f) => !f.endsWith('.cjs') });

// require() gets one CommonJS file; the wasm glue stays a separate (lazily required) file.
await build({
  entryPoints: [join(template, 'src', 'node-cjs.cjs')],
  outfile: join(out, 'dist', 'node.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['../wasm/*'],
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: "const import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
