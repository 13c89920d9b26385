// The project's mock (tests/mock/server.mjs) as a separate process, and its control API.
//
// Long listings (100,000 and 1,000,000 certificates) use the mock's `--synthetic N` mode: it
// generates each page from the cursor instead of sorting a seeded store on every request, so the
// numbers measure the clients, not the mock (see mock-scale.mjs for what the seeded mode costs).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MOCK_SCRIPT = fileURLToPath(new URL('../../tests/mock/server.mjs', import.meta.url));
export const KEY = 'sk-admin-mock';

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
