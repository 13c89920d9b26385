// The contract check itself: Prism (tests/tools/prism.mjs) validates the projects calls as well as
// the certificates ones, through the one document merged from the fixtures, and turns a response
// that breaks the spec into an error. The mock's own projects answers pass it.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { startMock } from './server.mjs';
import { mergedSpec, startPrism } from '../tools/prism.mjs';
import { KEY, control } from './helpers.mjs';

const fixture = (name) => YAML.parse(readFileSync(new URL(`../fixtures/openapi/${name}.openapi.yaml`, import.meta.url), 'utf8'));

describe('Prism with the merged document', () => {
  let mock;
  let prism;
  before(async () => {
    mock = await startMock({ count: 30, projectCount: 12 });
    prism = await startPrism(mock.baseURL);
  });
  after(async () => {
    await prism?.close();
    await mock?.close();
  });
  beforeEach(() => control(mock, 'reset', {}));

  /** GET through Prism: `{ status, json, violations }` (Prism's `sl-violations` header, parsed). */
  async function get(path) {
    const res = await fetch(prism.url + path, { headers: { authorization: `Bearer ${KEY}` } });
    return { status: res.status, json: await res.json(), violations: JSON.parse(res.headers.get('sl-violations') ?? '[]') };
  }
  const serve = (path, body) => control(mock, 'faults', { match: { path: `/v1${path}` }, body });
  const errors = (violations) => violations.filter((v) => v.severity === 'Error');

  it('holds every path and schema of both fixtures', () => {
    const merged = mergedSpec();
    for (const name of ['certificates', 'projects', 'audit-logs']) {
      const doc = fixture(name);
      for (const path of Object.keys(doc.paths)) assert.deepEqual(merged.paths[path], doc.paths[path], `${name}: ${path}`);
      for (const schema of Object.keys(doc.components.schemas)) assert.ok(merged.components.schemas[schema], `${name}: ${schema}`);
    }
  });

  it("passes the mock's projects list (every page, archived included) and retrieve", async () => {
    let after = null;
    const ids = [];
    do {
      const page = await get(`/organization/projects?limit=5&include_archived=true${after ? `&after=${after}` : ''}`);
      assert.equal(page.status, 200, JSON.stringify(page.json));
      assert.deepEqual(page.violations, []);
      ids.push(...page.json.data.map((p) => p.id));
      after = page.json.has_more ? page.json.last_id : null;
    } while (after);
    assert.deepEqual(ids, (await control(mock, 'state')).projectIds);
    const one = await get('/organization/projects/proj_legacy');
    assert.equal(one.status, 200);
    assert.deepEqual(one.violations, []);
    assert.equal(one.json.status, 'archived');
  });

  it('turns a projects list that breaks the spec into an error naming the fault', async () => {
    await serve('/organization/projects', { object: 'list', data: [{ id: 7, object: 'organization.project' }], has_more: false });
    const r = await get('/organization/projects');
    assert.equal(r.status, 500);
    const found = errors(r.violations).map((v) => v.location.join('.'));
    assert.deepEqual(found.sort(), ['response.body.data.0', 'response.body.data.0.id'], JSON.stringify(r.violations));
  });

  it('turns a project that breaks the spec into an error', async () => {
    await serve('/organization/projects/proj_billing', { id: 'proj_billing', object: 'project', created_at: 1 });
    const r = await get('/organization/projects/proj_billing');
    assert.equal(r.status, 500);
    assert.deepEqual(errors(r.violations).map((v) => v.location.join('.')), ['response.body.object']);
  });

  it('refuses a request the projects spec does not allow (include_archived is a boolean)', async () => {
    const r = await get('/organization/projects?include_archived=maybe');
    assert.equal(r.status, 422);
    assert.deepEqual(r.json.validation.map((v) => v.location.join('.')), ['query.include_archived']);
    assert.equal((await control(mock, 'requests')).length, 0, 'the mock saw nothing');
  });

  it("passes the mock's audit log: seeded history, the events its writes record, filters and every page", async () => {
    const id = (await control(mock, 'state')).ids[0];
    const post = (path, body) =>
      fetch(`${mock.baseURL}${path}`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal((await post(`/organization/certificates/${id}`, { name: 'renamed' })).status, 200);
    assert.equal((await post('/organization/projects/proj_billing/certificates/activate', { certificate_ids: [id] })).status, 200);
    let after = null;
    const events = [];
    do {
      const page = await get(`/organization/audit_logs?limit=7${after ? `&after=${after}` : ''}`);
      assert.equal(page.status, 200, JSON.stringify(page.json));
      assert.deepEqual(errors(page.violations), []);
      events.push(...page.json.data);
      after = page.json.has_more ? page.json.last_id : null;
    } while (after);
    assert.deepEqual(events.slice(0, 2).map((e) => e.type), ['certificates.activated', 'certificate.updated'], 'newest first');
    assert.equal(events[0].project.id, 'proj_billing');
    assert.equal(events[1]['certificate.updated'].name, 'renamed');
    assert.ok(events.some((e) => e.type === 'certificate.deleted' && e['certificate.deleted'].certificate.includes('BEGIN CERTIFICATE')));
    assert.equal(new Set(events.map((e) => e.id)).size, events.length, 'no event twice');
    const filtered = await get(`/organization/audit_logs?event_types%5B%5D=certificate.updated&resource_ids%5B%5D=${id}&effective_at%5Bgte%5D=1`);
    assert.deepEqual(errors(filtered.violations), []);
    assert.deepEqual(filtered.json.data.map((e) => e.type), ['certificate.updated']);
  });

  it('still checks the certificates calls', async () => {
    assert.equal((await get('/organization/certificates?limit=3')).status, 200);
    await serve('/organization/certificates', { object: 'list', data: [{ id: 'cert_x' }], has_more: false });
    const r = await get('/organization/certificates');
    assert.equal(r.status, 500);
    assert.ok(errors(r.violations).length > 0);
  });
});
