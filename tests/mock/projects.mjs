// The /v1 projects routes (tests/fixtures/openapi/projects.openapi.yaml): the list, oldest first,
// with cursor pagination and `include_archived`, and retrieve. The projects themselves live in the
// state (seeded, named by the `projects` option, or created by a project activation).
import { ApiError } from './http.mjs';
import { envelope, findAnchor, parseLimit, sortedProjects, compare } from './state.mjs';

/** The `organization.project` object. */
export function projectObject(rec) {
  return {
    id: rec.id,
    object: 'organization.project',
    name: rec.name,
    created_at: rec.created_at,
    archived_at: rec.archived_at,
    status: rec.status,
  };
}

/**
 * `GET /organization/projects`: `limit` (1..100, default 20), `after` (a project id, archived ones
 * included, so a cursor survives an archiving between pages; an unknown id is a 400) and
 * `include_archived` (`true`/`false`, default false).
 */
export function listProjects(state, search) {
  const limit = parseLimit(search);
  const includeArchived = parseBoolean(search, 'include_archived');
  const anchor = findAnchor(state.projectRecords, search.get('after'), 'project');
  const visible = sortedProjects(state).filter((p) => includeArchived || p.status !== 'archived');
  return envelope(visible, limit, anchor && ((p) => compare(p, anchor) > 0), projectObject);
}

/** `GET /organization/projects/{project_id}`: 404 for an id the organization does not have. */
export function retrieveProject(state, id) {
  const rec = state.projectRecords.get(id);
  if (!rec) throw new ApiError(404, `No project found with id '${id}'.`, { param: 'project_id' });
  return projectObject(rec);
}

// Query booleans are the words `true` and `false`, as the spec's `type: boolean` reads them.
function parseBoolean(search, name) {
  const raw = search.get(name);
  if (raw === null || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ApiError(400, `Invalid '${name}': expected a boolean, but got '${raw}' instead.`, {
    param: name,
    code: 'invalid_type',
  });
}
