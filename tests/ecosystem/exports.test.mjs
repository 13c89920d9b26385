// The installed package's `exports` map: which file each environment gets, resolved by webpack's
// resolver (enhanced-resolve) with exactly each tool's conditions, by Node itself (import, require,
// --conditions=browser) and by TypeScript (the `types` condition, for import and for require).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import enhancedResolve from 'enhanced-resolve';
import ts from 'typescript';
import { consumer, installed } from './paths.mjs';

const run = promisify(execFile);
const NAME = 'openai-admin-certificates';

// [who, conditions, subpath, expected file]. Node always adds `node`, so `node` must win over
// `browser` there: the browser entry fetches its .wasm, which Node's fetch cannot do from file: URLs.
// Only `workerd` (wrangler's own condition) picks the Workers entry, not `worker`: webpack sets
// `worker` for web workers, where a .wasm import is not a compiled module as in Workers.
const cases = [
  ['Node import', ['node', 'import'], '', 'dist/node.mjs'],
  ['Node require', ['node', 'require'], '', 'dist/node.cjs'],
  ['node --conditions=browser (import)', ['browser', 'node', 'import'], '', 'dist/node.mjs'],
  ['Deno', ['deno', 'node', 'import'], '', 'dist/node.mjs'],
  ['Bun', ['bun', 'node', 'import'], '', 'dist/node.mjs'],
  ['Vite (client)', ['browser', 'import', 'module', 'production', 'default'], '', 'dist/browser.mjs'],
  ['Vite SSR', ['node', 'import', 'module', 'production', 'default'], '', 'dist/node.mjs'],
  ['webpack, target web', ['browser', 'import', 'module', 'webpack', 'production'], '', 'dist/browser.mjs'],
  ['webpack, target webworker', ['worker', 'browser', 'import', 'module', 'webpack'], '', 'dist/browser.mjs'],
  ['webpack, require() in a web app', ['browser', 'require', 'module', 'webpack'], '', 'dist/browser.mjs'],
  ['esbuild, platform browser', ['browser', 'import', 'default', 'module'], '', 'dist/browser.mjs'],
  ['esbuild, platform node, require', ['node', 'require', 'default', 'module'], '', 'dist/node.cjs'],
  ['a tool with no platform condition (import)', ['import'], '', 'dist/browser.mjs'],
  ['a tool with no platform condition (require)', ['require'], '', 'dist/node.cjs'],
  ['only default', [], '', 'dist/browser.mjs'],
  ['TypeScript import', ['types', 'import'], '', 'index.d.ts'],
  ['TypeScript require', ['types', 'require'], '', 'index.d.cts'],
  ['TypeScript, Node require', ['types', 'node', 'require'], '', 'index.d.cts'],
  ['Cloudflare Workers (wrangler)', ['workerd', 'worker', 'browser', 'import', 'default'], '', 'dist/workerd.mjs'],
  ['/inline in Cloudflare Workers', ['workerd', 'worker', 'browser', 'import'], '/inline', 'dist/workerd.mjs'],
  ['/inline in a browser', ['browser', 'import'], '/inline', 'dist/inline.mjs'],
  ['/inline in Node', ['node', 'import'], '/inline', 'dist/inline.mjs'],
  ['/inline types', ['types', 'import'], '/inline', 'index.d.ts'],
  ['package.json', ['node', 'require'], '/package.json', 'package.json'],
];

for (const [who, conditionNames, subpath, expected] of cases) {
  test(`${who}: ${NAME}${subpath} → ${expected}`, async () => {
    const resolve = promisify(enhancedResolve.create({ conditionNames, extensions: ['.js', '.mjs', '.cjs', '.d.ts', '.d.cts'], mainFields: [] }));
    assert.equal(await resolve(consumer, NAME + subpath), join(installed, expected));
  });
}

test('internal files are not importable: only the exported subpaths are public', async () => {
  const resolve = promisify(enhancedResolve.create({ conditionNames: ['node', 'import'] }));
  for (const internal of ['dist/node.mjs', 'wasm/web/openai_admin_certificates.js', 'index.d.ts']) {
    await assert.rejects(resolve(consumer, `${NAME}/${internal}`), /not exported|Package path/, internal);
  }
  const { stderr } = await run(process.execPath, ['--input-type=module', '-e', `import('${NAME}/dist/node.mjs').catch((e) => console.error(e.code))`], { cwd: consumer });
  assert.equal(stderr.trim(), 'ERR_PACKAGE_PATH_NOT_EXPORTED');
});

test('Node resolves import, require and --conditions=browser the same way', async () => {
  const node = async (...args) => (await run(process.execPath, args, { cwd: consumer })).stdout.trim();
  const importMeta = ['--input-type=module', '-e', `console.log(import.meta.resolve('${NAME}'))`];
  const requireResolve = ['-p', `require.resolve('${NAME}')`];
  assert.equal(await node(...importMeta), pathToFileURL(join(installed, 'dist/node.mjs')).href);
  assert.equal(await node(...requireResolve), join(installed, 'dist/node.cjs'));
  assert.equal(await node('--conditions=browser', ...importMeta), pathToFileURL(join(installed, 'dist/node.mjs')).href);
  assert.equal(await node('--conditions=browser', ...requireResolve), join(installed, 'dist/node.cjs'));
  assert.equal(await node('--input-type=module', '-e', `console.log(import.meta.resolve('${NAME}/inline'))`), pathToFileURL(join(installed, 'dist/inline.mjs')).href);
});

test('TypeScript resolves the types for each module mode', () => {
  const resolve = (moduleResolution, mode, subpath = '') => {
    const options = { moduleResolution, module: moduleResolution === ts.ModuleResolutionKind.Bundler ? ts.ModuleKind.ESNext : ts.ModuleKind.NodeNext };
    const importer = join(consumer, mode === ts.ModuleKind.CommonJS ? 'index.cts' : 'index.mts');
    const { resolvedModule } = ts.resolveModuleName(NAME + subpath, importer, options, ts.sys, undefined, undefined, mode);
    return resolvedModule?.resolvedFileName;
  };
  const { Bundler, NodeNext, Node16 } = ts.ModuleResolutionKind;
  assert.equal(resolve(Bundler, ts.ModuleKind.ESNext), join(installed, 'index.d.ts'));
  assert.equal(resolve(Bundler, ts.ModuleKind.ESNext, '/inline'), join(installed, 'index.d.ts'));
  for (const kind of [NodeNext, Node16]) {
    assert.equal(resolve(kind, ts.ModuleKind.ESNext), join(installed, 'index.d.ts'));
    assert.equal(resolve(kind, ts.ModuleKind.CommonJS), join(installed, 'index.d.cts'));
  }
});
