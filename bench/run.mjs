// `make bench`: every benchmark of openai-admin-certificates, in one go on this machine, against
// the project's mock (tests/mock/server.mjs) running as a separate process. Installs the package
// from its packed tarball into bench/.work/, runs each scenario (each measurement in a fresh `node`
// process where process state matters), takes medians of BENCH_RUNS runs (default 5, interleaved
// between clients), prints the results and writes bench/RESULTS.md from this run.
//
// Knobs (environment): BENCH_RUNS (5), BENCH_ONLY (comma list of scenario names below),
// BENCH_THROUGHPUT_CERTS (100000), BENCH_LATENCY_PAGES (50), BENCH_MEMORY_PAGES (10000),
// BENCH_MEMORY_CLIENTS (ours,official), BENCH_MOCK_SCALE (100000,1000000; 0 skips), CHROMIUM.
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { BENCH, installOurs } from './lib/work.mjs';
import { renderReport } from './lib/report.mjs';

const SCENARIOS = [
  ['mock-scale', './mock-scale.mjs'],
  ['throughput', './throughput.mjs'],
  ['latency', './latency.mjs'],
  ['realsize', './realsize.mjs'],
  ['memory', './memory.mjs'],
  ['size', './size.mjs'],
  ['coldstart-node', './coldstart-node.mjs'],
  ['coldstart-browser', './coldstart-browser.mjs'],
  ['console-scale', './console-scale.mjs'],
];

const runs = Number(process.env.BENCH_RUNS ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error('BENCH_RUNS must be a positive integer');
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',')) : null;
const log = (line) => process.stdout.write(`${line}\n`);

const started = new Date();
const t0 = performance.now();
log(`bench: packing pkg/ and installing it into bench/.work/ ...`);
const tarball = installOurs();
const machine = machineInfo(tarball);
log(`bench: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, load ${machine.loadStart}, ${runs} runs each`);

const results = {};
const errors = {};
let apps;
for (const [name, file] of SCENARIOS) {
  if (only && !only.has(name)) continue;
  log(`\n== ${name}`);
  const ts = performance.now();
  try {
    const mod = await import(file);
    if ((name === 'size' || name === 'coldstart-browser') && !apps) {
      apps = await (await import('./size.mjs')).buildApps();
    }
    results[name] = await mod.scenario({ runs, log, apps });
    results[name].seconds = (performance.now() - ts) / 1000;
  } catch (err) {
    errors[name] = String(err?.stack ?? err);
    log(`bench: ${name} FAILED: ${errors[name]}`);
  }
}
machine.loadEnd = os.loadavg().map((l) => l.toFixed(2)).join(' ');
machine.totalSeconds = (performance.now() - t0) / 1000;

const markdown = renderReport({ started, machine, runs, results, errors, partial: Boolean(only) });
writeFileSync(`${BENCH}/RESULTS.md`, markdown);
log(`\n${markdown}`);
log(`bench: wrote bench/RESULTS.md (${machine.totalSeconds.toFixed(0)} s)`);
process.exitCode = Object.keys(errors).length ? 1 : 0;

function machineInfo(tarball) {
  const cpus = os.cpus();
  const version = (file) => JSON.parse(readFileSync(file, 'utf8')).version;
  let chromium = 'unknown';
  try {
    chromium = execFileSync(process.env.CHROMIUM ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {}
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism?.() ?? cpus.length,
    memoryGB: (os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    loadStart: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    ours: `${tarball} (npm pack pkg/, installed into bench/.work/)`,
    official: `openai@${version(`${BENCH}/node_modules/openai/package.json`)}`,
    esbuild: version(createRequire(import.meta.url).resolve('esbuild/package.json')),
  };
}
