// The /v1 routes: certificates, the projects list and retrieve (./projects.mjs), and the audit log
// (./audit-logs.mjs), where every write below is recorded. Handlers return
// `{status, json}` or throw ApiError; the server turns both into responses (and lets scripted faults
// alter them).
import { X509Certificate } from 'node:crypto';
import { ApiError } from './http.mjs';
import { newCertId } from './seed.mjs';
import { listProjects, retrieveProject } from './projects.mjs';
import { listAuditLogs, named, projectRef, recordEvent } from './audit-logs.mjs';
import { listPage, certificateObject, ensureProject, orgItem, projectItem } from './state.mjs';

// The help pages say a CA certificate must be under 16 KB; enforcing it lets clients test the error.
const MAX_PEM_BYTES = 16 * 1024;

/**
 * Classifies a request path (segments after `/v1`, percent-decoded) as one of the spec's routes.
 * Returns `{ route, id?, projectId?, action? }` or null. Exported so faults can tell list routes.
 */
export function matchRoute(segments) {
  const s = segments;
  if (s[0] !== 'organization') return null;
  if (s[1] === 'certificates') {
    if (s.length === 2) return { route: 'org-collection' };
    if (s.length === 3 && s[2] !== '') {
      return s[2] === 'activate' || s[2] === 'deactivate'
        ? { route: 'org-toggle', action: s[2], id: s[2] }
        : { route: 'org-item', id: s[2] };
    }
    return null;
  }
  if (s[1] === 'audit_logs' && s.length === 2) return { route: 'audit-logs' };
  if (s[1] === 'projects' && s.length === 2) return { route: 'projects' };
  if (s[1] === 'projects' && s.length === 3 && s[2] !== '') return { route: 'project', projectId: s[2] };
  if (s[1] === 'projects' && s.length >= 4 && s[2] !== '' && s[3] === 'certificates') {
    if (s.length === 4) return { route: 'project-collection', projectId: s[2] };
    if (s.length === 5 && (s[4] === 'activate' || s[4] === 'deactivate')) {
      return { route: 'project-toggle', projectId: s[2], action: s[4] };
    }
  }
  return null;
}

/**
 * Handles one authorized /v1 request. `ctx` is `{ method, segments, search, body, bodyOk,
 * pathname, state }`. Returns `{ status, json }`; throws ApiError for API errors.
 */
export function handleApi(ctx) {
  const { method, state } = ctx;
  const m = matchRoute(ctx.segments);
  const notFound = () => new ApiError(404, `Invalid URL (${method} ${ctx.pathname})`);
  if (!m) throw notFound();
  switch (`${method} ${m.route}`) {
    case 'GET org-collection':
      return ok(listPage(state, ctx.search, () => true, (r) => orgItem(state, r)));
    case 'POST org-collection':
      return ok(upload(state, requireObject(ctx)));
    case 'POST org-toggle':
      return ok(toggleOrg(state, m.action, requireObject(ctx)));
    case 'GET org-toggle': // GET /organization/certificates/activate: "activate" is just an unknown id
    case 'GET org-item':
      return ok(certificateObject(getRecord(state, m.id), wantsContent(ctx.search)));
    case 'POST org-item':
      return ok(modify(state, getRecord(state, m.id), requireObject(ctx)));
    case 'DELETE org-toggle':
    case 'DELETE org-item':
      return ok(remove(state, getRecord(state, m.id)));
    case 'GET project-collection': {
      const set = state.projects.get(m.projectId) ?? new Set();
      return ok(listPage(state, ctx.search, (r) => set.has(r.id), (r) => projectItem(state, m.projectId, r)));
    }
    case 'POST project-toggle':
      return ok(toggleProject(state, m.projectId, m.action, requireObject(ctx)));
    case 'GET projects':
      return ok(listProjects(state, ctx.search));
    case 'GET audit-logs':
      return ok(listAuditLogs(state, ctx.search));
    case 'GET project':
      return ok(retrieveProject(state, m.projectId));
    default:
      throw notFound();
  }
}

function ok(json) {
  return { status: 200, json };
}

function requireObject(ctx) {
  const b = ctx.body;
  if (!ctx.bodyOk || b === null || typeof b !== 'object' || Array.isArray(b)) {
    throw new ApiError(
      400,
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload.)",
    );
  }
  return b;
}

function getRecord(state, id) {
  const rec = state.certs.get(id);
  if (!rec) throw new ApiError(404, `No certificate found with id '${id}'.`, { param: 'certificate_id' });
  return rec;
}

// Accepts `include[]=content` (the documented form) and `include=content`; anything else is a 400.
function wantsContent(search) {
  const values = [...search.getAll('include[]'), ...search.getAll('include')];
  for (const v of values) {
    if (v !== 'content') {
      throw new ApiError(400, `Invalid 'include': unsupported value '${v}'. Supported values are: 'content'.`, {
        param: 'include',
      });
    }
  }
  return values.length > 0;
}

function pemDates(pem) {
  let cert;
  try {
    if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new Error('no PEM block');
    cert = new X509Certificate(pem);
  } catch {
    throw new ApiError(400, 'Invalid certificate: could not parse a PEM-encoded X.509 certificate.', {
      param: 'certificate',
    });
  }
  // validFrom/validTo look like "Jan  1 00:00:00 2020 GMT", which Date.parse handles in V8.
  const valid_at = Math.floor(Date.parse(cert.validFrom) / 1000);
  const expires_at = Math.floor(Date.parse(cert.validTo) / 1000);
  if (!Number.isInteger(valid_at) || !Number.isInteger(expires_at)) {
    throw new ApiError(400, 'Invalid certificate: unreadable validity dates.', { param: 'certificate' });
  }
  return { valid_at, expires_at };
}

function upload(state, body) {
  if (typeof body.certificate !== 'string') {
    throw new ApiError(400, "Missing required parameter: 'certificate'.", { param: 'certificate' });
  }
  if (body.name !== undefined && typeof body.name !== 'string') {
    throw new ApiError(400, "Invalid type for 'name': expected a string.", { param: 'name' });
  }
  if (Buffer.byteLength(body.certificate) > MAX_PEM_BYTES) {
    throw new ApiError(400, 'Invalid certificate: certificates must be smaller than 16 KB.', {
      param: 'certificate',
    });
  }
  const dates = pemDates(body.certificate);
  // The limit counts every certificate in the organization, seeded ones included, as the real one would.
  const max = state.options.maxCertificates;
  if (state.certs.size >= max) {
    throw new ApiError(
      400,
      `Certificate limit reached: organizations can upload up to ${max} certificates (this organization has ${state.certs.size}). Delete a certificate before uploading another.`,
      { code: 'certificate_limit_exceeded' },
    );
  }
  const rec = {
    id: newCertId(state.rng, state.certs),
    name: body.name ?? null,
    created_at: Math.floor(Date.now() / 1000),
    ...dates,
    content: body.certificate,
    seq: state.seq++,
  };
  state.certs.set(rec.id, rec);
  recordEvent(state, 'certificate.created', named(rec));
  return certificateObject(rec);
}

function modify(state, rec, body) {
  if (body.name !== undefined && typeof body.name !== 'string') {
    throw new ApiError(400, "Invalid type for 'name': expected a string.", { param: 'name' });
  }
  if (body.name !== undefined) rec.name = body.name;
  recordEvent(state, 'certificate.updated', named(rec));
  return certificateObject(rec);
}

function remove(state, rec) {
  const projects = [...state.projects].filter(([, set]) => set.has(rec.id)).map(([p]) => p);
  if (state.orgActive.has(rec.id) || projects.length) {
    const where = [state.orgActive.has(rec.id) ? 'the organization' : null, ...projects.map((p) => `project '${p}'`)]
      .filter(Boolean)
      .join(', ');
    throw new ApiError(
      400,
      `Certificate '${rec.id}' is still active for ${where}. Deactivate it everywhere before deleting it.`,
      { code: 'certificate_active' },
    );
  }
  state.certs.delete(rec.id);
  recordEvent(state, 'certificate.deleted', { ...named(rec), certificate: rec.content });
  return { object: 'certificate.deleted', id: rec.id };
}

// Validates `certificate_ids` (1..10 strings, all existing) before any change: all or nothing.
function toggleIds(state, body) {
  const ids = body.certificate_ids;
  if (!Array.isArray(ids) || ids.length < 1 || ids.length > 10 || !ids.every((x) => typeof x === 'string')) {
    throw new ApiError(400, "Invalid 'certificate_ids': expected an array of 1 to 10 certificate ids.", {
      param: 'certificate_ids',
    });
  }
  const unique = [...new Set(ids)];
  const missing = unique.filter((id) => !state.certs.has(id));
  if (missing.length) {
    throw new ApiError(404, `No certificate found with id '${missing[0]}'.`, { param: 'certificate_ids' });
  }
  return unique.map((id) => state.certs.get(id));
}

function toggleOrg(state, action, body) {
  const recs = toggleIds(state, body);
  for (const r of recs) action === 'activate' ? state.orgActive.add(r.id) : state.orgActive.delete(r.id);
  recordEvent(state, `certificates.${action}d`, { certificates: recs.map(named) });
  const object = action === 'activate' ? 'organization.certificate.activation' : 'organization.certificate.deactivation';
  return { object, data: recs.map((r) => orgItem(state, r)) };
}

function toggleProject(state, projectId, action, body) {
  const recs = toggleIds(state, body);
  // Lenient on purpose: a project the mock has not heard of comes into being (named after its id).
  ensureProject(state, projectId);
  if (!state.projects.has(projectId)) state.projects.set(projectId, new Set());
  const set = state.projects.get(projectId);
  for (const r of recs) action === 'activate' ? set.add(r.id) : set.delete(r.id);
  recordEvent(state, `certificates.${action}d`, { certificates: recs.map(named) }, { project: projectRef(state, projectId) });
  const object =
    action === 'activate'
      ? 'organization.project.certificate.activation'
      : 'organization.project.certificate.deactivation';
  return { object, data: recs.map((r) => projectItem(state, projectId, r)) };
}
