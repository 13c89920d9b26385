// Scenario 2, latency-bound listing: the mock adds 20 ms to every request (--latency-ms 20) and the
// consumer spends 20 ms on every page (it awaits a 20 ms timer after the page's last certificate),
// over 50 pages of 100 (the mock's synthetic listing, as in scenarios 1 and 4). A client that waits for the consumer before asking for the next page pays
// 50 x (20 + 20) ms; one that fetches the next page while the consumer works pays about 50 x 20 ms.
// Compares this package with the official SDK (which fetches on demand) and with the raw loop (the
// same on-demand pattern, without an SDK). Target: ours at least 1.8x faster than the official SDK.
import { KEY, startMock } from './lib/mock.mjs';
import { loadClient, parseArgs, report, sleep } from './lib/clients.mjs';
import { interleaved, med, runChild } from './lib/work.mjs';

const PAGE = 100;
const KINDS = ['ours', 'official', 'raw'];

export async function scenario({ runs, log }) {
  const pages = Number(process.env.BENCH_LATENCY_PAGES ?? 50);
  const latency = 20;
  const work = 20;
  // The synthetic listing: the seeded one sorts its certificates on every request (about 2 ms a page
  // at 5,000), time that neither floor counts and that sits on the path of every page.
  const mock = await startMock(['--synthetic', String(pages * PAGE), '--latency-ms', String(latency)]);
  try {
    const results = await interleaved(KINDS, runs, async (kind) => {
      await mock.control('POST', '/__mock/reset', {});
      const r = await runChild('latency.mjs', ['--kind', kind, '--url', mock.url, '--pages', pages, '--work', work]);
      // The warm-up asks for limit=1 (and a prefetching client may follow it with a second request).
      const requests = (await mock.control('GET', '/__mock/requests')).filter((e) => e.query.limit !== '1').length;
      log(`  latency ${kind.padEnd(8)} ${r.ms.toFixed(0)} ms, ${requests} requests`);
      return { ...r, requests };
    });
    const ms = Object.fromEntries(KINDS.map((k) => [k, med(results[k], 'ms')]));
    const speedup = ms.official / ms.ours;
    return {
      pages,
      source: 'mock --synthetic',
      latencyMs: latency,
      workMs: work,
      ms,
      requests: Object.fromEntries(KINDS.map((k) => [k, med(results[k], 'requests')])),
      sequentialFloorMs: pages * (latency + work),
      overlappedFloorMs: pages * Math.max(latency, work) + Math.min(latency, work),
      speedup,
      runs: results,
      target: { text: 'ours >= 1.8x faster than official', met: speedup >= 1.8 },
    };
  } finally {
    await mock.close();
  }
}

async function child() {
  const a = parseArgs();
  const pages = Number(a.pages);
  const work = Number(a.work);
  const listAll = await loadClient(a.kind);
  const baseURL = `${a.url}/v1`;
  await listAll.warm({ baseURL, key: KEY }); // one request, not counted in the time
  const t0 = performance.now();
  const n = await listAll({ baseURL, key: KEY, params: { limit: PAGE } }, (c, i) => {
    if ((i + 1) % PAGE === 0) return sleep(work);
  });
  const ms = performance.now() - t0;
  if (n !== pages * PAGE) throw new Error(`${a.kind}: listed ${n}, expected ${pages * PAGE}`);
  report({ ms, n });
}

if (import.meta.url === `file://${process.argv[1]}`) await child();
