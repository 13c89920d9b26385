// The error classes are one list: the table in error-table.mjs, the classes the package exports
// (and hangs on the client class), and the classes the type declarations (index.d.ts and the types/
// it re-exports) declare agree on names and parents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, esm, OpenAI } from './support.mjs';

const installed = join(consumer, 'node_modules/openai-admin-certificates');
const { CLASSES } = await import(join(installed, 'dist/error-table.mjs'));

test('the exported classes are the table, with its parents and names', () => {
  const exported = Object.keys(esm).filter((name) => name.endsWith('Error'));
  assert.deepEqual(exported.sort(), CLASSES.map(([name]) => name).sort());
  for (const [name, parent] of CLASSES) {
    const errorClass = esm[name];
    assert.equal(errorClass, OpenAI[name], `${name} is a static of the client`);
    assert.equal(Object.getPrototypeOf(errorClass).name, parent, `${name} extends ${parent}`);
    assert.equal(errorClass.prototype.name, name);
  }
});

test('the installed type declarations declare exactly the classes of the table, with the same parents', () => {
  const files = ['index.d.ts', ...readdirSync(join(installed, 'types')).map((f) => join('types', f))];
  const dts = files.map((f) => readFileSync(join(installed, f), 'utf8')).join('\n');
  const declared = [...dts.matchAll(/^export (?:declare )?class (\w+Error) extends (\w+)/gm)].map(([, name, parent]) => [name, parent]);
  assert.deepEqual(declared.sort(), CLASSES.map(([name, parent]) => [name, parent]).sort());
});
