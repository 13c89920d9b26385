// The mock at benchmark scale: startup time, resident memory and the time one page of 100 takes
// (server-side work plus one local round trip) when it is seeded with 100,000 and 1,000,000
// certificates. This is why scenarios 1 and 4 use the mock's `--synthetic` mode (see lib/mock.mjs): a page that costs tens or hundreds of milliseconds in the mock would hide
// everything the clients do. BENCH_MOCK_SCALE=0 skips it; BENCH_MOCK_SCALE=100000 probes one size.
import { KEY, startMock } from './lib/mock.mjs';
import { median } from './lib/work.mjs';

export async function scenario({ log }) {
  const sizes = (process.env.BENCH_MOCK_SCALE ?? '100000,1000000').split(',').map(Number).filter(Boolean);
  const out = [];
  for (const count of sizes) {
    const mock = await startMock(['--count', String(count)]);
    try {
      const rssMB = mock.rssMB();
      const pageMs = [];
      let after = null;
      for (let i = 0; i < 5; i++) {
        const url = `${mock.baseURL}/organization/certificates?limit=100${after ? `&after=${after}` : ''}`;
        const t0 = performance.now();
        const res = await fetch(url, { headers: { authorization: `Bearer ${KEY}` } });
        const page = await res.json();
        pageMs.push(performance.now() - t0);
        after = page.last_id;
      }
      const r = { count, startupMs: mock.startupMs, rssMB, pageMs: median(pageMs), pages: Math.ceil(count / 100) };
      r.listingSeconds = (r.pageMs * r.pages) / 1000;
      log(`  mock --count ${count}: startup ${r.startupMs.toFixed(0)} ms, RSS ${rssMB.toFixed(0)} MB, ${r.pageMs.toFixed(1)} ms a page (~${r.listingSeconds.toFixed(0)} s of mock time for the whole listing)`);
      out.push(r);
    } finally {
      await mock.close();
    }
  }
  return { sizes: out };
}
