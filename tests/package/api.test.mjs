// Every certificates operation through the installed package, against the mock behind Prism
// (contract check against the official spec), plus the refusals that happen before any request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { client, control, ids, OpenAI, requests, useMock } from './support.mjs';

const pem = (name) => readFileSync(resolve(import.meta.dirname, '../fixtures/certs', name), 'utf8');
const mock = useMock({ prism: true, count: 12, maxCertificates: 14 });
const violations = [];
// Every response passes through this fetch: Prism reports contract problems in `sl-violations`.
const fetch = async (url, init) => {
  const response = await globalThis.fetch(url, init);
  const header = response.headers.get('sl-violations');
  if (header) violations.push(...JSON.parse(header).filter((v) => v.severity === 'Error' || response.ok));
  return response;
};
const api = () => client(mock, { fetch }).admin.organization;

test('organization lifecycle: upload, list inactive, activate, deactivate, rename, retrieve content, delete, gone', async () => {
  const certs = api().certificates;
  const created = await certs.create({ certificate: pem('leaf.pem'), name: 'node e2e' });
  assert.equal(created.object, 'certificate');
  assert.equal(created.name, 'node e2e');
  assert.equal(typeof created.certificate_details.expires_at, 'number');
  assert.equal('active' in created, false);
  const listed = await certs.list({ limit: 100 }).toArray({ limit: 100 });
  assert.deepEqual(listed.find((c) => c.id === created.id)?.active, false);

  const activation = await certs.activate({ certificate_ids: [created.id] });
  assert.equal(activation.object, 'organization.certificate.activation');
  assert.deepEqual(activation.data.map((c) => [c.id, c.active, c.object]), [[created.id, true, 'organization.certificate']]);
  assert.deepEqual(await ids(activation), [created.id], 'the awaited result is async-iterable over data');
  await assert.rejects(certs.delete(created.id), (e) => e instanceof OpenAI.BadRequestError && /active/.test(e.message));

  const deactivated = [];
  for await (const c of certs.deactivate({ certificate_ids: [created.id] })) deactivated.push(c.active);
  assert.deepEqual(deactivated, [false], 'the promise itself is iterable too');

  assert.equal((await certs.update(created.id, { name: 'renamed' })).name, 'renamed');
  const full = await certs.retrieve(created.id, { include: ['content'] });
  assert.equal(full.certificate_details.content.trim(), pem('leaf.pem').trim());
  assert.equal((await certs.retrieve(created.id)).certificate_details.content, undefined);

  assert.deepEqual(await certs.delete(created.id), { object: 'certificate.deleted', id: created.id });
  await assert.rejects(certs.retrieve(created.id), (e) => e instanceof OpenAI.NotFoundError && e.status === 404 && /^req_/.test(e.requestID));
  assert.ok(!(await ids(certs.list({ limit: 100 }))).includes(created.id));
  const sent = (await requests(mock)).find((r) => r.method === 'GET' && r.query['include[]']);
  assert.deepEqual(sent.query['include[]'], 'content', 'include is sent as include[]=content');
  assert.deepEqual(violations, []);
});

test('project lifecycle: activate in a project, list there, deactivate', async () => {
  const { certificates, projects } = api();
  const created = await certificates.create({ certificate: pem('ca.pem') });
  assert.equal(created.name, null);
  assert.deepEqual(await ids(projects.certificates.list('proj_node')), []);
  const activation = await projects.certificates.activate('proj_node', { certificate_ids: [created.id] });
  assert.equal(activation.object, 'organization.project.certificate.activation');
  const listed = await projects.certificates.list('proj_node', { limit: 10 });
  assert.deepEqual(listed.data.map((c) => [c.id, c.object, c.active]), [[created.id, 'organization.project.certificate', true]]);
  const org = await certificates.list({ limit: 100 }).toArray({ limit: 100 });
  assert.equal(org.find((c) => c.id === created.id).active, false, 'the organization scope is separate');
  const deactivation = await projects.certificates.deactivate('proj_node', { certificate_ids: [created.id] });
  assert.equal(deactivation.object, 'organization.project.certificate.deactivation');
  assert.deepEqual(await ids(projects.certificates.list('proj_node')), []);
  await certificates.delete(created.id);
  assert.deepEqual(violations, []);
});

test('API refusals keep their class, message and request id', async () => {
  const certs = api().certificates;
  const state = await control(mock, '/__mock/state');
  await assert.rejects(certs.activate({ certificate_ids: [state.ids[0], 'cert_unknown'] }), (e) => e instanceof OpenAI.NotFoundError && /cert_unknown/.test(e.message));
  assert.deepEqual((await control(mock, '/__mock/state')).active, state.active, 'nothing changed');
  await certs.create({ certificate: pem('leaf.pem') });
  await certs.create({ certificate: pem('leaf.pem') });
  await assert.rejects(certs.create({ certificate: pem('leaf.pem') }), (e) => e instanceof OpenAI.BadRequestError && /limit/i.test(e.message));
});

test('path ids are percent-encoded: an id can never change the path', async () => {
  await assert.rejects(api().certificates.retrieve('../projects/x?y=1#z'), OpenAI.NotFoundError);
  const [sent] = await requests(mock);
  assert.equal(sent.path, '/v1/organization/certificates/..%2Fprojects%2Fx%3Fy%3D1%23z');
  await ids(api().projects.certificates.list('proj/a b'));
  assert.equal((await requests(mock))[1].path, '/v1/organization/projects/proj%2Fa%20b/certificates');
});

test('update(id, {}) is sent as the spec allows (name is optional there)', async () => {
  const [id] = (await control(mock, '/__mock/state')).ids;
  const same = await api().certificates.update(id, {});
  assert.equal(same.id, id);
  const [sent] = await requests(mock);
  assert.deepEqual([sent.method, sent.body], ['POST', {}]);
  assert.deepEqual(violations, []);
});

const refusals = [
  ['create()', (c) => c.certificates.create(), 'certificate', /^certificate is required/],
  ['create("pem")', (c) => c.certificates.create(pem('leaf.pem')), 'parameter', /^parameter must be an object/],
  ['create({})', (c) => c.certificates.create({}), 'certificate', /^certificate is required/],
  ['create({content})', (c) => c.certificates.create({ content: pem('leaf.pem') }), 'content', /^unknown parameter `content`/],
  ['create(no PEM block)', (c) => c.certificates.create({ certificate: 'hello' }), 'certificate', /holds no -----BEGIN CERTIFICATE----- block/],
  ['create(over 16 KB)', (c) => c.certificates.create({ certificate: pem('leaf.pem') + 'A'.repeat(16_384) }), 'certificate', /at most 16384 \(16 KB\)/],
  ['create(name: 7)', (c) => c.certificates.create({ certificate: pem('leaf.pem'), name: 7 }), 'name', /^name must be a string, got 7$/],
  ['retrieve("")', (c) => c.certificates.retrieve(''), 'certificateID', /^certificateID must be a non-empty string, got ""$/],
  ['retrieve(7)', (c) => c.certificates.retrieve(7), 'certificateID', /got 7$/],
  ['retrieve(include key)', (c) => c.certificates.retrieve('cert_1', { include: ['key'] }), 'include', /^include must be \['content'\]/],
  ['update(name: null)', (c) => c.certificates.update('cert_1', { name: null }), 'name', /^name must be a string, got null$/],
  ['delete(undefined)', (c) => c.certificates.delete(), 'certificateID', /got undefined$/],
  ['activate([])', (c) => c.certificates.activate({ certificate_ids: [] }), 'certificate_ids', /must hold 1 to 10 ids, got 0/],
  ['activate(11 ids)', (c) => c.certificates.activate({ certificate_ids: Array.from({ length: 11 }, (_, i) => `cert_${i}`) }), 'certificate_ids', /got 11/],
  ['deactivate(duplicates)', (c) => c.certificates.deactivate({ certificate_ids: ['cert_a', 'cert_a'] }), 'certificate_ids', /lists "cert_a" twice/],
  ['deactivate(number id)', (c) => c.certificates.deactivate({ certificate_ids: ['cert_a', 5] }), 'certificate_ids[1]', /^certificate_ids\[1\] must be a non-empty string, got 5$/],
  ['activate(ids not array)', (c) => c.certificates.activate({ certificate_ids: 'cert_a' }), 'certificate_ids', /must be an array/],
  ['project list("")', (c) => c.projects.certificates.list('').toArray({ limit: 1 }), 'projectID', /^projectID must be a non-empty string/],
  ['project activate(no project)', (c) => c.projects.certificates.activate(undefined, { certificate_ids: ['cert_a'] }), 'projectID', /got undefined$/],
  ['retrieve("..")', (c) => c.certificates.retrieve('..'), 'certificateID', /^certificateID must not be '\.' or '\.\.'/],
  ['project deactivate(bad ids)', (c) => c.projects.certificates.deactivate('proj', { certificate_ids: [] }), 'certificate_ids', /got 0/],
];

for (const [name, call, param, message] of refusals) {
  test(`${name} is refused naming ${param}, before any request`, async () => {
    await assert.rejects(call(api()), (e) => e instanceof OpenAI.InvalidParameterError && e.param === param && message.test(e.message));
    assert.deepEqual(await requests(mock), []);
  });
}
