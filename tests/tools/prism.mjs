// Stoplight Prism in proxy mode in front of the mock, validating every request and response against
// the official spec in tests/fixtures/openapi/. With --errors a violation becomes an error answer,
// so any test that goes through it fails on a contract break. Prism reads one document, so the
// fixture documents (certificates, projects) are merged into one for the run (see mergedSpec).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import YAML from 'yaml';
import { freePort } from './free-port.mjs';

const root = resolve(import.meta.dirname, '../..');
const fixtures = resolve(root, 'tests/fixtures/openapi');

/**
 * One OpenAPI document with the paths and components of every `*.openapi.yaml` fixture (each a
 * selection of the same official document, so a component that two of them carry is the same).
 * Throws if two define the same path, or the same component differently.
 */
export function mergedSpec() {
  const documents = readdirSync(fixtures).filter((f) => f.endsWith('.openapi.yaml')).sort();
  const merged = { paths: {}, components: {} };
  for (const file of documents) {
    const { paths, components, ...rest } = YAML.parse(readFileSync(join(fixtures, file), 'utf8'));
    for (const [key, value] of Object.entries(rest)) merged[key] ??= value;
    for (const [path, item] of Object.entries(paths)) {
      if (path in merged.paths) throw new Error(`${file}: path ${path} is in another fixture too`);
      merged.paths[path] = item;
    }
    for (const [section, entries] of Object.entries(components ?? {})) {
      const into = (merged.components[section] ??= {});
      for (const [name, value] of Object.entries(entries)) {
        if (name in into && !isDeepStrictEqual(into[name], value)) throw new Error(`${file}: components.${section}.${name} differs from another fixture's`);
        into[name] = value;
      }
    }
  }
  merged.info = { ...merged.info, title: `OpenAI API (${documents.join(' + ')})` };
  return merged;
}

/** Starts Prism proxying to `upstream` (the mock's `/v1` base URL); resolves to `{ url, close() }`. */
export async function startPrism(upstream) {
  const dir = mkdtempSync(join(tmpdir(), 'prism-spec-'));
  const spec = join(dir, 'openapi.json');
  writeFileSync(spec, JSON.stringify(mergedSpec()));
  const port = await freePort();
  const child = spawn(resolve(root, 'node_modules/.bin/prism'), ['proxy', '--errors', '-h', '127.0.0.1', '-p', String(port), spec, upstream], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.once('exit', () => rmSync(dir, { recursive: true, force: true }));
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
