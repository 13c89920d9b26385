// Replace, the guided rotation: paste → inspect → upload → activate the new certificate in the
// old one's organization and project scopes → deactivate the old → delete the old, each step
// shown; a failed step is retried alone (counted in the mock's request log). Then the whole
// rotation by keyboard only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { certPath, control, openLoaded, setUp, shotOf } from './support.mjs';

let env, page, context, problems, state;
const row = (id) => page.locator(`#certificates tbody tr[data-id="${id}"]`);
const requests = () => control(env.mock, 'requests');
const mark = async () => (await requests()).length;
const writesSince = async (m) => (await requests()).slice(m).filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path} ${r.status}`);
const api = (path, body) => fetch(env.mock.baseURL + path, body && { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());
const ca = readFileSync(certPath('ca.pem'), 'utf8');
const stepStates = () => page.$$eval('#replace-dialog li[data-step]', (li) => li.map((l) => `${l.dataset.step}:${l.dataset.state}`));

before(async () => {
  env = await setUp({ count: 20, maxCertificates: 100, projects: { proj_demo: 3 } });
  state = await control(env.mock, 'state');
  await api('/organization/projects/proj_demo/certificates/activate', { certificate_ids: [state.active[0]] });
  ({ page, context, problems } = await openLoaded(env));
});
after(async () => {
  await context?.close();
  await env?.stop();
});

test('replace end to end: same scopes, each step visible, a failed delete retried without redoing the rest', async () => {
  const old = state.active[0];
  const m = await mark();
  await row(old).getByRole('button', { name: /^Replace / }).click();
  await page.waitForSelector('#replace-dialog[data-state="ready"]');
  assert.match(await page.textContent('#replace-dialog .replace-scope'), /^Active in the organization, .*\(proj_demo\):/);
  assert.ok(await page.isDisabled('#replace-run'), 'nothing to run before an inspection');
  await page.fill('#replace-pem', ca);
  await page.fill('#replace-name', 'Rotated CA');
  await page.click('#replace-inspect');
  await page.waitForSelector('#replace-dialog li[data-step="inspect"][data-state="done"]');
  assert.ok((await page.textContent('#replace-dialog .replace-inspection')).includes('CN=Mock Test CA (test only)'));
  assert.deepEqual(await writesSince(m), [], 'inspection and scoping write nothing');

  // The old certificate's delete fails (three times: the package retries a 500 twice).
  await control(env.mock, 'faults', [{ match: { method: 'DELETE', path: `/v1/organization/certificates/${old}` }, status: 500, times: 3,
    headers: { 'retry-after-ms': '10' }, body: { error: { message: 'Temporarily unavailable', type: 'server_error', param: null, code: null } } }]);
  await page.click('#replace-run');
  await page.waitForSelector('#replace-dialog[data-state="failed"]');
  assert.deepEqual(await stepStates(), ['inspect:done', 'upload:done', 'activate:done', 'deactivate:done', 'delete:failed']);
  assert.match(await page.textContent('#replace-dialog li[data-step="delete"] .step-note'), /InternalServerError 500: Temporarily unavailable/);
  assert.equal(await page.textContent('#replace-run'), 'Retry step 5');
  await shotOf(page, '#replace-dialog', 'replace-failed-step');
  await page.click('#replace-run');
  await page.waitForSelector('#replace-dialog[data-state="done"]');
  assert.deepEqual(await stepStates(), ['inspect:done', 'upload:done', 'activate:done', 'deactivate:done', 'delete:done']);
  await shotOf(page, '#replace-dialog', 'replace-done');

  const after = await control(env.mock, 'state');
  const created = after.ids.find((id) => !state.ids.includes(id));
  assert.ok(created, 'a new certificate');
  const writes = await writesSince(m);
  assert.deepEqual(writes, [
    'POST /v1/organization/certificates 200',
    'POST /v1/organization/certificates/activate 200',
    'POST /v1/organization/projects/proj_demo/certificates/activate 200',
    'POST /v1/organization/certificates/deactivate 200',
    'POST /v1/organization/projects/proj_demo/certificates/deactivate 200',
    `DELETE /v1/organization/certificates/${old} 500`,
    `DELETE /v1/organization/certificates/${old} 500`,
    `DELETE /v1/organization/certificates/${old} 500`,
    `DELETE /v1/organization/certificates/${old} 200`,
  ], 'each step once; only the failed one again');
  assert.ok(after.active.includes(created) && after.projects.proj_demo.includes(created));
  assert.ok(!after.ids.includes(old));
  await page.click('#replace-dialog button[data-close]');
  assert.equal(await row(old).count(), 0);
  assert.equal(await row(created).getAttribute('data-active'), 'true');
  assert.equal(await row(created).locator('.col-name').textContent(), 'Rotated CA');
  assert.deepEqual(problems, []);
});

test('the whole rotation by keyboard only', async () => {
  const old = state.active[1];
  const m = await mark();
  await row(old).getByRole('button', { name: /^Replace / }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#replace-dialog[data-state="ready"]');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'replace-pem', 'focus starts in the dialog');
  await page.keyboard.insertText(ca);
  const tabTo = async (id) => {
    for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement.id)) !== id; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), id);
  };
  await tabTo('replace-inspect');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#replace-dialog li[data-step="inspect"][data-state="done"]');
  await tabTo('replace-run');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#replace-dialog[data-state="done"]');
  assert.equal(await page.evaluate(() => document.activeElement.closest('dialog')?.id), 'replace-dialog');
  await page.keyboard.press('Enter'); // focus is on Close
  assert.ok(await page.locator('#replace-dialog').isHidden());
  await page.waitForFunction(() => document.activeElement.closest('tr[data-id]'), null, { timeout: 2000 }).catch(() => {});
  const focused = await page.evaluate(() => [document.activeElement.tagName, document.activeElement.closest('tr')?.dataset.id ?? null]);
  const after = await control(env.mock, 'state');
  assert.equal(focused[0], 'BUTTON', 'focus is not lost to <body>');
  assert.ok(!state.ids.includes(focused[1]) && after.active.includes(focused[1]), `focus is on the new, active certificate: ${JSON.stringify([focused, await page.evaluate(() => document.activeElement.outerHTML.slice(0, 200))])}`);
  assert.ok(!after.ids.includes(old));
  assert.equal((await writesSince(m)).length, 4, 'upload, activate, deactivate, delete (org scope only)');
  assert.deepEqual(problems, []);
});
