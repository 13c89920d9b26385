// Scenario 6a, cold start in Node: a fresh `node` process per run imports a client, makes it and
// awaits the first certificate of `for await (... of certificates.list())` (mock: 250 certificates,
// no latency). Two numbers per run: since process start (`performance.now()`, whose origin is the
// process's start) and since just before the `import()`. This package compiles its wasm
// synchronously on the first client; the official SDK loads its whole module graph. The raw fetch
// loop (no import) is the floor. This child imports nothing before it starts its clock.

if (import.meta.url === `file://${process.argv[1]}`) {
  const [, , kind, baseURL, key, oursURL] = process.argv;
  const tImport = performance.now();
  let first;
  if (kind === 'raw') {
    const res = await fetch(`${baseURL}/organization/certificates`, { headers: { authorization: `Bearer ${key}` } });
    first = (await res.json()).data[0];
  } else {
    const { default: OpenAI } = await import(kind === 'ours' ? oursURL : 'openai');
    const client = new OpenAI({ adminAPIKey: key, baseURL });
    for await (const certificate of client.admin.organization.certificates.list()) {
      first = certificate;
      break;
    }
  }
  const t = performance.now();
  if (!first?.id) throw new Error(`${kind}: no certificate`);
  process.stdout.write(`BENCH_RESULT ${JSON.stringify({ sinceStart: t, sinceImport: t - tImport })}\n`);
}

/** Orchestrator part. */
export async function scenario({ runs, log }) {
  const { KEY, startMock } = await import('./lib/mock.mjs');
  const { interleaved, med, runChild, WORK } = await import('./lib/work.mjs');
  const { pathToFileURL } = await import('node:url');
  const kinds = ['ours', 'official', 'raw'];
  const mock = await startMock(['--count', '250']);
  try {
    const oursURL = pathToFileURL(`${WORK}/ours.mjs`).href;
    await runChild('coldstart-node.mjs', ['ours', mock.baseURL, KEY, oursURL]); // page cache warm-up
    await runChild('coldstart-node.mjs', ['official', mock.baseURL, KEY, oursURL]);
    const results = await interleaved(kinds, runs, async (kind) => {
      const r = await runChild('coldstart-node.mjs', [kind, mock.baseURL, KEY, oursURL]);
      log(`  cold start node ${kind.padEnd(8)} ${r.sinceStart.toFixed(1)} ms since start, ${r.sinceImport.toFixed(1)} ms since import`);
      return r;
    });
    const sinceStart = Object.fromEntries(kinds.map((k) => [k, med(results[k], 'sinceStart')]));
    const sinceImport = Object.fromEntries(kinds.map((k) => [k, med(results[k], 'sinceImport')]));
    return {
      sinceStart,
      sinceImport,
      ratio: { sinceStart: sinceStart.ours / sinceStart.official, sinceImport: sinceImport.ours / sinceImport.official },
      runs: results,
      target: { text: 'reported (no numeric target)', met: null },
    };
  } finally {
    await mock.close();
  }
}
