// The projects calls and "where is this certificate active", through the installed package, against
// the mock behind Prism (the projects spec is checked too): listing (first page, every project,
// include_archived, limit, after), retrieve, and certificateActivations/activeProjects with their
// bounded concurrency, abort and the refusals that happen before any request.
import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { client, control, ids, OpenAI, requests, useMock } from './support.mjs';

const mock = useMock({ prism: true, count: 12, projectCount: 9 });
const violations = [];
beforeEach(() => {
  violations.length = 0;
});
const fetch = async (url, init) => {
  const response = await globalThis.fetch(url, init);
  const header = response.headers.get('sl-violations');
  if (header) violations.push(...JSON.parse(header).filter((v) => v.severity === 'Error' || response.ok));
  return response;
};
const api = (options) => client(mock, { fetch, ...options }).admin.organization;
const state = () => control(mock, '/__mock/state');
const projectCalls = async () => (await requests(mock)).filter((r) => r.path.startsWith('/v1/organization/projects'));

test('projects.list: the first page, every project, archived ones on request, limit and after', async () => {
  const listed = (await state()).projectIds.filter((id) => id !== 'proj_legacy'); // oldest first
  const first = await api().projects.list({ limit: 3 });
  assert.deepEqual(first.data.map((p) => p.id), listed.slice(0, 3));
  assert.equal(first.data.find((p) => p.id === 'proj_billing').name, 'Billing');
  assert.equal(first.data[0].object, 'organization.project');
  assert.equal(first.has_more, true);
  const active = await ids(api().projects.list({ limit: 2 }));
  assert.deepEqual(active, listed, 'archived projects are left out by default');
  const all = await ids(api().projects.list({ include_archived: true, limit: 100 }));
  assert.deepEqual(all, (await state()).projectIds);
  assert.ok(all.includes('proj_legacy'));
  const rest = await ids(api().projects.list({ after: all[2], include_archived: true }));
  assert.deepEqual(rest, all.slice(3));
  assert.deepEqual(violations, []);
});

test('projects.retrieve gives one project; an unknown id is a NotFoundError', async () => {
  const project = await api().projects.retrieve('proj_search');
  assert.equal(project.name, 'Search');
  assert.equal(project.status, 'active');
  assert.deepEqual(violations, []);
  await assert.rejects(api({ maxRetries: 0 }).projects.retrieve('proj_nope'), OpenAI.NotFoundError);
});

test('projects calls refuse bad input before any request, naming the parameter', async () => {
  const projects = api().projects;
  const refusals = [
    [() => projects.retrieve(''), /projectID/],
    [() => projects.retrieve('..'), /dot segment/],
    [() => projects.list({ limit: 0 }), /limit/],
    [() => projects.list({ include_archived: 'yes' }), /include_archived/],
    [() => projects.list({ colour: 'red' }), /colour/],
    [() => projects.certificateActivations({ limit: 101 }), /limit/],
    [() => api().certificates.activeProjects(''), /certificateID/],
    [() => api().certificates.activeProjects('.'), /dot segment/],
  ];
  for (const [call, pattern] of refusals) {
    await assert.rejects(call(), (e) => e instanceof OpenAI.InvalidParameterError && pattern.test(e.message), String(call));
  }
  assert.equal((await requests(mock)).length, 0);
});

test('certificateActivations maps each active certificate to its projects, in project order', async () => {
  const { ids: certs } = await state();
  await control(mock, '/__mock/reset', { projects: { proj_billing: [certs[0], certs[1]], proj_search: [certs[1]], proj_default: [certs[2]] } });
  const map = await api().projects.certificateActivations();
  assert.ok(map instanceof Map);
  assert.deepEqual([...map.keys()].sort(), [certs[0], certs[1], certs[2]].sort());
  assert.deepEqual(map.get(certs[1]).map((p) => p.name), ['Billing', 'Search']);
  assert.deepEqual(map.get(certs[0]).map((p) => p.id), ['proj_billing']);
  assert.equal(map.has(certs[3]), false);
  assert.deepEqual(violations, []);
});

test('activeProjects names where a certificate is active ("active in: Billing, Search"), [] when nowhere', async () => {
  const { ids: certs } = await state();
  await control(mock, '/__mock/reset', { projects: { proj_billing: [certs[4]], proj_search: [certs[4]] } });
  const where = await api().certificates.activeProjects(certs[4]);
  assert.equal(`active in: ${where.map((p) => p.name).join(', ')}`, 'active in: Billing, Search');
  assert.deepEqual(await api().certificates.activeProjects(certs[5]), []);
});

test('certificateActivations lists at most 4 projects at once', async () => {
  await control(mock, '/__mock/reset', { latencyMs: 60 });
  let inFlight = 0;
  let most = 0;
  const counting = async (url, init) => {
    const project = /\/projects\/[^/]+\/certificates/.test(new URL(url).pathname);
    if (project) most = Math.max(most, ++inFlight);
    try {
      return await globalThis.fetch(url, init);
    } finally {
      if (project) inFlight--;
    }
  };
  await client(mock, { fetch: counting }).admin.organization.projects.certificateActivations();
  const lists = (await projectCalls()).filter((r) => r.path.endsWith('/certificates'));
  assert.equal(lists.length, 8, 'each non-archived project listed once');
  assert.equal(most, 4);
});

test('an abort stops every project listing at once and rejects with APIUserAbortError', async () => {
  await control(mock, '/__mock/reset', { latencyMs: 300 });
  const stop = new AbortController();
  const pending = api().projects.certificateActivations({}, { signal: stop.signal });
  setTimeout(() => stop.abort(), 450); // the projects list is in, the first project pages are in flight
  const started = Date.now();
  await assert.rejects(pending, OpenAI.APIUserAbortError);
  assert.ok(Date.now() - started < 700, 'rejected at the abort, not after the pages');
  await new Promise((r) => setTimeout(r, 800));
  const late = (await projectCalls()).filter((r) => r.path.endsWith('/certificates'));
  assert.ok(late.length <= 4, `no project listed after the abort (${late.length} requests)`);
});

test('a failing project listing fails the whole map with its error, after its retries', async () => {
  await control(mock, '/__mock/faults', [{ match: { path: '/v1/organization/projects/proj_search/certificates' }, status: 403, times: 5 }]);
  await assert.rejects(api({ maxRetries: 1 }).projects.certificateActivations(), OpenAI.PermissionDeniedError);
});
