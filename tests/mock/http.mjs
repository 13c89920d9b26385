// Small HTTP helpers shared by the mock's API, control and static handlers.
import { randomBytes } from 'node:crypto';

/** An error that becomes an OpenAI-style `{"error": {...}}` response. */
export class ApiError extends Error {
  constructor(status, message, { type = 'invalid_request_error', param = null, code = null } = {}) {
    super(message);
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
  }
}

/** The OpenAI error body; param/code are always present (null when not applicable) as the spec requires. */
export function errorBody(message, { type = 'invalid_request_error', param = null, code = null } = {}) {
  return { error: { message, type, param, code } };
}

/** A handler result for an ApiError. */
export function errorResult(err) {
  return { status: err.status, json: errorBody(err.message, err) };
}

/** A fresh `req_` + 32 hex request id, like the real API's. */
export function newRequestId() {
  return 'req_' + randomBytes(16).toString('hex');
}

// Exposed so browser code served from another origin can read retry hints and the request id.
const EXPOSED = 'x-request-id, retry-after, retry-after-ms, x-should-retry';

/** CORS headers added to every response (API, control, static). */
export function corsHeaders() {
  return {
    'access-control-allow-origin': '*',
    'access-control-expose-headers': EXPOSED,
  };
}

/** Answers an OPTIONS preflight: any requested header is allowed (x-stainless-* and friends). */
export function sendPreflight(req, res) {
  const requested = req.headers['access-control-request-headers'];
  res.writeHead(204, {
    ...corsHeaders(),
    'access-control-allow-methods': 'GET, POST, DELETE, OPTIONS',
    'access-control-allow-headers': requested || 'authorization, content-type',
    'access-control-max-age': '600',
    vary: 'access-control-request-headers',
    'content-length': '0',
  });
  res.end();
}

/**
 * Splits a raw request target into its undecoded pathname and query, without WHATWG URL
 * normalisation, so `%2F` inside an id stays inside its segment.
 */
export function splitTarget(target) {
  let t = target || '/';
  if (!t.startsWith('/')) {
    // absolute-form (`GET http://host/path`), as some proxies send it
    try {
      const u = new URL(t);
      t = u.pathname + u.search;
    } catch {
      t = '/';
    }
  }
  const hash = t.indexOf('#');
  if (hash >= 0) t = t.slice(0, hash);
  const q = t.indexOf('?');
  const pathname = q >= 0 ? t.slice(0, q) : t;
  const search = new URLSearchParams(q >= 0 ? t.slice(q + 1) : '');
  return { pathname, search };
}

/** Query parameters as a plain object; a repeated key becomes an array of its values. */
export function queryObject(search) {
  const out = {};
  for (const [k, v] of search) {
    if (!(k in out)) out[k] = v;
    else if (Array.isArray(out[k])) out[k].push(v);
    else out[k] = [out[k], v];
  }
  return out;
}

/** Percent-decodes path segments; returns null when a segment is malformed (the route then 404s). */
export function decodeSegments(pathname) {
  try {
    return pathname.split('/').slice(1).map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

const MAX_BODY = 1 << 20;

/**
 * Reads the request body as text. Bodies over 1 MiB are rejected with 413 rather than buffered,
 * since nothing legitimate in this API is that large.
 */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      // Keep draining but stop buffering, so the 413 can still be written on this socket.
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY) reject(new ApiError(413, 'Request body too large.'));
      else resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', reject);
  });
}

/** Parses a body as JSON: `{ value, ok }`, where an empty body is `{ value: null, ok: true }`. */
export function parseJson(text) {
  if (!text || !text.trim()) return { value: null, ok: true };
  try {
    return { value: JSON.parse(text), ok: true };
  } catch {
    return { value: null, ok: false };
  }
}

/** Writes a complete JSON response with CORS and request-id headers. */
export function sendJson(res, status, value, extraHeaders = {}) {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    ...corsHeaders(),
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-request-id': newRequestId(),
    ...extraHeaders,
  });
  res.end(text);
}

/** Sleeps `ms`, resolving early (never rejecting) when `signal` aborts so close() is not held up. */
export function sleep(ms, signal) {
  if (!ms || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
