// bench/.work/ (gitignored): this package installed as users install it (npm pack ../pkg, then
// npm install of the tarball), plus `ours.mjs`, a one-line re-export that lets the bench scripts
// import it by its package name, and built apps. Also child-process and statistics helpers.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const BENCH = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const WORK = `${BENCH}/.work`;
export const PKG = fileURLToPath(new URL('../../pkg', import.meta.url));
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Sizes and mtimes of everything in pkg/: equal before and after packing = not rebuilt meanwhile. */
function pkgStamp() {
  return readdirSync(PKG, { recursive: true })
    .sort()
    .map((f) => {
      const st = statSync(`${PKG}/${f}`);
      return `${f}:${st.size}:${st.mtimeMs}`;
    })
    .join('\n');
}

/**
 * Packs pkg/ and installs the tarball into bench/.work/ (fresh each run: pkg/ may have changed).
 * If pkg/ changes while it is packed (another `make pkg` running), packs again.
 */
export function installOurs() {
  for (let attempt = 1; ; attempt++) {
    const before = pkgStamp();
    const tgz = packAndInstall();
    if (pkgStamp() === before) return tgz;
    if (attempt === 3) throw new Error('pkg/ keeps changing while it is packed; run make bench again');
    execFileSync('sleep', ['10']);
  }
}

function packAndInstall() {
  mkdirSync(WORK, { recursive: true });
  for (const f of readdirSync(WORK)) if (f.endsWith('.tgz')) rmSync(`${WORK}/${f}`);
  rmSync(`${WORK}/node_modules`, { recursive: true, force: true });
  writeFileSync(`${WORK}/package.json`, '{ "name": "bench-work", "private": true, "type": "module" }\n');
  const out = execFileSync(NPM, ['pack', PKG, '--pack-destination', WORK, '--json'], { encoding: 'utf8' });
  const tgz = JSON.parse(out)[0].filename;
  execFileSync(NPM, ['install', '--no-audit', '--no-fund', '--no-save', '--no-package-lock', `./${tgz}`], {
    cwd: WORK,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(
    `${WORK}/ours.mjs`,
    "export * from 'openai-admin-certificates';\nexport { default } from 'openai-admin-certificates';\n",
  );
  return tgz;
}

/**
 * Runs `node [nodeArgs] script args` in a fresh process and resolves to the object it reported
 * (`BENCH_RESULT {json}` on stdout). Rejects with its stderr if it fails.
 */
export function runChild(script, args = [], { nodeArgs = [], env = {}, timeoutMs = 600_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, `${BENCH}/${script}`, ...args.map(String)], {
      cwd: BENCH,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('BENCH_RESULT '.length)));
      else reject(new Error(`${script} ${args.join(' ')} failed (${signal ?? code}):\n${err || out}`));
    });
  });
}

export function median(values) {
  const s = values.filter((v) => v !== null && v !== undefined && !Number.isNaN(v)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Runs `once(kind, run)` `runs` times for each kind, interleaved (a, b, c, a, b, c, ...) so that
 * drift of the machine spreads over every kind; returns `{ kind: [results] }`.
 */
export async function interleaved(kinds, runs, once) {
  const out = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let run = 0; run < runs; run++) for (const k of kinds) out[k].push(await once(k, run));
  return out;
}

/** Median of field `f` over results. */
export const med = (results, f) => median(results.map((r) => (typeof f === 'function' ? f(r) : r[f])));
