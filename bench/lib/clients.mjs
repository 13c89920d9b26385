// The three ways of listing certificates that the benchmarks compare, behind one signature:
// `const listAll = await loadClient(kind)`; `await listAll({ baseURL, key, params }, onItem)` calls
// `onItem(certificate, index)` for every certificate in order, awaits what it returns when that is
// a promise (a consumer doing work), and resolves to the number of certificates.
//
// - `ours`: this package, installed from its packed tarball into bench/.work/ (`ours.mjs` there
//   re-exports `openai-admin-certificates`, so it resolves exactly as in a user's project).
// - `official`: the `openai` SDK pinned in bench/package.json, through the same resource and names.
// - `raw`: `fetch` + `res.json()` following `last_id` while `has_more`: the floor, with no checks.
import { pathToFileURL } from 'node:url';
import { WORK } from './work.mjs';

export const KINDS = ['ours', 'official', 'raw'];

/**
 * Imports a client's module (outside any timed region) and returns its `listAll`, which also has
 * `listAll.warm(options)`: makes the client and awaits one first page of one certificate (loads
 * the wasm, opens the keep-alive connection), so that timed runs measure listing, not start-up.
 */
export async function loadClient(kind) {
  if (kind === 'ours') {
    const { default: OpenAI } = await import(pathToFileURL(`${WORK}/ours.mjs`).href);
    return sdkLister((o) => new OpenAI(o));
  }
  if (kind === 'official') {
    const { default: OpenAI } = await import('openai');
    return sdkLister((o) => new OpenAI(o));
  }
  if (kind === 'raw') {
    rawListAll.warm = (o) => rawListAll({ ...o, params: { limit: 1 }, once: true }, () => {});
    return rawListAll;
  }
  throw new Error(`unknown client ${kind}`);
}

function sdkLister(construct) {
  let client;
  let clientKey;
  const clientFor = ({ baseURL, key }) => {
    if (clientKey !== `${baseURL} ${key}`) {
      client = construct({ adminAPIKey: key, baseURL });
      clientKey = `${baseURL} ${key}`;
    }
    return client;
  };
  async function listAll({ baseURL, key, params }, onItem) {
    const client = clientFor({ baseURL, key });
    let i = 0;
    for await (const certificate of client.admin.organization.certificates.list(params)) {
      const r = onItem(certificate, i++);
      if (r) await r;
    }
    return i;
  }
  listAll.warm = async (o) => {
    const page = await clientFor(o).admin.organization.certificates.list({ limit: 1 });
    if (!Array.isArray(page.data)) throw new Error('warm-up: no page');
  };
  return listAll;
}

async function rawListAll({ baseURL, key, params = {}, once = false }, onItem) {
  const headers = key ? { authorization: `Bearer ${key}` } : {};
  let after = params.after;
  let i = 0;
  for (;;) {
    const url = new URL(`${baseURL}/organization/certificates`);
    for (const [k, v] of Object.entries({ ...params, after })) if (v !== undefined) url.searchParams.set(k, v);
    const res = await fetch(url, { headers });
    if (!res.ok) throw new Error(`raw: HTTP ${res.status} ${await res.text()}`);
    const page = await res.json();
    for (const certificate of page.data) {
      const r = onItem(certificate, i++);
      if (r) await r;
    }
    if (once || !page.has_more || !page.last_id) return i;
    after = page.last_id;
  }
}

/** Parses `--name value` pairs of a scenario child's argv. */
export function parseArgs(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, '')] = argv[i + 1];
  return out;
}

/** A child's result: one JSON line on stdout, read by `runChild`. */
export function report(result) {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
