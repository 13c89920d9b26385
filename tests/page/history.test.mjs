// History from the audit log, end to end on the mock: upload, rename, activate, deactivate through
// the console, the detail view lists each event newest first with its time (local, zone named) and
// actor; delete, then find the deletion in the recent activity and restore it: its PEM uploaded
// again under its name (a new id, not active). The seeded history is there too (a person's
// session), with the seeded deleted certificate restorable. axe on the activity and the dialog.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { audit, certPath, control, openLoaded, rowIds, setUp, shotAt, shotOf } from './support.mjs';

let env, page, context, problems, id;
const row = (cid) => page.locator(`#certificates tbody tr[data-id="${cid}"]`);
const requests = () => control(env.mock, 'requests');
const mark = async () => (await requests()).length;
const since = async (m) => (await requests()).slice(m);
const pem = readFileSync(certPath('rules/good.pem'), 'utf8');
const ME = 'by admin@example.com (API key key_mock_admin)';

/** Confirms the open confirm dialog, ticking the second confirmation if it asks twice. */
async function confirm() {
  await page.waitForSelector('#confirm-dialog[open]');
  if ((await page.getAttribute('#confirm-dialog', 'data-ask')) === 'twice') await page.check('#confirm-ack');
  await page.click('#confirm-dialog button[value="confirm"]');
}

before(async () => {
  env = await setUp({ count: 6, maxCertificates: 100 });
  ({ page, context, problems } = await openLoaded(env));
});
after(async () => {
  await context?.close();
  await env?.stop();
});

test('upload, rename, activate, deactivate: the detail lists each event newest first, with when and who', async () => {
  await page.fill('#pem-text', pem);
  await page.click('#pem-inspect');
  await page.waitForSelector('#upload[data-inspection="ok"]');
  await page.fill('#pem-name', 'Partner CA');
  await page.click('#pem-upload');
  await page.waitForSelector('#upload[data-inspection="uploaded"]');
  id = (await control(env.mock, 'state')).ids[0];
  await row(id).getByRole('button', { name: /^Rename / }).click();
  await page.fill('#rename-input', 'Partner CA 2026');
  await page.click('#rename-dialog button[data-save]');
  await page.waitForFunction((cid) => document.querySelector(`tr[data-id="${cid}"] .col-name`).textContent === 'Partner CA 2026', id);
  await row(id).getByRole('button', { name: /^Activate / }).click();
  await page.waitForSelector(`#certificates tbody tr[data-id="${id}"][data-active="true"]`);
  await row(id).getByRole('button', { name: /^Deactivate / }).click();
  await confirm();
  await page.waitForSelector(`#certificates tbody tr[data-id="${id}"][data-active="false"]`);

  const m = await mark();
  await row(id).locator('.col-name button').click();
  await page.waitForSelector('#detail-dialog[data-state="done"]');
  const asked = (await since(m)).filter((r) => r.path === '/v1/organization/audit_logs');
  assert.equal(asked.length, 1);
  assert.deepEqual(asked[0].query['resource_ids[]'], id);
  const events = await page.$$eval('#detail-dialog .history li', (items) => items.map((li) => ({
    type: li.dataset.type, what: li.querySelector('.what').textContent, who: li.querySelector('.who').textContent,
    time: li.querySelector('time').textContent, datetime: li.querySelector('time').getAttribute('datetime'),
  })));
  assert.deepEqual(events.map((e) => [e.type, e.what, e.who]), [
    ['certificates.deactivated', 'Deactivated for the organization', ME],
    ['certificates.activated', 'Activated for the organization', ME],
    ['certificate.updated', 'Renamed to "Partner CA 2026"', ME],
    ['certificate.created', 'Uploaded as "Partner CA"', ME],
  ]);
  // When: local time with the zone named (the machine's zone here), matching the event's instant.
  const zone = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName').value);
  for (const e of events) {
    assert.match(e.time, /^\d{4}-\d\d-\d\d \d\d:\d\d \S+$/);
    assert.ok(e.time.endsWith(` ${zone}`), e.time);
    assert.ok(Math.abs(Date.parse(e.datetime) - Date.now()) < 120_000, e.datetime);
  }
  await shotOf(page, '#detail-dialog', 'detail-history');
  await page.click('#detail-dialog button[data-close]');

  // A seeded certificate's history: made by a person in the dashboard.
  const seeded = (await control(env.mock, 'state')).ids.at(-1);
  await row(seeded).locator('.col-name button').click();
  await page.waitForSelector('#detail-dialog[data-state="done"]');
  const who = await page.$$eval('#detail-dialog .history .who', (w) => w.map((x) => x.textContent));
  assert.ok(who.length >= 1 && who.every((w) => w === 'by ada@example.com'), who.join());
  await page.click('#detail-dialog button[data-close]');
});

test('deleted, found in the recent activity and restored: its PEM uploaded again under its name, new id, not active', async () => {
  await row(id).getByRole('button', { name: /^Delete / }).click();
  await confirm();
  await row(id).waitFor({ state: 'detached' });

  let m = await mark();
  await page.click('#activity-load');
  await page.waitForSelector('#activity[data-state="done"]');
  const asked = (await since(m)).filter((r) => r.path === '/v1/organization/audit_logs');
  assert.deepEqual(asked.map((r) => r.query['event_types[]']), [['certificate.created', 'certificate.updated', 'certificate.deleted', 'certificates.activated', 'certificates.deactivated']]);
  const types = await page.$$eval('#activity-list li', (items) => items.map((li) => li.dataset.type));
  assert.deepEqual(types.slice(0, 5), ['certificate.deleted', 'certificates.deactivated', 'certificates.activated', 'certificate.updated', 'certificate.created']);
  assert.equal(await page.textContent('#activity-list li:first-child .what'), 'Deleted "Partner CA 2026"');
  assert.deepEqual(await audit(page), [], 'axe, the activity list');

  // Deletions only: ours and the seeded one.
  await page.selectOption('#activity-types', 'certificate.deleted');
  await page.waitForSelector('#activity[data-state="done"]');
  const deleted = await page.$$eval('#activity-list li .what', (w) => w.map((x) => x.textContent));
  assert.deepEqual(deleted, ['Deleted "Partner CA 2026"', 'Deleted "Retired partner CA"']);
  await shotAt(page, '#activity', 'activity-deleted');

  m = await mark();
  await page.click('#activity-list li:first-child button[data-restore]');
  await page.waitForSelector('#confirm-dialog[open][data-ask="once"]');
  assert.match(await page.textContent('#confirm-dialog .dialog-message'), /uploaded again under its name\. It gets a new id and is not activated anywhere\./);
  assert.ok((await page.textContent('#confirm-dialog')).includes('CN=good (test only)'));
  assert.deepEqual(await audit(page), [], 'axe, the restore dialog');
  await shotOf(page, '#confirm-dialog', 'restore-dialog');
  assert.deepEqual((await since(m)).filter((r) => r.method !== 'GET'), [], 'nothing sent before the confirmation');
  await page.click('#confirm-dialog button[value="confirm"]');
  await page.waitForFunction(() => /^Restored /.test(document.getElementById('activity-action').textContent));
  const posts = (await since(m)).filter((r) => r.method === 'POST');
  assert.deepEqual(posts.map((r) => [r.path, r.body]), [['/v1/organization/certificates', { certificate: pem, name: 'Partner CA 2026' }]]);
  const state = await control(env.mock, 'state');
  const restored = state.ids[0];
  assert.notEqual(restored, id, 'a new id');
  assert.ok(!state.active.includes(restored), 'not activated');
  assert.equal(await row(restored).locator('.col-name').textContent(), 'Partner CA 2026');
  assert.equal(await row(restored).getAttribute('data-active'), 'false');
  assert.match(await page.textContent('#activity-action'), new RegExp(`^Restored "Partner CA 2026" as ${restored}; it is not active anywhere\\.$`));
  assert.ok((await rowIds(page)).includes(restored));
});

test('the seeded deleted certificate restores too, its duplicate said first; Cancel sends nothing', async () => {
  const m = await mark();
  await page.click('#activity-list li:nth-child(2) button[data-restore]');
  await page.waitForSelector('#confirm-dialog[open]');
  const warnings = await page.$$eval('#confirm-dialog [data-warning]', (w) => w.map((x) => x.dataset.warning));
  assert.ok(warnings.includes('duplicate'), warnings.join()); // its PEM is the seeded certificates' one
  await page.click('#confirm-dialog button[value="cancel"]');
  // The dialog's close handler writes the line in a later task.
  await page.waitForFunction(() => document.getElementById('activity-action').textContent === 'Nothing was restored.');
  assert.deepEqual((await since(m)).filter((r) => r.method !== 'GET'), []);
  assert.deepEqual(problems, []);
});
