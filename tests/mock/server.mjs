// Mock of the OpenAI Admin API certificates and projects endpoints, for client tests (Node and browser).
// Library: `startMock(options)`. CLI: `node tests/mock/server.mjs --port 0 ...` (see parseCliArgs).
import http from 'node:http';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { handleApi } from './api.mjs';
import { handleControl } from './control.mjs';
import { echoed, takeFault, overridesResponse, faultResponse } from './faults.mjs';
import {
  ApiError, corsHeaders, decodeSegments, errorBody, errorResult, newRequestId, parseJson,
  queryObject, readBody, sendJson, sendPreflight, sleep, splitTarget,
} from './http.mjs';
import { serveStatic, normalizeStaticDirs } from './static.mjs';
import { syntheticPage } from './synthetic.mjs';
import { DEFAULTS, createState, mergeOptions } from './state.mjs';

/**
 * Starts the mock. Options: port (0 = any free port), host ('127.0.0.1'), key ('sk-admin-mock';
 * null disables auth), count (250 seeded certificates), latencyMs (0, per /v1 request),
 * maxCertificates (50, org-wide upload limit), staticDirs ({ '/prefix': 'dir' }), projects
 * ({ projId: [ids] | n }: activations), projectCount (5 seeded projects), seed, now (unix seconds
 * the seed data is relative to), synthetic (N: the certificate listing serves N generated
 * certificates, see synthetic.mjs).
 * Resolves to { url, baseURL, port, close(), state }.
 */
export async function startMock(options = {}) {
  const { port = 0, host = '127.0.0.1', staticDirs, synthetic = 0, ...rest } = options;
  const initial = mergeOptions(DEFAULTS, rest);
  const state = createState(initial);
  const dirs = normalizeStaticDirs(staticDirs);
  const abort = new AbortController(); // wakes pending delays when the server closes

  const server = http.createServer((req, res) => {
    route(req, res, { state, initial, dirs, synthetic, signal: abort.signal }).catch((err) => {
      process.stderr.write(`mock: internal error: ${err.stack || err}\n`);
      if (!res.headersSent && !res.destroyed) {
        sendJson(res, 500, errorBody(`Mock internal error: ${err.message}`, { type: 'server_error' }));
      } else {
        res.destroy();
      }
    });
  });
  // Long enough that fetch reuses connections; close() ends them at once anyway.
  server.keepAliveTimeout = 10_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  let closing = null;
  function close() {
    closing ??= new Promise((resolve) => {
      abort.abort();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  }
  return { url, baseURL: `${url}/v1`, port: actualPort, close, state };
}

async function route(req, res, ctx) {
  const { pathname, search } = splitTarget(req.url);
  if (req.method === 'OPTIONS') return sendPreflight(req, res);
  if (pathname.startsWith('/__mock/')) return handleControl(req, res, pathname, ctx.state, ctx.initial);
  if (pathname === '/v1' || pathname.startsWith('/v1/')) return handleApiRequest(req, res, pathname, search, ctx);
  if (await serveStatic(req, res, pathname, ctx.dirs)) return;
  sendJson(res, 404, errorBody(`Invalid URL (${req.method} ${pathname})`));
}

// Exact "Bearer <key>" (scheme case-insensitive). Never echo what was received.
function isAuthorized(req, key) {
  if (key === null) return true;
  const m = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  return Boolean(m) && m[1].trim() === key;
}

function authError(req) {
  if (!req.headers.authorization) {
    return errorResult(
      new ApiError(
        401,
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
      ),
    );
  }
  return errorResult(
    new ApiError(401, 'Incorrect API key provided. You can find your API key at https://platform.openai.com/account/api-keys.', {
      code: 'invalid_api_key',
    }),
  );
}

// Order: log, pick fault, wait (latency + fault delay), then fault override, auth, or the route.
// A fault that only modifies (delay/reset/truncate/headers/contentType) still runs the handler, so
// a write whose response is lost has still happened, as it can with the real API.
async function handleApiRequest(req, res, pathname, search, { state, signal, synthetic }) {
  let text;
  try {
    text = await readBody(req);
  } catch (err) {
    if (err instanceof ApiError) return writeResult(res, errorResult(err), null);
    return res.destroy();
  }
  const parsed = parseJson(text);
  const authorized = isAuthorized(req, state.options.key);
  const entry = {
    method: req.method,
    path: pathname,
    query: queryObject(search),
    body: parsed.value,
    authorized,
    status: null, // filled in when the response is written; stays null if the client went away
    fault: false,
  };
  state.log.push(entry);
  const fault = echoed(takeFault(state, req.method, pathname, search), req.headers.authorization);
  entry.fault = Boolean(fault);

  await sleep(state.options.latencyMs, signal);
  if (fault?.delayMs) await sleep(fault.delayMs, signal);
  if (signal.aborted || res.destroyed || res.writableEnded) return;

  const segments = decodeSegments(pathname);
  const apiSegments = segments && segments[0] === 'v1' ? segments.slice(1) : null;
  let result;
  if (synthetic && req.method === 'GET' && pathname === '/v1/organization/certificates' && !fault && authorized) {
    try {
      result = { status: 200, json: syntheticPage(synthetic, entry.query) };
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      result = errorResult(err);
    }
  } else if (fault && overridesResponse(fault)) {
    result = faultResponse(fault, state, apiSegments);
  } else if (!authorized) {
    result = authError(req);
  } else if (!apiSegments) {
    result = errorResult(new ApiError(404, `Invalid URL (${req.method} ${pathname})`));
  } else {
    try {
      result = handleApi({
        method: req.method, segments: apiSegments, search, body: parsed.value, bodyOk: parsed.ok, pathname, state,
      });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      result = errorResult(err);
    }
  }
  entry.status = result.status;
  writeResult(res, result, fault, signal);
}

/**
 * Writes `{status, json | text, headers?}`, applying a fault's headers, contentType, truncate
 * (complete response, body cut in half), reset (headers + half the body, then the socket dies) or
 * stallBodyMs (headers at once, the body that much later; never if the client or the mock goes first).
 */
function writeResult(res, result, fault, signal) {
  let text;
  let type;
  if (result.text !== undefined) {
    text = result.text;
    type = /^\s*</.test(text) ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
  } else {
    text = JSON.stringify(result.json);
    type = 'application/json';
  }
  if (fault?.contentType) type = fault.contentType;
  const full = Buffer.from(text, 'utf8');
  const half = full.subarray(0, Math.floor(full.length / 2));
  const body = fault?.truncate ? half : full;
  const headers = {
    ...corsHeaders(),
    'content-type': type,
    'content-length': String(body.length),
    'x-request-id': newRequestId(),
    ...stringValues(result.headers),
    ...stringValues(fault?.headers),
  };
  res.writeHead(result.status, headers);
  if (fault?.reset) {
    // content-length promises the full body; we send half and drop the connection.
    const kill = () => res.socket?.destroy();
    if (half.length) res.write(half, kill);
    else {
      res.flushHeaders();
      setTimeout(kill, 10);
    }
    return;
  }
  if (fault?.stallBodyMs) {
    res.flushHeaders();
    const gone = new AbortController();
    res.once('close', () => gone.abort());
    sleep(fault.stallBodyMs, signal ? AbortSignal.any([signal, gone.signal]) : gone.signal).then(() => {
      if (!gone.signal.aborted && !signal?.aborted) res.end(body);
    });
    return;
  }
  res.end(body);
}

function stringValues(obj) {
  const out = {};
  for (const [k, v] of Object.entries(obj ?? {})) out[k.toLowerCase()] = String(v);
  return out;
}

/**
 * Parses CLI flags into startMock options: --port --host --count --key --no-key --latency-ms
 * --max-certificates --project-count --seed --now, repeatable --static PREFIX=DIR and
 * --project ID=N|ID=cert_a,cert_b.
 */
export function parseCliArgs(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      count: { type: 'string' },
      key: { type: 'string' },
      'no-key': { type: 'boolean' },
      'latency-ms': { type: 'string' },
      'max-certificates': { type: 'string' },
      'project-count': { type: 'string' },
      seed: { type: 'string' },
      now: { type: 'string' },
      static: { type: 'string', multiple: true },
      project: { type: 'string', multiple: true },
      synthetic: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const int = (name) => {
    const v = values[name];
    if (v === undefined) return undefined;
    if (!/^[0-9]+$/.test(v)) throw new Error(`--${name} must be a non-negative integer`);
    return Number(v);
  };
  const pairs = (name) =>
    (values[name] ?? []).map((s) => {
      const i = s.indexOf('=');
      if (i <= 0) throw new Error(`--${name} expects NAME=VALUE, got '${s}'`);
      return [s.slice(0, i), s.slice(i + 1)];
    });
  const projects = {};
  for (const [id, v] of pairs('project')) projects[id] = /^[0-9]+$/.test(v) ? Number(v) : v.split(',').filter(Boolean);
  return {
    help: values.help ?? false,
    port: int('port'),
    host: values.host,
    count: int('count'),
    key: values['no-key'] ? null : values.key,
    latencyMs: int('latency-ms'),
    maxCertificates: int('max-certificates'),
    projectCount: int('project-count'),
    seed: int('seed'),
    now: int('now'),
    staticDirs: Object.fromEntries(pairs('static')),
    projects: Object.keys(projects).length ? projects : undefined,
    synthetic: int('synthetic'),
  };
}

const USAGE = `usage: node tests/mock/server.mjs [--port 0] [--host 127.0.0.1] [--count 250]
  [--key sk-admin-mock | --no-key] [--latency-ms 0] [--max-certificates 50] [--project-count 5]
  [--seed N] [--now UNIX] [--static /=www ...] [--project proj_abc=3 | --project proj_abc=cert_a,cert_b ...]
  [--synthetic N]   the certificate listing serves N generated certificates (for benchmarks)`;

async function main() {
  let opts;
  try {
    opts = parseCliArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err.message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (opts.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  const { help, ...options } = opts;
  let mock;
  try {
    mock = await startMock(options);
  } catch (err) {
    process.stderr.write(`mock: ${err.message}\n`);
    process.exit(1);
  }
  process.stdout.write(`mock listening on ${mock.url}\n`);
  const stop = () => {
    // A second signal, or a close that hangs, still ends the process.
    setTimeout(() => process.exit(0), 2000).unref();
    mock.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const invokedDirectly = (() => {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (invokedDirectly) main();
