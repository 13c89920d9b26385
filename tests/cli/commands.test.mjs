// Each command of the bin, through the installed package (npx) against the mock: outputs parsed,
// exit codes asserted, and the mock's request log showing what was (and was not) sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cli, control, requests, state, useMock, writes } from './support.mjs';

const certs = resolve(import.meta.dirname, '../fixtures/certs');
const pem = (name) => readFileSync(resolve(certs, name), 'utf8');
// Few certificates, so uploads stay under the mock's limit; one project activation.
const mock = useMock({ count: 12 });

/** The mock reseeded with proj_billing holding the two seeded certificates the option picks. */
const seed = () => control(mock, '/__mock/reset', { projects: { proj_billing: 2 } });

test('--version, --help and every command\'s --help with an example', async () => {
  const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../pkg/package.json'), 'utf8'));
  assert.deepEqual(await cli(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  const help = await cli(['--help']);
  assert.equal(help.code, 0);
  const names = ['list', 'get', 'inspect', 'upload', 'rename', 'activate', 'deactivate', 'delete', 'check', 'rotate', 'history', 'restore', 'console'];
  for (const name of names) assert.match(help.stdout, new RegExp(`^  ${name} `, 'm'));
  for (const name of names) {
    const { code, stdout } = await cli([name, '--help']);
    assert.equal(code, 0, name);
    assert.match(stdout, new RegExp(`^Usage: openai-admin-certificates ${name}`), name);
    assert.match(stdout, new RegExp(`\\nExample:\\n  openai-admin-certificates ${name} `), name);
  }
});

test('a missing key is one line naming the variable, exit 3, and nothing is sent; no key flag exists', async () => {
  const { code, stdout, stderr } = await cli(['list'], { env: { OPENAI_BASE_URL: mock.baseURL } });
  assert.equal(code, 3);
  assert.equal(stdout, '');
  assert.match(stderr, /^openai-admin-certificates: UsageError: OPENAI_ADMIN_KEY is not set[^\n]*\n$/);
  const flag = await cli(['list', '--api-key', 'sk-x'], { mock });
  assert.equal(flag.code, 3);
  assert.match(flag.stderr, /UsageError: Unknown option '--api-key'/);
  assert.deepEqual(await requests(mock), []);
});

test('list: json by default when piped, jsonl, csv, --order, --project, --base-url', async () => {
  await seed();
  const { ids, projects } = await state(mock);
  const json = await cli(['list'], { mock });
  assert.equal(json.code, 0, json.stderr);
  assert.deepEqual(JSON.parse(json.stdout).map((c) => c.id), ids);
  const jsonl = await cli(['list', '--format', 'jsonl', '--order', 'asc'], { mock });
  assert.deepEqual(jsonl.stdout.trim().split('\n').map((line) => JSON.parse(line).id), [...ids].reverse());
  const csv = await cli(['list', '--format', 'csv'], { mock });
  const lines = csv.stdout.split('\r\n');
  assert.equal(lines[0], 'id,name,active,created_at,valid_at,expires_at,days_left');
  assert.deepEqual(lines.slice(1, -1).map((l) => l.split(',')[0]), ids);
  assert.equal(lines.at(-1), '');
  const project = await cli(['list', '--project', 'proj_billing'], { mock });
  assert.deepEqual(JSON.parse(project.stdout).map((c) => c.id), projects.proj_billing);
  // --base-url wins over OPENAI_BASE_URL.
  const flag = await cli(['list', '--base-url', mock.baseURL], { mock, env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } });
  assert.equal(flag.code, 0, flag.stderr);
  const table = await cli(['list', '--format', 'table'], { mock });
  const [header, first] = table.stdout.split('\n');
  assert.match(header, /^ID {2,}NAME {2,}ACTIVE {2,}EXPIRES {2,}DAYS LEFT {2,}CREATED$/);
  assert.match(first, /^cert_\w+ .* \d{4}-\d\d-\d\d \d\d:\d\d \S+/, 'local dates with the zone');
  const bad = await cli(['list', '--format', 'yaml'], { mock });
  assert.equal(bad.code, 3);
  assert.match(bad.stderr, /UsageError: --format must be one of table, json, jsonl, csv/);
});

test('get: one certificate, with its PEM on --content; an API error is one line with class and request id', async () => {
  const [id] = (await state(mock)).ids;
  const plain = await cli(['get', id], { mock });
  assert.equal(JSON.parse(plain.stdout).id, id);
  assert.equal(JSON.parse(plain.stdout).certificate_details.content, undefined);
  const content = await cli(['get', id, '--content', '--format', 'json'], { mock });
  assert.match(JSON.parse(content.stdout).certificate_details.content, /^-----BEGIN CERTIFICATE-----/);
  const table = await cli(['get', id, '--content', '--format', 'table'], { mock });
  assert.match(table.stdout, new RegExp(`^id +${id}\\n`));
  assert.match(table.stdout, /\n-----BEGIN CERTIFICATE-----\n/);
  const missing = await cli(['get', 'cert_missing'], { mock });
  assert.equal(missing.code, 3);
  assert.equal(missing.stdout, '');
  assert.match(missing.stderr, /^openai-admin-certificates: NotFoundError: 404 .+ \(request req_[0-9a-f]{32}\)\n$/);
  const usage = await cli(['get'], { mock });
  assert.equal(usage.code, 3);
  assert.match(usage.stderr, /UsageError: usage: openai-admin-certificates get ID/);
});

test('inspect: a file or stdin, no key needed; the upload verdict; not a certificate is exit 3', async () => {
  const ca = await cli(['inspect', resolve(certs, 'ca.pem')]);
  assert.equal(ca.code, 0, ca.stderr);
  const info = JSON.parse(ca.stdout);
  assert.equal(info.is_ca, true);
  assert.match(info.fingerprint_sha256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  assert.deepEqual(info.upload_problems, []);
  const leaf = await cli(['inspect', '-'], { input: pem('leaf.pem') });
  assert.match(JSON.parse(leaf.stdout).upload_problems.join(), /not a CA/);
  const table = await cli(['inspect', '-', '--format', 'table'], { input: pem('expired.pem') });
  assert.match(table.stdout, /^upload +refused: .*expired/m);
  const junk = await cli(['inspect', resolve(certs, 'not-a-cert.pem')]);
  assert.equal(junk.code, 3);
  assert.match(junk.stderr, /^openai-admin-certificates: InvalidParameterError: /);
  const absent = await cli(['inspect', resolve(certs, 'absent.pem')]);
  assert.equal(absent.code, 3);
  assert.match(absent.stderr, /UsageError: cannot read .*ENOENT/);
});

test('upload: refused before any request by the rules; a CA uploaded with its name', async () => {
  for (const file of ['leaf.pem', 'expired.pem', 'not-a-cert.pem']) {
    const { code, stderr } = await cli(['upload', resolve(certs, file)], { mock });
    assert.equal(code, 3, file);
    assert.match(stderr, /^openai-admin-certificates: (Refused: not uploaded|InvalidParameterError)/, file);
  }
  assert.deepEqual(await requests(mock), [], 'nothing sent for a refused certificate');
  const { code, stdout, stderr } = await cli(['upload', '-', '--name', 'Rotated CA'], { mock, input: pem('ca.pem') });
  assert.equal(code, 0, stderr);
  const created = JSON.parse(stdout);
  assert.equal(created.name, 'Rotated CA');
  const log = await requests(mock);
  assert.deepEqual(log.map((r) => [r.method, r.path]), [['POST', '/v1/organization/certificates']]);
  assert.equal(log[0].body.certificate, pem('ca.pem'));
});

test('rename', async () => {
  const [id] = (await state(mock)).ids;
  const { code, stdout } = await cli(['rename', id, 'New name'], { mock });
  assert.equal(code, 0);
  assert.equal(JSON.parse(stdout).name, 'New name');
  assert.deepEqual((await writes(mock)).map((r) => r.body), [{ name: 'New name' }]);
});

test('activate / deactivate: refused without a terminal and --yes (nothing sent); with --yes, done after the effect', async () => {
  await seed();
  const { ids, active } = await state(mock);
  const idle = ids.filter((id) => !active.includes(id)).slice(0, 2);
  for (const args of [['activate', ...idle], ['deactivate', ...idle, '--project', 'proj_billing']]) {
    const { code, stderr } = await cli(args, { mock });
    assert.equal(code, 3, args.join(' '));
    assert.match(stderr, /^openai-admin-certificates: Refused: nothing (activat|deactivat)ed: stdin is not a terminal/);
  }
  assert.deepEqual(await requests(mock), [], 'not even a read');
  const on = await cli(['activate', ...idle, '--yes'], { mock });
  assert.equal(on.code, 0, on.stderr);
  assert.deepEqual(JSON.parse(on.stdout).map((c) => [c.id, c.active]), idle.map((id) => [id, true]));
  // The library's impact, in the console's words.
  assert.match(on.stderr, new RegExp(`^activate in the organization: ${idle.join(', ')}\\nEvery scope keeps requiring client certificates; only the set it accepts changes\\.\\n`));
  const off = await cli(['deactivate', ...(await state(mock)).projects.proj_billing, '--project', 'proj_billing', '-y'], { mock });
  assert.equal(off.code, 0, off.stderr);
  assert.match(off.stderr, /^deactivate in project proj_billing: .*\nBilling falls back to the organization's certificates\.\n/);
  assert.deepEqual((await state(mock)).projects, {});
  assert.deepEqual((await writes(mock)).map((r) => r.path), [
    '/v1/organization/certificates/activate',
    '/v1/organization/projects/proj_billing/certificates/deactivate',
  ]);
});

test('delete: refused while active anywhere, naming where; refused without --yes; deleted with it', async () => {
  await seed();
  const { ids, active, projects } = await state(mock);
  const [inProject] = projects.proj_billing;
  await control(mock, '/__mock/certificates', { [inProject]: { active: true } });
  const busy = await cli(['delete', inProject, '--yes'], { mock });
  assert.equal(busy.code, 3);
  assert.match(busy.stderr, new RegExp(`Refused: ${inProject} is active in the organization, project proj_billing \\(Billing\\): deactivate it there first`));
  const idle = ids.find((id) => !active.includes(id) && !projects.proj_billing.includes(id));
  const unsure = await cli(['delete', idle], { mock });
  assert.equal(unsure.code, 3);
  assert.match(unsure.stderr, /Refused: nothing deleted/);
  assert.deepEqual(await writes(mock), []);
  const done = await cli(['delete', idle, '--yes'], { mock });
  assert.equal(done.code, 0, done.stderr);
  assert.deepEqual(JSON.parse(done.stdout), { object: 'certificate.deleted', id: idle });
  assert.deepEqual((await writes(mock)).map((r) => [r.method, r.path]), [['DELETE', `/v1/organization/certificates/${idle}`]]);
});

test('a network failure is exit 3 with the class', async () => {
  const { code, stderr } = await cli(['list'], { env: { OPENAI_ADMIN_KEY: 'sk-x', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' } });
  assert.equal(code, 3);
  assert.match(stderr, /^openai-admin-certificates: APIConnectionError: /);
});
