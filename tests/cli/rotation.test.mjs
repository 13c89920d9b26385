// `rotate`, `history` and `restore` through the installed bin against the mock: the dry run writes
// nothing, --yes writes in the safe order (the mock's request log), a rotation killed half-way
// resumes without a second upload, history lists a certificate's audit events, restore uploads a
// deleted certificate again from its certificate.deleted event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { cli, control, state, useMock, writes } from './support.mjs';

const NEW = resolve(import.meta.dirname, '../fixtures/certs/rules/good.pem');
const mock = useMock({ count: 12 });

/** The mock with proj_billing holding two seeded certificates; `old` is active there and in the organization. */
async function seeded() {
  await control(mock, '/__mock/reset', { projects: { proj_billing: 2 } });
  const { projects } = await state(mock);
  const [old] = projects.proj_billing;
  await control(mock, '/__mock/certificates', { [old]: { active: true } });
  return old;
}

const paths = async () => (await writes(mock)).map((r) => `${r.method} ${r.path}`);

test('rotate without --yes prints the plan and writes nothing', async () => {
  const old = await seeded();
  const dry = await cli(['rotate', old, NEW], { mock });
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /^plan \(nothing written/);
  assert.match(dry.stdout, /activate the new certificate in the organization\n/);
  assert.match(dry.stdout, /activate the new certificate in project proj_billing/);
  assert.match(dry.stdout, new RegExp(`deactivate ${old} in project proj_billing`));
  assert.deepEqual(await paths(), [], 'no write');
});

test('rotate --yes --delete-old: upload, activate everywhere, only then deactivate, then delete', async () => {
  const old = await seeded();
  const run = await cli(['rotate', old, NEW, '--yes', '--delete-old'], { mock });
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout);
  assert.deepEqual(await paths(), [
    'POST /v1/organization/certificates',
    'POST /v1/organization/certificates/activate',
    'POST /v1/organization/projects/proj_billing/certificates/activate',
    'POST /v1/organization/certificates/deactivate',
    'POST /v1/organization/projects/proj_billing/certificates/deactivate',
    `DELETE /v1/organization/certificates/${old}`,
  ]);
  const after = await state(mock);
  assert.ok(after.active.includes(result.new) && !after.ids.includes(old));
  assert.ok(after.projects.proj_billing.includes(result.new));
});

test('a rotation killed half-way resumes: no second upload, the done steps skipped', async () => {
  const old = await seeded();
  // The project activation fails for good (no retry helps): the run stops after the upload and
  // the organization's activation, before any deactivation.
  await control(mock, '/__mock/faults', [{ match: { method: 'POST', path: '/v1/organization/projects/proj_billing/certificates/activate' }, status: 400, times: 1 }]);
  const first = await cli(['rotate', old, NEW, '--yes'], { mock });
  assert.equal(first.code, 3);
  assert.deepEqual((await paths()).filter((p) => p.endsWith('deactivate')), [], 'the old one untouched');
  const again = await cli(['rotate', old, NEW, '--yes'], { mock });
  assert.equal(again.code, 0, again.stderr);
  const all = await paths();
  assert.equal(all.filter((p) => p === 'POST /v1/organization/certificates').length, 1, 'one upload in all');
  assert.equal(all.filter((p) => p === 'POST /v1/organization/certificates/activate').length, 1, 'the organization activated once');
  const { new: id } = JSON.parse(again.stdout);
  const after = await state(mock);
  assert.ok(after.active.includes(id) && !after.active.includes(old));
  assert.deepEqual(after.projects.proj_billing.includes(id), true);
  assert.equal(after.projects.proj_billing.includes(old), false);
});

test('rotate refuses a new certificate that breaks an upload rule, before any request', async () => {
  const old = await seeded();
  const bad = await cli(['rotate', old, resolve(import.meta.dirname, '../fixtures/certs/rules/not-ca.pem'), '--yes'], { mock });
  assert.equal(bad.code, 3);
  assert.match(bad.stderr, /Refused: not rotated: /);
  assert.deepEqual(await paths(), []);
});

test('history lists the events of a certificate, newest first; restore uploads a deleted one again', async () => {
  const { ids } = await state(mock);
  const [id] = ids;
  await cli(['rename', id, 'Before deletion'], { mock });
  await control(mock, '/__mock/certificates', { [id]: { active: false } });
  const removed = await cli(['delete', id, '--yes'], { mock });
  assert.equal(removed.code, 0, removed.stderr);
  const history = await cli(['history', id], { mock });
  assert.equal(history.code, 0, history.stderr);
  assert.deepEqual(JSON.parse(history.stdout).map((e) => e.type).slice(0, 3), ['certificate.deleted', 'certificate.updated', 'certificate.created']);
  const table = await cli(['history', id, '--format', 'table'], { mock });
  assert.match(table.stdout, /^WHEN +EVENT +WHERE +WHO\n/);
  assert.match(table.stdout, /certificate\.deleted +organization +admin@example\.com/);
  const refused = await cli(['restore', id], { mock });
  assert.equal(refused.code, 3, 'no terminal, no --yes');
  const restored = await cli(['restore', id, '--yes'], { mock });
  assert.equal(restored.code, 0, restored.stderr);
  const created = JSON.parse(restored.stdout);
  assert.equal(created.name, 'Before deletion');
  assert.notEqual(created.id, id, 'a new id');
  const after = await state(mock);
  assert.ok(after.ids.includes(created.id) && !after.active.includes(created.id), 'uploaded, not activated');
  const never = await cli(['restore', 'cert_never_existed', '--yes'], { mock });
  assert.equal(never.code, 3);
  assert.match(never.stderr, /no certificate\.deleted event/);
});
