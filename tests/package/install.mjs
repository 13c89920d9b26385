// Packs pkg/ with `npm pack` and installs the tarball into a fresh consumer project in
// test-output/consumer, the way users get the package. The package tests import it from there.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const out = join(root, 'test-output');
const consumer = join(out, 'consumer');
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

rmSync(consumer, { recursive: true, force: true });
mkdirSync(consumer, { recursive: true });
const tarball = run('npm', ['pack', '--silent', '--pack-destination', out, join(root, 'pkg')], root).trim().split('\n').pop();
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(out, tarball)], consumer);
// Entry modules that resolve the package by name from inside the consumer project.
writeFileSync(join(consumer, 'esm.mjs'), "export * from 'openai-admin-certificates';\nexport { default } from 'openai-admin-certificates';\n");
writeFileSync(join(consumer, 'cjs.cjs'), "module.exports = require('openai-admin-certificates');\n");
console.log(`installed ${tarball} into ${consumer}`);
