// Scenario 1, throughput: iterate 100,000 certificates (limit 100, so 1,000 pages) with this package,
// with the official `openai` SDK and with a raw fetch + res.json() loop, against the mock with no
// added latency. Each run is a fresh `node` process: it imports its client, makes one warm-up
// request (wasm instantiation, keep-alive connection), then times the 100,000-certificate listing
// (the consumer only reads each certificate's id) and counts the TCP connections opened meanwhile.
// The raw loop is the floor: what any JS client pays for HTTP and JSON. Target: ours at most 1.05x
// the raw loop.
//
// The long listing comes from the mock's `--synthetic N` mode (see lib/mock.mjs).
import net from 'node:net';
import { KEY, startMock } from './lib/mock.mjs';
import { KINDS, loadClient, parseArgs, report } from './lib/clients.mjs';
import { interleaved, med, runChild } from './lib/work.mjs';

const PAGE = 100;

/** Orchestrator part: returns the scenario's numbers for run.mjs. */
export async function scenario({ runs, log }) {
  const certificates = Number(process.env.BENCH_THROUGHPUT_CERTS ?? 100_000);
  const pages = Math.ceil(certificates / PAGE);
  const mock = await startMock(['--synthetic', String(pages * PAGE)]);
  try {
    const results = await interleaved(KINDS, runs, async (kind) => {
      await mock.control('POST', '/__mock/reset', {});
      const r = await runChild('throughput.mjs', ['--kind', kind, '--url', mock.url, '--pages', pages]);
      log(`  throughput ${kind.padEnd(8)} ${r.ms.toFixed(0)} ms, ${r.connects} connections`);
      return r;
    });
    const ms = Object.fromEntries(KINDS.map((k) => [k, med(results[k], 'ms')]));
    return {
      certificates: pages * PAGE,
      pages,
      source: 'mock --synthetic',
      ms,
      perSecond: Object.fromEntries(KINDS.map((k) => [k, (pages * PAGE) / (ms[k] / 1000)])),
      connects: Object.fromEntries(KINDS.map((k) => [k, med(results[k], 'connects')])),
      keepAlive: await keepAliveHint(mock.url),
      ratio: { ours: ms.ours / ms.raw, official: ms.official / ms.raw },
      runs: results,
      target: { text: 'ours <= 1.05x raw and faster than official', met: ms.ours / ms.raw <= 1.05 && ms.ours < ms.official },
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
  await listAll.warm({ baseURL, key: KEY }); // wasm instantiation and a keep-alive connection, before the timed part
  let last;
  connects = 0;
  const t0 = performance.now();
  const n = await listAll({ baseURL, key: KEY, params: { limit: PAGE } }, (c) => {
    last = c.id;
  });
  const ms = performance.now() - t0;
  const opened = connects;
  if (n !== pages * PAGE || !last) throw new Error(`${a.kind}: listed ${n}, expected ${pages * PAGE}`);
  report({ ms, n, connects: opened });
}

if (import.meta.url === `file://${process.argv[1]}`) await child();
