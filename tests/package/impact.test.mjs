// certificateImpact through the installed package against the mock: the activations are listed
// with the client's own calls (reads only), the Rust core says what the change would do.
import { beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { cjs, client, control, esm, OpenAI, requests, useMock } from './support.mjs';

const mock = useMock({ count: 6, projectCount: 4 });
const api = () => client(mock).admin.organization;
const impact = (change, options) => esm.certificateImpact(client(mock), change, options);
let A, B, projects;

/** Nothing active anywhere, then A active in the organization and B in Billing only. */
beforeEach(async () => {
  const state = await control(mock, '/__mock/state');
  if (state.active.length) await api().certificates.deactivate({ certificate_ids: state.active.slice(0, 10) });
  for (const [project, ids] of Object.entries(state.projects)) {
    await api().projects.certificates.deactivate(project, { certificate_ids: ids.slice(0, 10) });
  }
  [A, B] = state.ids;
  await api().certificates.activate({ certificate_ids: [A] });
  await api().projects.certificates.activate('proj_billing', { certificate_ids: [B] });
  projects = [];
  for await (const project of api().projects.list()) projects.push(project);
});

const names = (list) => list.map((p) => p.name);
const writes = async () => (await requests(mock)).filter((r) => r.method !== 'GET' && r.path.startsWith('/v1/'));

test("deactivating the organization's last certificate: every project without its own stops requiring", async () => {
  const before = (await writes()).length;
  const out = await impact({ action: 'deactivate', certificate_ids: [A] });
  assert.equal(out.organization_left_with_none, true);
  assert.equal(out.ends_enforcement, true);
  assert.deepEqual(names(out.stop_requiring), names(projects.filter((p) => p.id !== 'proj_billing')));
  assert.ok(names(out.stop_requiring).includes('Search'));
  assert.deepEqual(out.fall_back, []);
  const billing = out.projects.find((p) => p.id === 'proj_billing');
  assert.deepEqual(billing.after, { source: 'own', certificate_ids: [B] });
  assert.deepEqual(out.organization_before, [A]);
  assert.deepEqual(out.organization_after, []);
  assert.equal((await writes()).length, before, 'nothing was changed');
  assert.deepEqual((await control(mock, '/__mock/state')).active, [A]);
});

test("a project's last certificate falls back to the organization's set", async () => {
  const out = await impact({ action: 'deactivate', certificate_ids: [B], project_id: 'proj_billing' });
  assert.deepEqual(names(out.fall_back), ['Billing']);
  assert.equal(out.ends_enforcement, false);
  assert.deepEqual(out.projects.find((p) => p.id === 'proj_billing').after, { source: 'organization', certificate_ids: [A] });
});

test("a project's last certificate with no organization set: it stops requiring", async () => {
  await api().certificates.deactivate({ certificate_ids: [A] });
  const out = await impact({ action: 'deactivate', certificate_ids: [B], project_id: 'proj_billing' });
  assert.deepEqual(names(out.stop_requiring), ['Billing']);
  assert.equal(out.ends_enforcement, true);
  assert.equal(out.organization_left_with_none, false);
});

test('a delete still active somewhere would be refused, and says where', async () => {
  const inOrganization = await impact({ action: 'delete', certificate_ids: [A] });
  assert.equal(inOrganization.refused, true);
  assert.deepEqual(inOrganization.in_use, [{ certificate_id: A, organization: true, projects: [] }]);
  const inBilling = await impact({ action: 'delete', certificate_ids: [B] });
  assert.equal(inBilling.refused, true);
  assert.deepEqual(inBilling.in_use[0].projects, [{ id: 'proj_billing', name: 'Billing' }]);
  // The API agrees.
  await assert.rejects(api().certificates.delete(B), (e) => e instanceof OpenAI.BadRequestError && /still active for project 'proj_billing'/.test(e.message));
});

test('a no-op change changes nothing', async () => {
  const out = await impact({ action: 'activate', certificate_ids: [A] });
  assert.equal(out.changes_nothing, true);
  assert.equal(out.ends_enforcement, false);
});

test('a bad change is refused before any request, naming the parameter', async () => {
  const count = (await requests(mock)).length;
  for (const [change, param] of [
    [{ action: 'remove', certificate_ids: [A] }, 'action'],
    [{ action: 'deactivate', certificate_ids: [] }, 'certificate_ids'],
    [{ action: 'delete', certificate_ids: [A], project_id: 'proj_billing' }, 'project_id'],
    [{ action: 'activate', certificate_ids: [A], project: 'proj_billing' }, 'project'],
  ]) {
    await assert.rejects(impact(change), (e) => e instanceof OpenAI.InvalidParameterError && e.param === param, JSON.stringify(change));
  }
  assert.equal((await requests(mock)).length, count);
});

test('an aborted signal stops the listings', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(impact({ action: 'deactivate', certificate_ids: [A] }, { signal: controller.signal }), OpenAI.APIUserAbortError);
});

test('require() has certificateImpact too', async () => {
  const out = await cjs.certificateImpact(client(mock), { action: 'deactivate', certificate_ids: [A] });
  assert.equal(out.organization_left_with_none, true);
});
