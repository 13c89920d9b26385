// The project's mock (tests/mock/server.mjs) as a separate process, and its control API.
//
// Long listings (100,000 and 1,000,000 certificates) cannot come from the mock's seeded mode today:
// it re-sorts every certificate on every page request (about 50 ms a page at 100,000, 0.7 s at
// 1,000,000), so the numbers would measure the mock. Until the mock has a synthetic mode, a long
// listing is scripted through its documented fault queue: one `page` fault per page, matched on the
// exact `after` cursor the client must send, serving 100 real seeded certificates (expanded by the
// mock into full list items) and a fresh `last_id`. A client that sends the wrong cursor falls
// through to the real handler and gets a 400, so a wrong pagination cannot pass silently.
import { spawn, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MOCK_SCRIPT = fileURLToPath(new URL('../../tests/mock/server.mjs', import.meta.url));
export const KEY = 'sk-admin-mock';
const LIST_PATH = '/v1/organization/certificates';

/**
 * Starts `node tests/mock/server.mjs --port 0 ...args` and resolves when it prints its URL, to
 * `{ url, baseURL, pid, startupMs, rssMB(), control(method, path, body), close() }`.
 */
export async function startMock(args = [], { cwd = ROOT } = {}) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [MOCK_SCRIPT, '--port', '0', ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /mock listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`mock exited (${code}) before listening: ${stderr}`)));
  });
  const startupMs = performance.now() - t0;
  async function control(method, path, body) {
    const res = await fetch(url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) throw new Error(`mock control ${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  }
  function rssMB() {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  }
  function close() {
    if (child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  }
  return { url, baseURL: `${url}/v1`, pid: child.pid, startupMs, rssMB, control, close };
}

/** Whether the mock advertises a `--synthetic N` mode (the change this suite asks for). */
export function mockHasSynthetic() {
  const help = execFileSync(process.execPath, [MOCK_SCRIPT, '--help'], { encoding: 'utf8' });
  return help.includes('--synthetic');
}

/** The cursor of synthetic page `k` (an id of the API's shape that no seeded certificate has). */
export function syntheticCursor(k) {
  return 'cert_5e' + k.toString(16).padStart(22, '0');
}

/**
 * Queues a listing of `pages` pages of `pageSize` certificates on a running mock (base URL `url`,
 * without /v1) whose seed has at least `pageSize` certificates. Page k answers `after =
 * syntheticCursor(k-1)` (page 0: no `after`) and returns `last_id = syntheticCursor(k)`.
 */
export async function queueSyntheticListing(url, pages, pageSize = 100) {
  const state = await (await fetch(`${url}/__mock/state`)).json();
  if (state.ids.length < pageSize) throw new Error(`mock has ${state.ids.length} certificates, need ${pageSize}`);
  const data = state.ids.slice(0, pageSize);
  const batch = Math.max(1, Math.floor(800_000 / (pageSize * 32 + 200))); // control bodies stay < 1 MiB
  for (let start = 0; start < pages; start += batch) {
    const faults = [];
    for (let k = start; k < Math.min(pages, start + batch); k++) {
      faults.push({
        match: { method: 'GET', path: LIST_PATH, after: k === 0 ? null : syntheticCursor(k - 1) },
        page: { data, last_id: syntheticCursor(k), has_more: k < pages - 1 },
      });
    }
    const res = await fetch(`${url}/__mock/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(faults),
    });
    if (!res.ok) throw new Error(`queueing synthetic pages: ${res.status} ${await res.text()}`);
  }
}

/** `GET /__mock/faults` length: 0 after a complete synthetic listing. */
export async function pendingFaults(url) {
  return (await (await fetch(`${url}/__mock/faults`)).json()).length;
}
