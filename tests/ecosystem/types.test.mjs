// The package's types in a consumer project: `tsc --strict` passes with TypeScript 6 (what typedoc
// supports) and 7 (npm's latest) on code written for the official SDK (types/official.ts, which also
// compiles against `openai@6` itself), on this package's own API (types/api.ts), rejects the wrong
// calls of types/wrong.ts (each `@ts-expect-error` must be needed), works for a browser app (bundler
// resolution, DOM) and a Node project (NodeNext, no DOM, ESM and a CommonJS .cts), and every export
// and member carries a doc comment that editors show on hover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { consumer, here, installed } from './paths.mjs';

const run = promisify(execFile);
const types = join(consumer, 'types');
const compilers = { 'TypeScript 6': 'typescript', 'TypeScript 7': 'typescript-7' };
const projects = {
  'a browser app (Bundler resolution, DOM): api.ts, wrong.ts': 'tsconfig.json',
  'a Node project (NodeNext, no DOM; ESM and a CommonJS .cts): api.ts, wrong.ts, require.cts, official.ts': 'tsconfig.node.json',
  'an app built by a bundler (Bundler resolution, DOM and Node): official.ts': 'tsconfig.official.json',
};
// official.ts again, its import of this package mapped to the official SDK (`paths`).
const againstOpenAI = {
  'official.ts against openai@6 itself (Bundler resolution)': 'tsconfig.openai.json',
  'official.ts against openai@6 itself (NodeNext)': 'tsconfig.openai.node.json',
};

/** `tsc -p config` with `compiler`'s tsc in types/: its output (empty when it passes) and the files it read. */
async function tsc(dir, config) {
  const bin = join(here, 'node_modules', dir, 'bin', 'tsc');
  const result = await run(process.execPath, [bin, '-p', config, '--pretty', 'false', '--listFiles'], { cwd: types, maxBuffer: 64 << 20 }).catch((e) => e);
  const lines = `${result.stdout}${result.stderr ?? ''}`.trim().split('\n');
  const isFile = (line) => line.startsWith('/');
  return { errors: lines.filter((l) => l && !isFile(l)).join('\n'), files: lines.filter(isFile) };
}

for (const [compiler, dir] of Object.entries(compilers)) {
  for (const [project, config] of Object.entries(projects)) {
    test(`${compiler}: tsc --strict passes for ${project}`, async () => {
      const { errors, files } = await tsc(dir, config);
      assert.equal(errors, '', `tsc -p ${config} (${(await run(process.execPath, [join(here, 'node_modules', dir, 'bin', 'tsc'), '-v'])).stdout.trim()})`);
      assert.ok(files.some((f) => f.endsWith('/openai-admin-certificates/index.d.ts')), 'checked against this package');
    });
  }
  for (const [project, config] of Object.entries(againstOpenAI)) {
    test(`${compiler}: tsc --strict passes for ${project}: it is the official SDK's usage`, async () => {
      const { errors, files } = await tsc(dir, config);
      assert.equal(errors, '', `tsc -p ${config}`);
      assert.ok(files.some((f) => f.endsWith('/openai/index.d.mts')), 'checked against openai');
      assert.ok(!files.some((f) => f.includes('/openai-admin-certificates/')), 'and not against this package');
    });
  }
}

test('every wrong call of types/wrong.ts is an error on its own line (none rides on another)', () => {
  // Without the directives, each marked line must have an error, and no other line may.
  const file = join(types, 'wrong.ts');
  const text = ts.sys.readFile(file);
  const marked = new Set();
  text.split('\n').forEach((line, i) => line.trim().startsWith('// @ts-expect-error') && marked.add(i + 1));
  const host = ts.createCompilerHost(options());
  const readFile = host.readFile;
  host.readFile = (name) => (name === file ? text.replaceAll('// @ts-expect-error', '// (expected error)') : readFile(name));
  const program = ts.createProgram([file], options(), host);
  const errorLines = new Set(
    ts.getPreEmitDiagnostics(program, program.getSourceFile(file))
      .filter((d) => d.file?.fileName === file)
      .map((d) => d.file.getLineAndCharacterOfPosition(d.start).line),
  );
  assert.ok(marked.size >= 40, `the wrong calls are all there (${marked.size})`);
  assert.deepEqual([...errorLines].sort((a, b) => a - b), [...marked].sort((a, b) => a - b), 'errors on exactly the lines after each directive');
});

test('every export, member and nested resource of index.d.ts has a doc comment (editor hovers)', () => {
  const program = ts.createProgram([join(types, 'api.ts')], options());
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(join(installed, 'index.d.ts'));
  assert.ok(file, 'index.d.ts is what the consumer resolves');
  const missing = [];
  const seen = new Set(); // each declaration once: inherited members, `default` and `OpenAI`
  // index.d.ts and the types/ files it re-exports.
  const ours = (declaration) => declaration.getSourceFile().fileName.startsWith(`${installed}/`);
  const documented = (symbol) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() !== '';
  const walk = (type, path, depth) => {
    for (const property of checker.getPropertiesOfType(type)) {
      const declaration = property.declarations?.[0];
      if (!declaration || !ours(declaration)) continue; // inherited from Error, Promise, ...
      if (seen.has(declaration)) continue;
      seen.add(declaration);
      if (!documented(property)) missing.push(`${path}.${property.name}`);
      const propertyType = checker.getTypeOfSymbolAtLocation(property, declaration);
      if (depth < 4 && propertyType.symbol?.flags & ts.SymbolFlags.TypeLiteral) walk(propertyType, `${path}.${property.name}`, depth + 1);
    }
  };
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(file))) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (seen.has(symbol)) continue;
    seen.add(symbol);
    if (!documented(symbol)) missing.push(symbol.name);
    if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)) walk(checker.getDeclaredTypeOfSymbol(symbol), symbol.name, 0);
  }
  assert.deepEqual(missing, [], 'declarations without a /** doc comment */');
});

/** The browser app's compiler options (types/tsconfig.json). */
function options() {
  const { config } = ts.readConfigFile(join(types, 'tsconfig.json'), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, types).options;
}
