// Shared helpers for the mock's own tests (not a test file: the name matches no --test pattern).
import { readFileSync } from 'node:fs';

export const KEY = 'sk-admin-mock';

/** Reads a fixture PEM from tests/fixtures/certs. */
export function pem(name) {
  return readFileSync(new URL(`../fixtures/certs/${name}`, import.meta.url), 'utf8');
}

/** Returns `call(path, {method, body, key, headers})` → `{ res, status, json, text }` for a mock. */
export function client(mock) {
  return async function call(path, { method = 'GET', body, key = KEY, headers = {} } = {}) {
    const h = { ...headers };
    if (key) h.authorization = `Bearer ${key}`;
    if (body !== undefined) h['content-type'] = 'application/json';
    const res = await fetch(mock.url + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { res, status: res.status, json, text };
  };
}

/** POSTs to a control endpoint and returns the parsed JSON (throws on non-2xx). */
export async function control(mock, path, body, method = body === undefined ? 'GET' : 'POST') {
  const res = await fetch(`${mock.url}/__mock/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`control ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Follows `after` cursors through a list endpoint and returns every page's JSON. */
export async function allPages(call, basePath, params = {}) {
  const pages = [];
  let after = null;
  for (let guard = 0; guard < 1000; guard++) {
    const q = new URLSearchParams(params);
    if (after) q.set('after', after);
    const { status, json } = await call(`${basePath}?${q}`);
    if (status !== 200) throw new Error(`list failed: ${status} ${JSON.stringify(json)}`);
    pages.push(json);
    if (!json.has_more) return pages;
    after = json.last_id;
  }
  throw new Error('pagination did not terminate');
}

/** Asserts the ErrorResponse shape from the spec: message/type strings, param/code present. */
export function isErrorBody(json) {
  const e = json?.error;
  return (
    Boolean(e) &&
    typeof e.message === 'string' &&
    typeof e.type === 'string' &&
    'param' in e &&
    'code' in e &&
    (e.param === null || typeof e.param === 'string') &&
    (e.code === null || typeof e.code === 'string')
  );
}

const BASE_KEYS = ['certificate_details', 'created_at', 'id', 'name', 'object'];

/**
 * Checks a certificate-shaped object against the spec's schemas: `kind` is 'certificate'
 * (no `active`), 'organization.certificate' or 'organization.project.certificate' (with `active`).
 * Returns a list of problems (empty when it conforms).
 */
export function shapeProblems(obj, kind, { content = false } = {}) {
  const problems = [];
  const keys = Object.keys(obj).sort();
  const want = (kind === 'certificate' ? BASE_KEYS : [...BASE_KEYS, 'active']).sort();
  if (keys.join() !== want.join()) problems.push(`keys ${keys} != ${want}`);
  if (obj.object !== kind) problems.push(`object ${obj.object} != ${kind}`);
  if (!/^cert_[0-9a-f]{24}$/.test(obj.id)) problems.push(`id ${obj.id}`);
  if (!(obj.name === null || typeof obj.name === 'string')) problems.push('name');
  if (!Number.isInteger(obj.created_at)) problems.push('created_at');
  if (kind !== 'certificate' && typeof obj.active !== 'boolean') problems.push('active');
  const d = obj.certificate_details ?? {};
  const dk = Object.keys(d).sort().join();
  if (dk !== (content ? 'content,expires_at,valid_at' : 'expires_at,valid_at')) problems.push(`details keys ${dk}`);
  if (!Number.isInteger(d.valid_at) || !Number.isInteger(d.expires_at)) problems.push('details dates');
  if (content && typeof d.content !== 'string') problems.push('content');
  return problems;
}
