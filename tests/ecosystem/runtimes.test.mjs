// Bun and Deno (from their npm packages, `bun` and `deno`) list the mock's certificates through the
// installed package, by its default entry and by /inline, each with the least permissions it needs.
// A runtime whose npm package did not install (they are optionalDependencies) is skipped, with why.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startMock } from '../mock/server.mjs';
import { bin, consumer, expectedInspection, out } from './paths.mjs';

const run = promisify(execFile);
const KEY = 'sk-admin-mock';
const script = join(consumer, 'apps', 'node', 'list-cli.mjs');
// No update checks, telemetry or crash reports: this machine reaches package registries only.
const env = { ...process.env, DENO_NO_UPDATE_CHECK: '1', DENO_DIR: join(out, 'deno-dir'), DO_NOT_TRACK: '1', NO_COLOR: '1' };
const inspection = await expectedInspection();
let mock;
before(async () => {
  mock = await startMock({ count: 250, key: KEY });
});
after(() => mock?.close());

/** `null` when `<runtime> --version` works, else the error to skip with. */
async function unavailable(runtime) {
  try {
    await run(bin(runtime), ['--version'], { env });
    return null;
  } catch (e) {
    return `${runtime} did not install from npm: ${(e.stderr || e.message).trim().split('\n')[0]}`;
  }
}

const runtimes = {
  bun: () => ['run'],
  // The default entry reads its .wasm from node_modules; /inline needs the network alone.
  deno: (specifier) => [
    'run', '--node-modules-dir=manual', '--no-lock', '--allow-net=127.0.0.1',
    ...(specifier.endsWith('/inline') ? [] : [`--allow-read=${join(consumer, 'node_modules')}`]),
  ],
};

for (const [runtime, flags] of Object.entries(runtimes)) {
  for (const specifier of ['openai-admin-certificates', 'openai-admin-certificates/inline']) {
    test(`${runtime}: ${specifier} lists every certificate`, async (t) => {
      const why = await unavailable(runtime);
      if (why) return t.skip(why);
      const { stdout } = await run(bin(runtime), [...flags(specifier), script, specifier, mock.baseURL, KEY], { cwd: consumer, env, timeout: 60_000 });
      const result = JSON.parse(stdout);
      const state = await (await fetch(mock.url + '/__mock/state')).json();
      assert.deepEqual(result.ids, state.ids);
      const entry = specifier.endsWith('/inline') ? 'dist/inline.mjs' : 'dist/node.mjs';
      assert.ok(result.resolved.endsWith(`/node_modules/openai-admin-certificates/${entry}`), `${runtime} resolved ${result.resolved}`);
      assert.deepEqual(result.error, { name: 'BadRequestError', status: 400, isAPIError: true, isBadRequestError: true });
      assert.equal(result.inspected.fingerprint_sha256, inspection.fingerprint_sha256, 'inspectCertificate');
      t.diagnostic(`${runtime} ${(await run(bin(runtime), ['--version'], { env })).stdout.split('\n')[0]}`);
    });
  }
}

test('deno: without read access the default entry says which file it needs (so /inline is the no-read option)', async (t) => {
  const why = await unavailable('deno');
  if (why) return t.skip(why);
  const specifier = 'openai-admin-certificates';
  await assert.rejects(
    run(bin('deno'), ['run', '--node-modules-dir=manual', '--no-lock', '--allow-net=127.0.0.1', script, specifier, mock.baseURL, KEY], { cwd: consumer, env, timeout: 60_000 }),
    (e) => /NotCapable: Requires read access to ".*openai_admin_certificates_bg\.wasm"/.test(e.stderr),
  );
});
