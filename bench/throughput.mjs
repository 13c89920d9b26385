// Scenario 1, throughput: iterate 100,000 certificates (limit 100, so 1,000 pages) with this package,
// with the official `openai` SDK and with a raw fetch + res.json() loop, against the mock with no
// added latency. Each run is a fresh `node` process: it imports its client, makes one warm-up
// request (wasm instantiation, keep-alive connection), then times the 100,000-certificate listing
// (the consumer only reads each certificate's id) and counts the TCP connections opened meanwhile.
// The raw loop is the floor: what any JS client pays for HTTP and JSON. Target: ours at most 1.05x
// the raw loop.
//
// The long listing is scripted through the mock's fault queue (see lib/mock.mjs) because the seeded
// mode re-sorts every certificate per page; with `--synthetic` in the mock it is used instead.
import net from 'node:net';
import { KEY, pendingFaults, queueSyntheticListing, startMock, mockHasSynthetic } from './lib/mock.mjs';
import { KINDS, loadClient, parseArgs, report } from './lib/clients.mjs';
import { interleaved, med, runChild } from './lib/work.mjs';

const PAGE = 100;

/** Orchestrator part: returns the scenario's numbers for run.mjs. */
export async function scenario({ runs, log }) {
  const certificates = Number(process.env.BENCH_THROUGHPUT_CERTS ?? 100_000);
  const pages = Math.ceil(certificates / PAGE);
  const synthetic = mockHasSynthetic();
  const mock = await startMock(synthetic ? ['--synthetic', String(pages * PAGE)] : ['--count', String(PAGE)]);
  try {
    const results = await interleaved(KINDS, runs, async (kind) => {
      await mock.control('POST', '/__mock/reset', {});
      const r = await runChild('throughput.mjs', ['--kind', kind, '--url', mock.url, '--pages', pages, '--queue', synthetic ? 0 : 1]);
      log(`  throughput ${kind.padEnd(8)} ${r.ms.toFixed(0)} ms, ${r.connects} connections`);
      return r;
    });
    const ms = Object.fromEntries(KINDS.map((k) => [k, med(results[k], 'ms')]));
    return {
      certificates: pages * PAGE,
      pages,
      source: synthetic ? 'mock --synthetic' : 'mock fault queue (100 seeded certificates per page, scripted cursors)',
      ms,
      perSecond: Object.fromEntries(KINDS.map((k) => [k, (pages * PAGE) / (ms[k] / 1000)])),
      connects: Object.fromEntries(KINDS.map((k) => [k, med(results[k], 'connects')])),
      keepAlive: await keepAliveHint(mock.url),
      ratio: { ours: ms.ours / ms.raw, official: ms.official / ms.raw },
      runs: results,
      target: { text: 'ours <= 1.05x raw', met: ms.ours / ms.raw <= 1.05 },
    };
  } finally {
    await mock.close();
  }
}

/** The mock's `keep-alive: timeout=N` hint: Node's fetch reuses a connection only if N > 1-2 s. */
async function keepAliveHint(url) {
  const res = await fetch(`${url}/__mock/faults`);
  await res.arrayBuffer();
  return res.headers.get('keep-alive');
}

async function child() {
  // TCP connections opened during the timed listing (a keep-alive that is not reused shows here).
  let connects = 0;
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function countedConnect(...args) {
    connects++;
    return connect.apply(this, args);
  };
  const a = parseArgs();
  const pages = Number(a.pages);
  const listAll = await loadClient(a.kind);
  const baseURL = `${a.url}/v1`;
  await listAll.warm({ baseURL, key: KEY }); // no fault is queued yet: the real handler answers
  if (a.queue === '1') await queueSyntheticListing(a.url, pages, PAGE);
  let last;
  connects = 0;
  const t0 = performance.now();
  const n = await listAll({ baseURL, key: KEY, params: { limit: PAGE } }, (c) => {
    last = c.id;
  });
  const ms = performance.now() - t0;
  const opened = connects;
  if (n !== pages * PAGE || !last) throw new Error(`${a.kind}: listed ${n}, expected ${pages * PAGE}`);
  if (a.queue === '1' && (await pendingFaults(a.url)) !== 0) throw new Error(`${a.kind}: pages left unread`);
  report({ ms, n, connects: opened });
}

if (import.meta.url === `file://${process.argv[1]}`) await child();
