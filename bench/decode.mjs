// Decode-path benchmark (issue: "keep the fastest that still checks every field"): µs per
// 100-certificate page for (a) response.text() → serde_json in wasm → JS objects, (b) native
// response.json() → serde-wasm-bindgen into Rust types → back to JS, (c) native parse, checked in
// wasm, the same objects handed through, (d) response.text() → serde_json check in wasm → the
// runtime's JSON.parse builds the objects (what the package ships). Each path includes its parse.
// Builds the engine with the `decode-bench` feature (nodejs target) into target/wasm-pack/.
// Usage: node bench/decode.mjs [--json]   (BENCH_RUNS, default 5; BENCH_DECODE_PAGES, default 2000)
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'target/wasm-pack/decode-bench');
execFileSync('wasm-pack', ['build', '--release', '--mode', 'no-install', '--target', 'nodejs', '--out-dir', out,
  '--no-typescript', '--no-pack', '--', '--features', 'decode-bench'], { cwd: root, stdio: 'pipe' });
// The repository's package.json says "type": "module"; the nodejs glue is CommonJS.
copyFileSync(resolve(out, 'openai_admin_certificates.js'), resolve(out, 'openai_admin_certificates.cjs'));
const engine = createRequire(import.meta.url)(resolve(out, 'openai_admin_certificates.cjs'));

const page = {
  object: 'list',
  data: Array.from({ length: 100 }, (_, i) => ({
    object: 'organization.certificate',
    id: `cert_${String(i).padStart(24, '0')}`,
    name: i % 5 ? `Certificate ${i}` : null,
    active: i % 3 === 0,
    created_at: 1_795_000_000 - i * 60,
    certificate_details: { valid_at: 1_700_000_000 + i, expires_at: 1_900_000_000 + i },
  })),
  first_id: 'cert_000000000000000000000000',
  last_id: 'cert_000000000000000000000099',
  has_more: true,
};
const text = JSON.stringify(page);
const paths = {
  a: () => engine.decodePage('a', text),
  b: () => engine.decodePage('b', JSON.parse(text)),
  c: () => engine.decodePage('c', JSON.parse(text)),
  d: () => engine.decodePage('d', text),
};
for (const [name, run] of Object.entries(paths)) {
  const result = run();
  if (result.data.length !== 100 || result.data[7].name !== 'Certificate 7' || result.data[5].name !== null) {
    throw new Error(`path ${name} decoded wrongly`);
  }
}
const broken = JSON.stringify({ ...page, data: [{ ...page.data[0], created_at: 'x' }] });
for (const name of Object.keys(paths)) {
  const body = name === 'a' || name === 'd' ? broken : JSON.parse(broken);
  let refused = false;
  try {
    engine.decodePage(name, body);
  } catch {
    refused = true;
  }
  if (!refused) throw new Error(`path ${name} accepted a bad created_at`);
}

const runs = Number(process.env.BENCH_RUNS ?? 5);
const pages = Number(process.env.BENCH_DECODE_PAGES ?? 2000);
const median = (xs) => xs.toSorted((x, y) => x - y)[Math.floor(xs.length / 2)];
const results = {};
for (const [name, run] of Object.entries(paths)) {
  for (let i = 0; i < 200; i++) run(); // warm up
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < pages; i++) run();
    samples.push(Number(process.hrtime.bigint() - start) / 1000 / pages);
  }
  results[name] = median(samples);
}
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results));
} else {
  const labels = { a: 'text → serde_json in wasm → JS', b: 'json() → Rust types → JS', c: 'json() → checked in wasm, handed through', d: 'text() → serde_json check in wasm → JSON.parse' };
  for (const [name, us] of Object.entries(results)) {
    console.log(`(${name}) ${labels[name].padEnd(42)} ${us.toFixed(1).padStart(7)} µs/page  ${(us / results.c).toFixed(2)}× (c)`);
  }
}
