// The local console: serves the console's files and forwards its API calls with the admin key
// added here, on 127.0.0.1 only. What may pass is policy.mjs's; the key never goes to the browser
// (responses are scrubbed of it too, in case the upstream echoes credentials).
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { refusal } from './policy.mjs';
import { staticFile } from './files.mjs';

/** The page's policy, tighter than its meta tag: API calls only to this origin. */
const HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cache-control': 'no-store',
};
/** Request headers passed upstream, and response headers passed back. */
const REQUEST_HEADERS = ['content-type', 'accept'];
const RESPONSE_HEADERS = ['content-type', 'x-request-id', 'retry-after', 'retry-after-ms', 'x-should-retry'];

function send(res, status, headers, body) {
  res.writeHead(status, { ...HEADERS, ...headers });
  res.end(body);
}

function refuse(res, status, message) {
  send(res, status, { 'content-type': 'application/json' }, JSON.stringify({ error: { message, type: 'local_proxy_refusal', param: null, code: null } }));
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** `text` with every occurrence of `key` replaced. */
const scrub = (buffer, key) => (buffer.includes(key) ? Buffer.from(buffer.toString('utf8').replaceAll(key, '[redacted]')) : buffer);

/** Forwards one allowed call to `upstream` (the API base URL, ending in /v1) with the key. */
async function forward(req, res, upstream, key) {
  const url = new URL(req.url, 'http://local');
  const target = upstream.replace(/\/+$/, '') + url.pathname.slice('/v1'.length) + url.search;
  const headers = { authorization: `Bearer ${key}` };
  for (const name of REQUEST_HEADERS) if (req.headers[name]) headers[name] = req.headers[name];
  const body = req.method === 'GET' ? undefined : await readBody(req);
  let answer;
  try {
    answer = await fetch(target, { method: req.method, headers, body, redirect: 'manual' });
  } catch (error) {
    return refuse(res, 502, `the API at ${new URL(target).origin} could not be reached: ${error.cause?.code ?? error.message}`);
  }
  const out = {};
  for (const name of RESPONSE_HEADERS) {
    const value = answer.headers.get(name);
    if (value !== null) out[name] = value.replaceAll(key, '[redacted]');
  }
  send(res, answer.status, out, scrub(Buffer.from(await answer.arrayBuffer()), key));
}

/**
 * Starts the console on 127.0.0.1:`port` (0: any free port). Resolves to `{ url, close() }`:
 * `url` opens the console signed in (the secret in the fragment, which no request carries).
 */
export async function startConsole({ port = 0, upstream, key }) {
  const secret = randomBytes(24).toString('base64url');
  const self = { host: '', origin: '', secret };
  const server = createServer(async (req, res) => {
    try {
      const refused = refusal(req, self);
      if (refused) return refuse(res, ...refused);
      const path = new URL(req.url, 'http://local').pathname;
      if (path.startsWith('/v1/')) return await forward(req, res, upstream, key);
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'static files are GET only');
      const file = await staticFile(path);
      if (!file) return refuse(res, 404, 'not found');
      send(res, 200, { 'content-type': file.type }, req.method === 'HEAD' ? undefined : file.body);
    } catch {
      if (!res.headersSent) refuse(res, 500, 'the local console failed to answer');
      else res.destroy();
    }
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  self.host = `127.0.0.1:${server.address().port}`;
  self.origin = `http://${self.host}`;
  return {
    url: `${self.origin}/#proxy=${secret}`,
    close: () => new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    }),
  };
}
