// What serde, serde-wasm-bindgen and gloo-net cost in the shipped client wasm. The wasm cargo built
// for the package (target/ship-*-client) goes through the same wasm-bindgen and wasm-opt steps as
// .ci/build-pkg, but keeping the function names; each function body is then counted for the crate
// its name says it comes from (monomorphized code counts for the generic crate: the derived
// `Deserialize` of a wire type for serde, a `Deserializer` method for serde-wasm-bindgen), and each
// group's bodies are gzipped together. The names section is not shipped, so these are the shipped
// bodies; gzip of a group alone overstates its share of the whole a little.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { functionBodies } from './wasm-sections.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Groups in the order a name is matched: the first that matches counts it. */
const GROUPS = [
  ['serde-wasm-bindgen (reading JS values, writing request bodies)', /serde_wasm_bindgen/],
  ['gloo-net (Headers, Response)', /gloo_net|gloo_utils/],
  ["hashbrown (serde-wasm-bindgen's field-name cache)", /hashbrown/],
  ["core::fmt and float formatting (serde's error messages)", /core\[\w+\]::fmt|core::fmt|flt2dec|float_to_decimal|fmt::num/],
  ['serde (derived Deserialize/Serialize of the wire types, serde_core)', /serde_core|serde\[|serde::|::wire::/],
];

/** A function's name without its generic arguments: whose code it is, not what it was built for. */
function owner(name) {
  let out = name;
  for (let before = ''; before !== out; ) [before, out] = [out, out.replace(/::<[^<>]*>/g, '')];
  return out;
}

/** `{ groups: [{ name, functions, raw, gzip }], codeRaw, codeGzip }`, or `null` without the build. */
export function crateCosts() {
  const toolchain = readFileSync(`${ROOT}/.ci/toolchain`, 'utf8').trim();
  const built = `${ROOT}/target/ship-${toolchain}-client/wasm32-unknown-unknown/release/openai_admin_certificates.wasm`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crates-'));
  try {
    const env = { ...process.env, PATH: `${ROOT}/node_modules/.bin:${os.homedir()}/.cargo/bin:${process.env.PATH}` };
    const run = (cmd, args) => execFileSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    run('wasm-bindgen', ['--target', 'web', '--out-dir', dir, '--no-typescript', '--weak-refs', '--keep-debug', built]);
    // The flags of .ci/build-pkg's wasm-opt call, up to its input file.
    const call = readFileSync(`${ROOT}/.ci/build-pkg`, 'utf8').match(/\n\s*wasm-opt ([\s\S]*?)"\$to/);
    if (!call) throw new Error('no wasm-opt call found in .ci/build-pkg');
    const optFlags = call[1].replace(/\\\n/g, ' ').split(/\s+/).filter(Boolean);
    run('wasm-opt', ['-g', ...optFlags, `${dir}/openai_admin_certificates_bg.wasm`, '-o', `${dir}/named.wasm`]);
    const functions = functionBodies(readFileSync(`${dir}/named.wasm`));
    const bodies = new Map(GROUPS.map(([name]) => [name, []]));
    for (const f of functions) {
      const group = GROUPS.find(([, pattern]) => pattern.test(owner(f.name)));
      if (group) bodies.get(group[0]).push(f.body);
    }
    const all = Buffer.concat(functions.map((f) => f.body));
    return {
      groups: GROUPS.map(([name]) => {
        const joined = Buffer.concat(bodies.get(name));
        return { name, functions: bodies.get(name).length, raw: joined.length, gzip: joined.length ? gzipSync(joined, { level: 9 }).length : 0 };
      }),
      codeRaw: all.length,
      codeGzip: gzipSync(all, { level: 9 }).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
