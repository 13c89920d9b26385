// What the local console's proxy lets through, decided from the request alone (pure, so each
// refusal is testable without a network). The proxy holds the admin key, so it is not an open
// door: only its own page (the per-run secret, its own Origin and Host) may use it, and only for
// the certificates, projects and audit-log calls the console makes.
import { timingSafeEqual } from 'node:crypto';

/** The API calls forwarded: method and path pattern below /v1. */
const ALLOWED = [
  ['GET', /^\/organization\/certificates$/],
  ['POST', /^\/organization\/certificates$/],
  ['POST', /^\/organization\/certificates\/(activate|deactivate)$/],
  ['GET', /^\/organization\/certificates\/[A-Za-z0-9_-]+$/],
  ['POST', /^\/organization\/certificates\/[A-Za-z0-9_-]+$/],
  ['DELETE', /^\/organization\/certificates\/[A-Za-z0-9_-]+$/],
  ['GET', /^\/organization\/projects$/],
  ['GET', /^\/organization\/projects\/[A-Za-z0-9_-]+$/],
  ['GET', /^\/organization\/projects\/[A-Za-z0-9_-]+\/certificates$/],
  ['POST', /^\/organization\/projects\/[A-Za-z0-9_-]+\/certificates\/(activate|deactivate)$/],
  ['GET', /^\/organization\/audit_logs$/],
];

/** Is `method` on `path` (below /v1, without the query) one of the forwarded calls? */
export function allowedCall(method, path) {
  return ALLOWED.some(([m, pattern]) => m === method && pattern.test(path));
}

/** Constant-time comparison of two strings. */
function same(a, b) {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * `null` when the request may go on, else `[status, reason]`. `self` is `{ host, origin, secret }`:
 * the `host:port` the server listens on, its origin, and the per-run secret the console sends as
 * its bearer token. Static files need only the right Host; /v1 calls need all of it.
 */
export function refusal({ method, url, headers }, self) {
  // DNS rebinding: a hostile name re-pointed at 127.0.0.1 arrives with its own Host.
  if (headers.host !== self.host) return [421, 'this server answers only to its own address'];
  const path = new URL(url, `http://${self.host}`).pathname;
  if (!path.startsWith('/v1/')) return null;
  // CSRF: a page of another site may send requests here; the browser names its origin.
  if (headers.origin !== undefined && headers.origin !== self.origin) return [403, 'cross-origin requests are refused'];
  if (headers['sec-fetch-site'] !== undefined && !['same-origin', 'none'].includes(headers['sec-fetch-site'])) {
    return [403, 'cross-site requests are refused'];
  }
  const token = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1];
  if (!token || !same(token, self.secret)) return [401, 'the per-run secret of the printed URL is required'];
  if (!allowedCall(method, path.slice('/v1'.length))) return [403, `${method} ${path} is not forwarded by this proxy`];
  return null;
}
