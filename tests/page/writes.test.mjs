// Safe writes: deactivation (row, bulk) asks first and names the projects where the certificate
// is active, with nothing sent before the confirmation; Undo re-activates; bulk actions touch only
// the rows the filter shows and say how many selected ones are hidden; rename refuses blank names.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { control, openLoaded, setUp, shotOf } from './support.mjs';

let env, page, context, problems, state, projectName;
const row = (id) => page.locator(`#certificates tbody tr[data-id="${id}"]`);
const requests = () => control(env.mock, 'requests');
const mark = async () => (await requests()).length;
const writesSince = async (m) => (await requests()).slice(m).filter((r) => r.method !== 'GET');
const api = (path, body) => fetch(env.mock.baseURL + path, body && { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());

before(async () => {
  env = await setUp({ count: 40, projects: { proj_demo: 5 } });
  state = await control(env.mock, 'state');
  // One certificate active for the organization and in proj_demo.
  await api('/organization/projects/proj_demo/certificates/activate', { certificate_ids: [state.active[0]] });
  projectName = (await api('/organization/projects/proj_demo')).name;
  ({ page, context, problems } = await openLoaded(env));
});
after(async () => {
  await context?.close();
  await env?.stop();
});

test('row deactivate: asks first, names the projects, sends nothing until confirmed; Undo activates again', async () => {
  const id = state.active[0];
  let m = await mark();
  await row(id).getByRole('button', { name: /^Deactivate / }).click();
  await page.waitForSelector('#confirm-dialog[open]');
  const text = await page.textContent('#confirm-dialog');
  assert.ok(text.includes(`also active in ${projectName} (proj_demo)`), text);
  assert.match(text, /fail at once/);
  await shotOf(page, '#confirm-dialog', 'confirm-deactivate');
  assert.deepEqual(await writesSince(m), [], 'nothing sent before the confirmation');
  await page.click('#confirm-dialog button[value="cancel"]');
  await page.waitForTimeout(100);
  assert.deepEqual(await writesSince(m), [], 'nothing sent after Cancel');
  assert.equal(await row(id).getAttribute('data-active'), 'true');

  await row(id).getByRole('button', { name: /^Deactivate / }).click();
  await page.waitForSelector('#confirm-dialog[open]');
  await page.click('#confirm-dialog button[value="confirm"]');
  await page.waitForSelector(`#certificates tbody tr[data-id="${id}"][data-active="false"]`);
  const [write] = await writesSince(m);
  assert.deepEqual([write.path, write.body], ['/v1/organization/certificates/deactivate', { certificate_ids: [id] }]);
  assert.ok(await page.isVisible('#undo'));
  m = await mark();
  await page.click('#undo');
  await page.waitForSelector(`#certificates tbody tr[data-id="${id}"][data-active="true"]`);
  const undo = await writesSince(m);
  assert.deepEqual(undo.map((r) => [r.path, r.body.certificate_ids]), [['/v1/organization/certificates/activate', [id]]]);
  assert.ok((await control(env.mock, 'state')).active.includes(id));
  assert.ok(await page.isHidden('#undo'));
});

test('bulk: acts on the rows the filter shows only, says how many selected are hidden, confirms first', async () => {
  const [shownId, hiddenId] = state.active.slice(1, 3);
  await row(shownId).locator('input[type=checkbox]').check();
  await row(hiddenId).locator('input[type=checkbox]').check();
  await page.fill('#filter-text', shownId);
  assert.equal(await page.textContent('#selection-count'), '1 selected (1 more hidden by the filter: left alone)');
  const m = await mark();
  await page.click('#bulk-deactivate');
  await page.waitForSelector('#confirm-dialog[open]');
  const text = await page.textContent('#confirm-dialog .dialog-details');
  assert.ok(text.includes(shownId) && !text.includes(hiddenId), text);
  assert.deepEqual(await writesSince(m), []);
  await page.click('#confirm-dialog button[value="confirm"]');
  await page.waitForFunction(() => document.getElementById('undo').hidden === false);
  const writes = await writesSince(m);
  assert.deepEqual(writes.map((r) => r.body.certificate_ids), [[shownId]], 'the hidden row is left alone');
  const now = await control(env.mock, 'state');
  assert.ok(!now.active.includes(shownId) && now.active.includes(hiddenId));
  await page.fill('#filter-text', '');
  await page.click('#bulk-clear');
});

test('rename refuses an empty or all-space name, in the dialog, without a request', async () => {
  const id = state.ids[0];
  const m = await mark();
  await row(id).getByRole('button', { name: /^Rename / }).click();
  for (const blank of ['', '   ']) {
    await page.fill('#rename-input', blank);
    await page.press('#rename-input', 'Enter');
    assert.ok(await page.locator('#rename-dialog').isVisible(), 'still open');
    assert.equal(await page.textContent('#rename-error'), 'A name cannot be empty or only spaces.');
    assert.equal(await page.getAttribute('#rename-input', 'aria-invalid'), 'true');
  }
  await page.click('#rename-dialog button[data-save]');
  assert.ok(await page.locator('#rename-dialog').isVisible());
  await page.keyboard.press('Escape');
  assert.deepEqual(await writesSince(m), []);
  assert.deepEqual(problems, []);
});
