// What needs attention first: the panel of active certificates that are expired or expire within
// 30 days (each a link to its row), the urgency sort by default and the days-left column; deep
// links that restore filter, sort and the open certificate on reload (and never hold the key);
// names with bidi controls shown as code points; dates in the viewer's zone; a sticky header;
// dark mode.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { control, loaded, openPage, rowIds, setUp, shot, shotAt } from './support.mjs';
import { validityStatus, urgencyRank } from '../../www/status.mjs';

let env, all;
const apiGet = async (path) => (await fetch(env.mock.baseURL + path)).json();

before(async () => {
  env = await setUp({ count: 60, projects: { proj_demo: 4 } });
  all = (await apiGet('/organization/certificates?limit=100')).data;
});
after(() => env?.stop());

test('needs attention at the top, linking to rows; urgency is the default sort; a days-left column', async () => {
  const { page, context, problems } = await openPage(env.browser, env.mock);
  await page.goto(env.mock.url + '/');
  await loaded(page);
  const now = Math.floor(Date.now() / 1000);
  const urgent = all.filter((c) => c.active && ['expired', 'expiring'].includes(validityStatus(c.certificate_details, now).kind))
    .sort((a, b) => a.certificate_details.expires_at - b.certificate_details.expires_at);
  assert.ok(urgent.length >= 2, 'the seed has some');
  const listed = await page.$$eval('#attention .attention-list li', (li) => li.map((l) => l.dataset.id));
  assert.deepEqual(listed, urgent.slice(0, 10).map((c) => c.id));
  assert.match(await page.textContent('#attention .attention-note'), new RegExp(`^${urgent.length} active certificates are expired or expire within 30 days\\.`));
  // The panel comes before the table in the page (and in tab order).
  assert.ok(await page.evaluate(() => document.getElementById('attention').compareDocumentPosition(document.getElementById('certificates')) & Node.DOCUMENT_POSITION_FOLLOWING));
  await shotAt(page, '#attention', 'needs-attention');

  // Default order: urgency (active and broken first), not the server's.
  const expected = [...all].map((c, i) => [urgencyRank(c, now), i, c.id]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map((x) => x[2]);
  assert.deepEqual(await rowIds(page), expected.slice(0, 50));
  assert.deepEqual((await rowIds(page)).slice(0, urgent.length), urgent.map((c) => c.id));
  const days = await page.$$eval('#certificates tbody tr', (rows) => rows.slice(0, 3).map((r) => [r.dataset.id, r.querySelector('.col-days').textContent]));
  for (const [id, text] of days) {
    const c = all.find((x) => x.id === id);
    assert.equal(text, String(Math.floor((c.certificate_details.expires_at - now) / 86400)));
  }
  assert.ok(Number(days[0][1]) < 0, 'expired: negative days left');

  // A link goes to the row (on another window of the table if need be) and focuses it.
  await page.selectOption('#filter-status', 'valid'); // hides every urgent row
  const target = urgent.at(-1).id;
  await page.click(`#attention button[data-jump="${target}"]`);
  assert.equal(await page.evaluate(() => document.activeElement.closest('tr')?.dataset.id), target);
  assert.equal(await page.inputValue('#filter-status'), 'all', 'the filter that hid it was cleared');
  assert.ok(await page.locator(`#certificates tr[data-id="${target}"]`).isVisible());

  // Where each certificate is active: the Projects column, from the projects listing.
  const state = await control(env.mock, 'state');
  const projectName = (await apiGet('/organization/projects/proj_demo')).name;
  const inProject = state.projects.proj_demo[0];
  await page.fill('#filter-text', inProject);
  await page.waitForFunction((id) => document.querySelector(`#certificates tr[data-id="${id}"] .col-projects`)?.textContent !== '…', inProject);
  assert.equal(await page.textContent(`#certificates tr[data-id="${inProject}"] .col-projects`), projectName);
  // Inactive for the organization but active in a project: Delete is not offered either.
  assert.ok(!state.active.includes(inProject), 'the seed activates project certificates in the project only');
  assert.equal(await page.getAttribute(`#certificates tr[data-id="${inProject}"] .row-actions .danger`, 'data-action'), 'delete-blocked');
  await page.fill('#filter-text', '');

  // Upload and the project scope are above the table: a few Tabs from the top, not thousands.
  await page.evaluate(() => document.activeElement.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const tabsTo = async (id) => {
    await page.evaluate(() => document.body.focus());
    await page.keyboard.press('Home');
    await page.locator('.skip').focus(); // the first focusable element of the page
    for (let n = 1; n < 60; n++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement.id)) === id) return n;
    }
    return Infinity;
  };
  assert.ok((await tabsTo('pem-text')) < 25, 'Upload within 25 Tabs');
  assert.ok((await tabsTo('project-id')) < 35, 'project scope within 35 Tabs');
  assert.deepEqual(problems, []);
  await context.close();
});

test('deep links: filter, sort and the open certificate are in the URL and restored on reload; never the key', async () => {
  const { page, context, problems } = await openPage(env.browser, env.mock);
  await page.goto(env.mock.url + '/');
  await loaded(page);
  const logged = [];
  page.on('console', (m) => logged.push(m.text()));
  await page.fill('#admin-key', 'sk-admin-never-in-the-url');
  await page.click('#load'); // the key is now used for every request
  await loaded(page);
  await page.fill('#filter-text', 'CA');
  await page.selectOption('#filter-status', 'valid');
  await page.click('#certificates thead th.col-expires button');
  await page.click('#certificates thead th.col-expires button');
  const open = (await rowIds(page))[0];
  await page.click(`#certificates tr[data-id="${open}"] .col-name button`);
  await page.waitForSelector('#detail-dialog[data-state="done"]');
  const url = new URL(page.url());
  assert.equal(url.hash, `#q=CA&status=valid&sort=expires%3Adescending&cert=${open}`);
  assert.ok(!page.url().includes('sk-admin'));
  const before = await rowIds(page);

  await page.reload();
  await loaded(page);
  await page.waitForSelector('#detail-dialog[data-state="done"]');
  assert.equal(await page.getAttribute('#detail-dialog', 'data-id'), open, 'the certificate is open again');
  assert.equal(await page.inputValue('#filter-text'), 'CA');
  assert.equal(await page.inputValue('#filter-status'), 'valid');
  assert.equal(await page.getAttribute('#certificates thead th.col-expires', 'aria-sort'), 'descending');
  assert.deepEqual(await rowIds(page), before);
  await page.click('#detail-dialog button[data-close]');
  await page.waitForSelector('#detail-dialog', { state: 'hidden' });
  assert.equal(new URL(page.url()).hash, '#q=CA&status=valid&sort=expires%3Adescending', 'closing drops the certificate only');
  assert.ok(!page.url().includes('sk-admin') && !(await page.content()).includes('sk-admin-never'));
  assert.ok(!logged.some((line) => line.includes('sk-admin-never')), 'never in the console');
  assert.deepEqual(await page.evaluate(() => [localStorage.length, sessionStorage.length, history.state]), [0, 0, null]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('bidi controls in a name are shown, not obeyed; dates are local with the zone named', async () => {
  const id = all.find((c) => !c.active).id;
  await fetch(`${env.mock.baseURL}/organization/certificates/${id}`, { method: 'POST', body: JSON.stringify({ name: '\u202Egnp.exe' }) });
  const { page, context } = await openPage(env.browser, env.mock, { contextOptions: { timezoneId: 'Asia/Kolkata', locale: 'en-US' } });
  await page.goto(env.mock.url + `/#q=${id}`);
  await loaded(page);
  const cell = page.locator(`#certificates tr[data-id="${id}"] .col-name`);
  assert.equal(await cell.textContent(), '⟨U+202E⟩gnp.exe');
  assert.equal(await cell.locator('bdi').count(), 1, 'isolated from the text around it');
  assert.ok(!(await page.evaluate(() => document.body.innerText.includes('\u202E'))), 'no raw override character on the page');
  assert.match(await page.textContent('#time-zone'), /^Dates are in your time zone, Asia\/(Kolkata|Calcutta)\.$/);
  const c = all.find((x) => x.id === id);
  const local = new Date((c.certificate_details.expires_at + 5.5 * 3600) * 1000).toISOString().slice(0, 10);
  const time = cell.locator('xpath=ancestor::tr').locator('.col-expires time');
  assert.equal(await time.textContent(), local, 'the day in Kolkata');
  assert.match(await time.getAttribute('title'), /^\d{4}-\d\d-\d\d \d\d:\d\d GMT\+5:30$/);
  await shotAt(page, '#certificates-section', 'bidi-and-local-dates');
  await context.close();
});

test('the table header sticks while its rows scroll; dark mode follows the system', async () => {
  const { page, context } = await openPage(env.browser, env.mock, { contextOptions: { colorScheme: 'dark' } });
  await page.goto(env.mock.url + '/#sort=server');
  await loaded(page);
  const stuck = await page.$eval('#certificates-section .main-table', (wrap) => {
    wrap.scrollIntoView();
    wrap.scrollTop = 600;
    const th = wrap.querySelector('thead th').getBoundingClientRect();
    return [wrap.scrollTop > 0, Math.round(th.top - wrap.getBoundingClientRect().top)];
  });
  assert.deepEqual(stuck, [true, 1], 'the header stays at the top of the scrolled table (inside its 1px border)');
  const colours = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.card')).backgroundColor]);
  assert.deepEqual(colours, ['rgb(15, 19, 24)', 'rgb(23, 28, 35)']);
  await shot(page, 'dark-mode-sticky-header');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'dark-mode-top');
  await context.close();
});
