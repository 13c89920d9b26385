// The /__mock/ control API used by tests to inspect and steer the mock. Not part of OpenAI's API:
// no auth, not logged, never affected by faults or latency.
import { parseJson, readBody, sendJson, errorBody } from './http.mjs';
import { normalizeFault } from './faults.mjs';
import { mergeOptions, resetState, summary } from './state.mjs';

const RESET_KEYS = ['auditLogs', 'count', 'key', 'latencyMs', 'maxCertificates', 'projects', 'projectCount', 'seed', 'now'];

/**
 * Handles a `/__mock/...` request. `initialOptions` are the startMock options: a reset starts
 * from them, so options not given in the reset body return to their startup values.
 */
export async function handleControl(req, res, pathname, state, initialOptions) {
  const route = `${req.method} ${pathname}`;
  let body = null;
  if (req.method === 'POST') {
    const parsed = parseJson(await readBody(req));
    if (!parsed.ok) return sendJson(res, 400, errorBody('Control API: body is not valid JSON.'));
    body = parsed.value;
  }
  try {
    switch (route) {
      case 'GET /__mock/requests':
        return sendJson(res, 200, state.log);
      case 'GET /__mock/state':
        return sendJson(res, 200, summary(state));
      case 'POST /__mock/reset': {
        const o = body ?? {};
        if (typeof o !== 'object' || Array.isArray(o)) throw new Error('reset body must be an object');
        for (const k of Object.keys(o)) {
          if (!RESET_KEYS.includes(k)) throw new Error(`reset: unknown option '${k}'`);
        }
        resetState(state, mergeOptions(initialOptions, o));
        return sendJson(res, 200, summary(state));
      }
      case 'POST /__mock/faults': {
        const list = Array.isArray(body) ? body : [body];
        // Validate all before queueing any, so a bad script leaves the queue untouched.
        const faults = list.map((f, i) => normalizeFault(f, state, i));
        state.faults.push(...faults);
        return sendJson(res, 200, { queued: state.faults.length });
      }
      case 'POST /__mock/certificates':
        setCertificates(state, body);
        return sendJson(res, 200, summary(state));
      case 'GET /__mock/faults':
        return sendJson(res, 200, state.faults);
      case 'DELETE /__mock/faults':
        state.faults.length = 0;
        return sendJson(res, 200, { queued: 0 });
      default:
        return sendJson(res, 404, errorBody(`Control API: no route ${route}.`));
    }
  } catch (err) {
    return sendJson(res, 400, errorBody(`Control API: ${err.message}`));
  }
}

/** Fields of a certificate the control API may set (tests of expiry at exact distances from now). */
const SETTABLE = { name: (v) => v === null || typeof v === 'string', valid_at: Number.isInteger, expires_at: Number.isInteger, active: (v) => typeof v === 'boolean' };

/**
 * `POST /__mock/certificates` `{ [id]: { name?, valid_at?, expires_at?, active? } }`: sets those
 * fields (`active`: the organization-level activation); all checked before any is applied.
 */
function setCertificates(state, body) {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new Error('certificates body must be an object by id');
  for (const [id, fields] of Object.entries(body)) {
    if (!state.certs.has(id)) throw new Error(`certificates: unknown id ${id}`);
    for (const [k, v] of Object.entries(fields ?? {})) {
      if (!SETTABLE[k]?.(v)) throw new Error(`certificates.${id}.${k}: not settable to ${JSON.stringify(v)}`);
    }
  }
  for (const [id, { active, ...fields }] of Object.entries(body)) {
    Object.assign(state.certs.get(id), fields);
    if (active === true) state.orgActive.add(id);
    if (active === false) state.orgActive.delete(id);
  }
}
