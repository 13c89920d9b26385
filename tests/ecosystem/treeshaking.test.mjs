// What an app's one-file esbuild bundle (no --splitting, so a dynamic import is inlined) carries of
// the package: the client and the inspector are each dropped when the app does not use them, so an
// app that only lists certificates through `/inline` does not embed the inspector's wasm. Checked
// in the metafile (bytes each input put into the output) and in the output text itself, and the
// list-only bundle is run, to show what was dropped was not needed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { startMock } from '../mock/server.mjs';
import { consumer, installed, out } from './paths.mjs';

const run = promisify(execFile);
const KEY = 'sk-admin-mock';
const apps = {
  list: `import OpenAI from 'openai-admin-certificates/inline';
const [baseURL, key] = process.argv.slice(2);
const ids = [];
for await (const c of new OpenAI({ baseURL, adminAPIKey: key }).admin.organization.certificates.list({ limit: 100 })) ids.push(c.id);
console.log(JSON.stringify(ids));`,
  inspect: "import { inspectCertificate } from 'openai-admin-certificates/inline'; export const info = (pem) => inspectCertificate(pem);",
  both: "import OpenAI, { inspectCertificate } from 'openai-admin-certificates/inline'; export const use = (pem) => [new OpenAI(), inspectCertificate(pem)];",
  'default entry, list only': "import OpenAI from 'openai-admin-certificates'; export const client = () => new OpenAI();",
};

// The package files that mark each part: its wasm glue and, in /inline, its embedded wasm.
const parts = (stem, inline) => [`wasm/web/${stem}.js`, ...(inline ? [`dist/wasm-base64/${stem}_bg.mjs`] : [])];
/** The first 200 base64 characters of an embedded wasm: in a bundle's text only if the wasm is. */
const base64Head = (file) => /'([A-Za-z0-9+/=]{200})/.exec(readFileSync(join(installed, file), 'utf8'))[1];

const bundles = {};
let mock;
before(async () => {
  mock = await startMock({ count: 250, key: KEY });
  mkdirSync(join(out, 'treeshaking'), { recursive: true });
  for (const [name, contents] of Object.entries(apps)) {
    const result = await build({
      stdin: { contents, resolveDir: consumer, loader: 'js' }, bundle: true, format: 'esm', platform: 'browser',
      minify: true, write: false, metafile: true, outfile: join(out, 'treeshaking', `${name}.mjs`), logLevel: 'silent',
    });
    const [output] = Object.values(result.metafile.outputs);
    const carried = Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([file]) => file.replace(/^.*node_modules\/openai-admin-certificates\//, ''));
    assert.equal(result.outputFiles.length, 1, 'one file: nothing split off');
    bundles[name] = { carried, text: result.outputFiles[0].text };
  }
});
after(() => mock?.close());

/** Asserts which of the two parts bundle `name` carries, by its inputs and (embedded wasm) its text. */
function assertParts(name, { withClient, withInspector, inline = true }) {
  const { carried, text } = bundles[name];
  for (const [stem, wanted] of [['openai_admin_certificates', withClient], ['openai_admin_certificates_inspect', withInspector]]) {
    for (const file of parts(stem, inline)) {
      assert.equal(carried.includes(file), wanted, `${name}: ${file} ${wanted ? 'carried' : 'dropped'} (carried: ${carried.join(' ')})`);
      if (file.endsWith('_bg.mjs')) assert.equal(text.includes(base64Head(file)), wanted, `${name}: ${stem} wasm embedded?`);
    }
  }
}

test('esbuild /inline, no splitting: an app that only lists certificates carries no inspector', async () => {
  assertParts('list', { withClient: true, withInspector: false });
  const file = join(out, 'treeshaking', 'list.mjs');
  writeFileSync(file, bundles.list.text);
  const { stdout } = await run(process.execPath, [file, mock.baseURL, KEY], { timeout: 60_000 });
  const state = await (await fetch(`${mock.url}/__mock/state`)).json();
  assert.deepEqual(JSON.parse(stdout), state.ids, 'and it lists every certificate');
});

test('esbuild /inline, no splitting: an app that only inspects carries no client; one that does both carries both', () => {
  assertParts('inspect', { withClient: false, withInspector: true });
  assertParts('both', { withClient: true, withInspector: true });
  const kb = (name) => Math.round(bundles[name].text.length / 1024);
  assert.ok(kb('list') < kb('both') && kb('inspect') < kb('both'), `list ${kb('list')} KB, inspect ${kb('inspect')} KB, both ${kb('both')} KB`);
});

test('the default entry, one file: a list-only app carries no inspector glue either', () => {
  assertParts('default entry, list only', { withClient: true, withInspector: false, inline: false });
});
