// The layering rules of the Rust code, checked mechanically (`make test-rust`):
// 1. the pure core (core/) depends on no JS crate, directly or not (`cargo tree`);
// 2. modules import only downwards: no import circle inside either crate, and the JS-facing
//    layer's modules keep their order (boundary → listing → transport → report → abort → js);
// 3. the shipped path composes no text and cannot panic by itself: no `format!` and friends,
//    `.to_string()`, `unwrap()` or `expect()` outside tests (the inspector, a wasm of its own
//    loaded only by `inspectCertificate`, is exempt from the text rule).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const problems = [];

// 1. No JS crate under the core.
const tree = execFileSync('cargo', ['tree', '--quiet', '-p', 'openai-admin-certificates-core', '-e', 'normal', '--all-features', '--prefix', 'none'], {
  cwd: root,
  encoding: 'utf8',
});
for (const crate of ['wasm-bindgen', 'js-sys', 'web-sys', 'wasm-bindgen-futures', 'gloo']) {
  if (tree.split('\n').some((line) => line.startsWith(`${crate} `) || line.startsWith(`${crate}-`))) {
    problems.push(`the pure core depends on ${crate}`);
  }
}

/** Every .rs file under `dir`. */
function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.rs') ? [path] : [];
  });
}

/** The module a file is (its first path component below src/), and the code outside tests. */
function read(file, srcDir) {
  const module = relative(srcDir, file).split('/')[0].replace(/\.rs$/, '');
  let code = readFileSync(file, 'utf8');
  if (/(^|\/)tests?\.rs$|(^|\/)tests\//.test(relative(srcDir, file))) code = '';
  // json_view.rs: native only (feature json-view, which the shipped crate never enables).
  if (/(^|\/)json_view\.rs$/.test(relative(srcDir, file))) code = '';
  // Drop `#[cfg(test)] mod tests { ... }` blocks (always last in a file here) and test-only modules.
  const at = code.search(/#\[cfg\(test\)\]\s*mod tests\s*\{/);
  if (at >= 0) code = code.slice(0, at);
  code = code.replace(/#\[cfg\(test\)\]\s*mod \w+;/g, '');
  // Doc comments and comments may mention anything.
  code = code.replace(/^\s*\/\/.*$/gm, '');
  return { module, code };
}

// 2. Import graphs without circles.
const layers = ['boundary', 'listing', 'transport', 'report', 'abort', 'js'];
for (const [crate, srcDir] of [['openai-admin-certificates', join(root, 'src')], ['core', join(root, 'core/src')]]) {
  const edges = new Map();
  for (const file of sources(srcDir)) {
    const { module, code } = read(file, srcDir);
    if (module === 'lib') continue;
    for (const [, used] of code.matchAll(/\bcrate::(\w+)/g)) {
      if (used !== module) (edges.get(module) ?? edges.set(module, new Set()).get(module)).add(used);
    }
  }
  const visiting = new Set();
  const done = new Set();
  const visit = (node, path) => {
    if (visiting.has(node)) return problems.push(`${crate}: import circle ${[...path, node].join(' → ')}`);
    if (done.has(node)) return;
    visiting.add(node);
    for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    visiting.delete(node);
    done.add(node);
  };
  for (const node of edges.keys()) visit(node, []);
  if (crate !== 'core') {
    for (const [from, tos] of edges) {
      for (const to of tos) {
        const [a, b] = [layers.indexOf(from), layers.indexOf(to)];
        if (a >= 0 && b >= 0 && b < a) problems.push(`${crate}: ${from} imports ${to}, a layer above it`);
      }
    }
  }
}

// 3. The shipped path composes no text and does not unwrap.
const forbidden = /\b(format|write|writeln|print|println|eprint|eprintln|panic|format_args|unreachable|todo|unimplemented)!|\.to_string\(\)|\.unwrap\(\)|\.expect\(/;
for (const [srcDir, exempt] of [[join(root, 'src'), null], [join(root, 'core/src'), /^inspect/]]) {
  for (const file of sources(srcDir)) {
    const rel = relative(srcDir, file);
    const { code } = read(file, srcDir);
    const lines = code.split('\n');
    lines.forEach((line, i) => {
      const hit = line.match(forbidden);
      if (!hit) return;
      // `Debug` impls print placeholders only and are never called on the shipped path.
      if (/f\.write_str\(/.test(line)) return;
      if (exempt?.test(rel) && !/unwrap|expect/.test(hit[0])) return;
      problems.push(`${relative(root, file)}:${i + 1}: ${hit[0]} on the shipped path`);
    });
  }
}

if (problems.length) {
  console.error(`check-layers: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log('check-layers: the core has no JS dependency, no import circles, no formatting or unwrap on the shipped path');
