// The mock's /v1 behaviour, checked with real fetch against a server on a free port.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { startMock } from './server.mjs';
import { KEY, pem, client, control, allPages, isErrorBody, shapeProblems } from './helpers.mjs';

const ORG = '/v1/organization/certificates';
const proj = (p) => `/v1/organization/projects/${p}/certificates`;

describe('certificates API', () => {
  let mock;
  let call;
  before(async () => {
    mock = await startMock({ count: 250, projects: { proj_seeded: 4 } });
    call = client(mock);
  });
  after(() => mock.close());
  beforeEach(() => control(mock, 'reset', {}));

  const state = () => control(mock, 'state');

  it('paginates every seeded id exactly once, in both orders', async () => {
    const { ids } = await state();
    assert.equal(ids.length, 250);
    for (const limit of [undefined, 7, 100]) {
      for (const order of ['desc', 'asc']) {
        const params = { ...(limit ? { limit } : {}), ...(order === 'asc' ? { order } : {}) };
        const pages = await allPages(call, ORG, params);
        const got = pages.flatMap((p) => p.data.map((c) => c.id));
        assert.deepEqual(got, order === 'desc' ? ids : [...ids].reverse(), `limit=${limit} order=${order}`);
        for (const p of pages) {
          assert.equal(p.object, 'list');
          assert.equal(p.data.length <= (limit ?? 20), true);
          assert.equal(p.first_id, p.data[0].id);
          assert.equal(p.last_id, p.data.at(-1).id);
          for (const c of p.data) assert.deepEqual(shapeProblems(c, 'organization.certificate'), []);
        }
        const times = pages.flatMap((p) => p.data.map((c) => c.created_at));
        times.forEach((t, i) => i && assert.ok(order === 'desc' ? t < times[i - 1] : t > times[i - 1]));
      }
    }
  });

  it('seeds a deterministic, varied organization', async () => {
    const a = await state();
    await control(mock, 'reset', {});
    assert.deepEqual((await state()).ids, a.ids);
    assert.ok(a.ids.every((id) => /^cert_[0-9a-f]{24}$/.test(id)));
    assert.ok(a.active.length > 30 && a.active.length < 70, `about 1 in 5 active: ${a.active.length}`);
    const all = (await allPages(call, ORG, { limit: 100 })).flatMap((p) => p.data);
    const now = Date.now() / 1000;
    const d = (c) => c.certificate_details;
    assert.ok(all.some((c) => c.name === null));
    assert.ok(all.some((c) => c.name === '<img src=x onerror=alert(1)>'));
    assert.ok(all.some((c) => d(c).expires_at < now), 'expired');
    assert.ok(all.some((c) => d(c).expires_at > now && d(c).expires_at < now + 30 * 86400), 'expiring soon');
    assert.ok(all.some((c) => d(c).valid_at < now && d(c).expires_at > now + 30 * 86400), 'valid');
    assert.ok(all.some((c) => d(c).valid_at > now), 'not yet valid');
    assert.equal(a.projects.proj_seeded.length, 4);
  });

  it('returns null cursors on an empty list', async () => {
    const { json } = await call(proj('proj_empty'));
    assert.deepEqual(json, { object: 'list', data: [], first_id: null, last_id: null, has_more: false });
    await control(mock, 'reset', { count: 0 });
    assert.deepEqual((await call(ORG)).json, { object: 'list', data: [], first_id: null, last_id: null, has_more: false });
  });

  it('validates limit, order and after with 400 error bodies', async () => {
    for (const limit of ['0', '101', 'abc', '1.5', '-1', '', '1e2']) {
      const { status, json } = await call(`${ORG}?limit=${encodeURIComponent(limit)}`);
      assert.equal(status, 400, `limit=${limit}`);
      assert.ok(isErrorBody(json));
      assert.equal(json.error.param, 'limit');
      assert.equal(json.error.type, 'invalid_request_error');
    }
    assert.equal((await call(`${ORG}?limit=1`)).json.data.length, 1);
    assert.equal((await call(`${ORG}?limit=100`)).json.data.length, 100);
    const order = await call(`${ORG}?order=sideways`);
    assert.equal(order.status, 400);
    assert.equal(order.json.error.param, 'order');
    const afterRes = await call(`${ORG}?after=cert_000000000000000000000000`);
    assert.equal(afterRes.status, 400);
    assert.equal(afterRes.json.error.param, 'after');
  });

  it('requires the admin key and never echoes it; every response has json + x-request-id', async () => {
    const none = await call(ORG, { key: null });
    assert.equal(none.status, 401);
    assert.ok(isErrorBody(none.json));
    const wrong = await call(ORG, { key: 'sk-wrong-secret-123' });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.json.error.code, 'invalid_api_key');
    assert.ok(!wrong.text.includes('sk-wrong-secret-123'));
    const good = await call(ORG);
    const ids = [none, wrong, good].map((r) => r.res.headers.get('x-request-id'));
    for (const r of [none, wrong, good]) assert.equal(r.res.headers.get('content-type'), 'application/json');
    assert.ok(ids.every((id) => /^req_[0-9a-f]{32}$/.test(id)));
    assert.equal(new Set(ids).size, 3);
    await control(mock, 'reset', { key: null });
    assert.equal((await call(ORG, { key: null })).status, 200);
  });

  it('uploads, retrieves (with include[]=content) and lists a certificate', async () => {
    await control(mock, 'reset', { count: 3 });
    const text = pem('ca.pem');
    const x = new X509Certificate(text);
    const t0 = Math.floor(Date.now() / 1000);
    const up = await call(ORG, { method: 'POST', body: { certificate: text, name: 'My CA' } });
    assert.equal(up.status, 200);
    assert.deepEqual(shapeProblems(up.json, 'certificate'), []);
    assert.equal(up.json.name, 'My CA');
    assert.equal(up.json.certificate_details.valid_at, Date.parse(x.validFrom) / 1000);
    assert.equal(up.json.certificate_details.expires_at, Date.parse(x.validTo) / 1000);
    assert.ok(Math.abs(up.json.created_at - t0) <= 2);
    const id = up.json.id;
    for (const q of ['include[]=content', 'include=content', 'include%5B%5D=content']) {
      const got = await call(`${ORG}/${id}?${q}`);
      assert.deepEqual(shapeProblems(got.json, 'certificate', { content: true }), [], q);
      assert.equal(got.json.certificate_details.content, text);
    }
    const plain = await call(`${ORG}/${id}`);
    assert.deepEqual(shapeProblems(plain.json, 'certificate'), []);
    assert.equal((await call(`${ORG}/${id}?include[]=bogus`)).status, 400);
    const list = await call(ORG);
    assert.equal(list.json.data[0].id, id, 'newest first');
    assert.equal(list.json.data[0].active, false);
    const seeded = await call(`${ORG}/${list.json.data[1].id}?include[]=content`);
    assert.match(seeded.json.certificate_details.content, /^-----BEGIN CERTIFICATE-----/);

    const unnamed = await call(ORG, { method: 'POST', body: { certificate: pem('expired.pem') } });
    assert.equal(unnamed.json.name, null);
    assert.equal(unnamed.json.certificate_details.expires_at, Date.UTC(2021, 0, 1) / 1000);
    assert.notEqual(unnamed.json.id, id);
  });

  it('rejects bad uploads with 400 error bodies', async () => {
    await control(mock, 'reset', { count: 3 });
    const cases = [
      [{ certificate: pem('not-a-cert.pem') }, 'certificate'],
      [{ certificate: 'hello' }, 'certificate'],
      [{ name: 'x' }, 'certificate'],
      [{ certificate: pem('ca.pem'), name: 5 }, 'name'],
      ['{"certificate": ', null],
      [[1, 2], null],
    ];
    for (const [body, param] of cases) {
      const r = await call(ORG, { method: 'POST', body });
      assert.equal(r.status, 400, JSON.stringify(body));
      assert.ok(isErrorBody(r.json));
      assert.equal(r.json.error.param, param);
    }
    assert.equal((await state()).count, 3);
  });

  it('enforces the organization certificate limit', async () => {
    await control(mock, 'reset', { count: 2, maxCertificates: 3 });
    assert.equal((await call(ORG, { method: 'POST', body: { certificate: pem('leaf.pem') } })).status, 200);
    const over = await call(ORG, { method: 'POST', body: { certificate: pem('leaf.pem') } });
    assert.equal(over.status, 400);
    assert.ok(isErrorBody(over.json));
    assert.match(over.json.error.message, /up to 3 certificates/);
    assert.equal((await state()).count, 3);
  });

  it('renames a certificate', async () => {
    const [id] = (await state()).ids;
    const r = await call(`${ORG}/${id}`, { method: 'POST', body: { name: 'Renamed' } });
    assert.deepEqual(shapeProblems(r.json, 'certificate'), []);
    assert.equal(r.json.name, 'Renamed');
    assert.equal((await call(ORG)).json.data[0].name, 'Renamed');
    assert.equal((await call(`${ORG}/${id}`, { method: 'POST', body: { name: null } })).status, 400);
  });

  it('deletes inactive certificates and refuses active ones', async () => {
    const s = await state();
    const inactive = s.ids.find((id) => !s.active.includes(id) && !s.projects.proj_seeded.includes(id));
    const del = await call(`${ORG}/${inactive}`, { method: 'DELETE' });
    assert.deepEqual(del.json, { object: 'certificate.deleted', id: inactive });
    assert.equal((await call(`${ORG}/${inactive}`)).status, 404);

    const orgActive = s.active[0];
    const r1 = await call(`${ORG}/${orgActive}`, { method: 'DELETE' });
    assert.equal(r1.status, 400);
    assert.match(r1.json.error.message, /active/);
    const projOnly = s.projects.proj_seeded.find((id) => !s.active.includes(id));
    const r2 = await call(`${ORG}/${projOnly}`, { method: 'DELETE' });
    assert.equal(r2.status, 400);
    assert.match(r2.json.error.message, /proj_seeded/);
    assert.equal((await state()).count, 249);
  });

  it('activates and deactivates at org level, atomically', async () => {
    const s = await state();
    const ids = s.ids.filter((id) => !s.active.includes(id)).slice(0, 2);
    const on = await call(`${ORG}/activate`, { method: 'POST', body: { certificate_ids: ids } });
    assert.equal(on.json.object, 'organization.certificate.activation');
    assert.deepEqual(on.json.data.map((c) => [c.id, c.active]), ids.map((id) => [id, true]));
    on.json.data.forEach((c) => assert.deepEqual(shapeProblems(c, 'organization.certificate'), []));
    const off = await call(`${ORG}/deactivate`, { method: 'POST', body: { certificate_ids: ids } });
    assert.equal(off.json.object, 'organization.certificate.deactivation');
    assert.ok(off.json.data.every((c) => c.active === false));

    const before = await state();
    const bad = await call(`${ORG}/activate`, { method: 'POST', body: { certificate_ids: [ids[0], 'cert_nope'] } });
    assert.equal(bad.status, 404);
    assert.ok(isErrorBody(bad.json));
    assert.deepEqual(await state(), { ...before, requests: before.requests + 1 });
    for (const certificate_ids of [[], Array(11).fill(ids[0]), 'cert_x', [1]]) {
      const r = await call(`${ORG}/activate`, { method: 'POST', body: { certificate_ids } });
      assert.equal(r.status, 400, JSON.stringify(certificate_ids));
      assert.equal(r.json.error.param, 'certificate_ids');
    }
  });

  it('scopes project lists to their own activations', async () => {
    const s = await state();
    const ids = s.ids.slice(10, 13);
    const on = await call(`${proj('proj_x')}/activate`, { method: 'POST', body: { certificate_ids: ids } });
    assert.equal(on.json.object, 'organization.project.certificate.activation');
    on.json.data.forEach((c) => assert.deepEqual(shapeProblems(c, 'organization.project.certificate'), []));
    const pages = await allPages(call, proj('proj_x'), { limit: 1, order: 'asc' });
    assert.deepEqual(pages.flatMap((p) => p.data.map((c) => c.id)), [...ids].reverse());
    assert.ok(pages.every((p) => p.data.every((c) => c.active && c.object === 'organization.project.certificate')));
    assert.equal((await call(proj('proj_y'))).json.data.length, 0);
    assert.deepEqual((await state()).active, s.active, 'org activation untouched');
    const off = await call(`${proj('proj_x')}/deactivate`, { method: 'POST', body: { certificate_ids: [ids[0]] } });
    assert.equal(off.json.object, 'organization.project.certificate.deactivation');
    assert.equal(off.json.data[0].active, false);
    assert.deepEqual((await call(proj('proj_x'))).json.data.map((c) => c.id), ids.slice(1));
    assert.deepEqual((await call(proj('proj_seeded'))).json.data.map((c) => c.id), s.projects.proj_seeded);
    const bad = await call(`${proj('proj_x')}/activate`, { method: 'POST', body: { certificate_ids: ['cert_nope'] } });
    assert.equal(bad.status, 404);
  });

  it('404s unknown ids and routes without changing state; decodes path segments', async () => {
    const before = await state();
    const [id] = before.ids;
    const attempts = [
      [`${ORG}/cert_nope`, 'GET'],
      [`${ORG}/cert_nope`, 'POST', { name: 'x' }],
      [`${ORG}/cert_nope`, 'DELETE'],
      [`${ORG}/${id}%2Fx`, 'GET'],
      [`${ORG}/${id}/x`, 'GET'],
      ['/v1/organization/nope', 'GET'],
      ['/v1/organization/certificates', 'DELETE'],
      ['/nowhere', 'GET'],
    ];
    for (const [path, method, body] of attempts) {
      const r = await call(path, { method, body });
      assert.equal(r.status, 404, `${method} ${path}`);
      assert.ok(isErrorBody(r.json));
    }
    const after = await state();
    assert.deepEqual(after.ids, before.ids);
    assert.deepEqual(after.active, before.active);
    const encoded = await call(`${ORG}/%63${id.slice(1)}`);
    assert.equal(encoded.json.id, id);
    assert.equal(KEY, 'sk-admin-mock');
  });
});

describe('projects API', () => {
  const PROJECTS = '/v1/organization/projects';
  let mock;
  let call;
  before(async () => {
    mock = await startMock({ count: 20, projects: { proj_seeded: 2, proj_billing: 3 } });
    call = client(mock);
  });
  after(() => mock.close());
  beforeEach(() => control(mock, 'reset', {}));

  const state = () => control(mock, 'state');
  const listed = async (params) => (await allPages(call, PROJECTS, params)).flatMap((p) => p.data);

  /** Problems of a project object against the spec's `Project` (the fields the mock sends). */
  function projectProblems(p) {
    const problems = [];
    const keys = Object.keys(p).sort().join();
    if (keys !== 'archived_at,created_at,id,name,object,status') problems.push(`keys ${keys}`);
    if (p.object !== 'organization.project') problems.push(`object ${p.object}`);
    if (typeof p.id !== 'string' || !p.id.startsWith('proj_')) problems.push(`id ${p.id}`);
    if (typeof p.name !== 'string') problems.push('name');
    if (!Number.isInteger(p.created_at)) problems.push('created_at');
    if (p.status === 'active' ? p.archived_at !== null : p.status !== 'archived' || !Number.isInteger(p.archived_at)) {
      problems.push(`status ${p.status} archived_at ${p.archived_at}`);
    }
    return problems;
  }

  it('pages through every project once, oldest first, with the envelope the spec gives', async () => {
    await control(mock, 'reset', { projectCount: 33 });
    const { projectIds } = await state();
    assert.equal(projectIds.length, 34, '33 seeded and proj_seeded from the projects option');
    for (const limit of [undefined, 1, 7, 100]) {
      const pages = await allPages(call, PROJECTS, { include_archived: 'true', ...(limit ? { limit } : {}) });
      assert.deepEqual(pages.flatMap((p) => p.data.map((x) => x.id)), projectIds, `limit=${limit}`);
      for (const [i, p] of pages.entries()) {
        assert.equal(p.object, 'list');
        assert.equal(p.data.length, Math.min(limit ?? 20, projectIds.length - i * (limit ?? 20)));
        assert.equal(p.first_id, p.data[0].id);
        assert.equal(p.last_id, p.data.at(-1).id);
        assert.equal(p.has_more, i < pages.length - 1);
        for (const x of p.data) assert.deepEqual(projectProblems(x), [], x.id);
      }
      const times = pages.flatMap((p) => p.data.map((x) => x.created_at));
      times.forEach((t, i) => i && assert.ok(t > times[i - 1], 'oldest first, no ties'));
    }
  });

  it('hides archived projects unless include_archived=true; the cursor may name an archived one', async () => {
    const all = await listed({ include_archived: 'true' });
    const archived = all.filter((p) => p.status === 'archived');
    assert.deepEqual(archived.map((p) => p.id), ['proj_legacy']);
    const visible = all.filter((p) => p.status !== 'archived').map((p) => p.id);
    assert.deepEqual((await listed()).map((p) => p.id), visible);
    assert.deepEqual((await listed({ include_archived: 'false' })).map((p) => p.id), visible);
    const afterArchived = await call(`${PROJECTS}?after=proj_legacy`);
    const following = all.slice(all.findIndex((p) => p.id === 'proj_legacy') + 1).filter((p) => p.status !== 'archived');
    assert.deepEqual(afterArchived.json.data.map((p) => p.id), following.map((p) => p.id));
  });

  it('seeds named projects (one named with markup, kept as is) and names the ones the options add', async () => {
    const byId = Object.fromEntries((await listed({ include_archived: 'true' })).map((p) => [p.id, p]));
    assert.equal(byId.proj_billing.name, 'Billing');
    assert.equal(byId.proj_search.name, 'Search');
    assert.equal(byId.proj_hostile.name, '<script>alert("project")</script> & "Co"');
    assert.equal(byId.proj_seeded.name, 'Project proj_seeded');
    const s = await state();
    assert.equal(s.projects.proj_billing.length, 3, 'the projects option activates certificates in a seeded project');
    assert.equal(s.projects.proj_seeded.length, 2);
    await control(mock, 'reset', { projectCount: 2, projects: {} });
    assert.deepEqual((await state()).projectIds, ['proj_billing', 'proj_search']);
    await control(mock, 'reset', { projectCount: 0, projects: {} });
    assert.deepEqual((await call(PROJECTS)).json, { object: 'list', data: [], first_id: null, last_id: null, has_more: false });
  });

  it('retrieves a project, archived or not, and 404s an unknown one', async () => {
    const all = await listed({ include_archived: 'true' });
    for (const p of all) assert.deepEqual((await call(`${PROJECTS}/${p.id}`)).json, p);
    for (const id of ['proj_nope', 'proj_billing%2Fx']) {
      const r = await call(`${PROJECTS}/${id}`);
      assert.equal(r.status, 404, id);
      assert.ok(isErrorBody(r.json));
      assert.equal(r.json.error.param, 'project_id');
    }
    assert.equal((await call(`${PROJECTS}/proj_billing/x`)).status, 404);
  });

  it('validates limit, after and include_archived with 400 error bodies', async () => {
    const cases = [
      ['limit=0', 'limit'], ['limit=101', 'limit'], ['limit=abc', 'limit'], ['after=proj_nope', 'after'],
      ['include_archived=1', 'include_archived'], ['include_archived=TRUE', 'include_archived'], ['include_archived=', 'include_archived'],
    ];
    for (const [query, param] of cases) {
      const r = await call(`${PROJECTS}?${query}`);
      assert.equal(r.status, 400, query);
      assert.ok(isErrorBody(r.json));
      assert.equal(r.json.error.param, param, query);
    }
    assert.equal((await call(PROJECTS, { key: null })).status, 401);
  });

  it('a project activation for a project it does not know creates that project', async () => {
    const [id] = (await state()).ids;
    await call(`${proj('proj_new')}/activate`, { method: 'POST', body: { certificate_ids: [id] } });
    const created = await call(`${PROJECTS}/proj_new`);
    assert.deepEqual(projectProblems(created.json), []);
    assert.equal(created.json.name, 'Project proj_new');
    assert.equal((await state()).projectIds.at(-1), 'proj_new', 'the newest project');
    assert.deepEqual((await state()).projects.proj_new, [id]);
  });
});
