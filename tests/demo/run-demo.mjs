// `make demo`: one local server with the mock API (250 seeded certificates of mixed validity, some
// active, and a project with activations: the embedded default), the admin page (www/) and the
// package (pkg/) on the same origin; prints the certificates and their recent activity (the audit
// log's seeded history) from Node, runs the package's command line (`check`, the expiry report
// cron and CI run), then keeps serving the page until Ctrl-C. The page needs no key and no setup
// against it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { startMock } from '../mock/server.mjs';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '8080' } } });
const mock = await startMock({
  port: Number(values.port),
  count: 250,
  key: null, // the page works with no key; the Node script's key is simply not checked
  maxCertificates: 1000, // room for uploads from the page
  projects: { proj_demo: 12 }, // so the page's project scope shows something: try proj_demo
  staticDirs: { '/': resolve(root, 'www'), '/pkg': resolve(root, 'pkg') },
});

// Not execFileSync: the mock answers from this process, so its event loop must keep running.
const env = { ...process.env, OPENAI_ADMIN_KEY: 'sk-admin-demo', OPENAI_BASE_URL: mock.baseURL };
for (const name of ['print-certificates.mjs', 'print-history.mjs']) {
  const [code] = await once(spawn('node', [resolve(import.meta.dirname, name)], { stdio: 'inherit', env }), 'exit');
  if (code !== 0) process.exitCode = code ?? 1;
}

// The command line, as cron or CI runs it: its exit code is the worst status (0 ok, 1 warning,
// 2 critical; 3 could not check), which the seeded data makes critical.
const bin = resolve(root, 'pkg/bin/openai-admin-certificates.mjs');
console.log(`
$ openai-admin-certificates check --format table`);
const [status] = await once(spawn('node', [bin, 'check', '--format', 'table'], { stdio: 'inherit', env }), 'exit');
console.log(`(exit code ${status}: ${['ok', 'warning', 'critical', 'could not check'][status] ?? 'unknown'})`);
console.log(`\nThe admin page: ${mock.url}/  (mock API at ${mock.baseURL}, project proj_demo; Ctrl-C stops)`);
