// The mock's in-memory organization: certificates, projects, activation sets, request log and fault
// queue, plus the response shapes and the cursor pagination shared by every list endpoint.
import { readFileSync } from 'node:fs';
import { ApiError } from './http.mjs';
import { createRng, seedCertificates, seedProjects, projectNamedAfterId, resolveProjects } from './seed.mjs';
import { seedAuditLog } from './audit-logs.mjs';

// One real PEM shared by every seeded certificate's `include[]=content`; its dates do not match
// the seeded ones, which is fine for a mock.
export const SHARED_PEM = readFileSync(new URL('../fixtures/certs/ca.pem', import.meta.url), 'utf8');

export const DEFAULTS = Object.freeze({
  count: 250,
  key: 'sk-admin-mock',
  latencyMs: 0,
  maxCertificates: 50,
  projects: {},
  projectCount: 5,
  seed: 0x5eed,
  now: undefined, // unix seconds; undefined = the time of (re)seeding
  auditLogs: true, // false: audit logging is off, the audit log lists nothing
});

/** Merges `overrides` onto `base`, treating `undefined` as "not given" (so `key: null` sticks). */
export function mergeOptions(base, overrides = {}) {
  const out = { ...base };
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) out[k] = v;
  return out;
}

/** Throws a plain Error when an option has the wrong type, so a bad CLI/reset call fails loudly. */
export function validateOptions(o) {
  const nonNegInt = (k) => {
    if (!Number.isInteger(o[k]) || o[k] < 0) throw new Error(`${k} must be a non-negative integer`);
  };
  nonNegInt('count');
  nonNegInt('latencyMs');
  nonNegInt('maxCertificates');
  nonNegInt('projectCount');
  if (o.key !== null && (typeof o.key !== 'string' || o.key === '')) {
    throw new Error('key must be a non-empty string or null');
  }
  if (o.now !== undefined && !Number.isInteger(o.now)) throw new Error('now must be unix seconds');
  if (!Number.isInteger(o.seed)) throw new Error('seed must be an integer');
  if (typeof o.auditLogs !== 'boolean') throw new Error('auditLogs must be a boolean');
  if (o.projects === null || typeof o.projects !== 'object' || Array.isArray(o.projects)) {
    throw new Error('projects must be an object');
  }
}

/** Creates a seeded state object from full options (see DEFAULTS). */
export function createState(options) {
  const state = { log: [], faults: [] };
  resetState(state, options);
  return state;
}

/**
 * Reseeds `state` in place (so references held by tests stay valid) and clears log and faults.
 * Validates everything before touching the state, so a bad reset leaves it as it was.
 */
export function resetState(state, options) {
  validateOptions(options);
  const rng = createRng(options.seed);
  const now = options.now ?? Math.floor(Date.now() / 1000);
  const { records, orgActive } = seedCertificates({ count: options.count, now, rng, content: SHARED_PEM });
  const projects = resolveProjects(options.projects, records);
  state.options = options;
  state.rng = rng; // reused for upload ids, keeping them deterministic too
  state.seq = 0;
  state.certs = new Map();
  // Seeds are inserted oldest first so `seq` grows with created_at, like uploads.
  for (const r of [...records].reverse()) state.certs.set(r.id, { ...r, seq: state.seq++ });
  state.orgActive = new Set(orgActive);
  state.projects = new Map(Object.entries(projects).map(([p, ids]) => [p, new Set(ids)]));
  state.projectRecords = new Map();
  for (const rec of seedProjects({ count: options.projectCount, now })) addProject(state, rec);
  // Projects the `projects` option names beyond the seeded ones: an hour old, in the option's order.
  Object.keys(projects).forEach((id, i) => ensureProject(state, id, now - 3600 + i));
  seedAuditLog(state, { now, deletedPem: SHARED_PEM });
  state.log.length = 0;
  state.faults.length = 0;
}

// created_at, then insertion order: uploads in the same second still have a total order.
export function compare(a, b) {
  return a.created_at - b.created_at || a.seq - b.seq;
}

function addProject(state, rec) {
  state.projectRecords.set(rec.id, { ...rec, seq: state.seq++ });
}

/** The project `id`, created (named after its id, created at `created_at`) if it does not exist. */
export function ensureProject(state, id, created_at = Math.floor(Date.now() / 1000)) {
  if (!state.projectRecords.has(id)) addProject(state, projectNamedAfterId(id, created_at));
  return state.projectRecords.get(id);
}

/** Every project record, oldest first (the order of the projects list). */
export function sortedProjects(state) {
  return [...state.projectRecords.values()].sort(compare);
}

/** Records sorted by created_at; `order` is 'asc' or 'desc'; optional `filter(rec)`. */
export function sortedRecords(state, order = 'desc', filter = () => true) {
  const list = [...state.certs.values()].filter(filter).sort(compare);
  return order === 'desc' ? list.reverse() : list;
}

/** Validates `limit`, `after` and `order` the way the API documents them; throws ApiError (400). */
export function parseListQuery(search) {
  const limit = parseLimit(search);
  const order = search.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') {
    throw new ApiError(400, `Invalid 'order': expected one of 'asc' or 'desc', got '${order}'.`, {
      param: 'order',
      code: 'invalid_value',
    });
  }
  return { limit, order, after: search.get('after') };
}

/** `limit`: digits only, 1..100, default 20; throws ApiError (400) otherwise. */
export function parseLimit(search) {
  const rawLimit = search.get('limit');
  let limit = 20;
  if (rawLimit !== null) {
    // Digits only: "1.5", "-1", "1e2", " 5" and "" are not integers. Messages and codes follow the
    // style of the real API's integer validation errors.
    if (!/^[0-9]+$/.test(rawLimit)) {
      throw new ApiError(400, `Invalid 'limit': expected an integer, but got '${rawLimit}' instead.`, {
        param: 'limit',
        code: 'invalid_type',
      });
    }
    limit = Number(rawLimit);
    if (limit < 1) {
      throw new ApiError(400, `Invalid 'limit': integer below minimum value. Expected a value >= 1, but got ${limit} instead.`, {
        param: 'limit',
        code: 'integer_below_min_value',
      });
    }
    if (limit > 100) {
      throw new ApiError(400, `Invalid 'limit': integer above maximum value. Expected a value <= 100, but got ${limit} instead.`, {
        param: 'limit',
        code: 'integer_above_max_value',
      });
    }
  }
  return limit;
}

/**
 * One page of `filter`ed certificates, mapped through `shape`.
 * `after` is looked up among all of the organization's certificates (not just the filtered ones),
 * so a project cursor survives the certificate being deactivated between pages. An `after` id that
 * does not exist in the organization at all is a 400 (param "after"), not an empty page: a client
 * that loses its place should hear about it rather than silently stop.
 */
export function listPage(state, search, filter, shape) {
  const { limit, order, after } = parseListQuery(search);
  const anchor = findAnchor(state.certs, after, 'certificate');
  const follows = (r) => (order === 'desc' ? compare(r, anchor) < 0 : compare(r, anchor) > 0);
  return envelope(sortedRecords(state, order, filter), limit, anchor && follows, shape);
}

/**
 * The record `after` names in `records` (a Map by id), or null without `after`; an id that does
 * not exist is a 400 (param "after") naming the `kind` of object.
 */
export function findAnchor(records, after, kind) {
  if (after === null) return null;
  const anchor = records.get(after);
  if (!anchor) throw new ApiError(400, `Invalid 'after': no ${kind} with id '${after}' exists.`, { param: 'after' });
  return anchor;
}

/** The list envelope: the first `limit` of `sorted` that `follows` the cursor (all without one), shaped. */
export function envelope(sorted, limit, follows, shape) {
  const items = follows ? sorted.filter(follows) : sorted;
  const data = items.slice(0, limit).map(shape);
  return {
    object: 'list',
    data,
    first_id: data.length ? data[0].id : null,
    last_id: data.length ? data[data.length - 1].id : null,
    has_more: items.length > limit,
  };
}

function details(rec) {
  return { valid_at: rec.valid_at, expires_at: rec.expires_at };
}

/** The `certificate` object (retrieve/upload/modify): no `active`; content only when asked. */
export function certificateObject(rec, includeContent = false) {
  const certificate_details = details(rec);
  if (includeContent) certificate_details.content = rec.content;
  return { object: 'certificate', id: rec.id, name: rec.name, created_at: rec.created_at, certificate_details };
}

/** The `organization.certificate` list/activation item. */
export function orgItem(state, rec) {
  return {
    object: 'organization.certificate',
    id: rec.id,
    name: rec.name,
    active: state.orgActive.has(rec.id),
    created_at: rec.created_at,
    certificate_details: details(rec),
  };
}

/** The `organization.project.certificate` list/activation item. */
export function projectItem(state, projectId, rec) {
  return {
    object: 'organization.project.certificate',
    id: rec.id,
    name: rec.name,
    active: state.projects.get(projectId)?.has(rec.id) ?? false,
    created_at: rec.created_at,
    certificate_details: details(rec),
  };
}

/**
 * Summary for `GET /__mock/state`: ids newest first, active ids, per-project active ids (newest
 * first), every project id (oldest first, archived ones too).
 */
export function summary(state) {
  const ids = sortedRecords(state, 'desc').map((r) => r.id);
  const projects = {};
  for (const [p, set] of state.projects) {
    if (set.size) projects[p] = ids.filter((id) => set.has(id));
  }
  return {
    count: ids.length,
    ids,
    active: ids.filter((id) => state.orgActive.has(id)),
    projects,
    projectIds: sortedProjects(state).map((p) => p.id),
    maxCertificates: state.options.maxCertificates,
    keyRequired: state.options.key !== null,
    latencyMs: state.options.latencyMs,
    pendingFaults: state.faults.length,
    requests: state.log.length,
  };
}
