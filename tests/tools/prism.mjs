// Stoplight Prism in proxy mode in front of the mock, validating every request and response against
// the official spec in tests/fixtures/openapi/. With --errors a violation becomes an error answer,
// so any test that goes through it fails on a contract break.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const spec = resolve(root, 'tests/fixtures/openapi/certificates.openapi.yaml');

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address();
  await new Promise((r) => server.close(r));
  return port;
}

/** Starts Prism proxying to `upstream` (the mock's `/v1` base URL); resolves to `{ url, close() }`. */
export async function startPrism(upstream) {
  const port = await freePort();
  const child = spawn(resolve(root, 'node_modules/.bin/prism'), ['proxy', '--errors', '-h', '127.0.0.1', '-p', String(port), spec, upstream], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  await new Promise((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`Prism did not start:\n${log}`)), 60_000);
    const watch = (chunk) => {
      log += chunk;
      if (log.includes('Prism is listening')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout.on('data', watch);
    child.stderr.on('data', watch);
    child.once('exit', (code) => fail(new Error(`Prism exited with ${code}:\n${log}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill()))),
  };
}
