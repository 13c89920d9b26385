// The confirmations say what a change does to enforcement (certificateImpact, in words): the
// organization's last certificate names the projects that stop requiring client certificates and
// is asked twice; a project's last one falls back to the organization's (asked once); a delete
// still active in a project is shown as refused, naming where, with no request. axe on each.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, control, openLoaded, setUp, shotOf } from './support.mjs';

let env, page, context, problems, state;
const row = (id) => page.locator(`#certificates tbody tr[data-id="${id}"]`);
const requests = () => control(env.mock, 'requests');
const mark = async () => (await requests()).length;
const writesSince = async (m) => (await requests()).slice(m).filter((r) => r.method !== 'GET');
const api = (path, body) => fetch(env.mock.baseURL + path, body && { method: 'POST', body: JSON.stringify(body) }).then((r) => r.json());

before(async () => {
  // Two projects, Billing and Search, with no certificates of their own: both inherit the organization's.
  env = await setUp({ count: 8, projectCount: 2 });
  state = await control(env.mock, 'state');
  // Exactly one certificate active for the organization.
  const others = state.active.slice(1);
  if (others.length) await api('/organization/certificates/deactivate', { certificate_ids: others });
  if (!state.active.length) await api('/organization/certificates/activate', { certificate_ids: [state.ids[0]] });
  state = await control(env.mock, 'state');
  assert.equal(state.active.length, 1);
  ({ page, context, problems } = await openLoaded(env));
});
after(async () => {
  await context?.close();
  await env?.stop();
});

test("deactivating the organization's last certificate names Billing and Search and asks twice", async () => {
  const [last] = state.active;
  const m = await mark();
  await row(last).getByRole('button', { name: /^Deactivate / }).click();
  await page.waitForSelector('#confirm-dialog[open][data-ask="twice"]');
  const impact = await page.textContent('#confirm-dialog [data-impact="ends"]');
  assert.ok(impact.includes('After this, Billing and Search no longer require client certificates.'), impact);
  assert.ok(impact.includes('The organization is left with no active certificate.'), impact);
  assert.ok(await page.isDisabled('#confirm-dialog button[value="confirm"]'), 'the first confirmation is not enough');
  assert.deepEqual(await audit(page), [], 'axe, the second confirmation');
  await shotOf(page, '#confirm-dialog', 'confirm-ends-enforcement');
  // Cancel after ticking: nothing sent.
  await page.check('#confirm-ack');
  await page.click('#confirm-dialog button[value="cancel"]');
  assert.deepEqual(await writesSince(m), []);

  await row(last).getByRole('button', { name: /^Deactivate / }).click();
  await page.waitForSelector('#confirm-dialog[open][data-ask="twice"]');
  assert.equal(await page.isChecked('#confirm-ack'), false, 'the box starts unticked every time');
  assert.deepEqual(await writesSince(m), [], 'nothing sent before both confirmations');
  await page.check('#confirm-ack');
  await page.click('#confirm-dialog button[value="confirm"]');
  await page.waitForSelector(`#certificates tbody tr[data-id="${last}"][data-active="false"]`);
  const writes = await writesSince(m);
  assert.deepEqual(writes.map((r) => [r.path, r.body]), [['/v1/organization/certificates/deactivate', { certificate_ids: [last] }]]);
  // Put it back for the next tests (Undo).
  await page.click('#undo');
  await page.waitForSelector(`#certificates tbody tr[data-id="${last}"][data-active="true"]`);
});

test("a project's last certificate: Billing falls back to the organization's, asked once", async () => {
  const own = state.ids.find((id) => !state.active.includes(id));
  await api('/organization/projects/proj_billing/certificates/activate', { certificate_ids: [own] });
  await page.selectOption('#project-id', 'proj_billing');
  await page.click('#project-list');
  await page.waitForSelector(`#project-table tbody tr[data-id="${own}"]`);
  await page.check(`#project-table tbody tr[data-id="${own}"] input[type=checkbox]`);
  const m = await mark();
  await page.click('#project-deactivate');
  await page.waitForSelector('#confirm-dialog[open][data-ask="once"]');
  assert.equal(await page.textContent('#confirm-dialog [data-impact="keeps"]'), "Billing falls back to the organization's certificates.");
  assert.ok(await page.isHidden('#confirm-dialog .dialog-ack'));
  assert.deepEqual(await writesSince(m), []);
  await page.click('#confirm-dialog button[value="confirm"]');
  await page.waitForFunction(() => document.querySelector('#project-status').textContent.startsWith('Deactivated 1'));
  assert.deepEqual((await writesSince(m)).map((r) => r.path), ['/v1/organization/projects/proj_billing/certificates/deactivate']);
});

test('a delete still active in Search is shown as refused, naming Search, with no request', async () => {
  const target = state.ids.find((id) => !state.active.includes(id));
  // Activated behind the page's back: the row still offers Delete, the impact knows better.
  await api('/organization/projects/proj_search/certificates/activate', { certificate_ids: [target] });
  const m = await mark();
  await row(target).getByRole('button', { name: /^Delete / }).click();
  await page.waitForSelector('#confirm-dialog[open][data-ask="refused"]');
  const text = await page.textContent('#confirm-dialog');
  assert.ok(text.includes(`${target} is still active in Search: the delete would be refused. Deactivate it there first.`), text);
  assert.ok(await page.isHidden('#confirm-dialog button[value="confirm"]'), 'nothing to confirm');
  assert.equal(await page.textContent('#confirm-dialog button[value="cancel"]'), 'Close');
  assert.deepEqual(await audit(page), [], 'axe, the refusal');
  await shotOf(page, '#confirm-dialog', 'confirm-delete-refused');
  await page.click('#confirm-dialog button[value="cancel"]');
  // The dialog's close handler writes the line in a later task.
  await page.waitForFunction(() => document.getElementById('action-status').textContent === 'Nothing was deleted.');
  assert.deepEqual(await writesSince(m), [], 'no DELETE sent');
  assert.ok((await control(env.mock, 'state')).ids.includes(target));
  assert.deepEqual(problems, []);
});
