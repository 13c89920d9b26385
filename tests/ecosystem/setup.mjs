// Packs pkg/ with `npm pack` and installs the tarball into a fresh consumer project,
// test-output/ecosystem/consumer, the way users get it; copies the consumer apps and the type tests
// there, so bundlers and tsc resolve `openai-admin-certificates` from that project's node_modules.
// Run by `make test-ecosystem` before `node --test tests/ecosystem/`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumer, here, out, root } from './paths.mjs';

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

rmSync(out, { recursive: true, force: true });
mkdirSync(consumer, { recursive: true });
const tarball = run('npm', ['pack', '--silent', '--pack-destination', out, join(root, 'pkg')], root).trim().split('\n').pop();
writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
run('npm', ['install', '--no-audit', '--no-fund', '--silent', join(out, tarball)], consumer);

for (const dir of ['apps', 'types']) cpSync(join(here, dir), join(consumer, dir), { recursive: true });
// The certificate the apps inspect, as a module every bundler and runtime can import.
const pem = readFileSync(join(root, 'tests', 'fixtures', 'certs', 'ca.pem'), 'utf8');
for (const app of ['browser', 'node']) writeFileSync(join(consumer, 'apps', app, 'ca-pem.js'), `export default ${JSON.stringify(pem)};\n`);
// The Node typings of the tools project, as a consumer's own `@types/node` would be, and the official
// SDK, which types/official.ts must also compile against (types.test.mjs).
mkdirSync(join(consumer, 'node_modules', '@types'), { recursive: true });
symlinkSync(join(here, 'node_modules', '@types', 'node'), join(consumer, 'node_modules', '@types', 'node'), 'dir');
symlinkSync(join(here, 'node_modules', 'openai'), join(consumer, 'node_modules', 'openai'), 'dir');
console.log(`installed ${tarball} into ${consumer}`);
