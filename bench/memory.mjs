// Scenario 4, memory: one listing of 1,000,000 certificates (10,000 pages of 100; BENCH_MEMORY_PAGES
// to change), and after 10, 1,000, (5,000) and 10,000 pages the JS heap (`heapUsed` after `global.gc()`,
// node --expose-gc) and, for this package, the wasm linear memory (`memory.buffer.byteLength`).
// A client that keeps what it has listed (pages, items, every cursor seen) grows with the number of
// pages; one that streams stays flat. Target (ours): growth under 16 MB and flat in the pages.
//
// Wasm memory: the package does not export its wasm instance, so the child wraps
// `WebAssembly.Instance`/`instantiate` before importing it and keeps every instance that exports a
// `memory`; that is the exact memory the package's glue uses (no change to the package needed).
// Growth is measured from a baseline taken after the client has listed one page (wasm loaded) and
// before the long listing. "Flat" means under 2 MiB more (heap + wasm) between 1,000 and 10,000
// pages: ~233 bytes a page, above the noise of `heapUsed` after GC (about 1-2 MB here) and the few
// dozen bytes a page of cursor bookkeeping, below what keeping even one certificate a page costs
// (a page of 100 kept is ~40 KB). The report also gives the bytes a page, so a slow leak shows.
import { KEY, startMock } from './lib/mock.mjs';
import { loadClient, parseArgs, report } from './lib/clients.mjs';
import { interleaved, median, runChild } from './lib/work.mjs';

const PAGE = 100;
const MB = 1024 * 1024;
const FLAT_BYTES = 2 * MB;
const GROWTH_LIMIT = 16 * MB;

export function checkpoints(pages) {
  return [...new Set([10, 1000, 5000, 10000, pages].filter((p) => p <= pages))].sort((a, b) => a - b);
}

export async function scenario({ runs, log }) {
  const pages = Number(process.env.BENCH_MEMORY_PAGES ?? 10_000);
  const kinds = (process.env.BENCH_MEMORY_CLIENTS ?? 'ours,official').split(',');
  const mock = await startMock(['--synthetic', String(pages * PAGE)]);
  try {
    const results = await interleaved(kinds, runs, async (kind) => {
      await mock.control('POST', '/__mock/reset', {});
      const r = await runChild('memory.mjs', ['--kind', kind, '--url', mock.url, '--pages', pages], {
        nodeArgs: ['--expose-gc'],
      });
      const last = r.at.at(-1);
      log(`  memory ${kind.padEnd(8)} ${pages} pages: heap +${fmt(last.heap - r.base.heap)}, wasm +${fmt(last.wasm - r.base.wasm)} (${r.ms.toFixed(0)} ms)`);
      return r;
    });
    const byKind = {};
    for (const kind of kinds) {
      const rs = results[kind];
      const at = checkpoints(pages).map((p, i) => ({
        pages: p,
        heap: median(rs.map((r) => r.at[i].heap)),
        wasm: median(rs.map((r) => r.at[i].wasm)),
        rss: median(rs.map((r) => r.at[i].rss)),
        arrayBuffers: median(rs.map((r) => r.at[i].arrayBuffers)),
      }));
      const base = {
        heap: median(rs.map((r) => r.base.heap)),
        wasm: median(rs.map((r) => r.base.wasm)),
        rss: median(rs.map((r) => r.base.rss)),
      };
      const growth = median(rs.map((r) => r.at.at(-1).heap - r.base.heap + (r.at.at(-1).wasm - r.base.wasm)));
      const i1k = at.findIndex((c) => c.pages === 1000);
      const lateOf = (f) => (i1k >= 0 && at.length - 1 > i1k ? median(rs.map((r) => f(r.at.at(-1)) - f(r.at[i1k]))) : null);
      const late = lateOf((c) => c.heap + c.wasm);
      byKind[kind] = {
        base, at, growth, late, lateHeap: lateOf((c) => c.heap), lateWasm: lateOf((c) => c.wasm),
        lateSpanPages: i1k >= 0 ? pages - 1000 : null,
      };
    }
    const ours = byKind.ours;
    const met = ours ? ours.growth < GROWTH_LIMIT && (ours.late === null || ours.late < FLAT_BYTES) : null;
    return {
      pages,
      certificates: pages * PAGE,
      source: 'mock --synthetic',
      byKind,
      runs: results,
      target: {
        text: `ours: heap+wasm growth < 16 MB over ${pages.toLocaleString('en-US')} pages and < 2 MiB from 1,000 to ${pages.toLocaleString('en-US')} pages`,
        met,
      },
    };
  } finally {
    await mock.close();
  }
}

export function fmt(bytes) {
  const sign = bytes < 0 ? '-' : '';
  const b = Math.abs(bytes);
  return b >= MB ? `${sign}${(b / MB).toFixed(2)} MB` : `${sign}${(b / 1024).toFixed(0)} KB`;
}

// ---- child ----

const memories = [];
function hookWasm() {
  // Only the package's instances: their imports all come from module `a` (.ci/minify-names.mjs);
  // Node's fetch (undici) has a wasm HTTP parser too, importing from `env`.
  const keep = (instance, module) => {
    const ours = WebAssembly.Module.imports(module).some((i) => i.module === 'a');
    const memory = Object.values(instance?.exports ?? {}).find((e) => e instanceof WebAssembly.Memory);
    if (ours && memory) memories.push(memory);
    return instance;
  };
  const Original = WebAssembly.Instance;
  WebAssembly.Instance = new Proxy(Original, { construct: (T, args) => keep(new T(...args), args[0]) });
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...args) => {
    const r = await instantiate.apply(WebAssembly, args);
    if (r instanceof Original) keep(r, args[0]);
    else keep(r.instance, r.module);
    return r;
  };
}

// Two GCs with a macrotask between them, so finalizers (undici's response bodies) have run.
async function sample() {
  global.gc();
  await new Promise((r) => setImmediate(r));
  global.gc();
  const m = process.memoryUsage();
  const wasm = memories.reduce((s, mem) => s + mem.buffer.byteLength, 0);
  return { heap: m.heapUsed, wasm, rss: m.rss, arrayBuffers: m.arrayBuffers, external: m.external };
}

async function child() {
  const a = parseArgs();
  const pages = Number(a.pages);
  hookWasm();
  const listAll = await loadClient(a.kind);
  const baseURL = `${a.url}/v1`;
  await listAll.warm({ baseURL, key: KEY }); // loads the wasm before the baseline
  const base = await sample();
  const wanted = checkpoints(pages).map((p) => p * PAGE);
  const at = [];
  const t0 = performance.now();
  const n = await listAll({ baseURL, key: KEY, params: { limit: PAGE } }, (c, i) => {
    if (i + 1 === wanted[at.length]) return sample().then((s) => at.push({ pages: (i + 1) / PAGE, ...s }));
  });
  const ms = performance.now() - t0;
  if (n !== pages * PAGE || at.length !== wanted.length) throw new Error(`${a.kind}: listed ${n} of ${pages * PAGE}`);
  report({ ms, base, at, wasmInstances: memories.length });
}

if (import.meta.url === `file://${process.argv[1]}`) await child();
