// The console degrades rather than alarms: a key that may not list projects (403) or a 404 hides
// what needs projects with one line saying why, over a working certificate list; an audit log the
// key may not read (403), or that lists nothing (audit logging off), is one line in the detail view
// and the activity panel, and everything else works. No error panel in any of them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, control, openLoaded, setUp, shotAt } from './support.mjs';

let env;
before(async () => {
  env = await setUp({ count: 12 });
});
after(() => env?.stop());

const projectsFault = (status) => ({ match: { method: 'GET', path: '/v1/organization/projects*' }, status, times: 100, headers: { 'x-should-retry': 'false' } });

for (const [status, why] of [[403, 'permission denied, 403'], [404, 'not found, 404']]) {
  test(`projects answering ${status}: hidden, one line says why, the certificates work`, async () => {
    await control(env.mock, 'reset', {});
    await control(env.mock, 'faults', [projectsFault(status)]);
    const { page, context, problems } = await openLoaded(env);
    try {
      await page.waitForSelector('body[data-projects="unavailable"]');
      assert.equal(await page.textContent('#projects-note'),
        `Projects are hidden: this key may not list them (${why}). The certificates work as usual, at the organization level.`);
      assert.ok(await page.isHidden('#projects'), 'the project scope is hidden');
      assert.ok(await page.isHidden('#certificates th.col-projects'), 'so is the Projects column');
      assert.ok(await page.isHidden('#error-panel'), 'no error panel');
      assert.equal(await page.locator('#certificates tbody tr[data-id]').count(), 12);
      assert.equal(await page.textContent('#status'), '12 certificates loaded in 1 page.');
      // The detail view says so in its own words, and still shows the rest.
      const id = (await control(env.mock, 'state')).ids[0];
      await page.locator(`#certificates tbody tr[data-id="${id}"] .col-name button`).click();
      await page.waitForSelector('#detail-dialog[data-state="done"]');
      assert.match(await page.textContent('#detail-dialog .where-active'), /projects are not shown: this key cannot list them\.$/);
      await page.click('#detail-dialog button[data-close]');
      if (status === 403) {
        assert.deepEqual(await audit(page), [], 'axe, projects hidden');
        await shotAt(page, '#projects-note', 'projects-unavailable');
      }
      assert.ok(await page.isHidden('#error-panel'));
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}

test('audit log 403: one line in the activity panel and the detail view, no error panel', async () => {
  await control(env.mock, 'reset', {});
  const { page, context, problems } = await openLoaded(env);
  try {
    await control(env.mock, 'faults', [{ match: { path: '/v1/organization/audit_logs' }, status: 403, times: 10 }]);
    await page.click('#activity-load');
    await page.waitForSelector('#activity[data-state="denied"]');
    assert.equal(await page.textContent('#activity-status'), 'This key may not read the audit log, so no history is shown.');
    const id = (await control(env.mock, 'state')).ids[0];
    await page.locator(`#certificates tbody tr[data-id="${id}"] .col-name button`).click();
    await page.waitForSelector('#detail-dialog[data-state="done"]');
    assert.equal(await page.textContent('#detail-dialog [data-history]'), 'This key may not read the audit log, so no history is shown.');
    assert.ok((await page.textContent('#detail-dialog')).includes('What the certificate says'), 'the rest of the detail is there');
    await page.click('#detail-dialog button[data-close]');
    assert.ok(await page.isHidden('#error-panel'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('audit logging off: one line says so, no error panel', async () => {
  await control(env.mock, 'reset', { auditLogs: false });
  const { page, context, problems } = await openLoaded(env);
  try {
    await page.click('#activity-load');
    await page.waitForSelector('#activity[data-state="empty"]');
    assert.match(await page.textContent('#activity-status'), /^The audit log lists no certificate events: audit logging is off for this organization/);
    assert.equal(await page.locator('#activity-list li').count(), 0);
    const id = (await control(env.mock, 'state')).ids[0];
    await page.locator(`#certificates tbody tr[data-id="${id}"] .col-name button`).click();
    await page.waitForSelector('#detail-dialog[data-state="done"]');
    assert.match(await page.textContent('#detail-dialog [data-history="empty"]'), /audit logging is off for this organization/);
    await page.click('#detail-dialog button[data-close]');
    assert.ok(await page.isHidden('#error-panel'));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
