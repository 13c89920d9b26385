#!/usr/bin/env node
// Renames a wasm-bindgen module's imports and exports to one- or two-letter names, in the .wasm and
// in its JS glue together: `node .ci/minify-names.mjs <module_bg.wasm> <glue.js>` (after wasm-opt).
//
// Why: wasm-bindgen names every import `__wbg_<name>_<16 hex digits>` and the closure exports after
// their full Rust types; those names are written twice (the .wasm's import and export sections and
// the glue's import object, which no JS minifier may rename) and the hex digits do not compress.
// Renaming them saves about 1.5 KB gzip of the client's 50 KB. wasm-opt does the renaming in the
// .wasm (`--minify-imports-and-exports-and-modules`) and prints the mapping; this script applies
// the same mapping to the glue and fails the build if any old name is left or a new one is missing.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node .ci/minify-names.mjs <module_bg.wasm> <glue.js>');
  process.exit(2);
}
const features = ['reference-types', 'bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'multivalue', 'mutable-globals'];
const printed = execFileSync(
  'wasm-opt',
  [...features.map((f) => `--enable-${f}`), '--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath],
  { encoding: 'utf8' },
);
const { imports, exports } = JSON.parse(printed);

let glue = readFileSync(gluePath, 'utf8');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Replaces every match of `pattern` (one at least) through `to`, or fails naming `what`. */
function rewrite(pattern, to, what) {
  let count = 0;
  glue = glue.replace(pattern, (...m) => (count++, to(...m)));
  if (count === 0) throw new Error(`${gluePath}: ${what} not found`);
}

// The import object: `"./<stem>_bg.js": import0` becomes module `a` (wasm-opt's one module name).
const modules = [...new Set(imports.map(([module]) => module))];
for (const module of modules) rewrite(new RegExp(`(["'])${escape(module)}\\1(\\s*:)`, 'g'), (_, __, colon) => `a${colon}`, `import module ${module}`);
// Each import is a key of that object (`__wbg_fetch_0123…: function(…)`).
for (const [, name, short] of imports) {
  rewrite(new RegExp(`(^|[\\s,{])${escape(name)}(\\s*:)`, 'gm'), (_, before, colon) => `${before}${short}${colon}`, `import ${name}`);
}
// Each export is read as `wasm.<name>`.
for (const [name, short] of exports) {
  if (!new RegExp(`\\bwasm\\.${escape(name)}\\b`).test(glue)) continue; // exported, never called by the glue
  rewrite(new RegExp(`\\bwasm\\.${escape(name)}\\b`, 'g'), () => `wasm.${short}`, `export ${name}`);
}
for (const [, name] of imports) {
  if (glue.includes(name)) throw new Error(`${gluePath}: import ${name} is still referenced`);
}
for (const [name] of exports) {
  if (new RegExp(`\\bwasm\\.${escape(name)}\\b`).test(glue)) throw new Error(`${gluePath}: export ${name} is still referenced`);
}
writeFileSync(gluePath, glue);
console.log(`minify-names: ${gluePath}: ${imports.length} imports, ${exports.length} exports renamed`);
