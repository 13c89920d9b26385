// `check` at each status boundary: expiry set at exact distances from now in the mock, the JSON
// report, the exit code (the worst active status), scopes with no certificate, thresholds, and
// the Prometheus text accepted by `promtool check metrics`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cli, control, DAY, now, state, useMock } from './support.mjs';

const HOUR = 3600;
const mock = useMock({ count: 8 });

/**
 * Reseeds the mock (no project activations unless `projects`), deactivates everything at the
 * organization level, then sets `expiries`: `[seconds from now, active at org]` for the seeded
 * certificates in order (newest first). Returns their ids.
 */
async function scenario(expiries, projects = {}) {
  await control(mock, '/__mock/reset', { projects });
  const { ids } = await state(mock);
  const set = Object.fromEntries(ids.map((id) => [id, { active: false }]));
  expiries.forEach(([seconds, active], i) => Object.assign(set[ids[i]], { expires_at: now() + seconds, active }));
  await control(mock, '/__mock/certificates', set);
  return ids;
}

const check = async (...args) => {
  const run = await cli(['check', '--format', 'json', ...args], { mock });
  return { ...run, report: run.stdout ? JSON.parse(run.stdout) : undefined };
};
const statusOf = (report, id) => report.certificates.find((c) => c.id === id);

test('each boundary: 30 days and an hour ok, 30 days warning, 14 days and an hour warning, 14 days critical, past expired', async () => {
  const ids = await scenario([
    [30 * DAY + HOUR, true],
    [30 * DAY - HOUR, true],
    [14 * DAY + HOUR, true],
    [14 * DAY - HOUR, true],
    [-HOUR, true],
    [2 * DAY, false], // not active anywhere: not reported, whatever its expiry
  ]);
  const { code, report } = await check();
  assert.equal(code, 2);
  assert.equal(report.status, 'critical');
  assert.ok(Math.abs(report.checked_at - now()) < 60);
  const expect = [['ok', 31], ['warning', 30], ['warning', 15], ['critical', 14], ['expired', -1]];
  expect.forEach(([status, days], i) => {
    const c = statusOf(report, ids[i]);
    assert.deepEqual([c.status, c.days_left], [status, days], `certificate ${i}`);
    assert.deepEqual(c.active_in, [{ scope: 'organization' }]);
    assert.equal(typeof c.expires_at, 'number');
    assert.ok('name' in c);
  });
  assert.equal(statusOf(report, ids[5]), undefined, 'inactive certificates are not checked');
  assert.deepEqual(report.certificates.map((c) => c.status), ['expired', 'critical', 'warning', 'warning', 'ok'], 'worst first');
});

test('exit code = worst active status: 0 ok, 1 warning, 2 critical, 2 expired', async () => {
  const cases = [
    [[[60 * DAY, true]], 0, 'ok'],
    [[[60 * DAY, true], [20 * DAY, true]], 1, 'warning'],
    [[[60 * DAY, true], [20 * DAY, true], [DAY, true]], 2, 'critical'],
    [[[60 * DAY, true], [-DAY, true]], 2, 'critical'],
    [[[60 * DAY, true], [-DAY, false]], 0, 'ok'],
  ];
  for (const [expiries, code, status] of cases) {
    await scenario(expiries);
    const run = await check();
    assert.deepEqual([run.code, run.report.status], [code, status], JSON.stringify(expiries));
  }
});

test('thresholds: --warn and --critical move the boundaries; bad values are exit 3', async () => {
  const ids = await scenario([[10 * DAY - HOUR, true], [5 * DAY - HOUR, true]]);
  const { code, report } = await check('--warn', '20', '--critical', '5');
  assert.equal(code, 2);
  assert.deepEqual([statusOf(report, ids[0]).status, statusOf(report, ids[1]).status], ['warning', 'critical']);
  assert.equal((await check('--warn', '9', '--critical', '4')).code, 1, '5 days left is a warning at --warn 9');
  assert.equal((await check('--warn', '4', '--critical', '2')).code, 0);
  for (const args of [['--warn', 'soon'], ['--warn', '5', '--critical', '10'], ['--format', 'csv']]) {
    const run = await cli(['check', ...args], { mock });
    assert.equal(run.code, 3, args.join(' '));
    assert.match(run.stderr, /^openai-admin-certificates: UsageError: /);
  }
});

test('a project-only certificate, where it is active, and the scopes without a certificate', async () => {
  await control(mock, '/__mock/reset', {});
  const { ids } = await state(mock);
  const [orgCert, projectCert] = ids;
  await scenario([[60 * DAY, true], [3 * DAY, false]], { proj_billing: [projectCert], proj_search: [projectCert, orgCert] });
  const { code, report } = await check();
  assert.equal(code, 2, 'the project-only certificate is critical');
  assert.deepEqual(statusOf(report, projectCert).active_in, [
    { scope: 'project', id: 'proj_billing', name: 'Billing' },
    { scope: 'project', id: 'proj_search', name: 'Search' },
  ]);
  assert.deepEqual(statusOf(report, orgCert).active_in, [{ scope: 'organization' }, { scope: 'project', id: 'proj_search', name: 'Search' }]);
  // proj_legacy is archived; the others have none of their own (the organization's apply to them).
  assert.deepEqual(report.scopes.map((s) => s.id).sort(), ['proj_default', 'proj_hostile']);
  assert.ok(report.scopes.every((s) => s.scope === 'project' && s.organization_certificates_apply === true));

  // No certificate at the organization level: the organization is a scope without one.
  await scenario([[60 * DAY, false]], { proj_billing: [ids[0]] });
  const none = await check();
  assert.equal(none.code, 0);
  assert.deepEqual(none.report.scopes[0], { scope: 'organization' });
  assert.ok(none.report.scopes.slice(1).every((s) => s.organization_certificates_apply === false));
  assert.deepEqual(none.report.scopes.map((s) => s.id ?? s.scope).sort(), ['organization', 'proj_default', 'proj_hostile', 'proj_search']);

  const table = await cli(['check', '--format', 'table'], { mock });
  assert.match(table.stdout, /^STATUS +DAYS LEFT +EXPIRES +ID +NAME +ACTIVE IN\nok +60 /);
  assert.match(table.stdout, /no certificate of its own in the organization\n/);
  assert.match(table.stdout, /overall: ok\n$/);
});

test('--format prometheus: accepted by promtool check metrics, labels escaped, one sample per scope', async () => {
  const ids = await scenario([[60 * DAY, true], [-DAY, false]], { proj_billing: 1 });
  const tricky = 'CA "quoted" \\ back\nslash';
  await control(mock, '/__mock/certificates', { [ids[1]]: { name: tricky, active: true } });
  const run = await cli(['check', '--format', 'prometheus'], { mock });
  assert.equal(run.code, 2);
  const promtool = spawnSync('promtool', ['check', 'metrics'], { input: run.stdout, encoding: 'utf8' });
  assert.equal(promtool.status, 0, `promtool: ${promtool.stdout}${promtool.stderr}\n${run.stdout}`);
  const lines = run.stdout.split('\n');
  const expiry = lines.filter((l) => l.startsWith('openai_certificate_expiry_timestamp_seconds{'));
  const { certificate_details } = JSON.parse((await cli(['get', ids[1]], { mock })).stdout);
  assert.ok(expiry.includes(`openai_certificate_expiry_timestamp_seconds{id="${ids[1]}",name="CA \\"quoted\\" \\\\ back\\nslash",scope="organization"} ${certificate_details.expires_at}`));
  assert.ok(lines.includes(`openai_certificate_active{id="${ids[1]}",name="CA \\"quoted\\" \\\\ back\\nslash",scope="project:proj_billing"} 1`));
  assert.equal(lines.filter((l) => l.startsWith('openai_certificate_active{')).length, 3, 'org + org + project');
  assert.ok(lines.includes('# TYPE openai_certificate_expiry_timestamp_seconds gauge'));
  assert.ok(lines.includes('openai_certificate_check_status 2'));
});

test('an API failure is exit 3 (unknown), never ok', async () => {
  await control(mock, '/__mock/faults', { match: { path: '/v1/organization/projects' }, status: 500, times: 10 });
  const run = await cli(['check'], { mock });
  assert.equal(run.code, 3);
  assert.match(run.stderr, /^openai-admin-certificates: InternalServerError: 500 .*\(request req_/);
  assert.equal(run.stdout, '');
});
