// Scenario 3, a real-size listing: the organization limit is 50 certificates, so a real listing is
// 50 certificates; `list()` with no limit (the API's default page is 20), 30 ms of mock latency per
// request. Measures the requests each client makes (from the mock's request log) and the time from
// `list()` to the last certificate, this package vs the official SDK. Each run is a fresh process
// whose client has already made one request (wasm loaded, connection open): cold start is scenario 6.
import { KEY, startMock } from './lib/mock.mjs';
import { loadClient, parseArgs, report } from './lib/clients.mjs';
import { interleaved, med, runChild } from './lib/work.mjs';

const KINDS = ['ours', 'official'];

export async function scenario({ runs, log }) {
  const count = 50;
  const latency = 30;
  const mock = await startMock(['--count', String(count), '--latency-ms', String(latency)]);
  try {
    const results = await interleaved(KINDS, runs, async (kind) => {
      const r = await runChild('realsize.mjs', ['--kind', kind, '--url', mock.url, '--count', count]);
      // Reset by the child after its warm-up (limit=1); a warm-up prefetch may still land after it.
      const logged = (await mock.control('GET', '/__mock/requests')).filter((e) => e.query.limit !== '1');
      const requests = logged.length;
      const limits = logged.map((e) => e.query.limit ?? '-').join(',');
      log(`  real-size ${kind.padEnd(8)} ${r.ms.toFixed(0)} ms, ${requests} requests (limit ${limits})`);
      return { ...r, requests, limits };
    });
    const ms = Object.fromEntries(KINDS.map((k) => [k, med(results[k], 'ms')]));
    const requests = Object.fromEntries(KINDS.map((k) => [k, med(results[k], 'requests')]));
    return {
      count,
      latencyMs: latency,
      ms,
      requests,
      limits: Object.fromEntries(KINDS.map((k) => [k, results[k][0].limits])),
      speedup: ms.official / ms.ours,
      runs: results,
      target: { text: 'reported (no numeric target)', met: null },
    };
  } finally {
    await mock.close();
  }
}

async function child() {
  const a = parseArgs();
  const listAll = await loadClient(a.kind);
  const baseURL = `${a.url}/v1`;
  await listAll.warm({ baseURL, key: KEY });
  const reset = await fetch(`${a.url}/__mock/reset`, { method: 'POST', body: '{}' });
  if (!reset.ok) throw new Error(`reset: ${reset.status}`);
  const t0 = performance.now();
  const n = await listAll({ baseURL, key: KEY, params: undefined }, () => {});
  const ms = performance.now() - t0;
  if (n !== Number(a.count)) throw new Error(`${a.kind}: listed ${n}, expected ${a.count}`);
  report({ ms, n });
}

if (import.meta.url === `file://${process.argv[1]}`) await child();
