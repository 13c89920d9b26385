// Shared set-up of the command-line tests: the bin of the packed and installed package, run with
// npx in the consumer project that tests/package/install.mjs made, against a mock per test file.
import { spawn } from 'node:child_process';
import { consumer, control, KEY, requests, useMock } from '../package/support.mjs';

export { control, KEY, requests, useMock };
export const DAY = 86_400;
export const now = () => Math.floor(Date.now() / 1000);

/** The environment without any OPENAI_* variable of the machine running the tests. */
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENAI_')));
}

/**
 * Runs `npx openai-admin-certificates ...args` in the consumer project; stdin is `input` (or
 * empty), never a terminal. `env` adds variables; `mock` sets the key and base URL for it.
 * Resolves to `{ code, stdout, stderr }`.
 */
export function cli(args, { mock, env = {}, input = '' } = {}) {
  const connection = mock ? { OPENAI_ADMIN_KEY: KEY, OPENAI_BASE_URL: mock.baseURL } : {};
  const child = spawn('npx', ['--no-install', 'openai-admin-certificates', ...args], {
    cwd: consumer,
    env: { ...cleanEnv(), ...connection, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the bin as a long-running process (`console`): `{ child, stdout, stderr, stop() }`. */
export function start(args, { mock, env = {} } = {}) {
  const connection = mock ? { OPENAI_ADMIN_KEY: KEY, OPENAI_BASE_URL: mock.baseURL } : {};
  // A process group of its own: npx does not pass signals on, so stop() ends the whole group.
  const child = spawn('npx', ['--no-install', 'openai-admin-certificates', ...args], {
    cwd: consumer,
    env: { ...cleanEnv(), ...connection, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const out = { child, stdout: '', stderr: '', stop: () => process.kill(-child.pid, 'SIGTERM') };
  child.stdout.on('data', (d) => (out.stdout += d));
  child.stderr.on('data', (d) => (out.stderr += d));
  return out;
}

/** The API's write requests in the mock's log (anything but GET). */
export const writes = async (mock) => (await requests(mock)).filter((r) => r.method !== 'GET');

/** The mock's state summary (ids newest first, org-active ids, project activations). */
export const state = (mock) => control(mock, '/__mock/state');
