// The console end to end in Chromium, one step after the other on one page: load and stream with
// progress, filter, sort, activate (one and in bulk), upload a real certificate (inspection first),
// rename, delete (not offered while active, then confirmed), detail view, export, project scope.
// The page opens with `#sort=server` (a deep link) so rows come in the server's order.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { certPath, control, loaded, openPage, rowIds, setUp, shotAt, shotOf } from './support.mjs';
import { validityStatus } from '../../www/status.mjs';

let env, page, context, problems;
const row = (id) => page.locator(`#certificates tbody tr[data-id="${id}"]`);
// The mock's request log; `mark()` then `since(m)` gives what the page sent in between.
const requests = () => control(env.mock, 'requests');
const mark = async () => (await requests()).length;
const since = async (m) => (await requests()).slice(m);
const apiGet = async (path) => (await fetch(env.mock.baseURL + path)).json();

before(async () => {
  env = await setUp({ count: 40, maxCertificates: 1000, projects: { proj_demo: 5 } });
  ({ page, context, problems } = await openPage(env.browser, env.mock));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.mock.url });
  await page.goto(env.mock.url + '/#sort=server');
  await loaded(page);
});
after(async () => {
  await context?.close();
  await env?.stop();
});

test('the list streams in page by page with progress, in the chosen order and page size', async () => {
  const m = await mark();
  await page.evaluate(() => {
    window.__progress = [];
    const status = document.getElementById('status');
    new MutationObserver(() => window.__progress.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.selectOption('#page-size', '10');
  await loaded(page);
  const progress = await page.evaluate(() => window.__progress);
  for (let pages = 1; pages <= 4; pages++) {
    assert.ok(progress.includes(`Loading… ${pages * 10} certificates in ${pages} page${pages > 1 ? 's' : ''}`), progress.join(' | '));
  }
  assert.equal(await page.textContent('#status'), '40 certificates loaded in 4 pages.');
  const lists = (await since(m)).filter((r) => r.method === 'GET' && r.path === '/v1/organization/certificates');
  assert.deepEqual(lists.map((r) => r.query.limit), ['10', '10', '10', '10']);
  const state = await control(env.mock, 'state');
  assert.deepEqual(await rowIds(page), state.ids);

  await page.selectOption('#order', 'asc');
  await loaded(page);
  assert.deepEqual(await rowIds(page), [...state.ids].reverse());
  await page.selectOption('#order', 'desc');
  await page.selectOption('#page-size', '100');
  await loaded(page);
  assert.equal(await page.textContent('#status'), '40 certificates loaded in 1 page.');
});

test('filter by text and status, with a count summary', async () => {
  const all = (await apiGet('/organization/certificates?limit=100')).data;
  await page.fill('#filter-text', 'CA 01');
  const named = all.filter((c) => (c.name ?? '').includes('CA 01'));
  assert.ok(named.length > 0);
  assert.deepEqual(await rowIds(page), named.map((c) => c.id));
  assert.match(await page.textContent('#summary'), new RegExp(`^Showing ${named.length} of 40 certificates`));
  await page.fill('#filter-text', '');

  const now = Math.floor(Date.now() / 1000);
  for (const kind of ['expired', 'expiring', 'valid', 'not-yet-valid']) {
    await page.selectOption('#filter-status', kind);
    const expected = all.filter((c) => validityStatus(c.certificate_details, now).kind === kind).map((c) => c.id);
    assert.deepEqual(await rowIds(page), expected, kind);
  }
  await page.selectOption('#filter-status', 'expiring');
  const badges = await page.$$eval('#certificates tbody .badge', (b) => b.map((x) => x.textContent));
  assert.ok(badges.every((b) => /^expires in (\d+ days?|< 1 day)$/.test(b)), badges.join());
  await page.selectOption('#filter-status', 'all');
  await page.selectOption('#filter-active', 'active');
  const active = all.filter((c) => c.active).map((c) => c.id);
  assert.deepEqual(await rowIds(page), active);
  await page.selectOption('#filter-active', 'all');
  assert.match(await page.textContent('#summary'), /^40 certificates · 8 expired · 8 expiring within 30 days · 16 valid · 8 not yet valid · \d+ active$/);
});

test('sort by any column with the header buttons, announced with aria-sort', async () => {
  const all = (await apiGet('/organization/certificates?limit=100')).data;
  const byExpiry = [...all].sort((a, b) => a.certificate_details.expires_at - b.certificate_details.expires_at).map((c) => c.id);
  const expires = page.locator('#certificates thead th.col-expires');
  await expires.locator('button').click();
  assert.equal(await expires.getAttribute('aria-sort'), 'ascending');
  assert.deepEqual(await rowIds(page), byExpiry);
  await expires.locator('button').press('Enter'); // keyboard works too
  assert.equal(await expires.getAttribute('aria-sort'), 'descending');
  const byExpiryDesc = [...all].sort((a, b) => b.certificate_details.expires_at - a.certificate_details.expires_at).map((c) => c.id);
  assert.deepEqual(await rowIds(page), byExpiryDesc, 'descending, ties in server order (a stable sort)');

  await page.click('#certificates thead th.col-name button');
  assert.equal(await expires.getAttribute('aria-sort'), 'none');
  assert.equal(await page.getAttribute('#certificates thead th.col-name', 'aria-sort'), 'ascending');
  const names = await page.$$eval('#certificates tbody .col-name', (cells) => cells.map((c) => c.textContent));
  const sorted = [...names].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }));
  assert.deepEqual(names.filter((n) => n !== '(unnamed)'), sorted.filter((n) => n !== '(unnamed)'));

  await page.click('#certificates thead th.col-status button');
  const kinds = await page.$$eval('#certificates tbody tr', (rows) => rows.map((r) => r.dataset.status));
  const order = ['expired', 'expiring', 'valid', 'not-yet-valid'];
  assert.deepEqual(kinds, [...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  // Created and Valid from give way below 100rem; on a wide screen they sort like the others.
  assert.ok(await page.locator('#certificates thead th.col-created').isHidden());
  await page.setViewportSize({ width: 1700, height: 900 });
  await page.click('#certificates thead th.col-created button');
  await page.click('#certificates thead th.col-created button'); // newest first again
  assert.equal(await page.getAttribute('#certificates thead th.col-created', 'aria-sort'), 'descending');
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('activate and deactivate one certificate, then in bulk in batches of 10', async () => {
  const state = await control(env.mock, 'state');
  const inactive = state.ids.filter((id) => !state.active.includes(id));
  const one = inactive[0];
  // By keyboard: the row is redrawn, and focus stays on the same button (now "Deactivate").
  await row(one).getByRole('button', { name: /^Activate / }).focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector(`#certificates tbody tr[data-id="${one}"][data-active="true"]`);
  assert.ok((await control(env.mock, 'state')).active.includes(one));
  const focused = () => page.evaluate(() => [document.activeElement.closest('tr')?.dataset.id, document.activeElement.dataset.action ?? document.activeElement.type]);
  assert.deepEqual(await focused(), [one, 'deactivate']);
  assert.match(await page.textContent('#action-status'), /^Activated "/);
  await row(one).getByRole('button', { name: /^Deactivate / }).click();
  await page.click('#confirm-dialog button[value="confirm"]');
  await page.waitForSelector(`#certificates tbody tr[data-id="${one}"][data-active="false"]`);

  // Select 12 inactive certificates by keyboard and mouse, then activate them: two calls (10 + 2).
  const twelve = inactive.slice(0, 12);
  await row(twelve[0]).locator('input[type=checkbox]').focus();
  await page.keyboard.press('Space');
  assert.deepEqual(await focused(), [twelve[0], 'checkbox']);
  for (const id of twelve.slice(1)) await row(id).locator('input[type=checkbox]').check();
  assert.equal(await page.textContent('#selection-count'), '12 selected');
  const m = await mark();
  await page.click('#bulk-activate');
  await page.waitForFunction((n) => document.querySelectorAll('#certificates tbody tr[data-active="true"]').length >= n, 12);
  const posts = (await since(m)).filter((r) => r.method === 'POST');
  assert.deepEqual(posts.map((r) => r.path), ['/v1/organization/certificates/activate', '/v1/organization/certificates/activate']);
  assert.deepEqual(posts.map((r) => r.body.certificate_ids.length), [10, 2]);
  assert.deepEqual(posts.flatMap((r) => r.body.certificate_ids), twelve);
  // certificateImpact previews up to 10 certificates: for 12 the impact is unknown, so it asks twice.
  await page.click('#bulk-deactivate');
  await page.waitForSelector('#confirm-dialog[open][data-ask="twice"]');
  assert.match(await page.textContent('#confirm-dialog [data-impact="unknown"]'), /up to 10 certificates at once, not 12/);
  assert.ok(await page.isDisabled('#confirm-dialog button[value="confirm"]'));
  await page.check('#confirm-ack');
  await page.click('#confirm-dialog button[value="confirm"]');
  await page.waitForFunction((ids) => ids.every((id) => document.querySelector(`tr[data-id="${id}"]`).dataset.active === 'false'), twelve);
  await page.click('#bulk-clear');
  assert.equal(await page.textContent('#selection-count'), '0 selected');
  await page.click('#reload');
  await loaded(page);
});

let uploadedID;
test('upload: refuses non-PEM, oversize text and certificates breaking an upload rule (no request), warns first on the others, then uploads', async () => {
  const message = page.locator('#pem-message');
  await page.fill('#pem-text', 'hello, not a certificate');
  await page.click('#pem-inspect');
  assert.match(await message.textContent(), /^Not PEM/);
  assert.ok(await page.isDisabled('#pem-upload'));
  // A certificate with 16 KB of text around it (set directly: typing 16 KB is slow).
  await page.$eval('#pem-text', (t, v) => {
    t.value = v;
    t.dispatchEvent(new Event('input', { bubbles: true }));
  }, readFileSync(certPath('ca.pem'), 'utf8') + 'x'.repeat(16 * 1024));
  await page.click('#pem-inspect');
  assert.match(await message.textContent(), /^Too large: .* under 16 KB/);
  await page.locator('#pem-file').setInputFiles({ name: 'big.pem', mimeType: 'text/plain', buffer: Buffer.alloc(17 * 1024, 'A') });
  assert.match(await message.textContent(), /^Too large: big\.pem/);
  await page.locator('#pem-file').setInputFiles(certPath('not-a-cert.pem'));
  await page.waitForSelector('#upload[data-inspection="error"]');
  assert.match(await message.textContent(), /^Not a readable certificate: /);
  assert.ok(await page.isDisabled('#pem-upload'));

  // OpenAI's upload rules: an expired certificate, or a leaf (not a CA), is refused with no
  // request sent and no "Upload anyway", saying why and what to do.
  for (const [file, rules] of [['expired.pem', ['expired', 'not_ca']], ['leaf.pem', ['not_ca']]]) {
    const m = await mark();
    await page.locator('#pem-file').setInputFiles(certPath(file));
    await page.waitForSelector('#upload[data-inspection="refused"]');
    assert.deepEqual(await page.$$eval('#pem-inspection [data-rule]', (r) => r.map((x) => x.dataset.rule)), rules, file);
    assert.match(await message.textContent(), /^Not uploaded: it breaks .* upload rules?, so the API would refuse it\. Fix the certificate/);
    assert.ok(await page.isDisabled('#pem-upload'), `${file}: no upload possible`);
    assert.doesNotMatch(await page.textContent('#upload'), /Upload anyway/);
    assert.deepEqual((await since(m)).filter((r) => r.method !== 'GET'), [], `${file}: nothing sent`);
  }
  await shotAt(page, '#upload', 'upload-refused');

  // A CA without key identifiers: warned about first, and may be uploaded.
  const caPath = certPath('rules/no-identifiers.pem');
  const caPem = readFileSync(caPath, 'utf8');
  const x509 = new X509Certificate(caPem);
  await page.locator('#pem-file').setInputFiles(caPath);
  await page.waitForSelector('#upload[data-inspection="warn"]');
  assert.deepEqual(await page.$$eval('#pem-inspection [data-warning]', (w) => w.map((x) => x.dataset.warning)),
    ['no_subject_key_identifier', 'no_authority_key_identifier']);
  assert.match(await message.textContent(), /^Read correctly, with (a warning|\d warnings): check them before uploading\.$/);
  assert.doesNotMatch(await message.getAttribute('class'), /\bok\b/, 'not "Read correctly" in green');
  assert.equal(await page.textContent('#pem-upload'), 'Upload anyway');
  const shown = await page.textContent('#pem-inspection');
  assert.ok(shown.includes('CN=no-identifiers (test only)'), shown);
  assert.ok(shown.includes('CN=Rules Root (test only)'), shown);
  assert.ok(shown.includes(x509.fingerprint256), shown);
  const to = new Date(x509.validTo); // shown in the page's (here the machine's) local time
  const localDay = `${to.getFullYear()}-${String(to.getMonth() + 1).padStart(2, '0')}-${String(to.getDate()).padStart(2, '0')}`;
  assert.ok(shown.includes(localDay), shown);
  assert.equal(await page.inputValue('#pem-name'), 'no-identifiers');
  await page.fill('#pem-name', 'Uploaded CA');
  await shotAt(page, '#upload', 'upload-inspection');
  assert.ok(await page.isEnabled('#pem-upload'));
  const m = await mark();
  await page.click('#pem-upload');
  await page.waitForSelector('#upload[data-inspection="uploaded"]');
  const posted = (await since(m)).filter((r) => r.method === 'POST' && r.path === '/v1/organization/certificates');
  assert.equal(posted.length, 1, 'one upload, after the inspection');
  assert.deepEqual(posted[0].body, { certificate: caPem, name: 'Uploaded CA' });
  uploadedID = (await rowIds(page))[0];
  assert.equal(await row(uploadedID).locator('.col-name').textContent(), 'Uploaded CA');
  assert.match(await message.textContent(), new RegExp(`^Uploaded "Uploaded CA" as ${uploadedID}\\.$`));
  // Focus follows the upload to the new row, not to <body>.
  assert.equal(await page.evaluate(() => document.activeElement.closest('tr')?.dataset.id), uploadedID);

  // The same certificate again: the page finds the copy by its fingerprint before any upload.
  const m2 = await mark();
  await page.locator('#pem-file').setInputFiles(caPath);
  await page.waitForSelector('#upload[data-inspection="warn"]');
  const warnings = await page.$$eval('#pem-inspection [data-warning]', (w) => w.map((x) => [x.dataset.warning, x.textContent]));
  assert.deepEqual(warnings.map((w) => w[0]), ['no_subject_key_identifier', 'no_authority_key_identifier', 'duplicate']);
  assert.ok(warnings[2][1].includes(uploadedID), warnings[2][1]);
  assert.deepEqual((await since(m2)).filter((r) => r.method !== 'GET'), [], 'nothing written by an inspection');
  await page.fill('#pem-text', '');
});

/** The uploaded certificate or, if the upload step failed, a seeded one that can be deleted. */
async function target() {
  if (uploadedID) return uploadedID;
  const state = await control(env.mock, 'state');
  const inProjects = Object.values(state.projects).flat();
  return (uploadedID = state.ids.find((id) => !state.active.includes(id) && !inProjects.includes(id)));
}

test('rename through the page dialog', async () => {
  const id = await target();
  const before = await row(id).locator('.col-name').textContent();
  await row(id).getByRole('button', { name: /^Rename / }).click();
  const dialog = page.locator('#rename-dialog');
  assert.ok(await dialog.isVisible());
  assert.equal(await page.inputValue('#rename-input'), before === '(unnamed)' ? '' : before);
  await page.fill('#rename-input', 'Partner, "quoted" =cmd');
  await page.press('#rename-input', 'Enter');
  await page.waitForFunction((id) => document.querySelector(`tr[data-id="${id}"] .col-name`).textContent === 'Partner, "quoted" =cmd', uploadedID);
  assert.equal((await apiGet(`/organization/certificates/${uploadedID}`)).name, 'Partner, "quoted" =cmd');
  // Escape cancels without a request.
  const m = await mark();
  await row(uploadedID).getByRole('button', { name: /^Rename / }).click();
  await page.keyboard.press('Escape');
  assert.ok(await dialog.isHidden());
  assert.deepEqual(await since(m), []);
});

test('delete: not offered for an active certificate (it says why), a confirmed delete removes it and focus moves on', async () => {
  const state = await control(env.mock, 'state');
  const active = state.active[0];
  const m = await mark();
  await row(active).getByRole('button', { name: /^Delete .*deactivate it everywhere first$/ }).click();
  assert.ok(await page.locator('#confirm-dialog').isHidden(), 'no confirmation: nothing to confirm');
  assert.match(await page.textContent('#action-status'), /is active, and the API refuses to delete an active certificate: deactivate it everywhere first/);
  assert.deepEqual(await since(m), [], 'no request');
  assert.equal(await row(active).count(), 1);

  const id = await target();
  await row(id).getByRole('button', { name: /^Delete / }).click();
  await page.waitForSelector('#confirm-dialog[open][data-ask="once"]');
  assert.equal(await page.textContent('#confirm-dialog [data-impact="keeps"]'), 'This changes no enforcement anywhere.');
  assert.match(await page.textContent('#confirm-dialog .dialog-message'), new RegExp(uploadedID));
  await page.click('#confirm-dialog button[value="cancel"]');
  assert.equal(await row(uploadedID).count(), 1, 'cancel keeps it');
  await row(uploadedID).getByRole('button', { name: /^Delete / }).click();
  await page.waitForSelector('#confirm-dialog[open]');
  await page.click('#confirm-dialog button[value="confirm"]');
  await row(uploadedID).waitFor({ state: 'detached' });
  assert.ok(!(await control(env.mock, 'state')).ids.includes(uploadedID));
  assert.match(await page.textContent('#action-status'), /^Deleted "/);
  const focus = await page.evaluate(() => [document.activeElement.tagName, document.activeElement.closest('tr')?.dataset.id ?? null]);
  assert.equal(focus[0], 'BUTTON', 'focus stays in the table, not on <body>');
  assert.equal(focus[1], (await rowIds(page))[0], 'on the row that took its place');
});

test('the detail view retrieves the PEM with include content and copies it', async () => {
  const id = (await rowIds(page))[0];
  const m = await mark();
  await row(id).locator('.col-name button').click();
  await page.waitForSelector('#detail-dialog[data-state="done"]');
  const [get] = await since(m);
  assert.equal(get.path, `/v1/organization/certificates/${id}`);
  assert.ok(JSON.stringify(get.query).includes('content'), JSON.stringify(get.query));
  const pem = readFileSync(certPath('ca.pem'), 'utf8');
  assert.equal(await page.textContent('#detail-dialog pre.pem'), pem);
  // What the PEM says, not just the PEM: subject, issuer, fingerprint, validity in words.
  const said = await page.textContent('#detail-dialog .detail-body');
  const x509 = new X509Certificate(pem);
  assert.ok(said.includes('CN=Mock Test CA (test only)'), said);
  assert.ok(said.includes(x509.fingerprint256), said);
  assert.match(said, /Validity(valid for another \d+ (days|months|years)|expired .* ago)/);
  assert.match(said, /Active in |Not active anywhere\./);
  await shotOf(page, '#detail-dialog', 'detail');
  await page.click('#detail-dialog .copy-pem');
  await page.waitForFunction(() => document.querySelector('#detail-dialog .copy-status').textContent !== '');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), pem);
  await page.keyboard.press('Escape');
  assert.ok(await page.locator('#detail-dialog').isHidden());
});

test('export the filtered list as CSV (quoted, formula-safe) and JSON', async () => {
  const now = Math.floor(Date.now() / 1000);
  const valid = (await apiGet('/organization/certificates?limit=100')).data
    .filter((c) => validityStatus(c.certificate_details, now).kind === 'valid').map((c) => c.id);
  // Names a spreadsheet would run as formulas, or that need quoting.
  const names = ['=HYPERLINK("http://x","y")', '+1', '-2,3', '@SUM(A1)', 'line\nbreak'];
  for (const [i, name] of names.entries()) {
    await fetch(`${env.mock.baseURL}/organization/certificates/${valid[i]}`, { method: 'POST', body: JSON.stringify({ name }) });
  }
  await page.click('#reload');
  await loaded(page);
  await page.selectOption('#filter-status', 'valid');
  const shown = await rowIds(page);
  assert.deepEqual([...shown].sort(), [...valid].sort());

  const csv = await downloadText(page, '#export-csv', /^certificates-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 byte order mark for spreadsheets');
  const records = parseCSV(csv.slice(1));
  assert.deepEqual(records[0], ['id', 'name', 'active', 'status', 'days_left', 'created_at', 'valid_at', 'expires_at', 'fingerprint_sha256']);
  const fingerprint = new X509Certificate(readFileSync(certPath('ca.pem'), 'utf8')).fingerprint256;
  assert.deepEqual(records.slice(1).map((r) => r[0]), shown);
  const nameOf = (id) => records.find((r) => r[0] === id)[1];
  assert.deepEqual(valid.slice(0, 5).map(nameOf), ['\'=HYPERLINK("http://x","y")', "'+1", "'-2,3", "'@SUM(A1)", 'line\nbreak']);
  assert.ok(csv.includes(`${valid[0]},"'=HYPERLINK(""http://x"",""y"")",`), 'quotes doubled inside a quoted cell');
  for (const r of records.slice(1)) {
    assert.equal(r.length, 9);
    assert.match(r[2], /^(true|false)$/);
    assert.equal(r[3], 'valid');
    assert.ok(Number(r[4]) > 30, `days left ${r[4]}`);
    for (const date of r.slice(5, 8)) assert.match(date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(r[8], fingerprint, 'the seeded certificates all hold ca.pem');
  }

  const json = JSON.parse(await downloadText(page, '#export-json', /^certificates-\d{4}-\d{2}-\d{2}\.json$/));
  assert.deepEqual(json.map((c) => c.id), shown);
  const api = (await apiGet('/organization/certificates?limit=100')).data;
  assert.deepEqual(json[0], api.find((c) => c.id === shown[0]), 'exported as the API returned it');
  await page.selectOption('#filter-status', 'all');
});

test('project scope: list, activate the selected certificates there, deactivate them', async () => {
  const state = await control(env.mock, 'state');
  const projectIds = state.projects.proj_demo;
  // A picker from projects.list, not a typed id.
  const options = await page.$$eval('#project-id option', (o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(options.includes('proj_demo'), options.join());
  await page.selectOption('#project-id', 'proj_demo');
  await page.click('#project-list');
  await page.waitForSelector('#projects[data-state="done"]');
  const listed = () => page.$$eval('#project-table tbody tr[data-id]', (rows) => rows.map((r) => r.dataset.id));
  assert.deepEqual(await listed(), projectIds);
  assert.match(await page.textContent('#project-status'), new RegExp(`^${projectIds.length} certificates active in .*\\(proj_demo\\)\\.$`));

  const extra = state.ids.filter((id) => !projectIds.includes(id)).slice(0, 2);
  for (const id of extra) await row(id).locator('input[type=checkbox]').check();
  await page.click('#project-activate');
  await page.waitForFunction((n) => document.querySelectorAll('#project-table tbody tr[data-id]').length === n, projectIds.length + 2);
  assert.deepEqual((await control(env.mock, 'state')).projects.proj_demo.sort(), [...projectIds, ...extra].sort());

  for (const id of extra) await page.locator(`#project-table tr[data-id="${id}"] input`).check();
  const m = await mark();
  await page.click('#project-deactivate');
  await page.waitForSelector('#confirm-dialog[open]');
  assert.match(await page.textContent('#confirm-dialog .dialog-title'), /^Deactivate 2 certificates in .*proj_demo/);
  assert.deepEqual((await since(m)).filter((r) => r.method === 'POST'), [], 'nothing sent before the confirmation');
  await page.click('#confirm-dialog button[value="confirm"]');
  await page.waitForFunction((n) => document.querySelectorAll('#project-table tbody tr[data-id]').length === n, projectIds.length);
  assert.deepEqual((await control(env.mock, 'state')).projects.proj_demo, projectIds);
  // Undo activates them again in the same project, then the test puts things back.
  assert.match(await page.textContent('#undo'), /^Undo: activate 2 certificates again in proj_demo$/);
  await page.click('#undo');
  await page.waitForFunction((n) => document.querySelectorAll('#project-table tbody tr[data-id]').length === n, projectIds.length + 2);
  assert.deepEqual((await control(env.mock, 'state')).projects.proj_demo.sort(), [...projectIds, ...extra].sort());
  for (const id of extra) await page.locator(`#project-table tr[data-id="${id}"] input`).check();
  await page.click('#project-deactivate');
  await page.click('#confirm-dialog button[value="confirm"]');
  await page.waitForFunction((n) => document.querySelectorAll('#project-table tbody tr[data-id]').length === n, projectIds.length);
  await shotAt(page, '#projects', 'projects');
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
});

/** Clicks `button`, waits for the download and returns its name-checked text. */
async function downloadText(page, button, namePattern) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  assert.match(download.suggestedFilename(), namePattern);
  const stream = await download.createReadStream();
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** A strict RFC 4180 parser (CRLF records, "" inside quotes), to read the export back. */
function parseCSV(text) {
  const records = [];
  let record = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') record.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(cell), records.push(record), (record = []), (cell = ''), i++;
    else {
      assert.ok(ch !== '"' && ch !== '\n' && ch !== '\r', `unquoted special character at ${i}`);
      cell += ch;
    }
  }
  assert.equal(cell + record.length, '0', 'ends with CRLF');
  return records;
}
