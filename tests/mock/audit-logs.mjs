// The /v1 audit log route (tests/fixtures/openapi/audit-logs.openapi.yaml): every write the mock
// serves records the event the real API would (certificate.created, .updated, .deleted with the
// deleted certificate's PEM, certificates.activated and .deactivated, in the organization or a
// project), with an actor; the seeded certificates come with a seeded history. The listing is
// newest first, with `after`/`before` cursors, `limit` and the spec's filters. With the option
// `auditLogs: false` (audit logging off) there is nothing to list.
import { ApiError } from './http.mjs';
import { parseLimit } from './state.mjs';

/** Who the mock says made the writes it serves: the admin key's user. */
export const API_KEY_ACTOR = Object.freeze({
  type: 'api_key',
  api_key: { id: 'key_mock_admin', type: 'user', user: { id: 'user_mock_admin', email: 'admin@example.com' } },
});

/** Who made the seeded history: a person in the dashboard. */
const SESSION_ACTOR = Object.freeze({
  type: 'session',
  session: { user: { id: 'user_mock_ada', email: 'ada@example.com' }, ip_address: '192.0.2.10' },
});

/**
 * Records one event: `type`, its `details` (stored under the type's name), an optional `project`
 * `{ id, name }`, at `at` (Unix seconds, default now) by `actor`.
 */
export function recordEvent(state, type, details, { project, at, actor = API_KEY_ACTOR } = {}) {
  const seq = state.auditSeq++;
  const event = {
    id: `audit_log-${seq.toString(16).padStart(8, '0')}`,
    type,
    effective_at: at ?? Math.floor(Date.now() / 1000),
    actor: structuredClone(actor),
    ...(project ? { project: { ...project } } : {}),
    [type]: details,
    seq,
  };
  state.auditLog.push(event);
  return event;
}

/** The `{ id, name }` of a certificate record, as events name it. */
export const named = (rec) => ({ id: rec.id, name: rec.name ?? '' });

/** The `{ id, name }` of a project, as events name it. */
export function projectRef(state, projectId) {
  return { id: projectId, name: state.projectRecords.get(projectId)?.name ?? projectId };
}

/**
 * The seeded history: each seeded certificate uploaded at its `created_at` and, where active, then
 * activated; one certificate uploaded and deleted a day ago (its PEM in the deletion event).
 */
export function seedAuditLog(state, { now, deletedPem }) {
  state.auditLog = [];
  state.auditSeq = 0;
  const oldestFirst = [...state.certs.values()].sort((a, b) => a.created_at - b.created_at || a.seq - b.seq);
  const past = { actor: SESSION_ACTOR };
  for (const rec of oldestFirst) {
    recordEvent(state, 'certificate.created', named(rec), { ...past, at: rec.created_at });
    if (state.orgActive.has(rec.id)) {
      recordEvent(state, 'certificates.activated', { certificates: [named(rec)] }, { ...past, at: rec.created_at + 60 });
    }
    for (const [projectId, set] of state.projects) {
      if (set.has(rec.id)) {
        const project = projectRef(state, projectId);
        recordEvent(state, 'certificates.activated', { certificates: [named(rec)] }, { ...past, project, at: rec.created_at + 120 });
      }
    }
  }
  const gone = { id: 'cert_deleted00000000000000000', name: 'Retired partner CA' };
  recordEvent(state, 'certificate.created', gone, { ...past, at: now - 3 * 86400 });
  recordEvent(state, 'certificate.deleted', { ...gone, certificate: deletedPem }, { ...past, at: now - 86400 });
}

/** What an event is about: its certificates' ids (what `resource_ids[]` matches). */
function resources(event) {
  const details = event[event.type] ?? {};
  return [details.id, ...(details.certificates ?? []).map((c) => c.id)].filter(Boolean);
}

/** The actor's ids and email (what `actor_ids[]` and `actor_emails[]` match). */
function actorIds(event) {
  const a = event.actor ?? {};
  const user = a.session?.user ?? a.api_key?.user ?? {};
  return { ids: [user.id, a.api_key?.id, a.api_key?.service_account?.id].filter(Boolean), email: user.email };
}

/** `effective_at[gt|gte|lt|lte]` as integers; a 400 naming the parameter otherwise. */
function parseRange(search) {
  const range = {};
  for (const bound of ['gt', 'gte', 'lt', 'lte']) {
    const raw = search.get(`effective_at[${bound}]`);
    if (raw === null) continue;
    if (!/^[0-9]+$/.test(raw)) {
      throw new ApiError(400, `Invalid 'effective_at[${bound}]': expected an integer, but got '${raw}' instead.`, {
        param: `effective_at[${bound}]`,
        code: 'invalid_type',
      });
    }
    range[bound] = Number(raw);
  }
  return range;
}

/** `GET /organization/audit_logs`. */
export function listAuditLogs(state, search) {
  const limit = parseLimit(search);
  const range = parseRange(search);
  const list = (name) => search.getAll(`${name}[]`);
  const [projects, types, actors, emails, targets] = ['project_ids', 'event_types', 'actor_ids', 'actor_emails', 'resource_ids'].map(list);
  const keep = (e) =>
    (!projects.length || projects.includes(e.project?.id)) &&
    (!types.length || types.includes(e.type)) &&
    (!actors.length || actorIds(e).ids.some((id) => actors.includes(id))) &&
    (!emails.length || emails.includes(actorIds(e).email)) &&
    (!targets.length || resources(e).some((id) => targets.includes(id))) &&
    (range.gt === undefined || e.effective_at > range.gt) &&
    (range.gte === undefined || e.effective_at >= range.gte) &&
    (range.lt === undefined || e.effective_at < range.lt) &&
    (range.lte === undefined || e.effective_at <= range.lte);
  const newest = (a, b) => b.effective_at - a.effective_at || b.seq - a.seq;
  let events = state.options.auditLogs === false ? [] : state.auditLog.filter(keep).sort(newest);
  const anchor = (name) => {
    const id = search.get(name);
    if (id === null) return null;
    const at = events.findIndex((e) => e.id === id);
    if (at < 0 && !state.auditLog.some((e) => e.id === id)) {
      throw new ApiError(400, `Invalid '${name}': no audit log with id '${id}' exists.`, { param: name });
    }
    return at;
  };
  const after = anchor('after');
  const before = anchor('before');
  // `after`: the events older than that one; `before`: the events newer than that one.
  events = events.slice(after === null ? 0 : after + 1, before === null ? events.length : Math.max(before, 0));
  const data = events.slice(0, limit).map(({ seq, ...event }) => event);
  return {
    object: 'list',
    data,
    first_id: data[0]?.id ?? null,
    last_id: data.at(-1)?.id ?? null,
    has_more: events.length > limit,
  };
}
