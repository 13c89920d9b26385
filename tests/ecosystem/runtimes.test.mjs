// Bun and Deno (from their npm packages, `bun` and `deno`) list the mock's certificates through the
// installed package, by its default entry and by /inline, each with the least permissions it needs;
// a client configured by the environment works, and in Deno an environment variable the runtime
// refuses to read is an error naming it and the flag, never a silent default; the raw-response
// features work. A runtime whose npm package did not install (they are optionalDependencies) is
// skipped, with why.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startMock } from '../mock/server.mjs';
import { assertRawResponses } from './expect.mjs';
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

const SPECIFIERS = ['openai-admin-certificates', 'openai-admin-certificates/inline'];
const DENO_RUN = ['run', '--node-modules-dir=manual', '--no-lock'];
/** Deno's read permission for the default entry's .wasm files (none for /inline). */
const denoRead = (specifier) => (specifier.endsWith('/inline') ? [] : [`--allow-read=${join(consumer, 'node_modules')}`]);
const mockState = async () => (await fetch(mock.url + '/__mock/state')).json();

/** Runs `<runtime> ...flags apps/node/<file> ...args` with `extraEnv` added; resolves to its JSON output. */
async function runApp(runtime, flags, file, args, extraEnv = {}) {
  const { stdout } = await run(bin(runtime), [...flags, join(consumer, 'apps', 'node', file), ...args], {
    cwd: consumer, env: { ...env, ...extraEnv }, timeout: 60_000,
  });
  return JSON.parse(stdout);
}

/** Asserts a refused environment read: an error naming `variable` and the flag, the key nowhere, no request made. */
async function assertRefusedEnv(result, variable, requestsBefore) {
  assert.ok(result.error, `an error, not ${JSON.stringify(result).slice(0, 200)}`);
  assert.match(result.error.message, new RegExp(variable), result.error.message);
  assert.match(result.error.message, /--allow-env/, result.error.message);
  assert.doesNotMatch(result.error.message, /api\.openai\.com|Requires net access/, 'no fallback to the default base URL');
  assert.ok(!result.error.message.includes(KEY), 'the key is not in the message');
  assert.equal((await mockState()).requests, requestsBefore, 'the mock saw nothing');
}

test('deno: /inline with --allow-net only: a key in OPENAI_ADMIN_KEY is an error naming it and --allow-env, not "no admin key"', async (t) => {
  const why = await unavailable('deno');
  if (why) return t.skip(why);
  const before = (await mockState()).requests;
  const result = await runApp('deno', [...DENO_RUN, '--allow-net=127.0.0.1'], 'env-cli.mjs', [SPECIFIERS[1], mock.baseURL], { OPENAI_ADMIN_KEY: KEY });
  await assertRefusedEnv(result, 'OPENAI_ADMIN_KEY', before);
});

for (const specifier of SPECIFIERS) {
  test(`deno: ${specifier} with --allow-env=OPENAI_ADMIN_KEY only: OPENAI_BASE_URL is an error naming it and --allow-env, never api.openai.com`, async (t) => {
    const why = await unavailable('deno');
    if (why) return t.skip(why);
    const before = (await mockState()).requests;
    // Net access is for the mock alone, so a request to api.openai.com could not leave the machine.
    const flags = [...DENO_RUN, '--allow-env=OPENAI_ADMIN_KEY', '--allow-net=127.0.0.1', ...denoRead(specifier)];
    const result = await runApp('deno', flags, 'env-cli.mjs', [specifier], { OPENAI_ADMIN_KEY: KEY, OPENAI_BASE_URL: mock.baseURL });
    await assertRefusedEnv(result, 'OPENAI_BASE_URL', before);
  });

  test(`deno: ${specifier} with --allow-env: the environment configures the client, which lists every certificate`, async (t) => {
    const why = await unavailable('deno');
    if (why) return t.skip(why);
    const flags = [...DENO_RUN, '--allow-env', '--allow-net=127.0.0.1', ...denoRead(specifier)];
    const result = await runApp('deno', flags, 'env-cli.mjs', [specifier], { OPENAI_ADMIN_KEY: KEY, OPENAI_BASE_URL: mock.baseURL });
    assert.deepEqual(result.ids, (await mockState()).ids, JSON.stringify(result.error));
  });

  test(`bun: ${specifier}: the environment configures the client, which lists every certificate`, async (t) => {
    const why = await unavailable('bun');
    if (why) return t.skip(why);
    const result = await runApp('bun', ['run'], 'env-cli.mjs', [specifier], { OPENAI_ADMIN_KEY: KEY, OPENAI_BASE_URL: mock.baseURL });
    assert.deepEqual(result.ids, (await mockState()).ids, JSON.stringify(result.error));
  });
}

for (const [runtime, flags] of Object.entries({ bun: ['run'], deno: [...DENO_RUN, '--allow-net=127.0.0.1', ...denoRead(SPECIFIERS[0])] })) {
  test(`${runtime}: withResponse(), _request_id and err.headers.get() as in the official SDK`, async (t) => {
    const why = await unavailable(runtime);
    if (why) return t.skip(why);
    assertRawResponses(await runApp(runtime, flags, 'raw-cli.mjs', [SPECIFIERS[0], mock.baseURL, KEY]), runtime);
  });
}
