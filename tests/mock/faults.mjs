// Scripted faults: validated when queued through /__mock/faults, consumed in order by matching
// /v1 requests, and applied when the response is written.
import { matchRoute } from './api.mjs';
import { errorBody } from './http.mjs';
import { orgItem, projectItem } from './state.mjs';

const KEYS = new Set([
  'match', 'times', 'status', 'headers', 'body', 'bodyText', 'contentType',
  'delayMs', 'reset', 'truncate', 'page', 'echoAuthorization', 'stallBodyMs',
]);

/** Where `echoAuthorization` puts the received header: every `{auth}` in the fault's texts. */
export const AUTH_PLACEHOLDER = '{auth}';

/**
 * Validates one fault and returns a normalised copy; throws Error with a readable message.
 * Unknown keys are rejected so a typo ("delay") fails the test setup instead of silently doing nothing.
 */
export function normalizeFault(f, state, i = 0) {
  const where = `fault[${i}]`;
  if (f === null || typeof f !== 'object' || Array.isArray(f)) throw new Error(`${where} must be an object`);
  for (const k of Object.keys(f)) if (!KEYS.has(k)) throw new Error(`${where}: unknown key '${k}'`);
  const m = f.match ?? {};
  if (typeof m !== 'object' || Array.isArray(m)) throw new Error(`${where}.match must be an object`);
  for (const k of Object.keys(m)) {
    if (!['method', 'path', 'after'].includes(k)) throw new Error(`${where}.match: unknown key '${k}'`);
  }
  if (m.method !== undefined && typeof m.method !== 'string') throw new Error(`${where}.match.method must be a string`);
  if (m.path !== undefined && typeof m.path !== 'string') throw new Error(`${where}.match.path must be a string`);
  if (m.after !== undefined && m.after !== null && typeof m.after !== 'string') {
    throw new Error(`${where}.match.after must be a string or null`);
  }
  const times = f.times ?? 1;
  if (!Number.isInteger(times) || times < 1) throw new Error(`${where}.times must be a positive integer`);
  if (f.status !== undefined && !(Number.isInteger(f.status) && f.status >= 200 && f.status <= 599)) {
    throw new Error(`${where}.status must be an integer 200..599`);
  }
  if (f.headers !== undefined && (typeof f.headers !== 'object' || f.headers === null || Array.isArray(f.headers))) {
    throw new Error(`${where}.headers must be an object`);
  }
  if (f.bodyText !== undefined && typeof f.bodyText !== 'string') throw new Error(`${where}.bodyText must be a string`);
  const bodies = ['body', 'bodyText', 'page'].filter((k) => f[k] !== undefined);
  if (bodies.length > 1) throw new Error(`${where}: use only one of ${bodies.join(', ')}`);
  if (f.contentType !== undefined && typeof f.contentType !== 'string') throw new Error(`${where}.contentType must be a string`);
  if (f.delayMs !== undefined && !(typeof f.delayMs === 'number' && f.delayMs >= 0)) {
    throw new Error(`${where}.delayMs must be a non-negative number`);
  }
  if (f.page !== undefined) checkPage(f.page, state, where);
  if (f.echoAuthorization !== undefined) checkEcho(f, where);
  if (f.stallBodyMs !== undefined) {
    if (!(typeof f.stallBodyMs === 'number' && f.stallBodyMs >= 0)) throw new Error(`${where}.stallBodyMs must be a non-negative number`);
    if (f.reset) throw new Error(`${where}: stallBodyMs and reset cannot be combined`);
  }
  return { ...f, match: { ...m }, times };
}

// An echo with nowhere to go is a typo in the test, not a fault worth serving.
function checkEcho(f, where) {
  const e = f.echoAuthorization;
  const name = `${where}.echoAuthorization`;
  if (e !== true && (e === null || typeof e !== 'object' || Array.isArray(e))) throw new Error(`${name} must be true or an object`);
  if (e !== true) {
    for (const k of Object.keys(e)) if (!['value', 'slice'].includes(k)) throw new Error(`${name}: unknown key '${k}'`);
    if (e.value !== undefined && !['header', 'token'].includes(e.value)) throw new Error(`${name}.value must be 'header' or 'token'`);
    const s = e.slice;
    if (s !== undefined && !(Array.isArray(s) && s.length >= 1 && s.length <= 2 && s.every(Number.isInteger))) {
      throw new Error(`${name}.slice must be [start] or [start, end] (integers)`);
    }
  }
  const texts = JSON.stringify([f.bodyText, f.body, f.page, f.headers]);
  if (!texts.includes(AUTH_PLACEHOLDER)) throw new Error(`${name}: no ${AUTH_PLACEHOLDER} in bodyText, body, page or headers`);
}

function checkPage(page, state, where) {
  if (page === null || typeof page !== 'object' || !Array.isArray(page.data)) {
    throw new Error(`${where}.page must be an object with a data array`);
  }
  for (const item of page.data) {
    if (typeof item === 'string' && !state.certs.has(item)) throw new Error(`${where}.page.data: unknown id '${item}'`);
    if (typeof item !== 'string' && (item === null || typeof item !== 'object')) {
      throw new Error(`${where}.page.data items must be ids or objects`);
    }
    if (item?.like !== undefined && !state.certs.has(item.like)) throw new Error(`${where}.page.data: unknown like '${item.like}'`);
  }
}

/**
 * The fault as served to a request whose `Authorization` header is `authorization`: with
 * `echoAuthorization`, every `{auth}` in bodyText, in the strings of body and page, and in header
 * values becomes the header (`value: 'header'`, default) or the text after its scheme
 * (`value: 'token'`), cut by `slice` as `String.prototype.slice` would. Other faults pass unchanged.
 */
export function echoed(f, authorization) {
  if (!f?.echoAuthorization) return f;
  const { value = 'header', slice = [0] } = f.echoAuthorization === true ? {} : f.echoAuthorization;
  const received = authorization ?? '';
  const auth = (value === 'token' ? received.replace(/^\S+\s+/, '') : received).slice(...slice);
  const fill = (v) => {
    if (typeof v === 'string') return v.replaceAll(AUTH_PLACEHOLDER, () => auth);
    if (Array.isArray(v)) return v.map(fill);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fill(x)]));
    return v;
  };
  const out = { ...f };
  for (const k of ['bodyText', 'body', 'page', 'headers']) if (f[k] !== undefined) out[k] = fill(f[k]);
  return out;
}

function matches(f, method, pathname, search) {
  const m = f.match;
  if (m.method && m.method.toUpperCase() !== method) return false;
  if (m.path) {
    if (m.path.endsWith('*') ? !pathname.startsWith(m.path.slice(0, -1)) : pathname !== m.path) return false;
  }
  if (m.after !== undefined && search.get('after') !== m.after) return false;
  return true;
}

/** Removes and returns (one use of) the first queued fault matching this request, or null. */
export function takeFault(state, method, pathname, search) {
  const i = state.faults.findIndex((f) => matches(f, method, pathname, search));
  if (i < 0) return null;
  const f = state.faults[i];
  if (--f.times === 0) state.faults.splice(i, 1);
  return f;
}

/** Whether the fault replaces the handler's response (otherwise it only modifies it). */
export function overridesResponse(f) {
  return f.status !== undefined || f.body !== undefined || f.bodyText !== undefined || f.page !== undefined;
}

const DEFAULT_ERRORS = {
  429: ['Rate limit reached for requests. Please try again later.', 'requests', 'rate_limit_exceeded'],
  500: ['The server had an error while processing your request. Sorry about that!', 'server_error', null],
  502: ['Bad gateway.', 'server_error', null],
  503: ['The engine is currently overloaded, please try again later.', 'server_error', null],
  504: ['Gateway timeout.', 'server_error', null],
};

/**
 * The response a fault prescribes in place of the handler's: `{status, json}` or `{status, text}`.
 * A `page` is served as a list envelope; string items (and `{like: id}` items) are expanded to full
 * org or project list items depending on the request path, and first_id/last_id default to the data's ends unless given
 * (so `last_id: null` with `has_more: true` can be scripted).
 */
export function faultResponse(f, state, segments) {
  const status = f.status ?? 200;
  if (f.bodyText !== undefined) return { status, text: f.bodyText };
  if (f.body !== undefined) return { status, json: f.body };
  if (f.page !== undefined) {
    const m = segments && matchRoute(segments);
    const expand = (id) => {
      const rec = state.certs.get(id);
      if (!rec) return { id }; // deleted since it was queued; still serve something recognisable
      return m?.route === 'project-collection' ? { ...projectItem(state, m.projectId, rec), active: true } : orgItem(state, rec);
    };
    // `{like: id, ...fields}`: that certificate's full item with `fields` put over it.
    const item = (x) => {
      if (typeof x === 'string') return expand(x);
      if (x.like === undefined) return x;
      const { like, ...fields } = x;
      return { ...expand(like), ...fields };
    };
    const data = f.page.data.map(item);
    const p = f.page;
    return {
      status,
      json: {
        object: 'list',
        data,
        first_id: 'first_id' in p ? p.first_id : (data[0]?.id ?? null),
        last_id: 'last_id' in p ? p.last_id : (data.at(-1)?.id ?? null),
        has_more: p.has_more ?? false,
      },
    };
  }
  if (status >= 400) {
    const [message, type, code] = DEFAULT_ERRORS[status] ?? [`Mock fault: HTTP ${status}.`, 'invalid_request_error', null];
    return { status, json: errorBody(message, { type, code }) };
  }
  return { status, json: {} };
}
