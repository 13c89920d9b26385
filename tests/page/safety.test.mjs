// Safety of the page: server strings stay inert text, the admin key never leaves JS memory, the
// CSP holds (no inline code or style), and every control is labelled.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { control, loaded, openPage, setUp } from './support.mjs';

const SECRET = 'sk-admin-page-secret';
let env;
before(async () => {
  env = await setUp({ count: 10 });
});
after(() => env?.stop());

test('certificate names holding HTML or script render as inert text and run nothing', async () => {
  const { page, context, problems } = await openPage(env.browser, env.mock);
  await page.goto(env.mock.url + '/');
  await loaded(page);
  const state = await control(env.mock, 'state');
  const img = state.ids[2]; // the seed names index 2 `<img src=x onerror=alert(1)>`
  const row = (id) => page.locator(`#certificates tbody tr[data-id="${id}"]`);
  assert.equal(await row(img).locator('.col-name').textContent(), '<img src=x onerror=alert(1)>');
  assert.equal(await page.locator('#timeline title', { hasText: '<img src=x onerror=alert(1)>' }).count(), 1);

  const payloads = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">', '"><svg onload="window.__pwned=3">'];
  // Inactive ones, so that Delete (not offered for an active certificate) can show the name too.
  const targets = state.ids.filter((id, i) => i !== 2 && !state.active.includes(id)).slice(0, 3);
  for (const [i, name] of payloads.entries()) {
    const id = targets[i];
    await row(id).getByRole('button', { name: /^Rename / }).click();
    await page.fill('#rename-input', name);
    await page.click('#rename-dialog button[value="save"]');
    await page.waitForFunction(([id, name]) => document.querySelector(`tr[data-id="${id}"] .col-name`)?.textContent === name, [id, name]);
  }
  // Shown everywhere a name goes: table, timeline, detail dialog, confirm dialog.
  await row(targets[0]).locator('.col-name button').click();
  await page.waitForSelector('#detail-dialog[data-state="done"]');
  assert.equal(await page.textContent('#detail-title'), payloads[0]);
  await page.keyboard.press('Escape');
  await row(targets[1]).getByRole('button', { name: /^Delete / }).click();
  await page.waitForSelector('#confirm-dialog[open]'); // after its impact is worked out
  assert.match(await page.textContent('#confirm-dialog .dialog-message'), /<img src=x onerror="window.__pwned=2">/);
  await page.keyboard.press('Escape');
  // An API error message holding HTML is text too.
  await control(env.mock, 'faults', [{ match: { path: '/v1/organization/certificates' }, status: 400, body: { error: { message: '<img src=x onerror="window.__pwned=4">', type: 'invalid_request_error', param: null, code: null } } }]);
  await page.click('#reload');
  await loaded(page, 'error');
  assert.match(await page.textContent('#error-panel .error-message'), /<img src=x onerror="window.__pwned=4">/);
  await page.click('#reload');
  await loaded(page);

  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('img, svg[onload], [onerror]').count(), 0);
  assert.equal(await page.evaluate(() => document.scripts.length), 1, 'only the page module');
  assert.deepEqual(problems, [], 'no dialog fired, no error');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});

test('a typed admin key is used for requests, then kept out of the DOM, storage, cookies and the URL', async () => {
  await control(env.mock, 'reset', { key: SECRET });
  const { page, context, problems } = await openPage(env.browser, env.mock);
  await page.goto(env.mock.url + '/');
  await loaded(page, 'error'); // no key yet: the mock answers 401
  assert.equal(await page.textContent('#error-panel .error-name'), 'AuthenticationError');
  assert.equal(await page.getAttribute('#admin-key', 'type'), 'password');
  assert.equal(await page.getAttribute('#admin-key', 'autocomplete'), 'off');

  const mark = (await control(env.mock, 'requests')).length;
  await page.fill('#admin-key', SECRET);
  await page.click('#load');
  await loaded(page);
  assert.equal(await page.inputValue('#admin-key'), '', 'Load empties the field');
  assert.match(await page.textContent('#key-state'), /held in memory for this tab only/);
  // Use it for a write and a retrieve too.
  const id = (await control(env.mock, 'state')).ids[0];
  await page.locator(`#certificates tbody tr[data-id="${id}"]`).getByRole('button', { name: /^Activate / }).click();
  await page.waitForSelector(`#certificates tbody tr[data-id="${id}"][data-active="true"]`);
  await page.locator(`#certificates tbody tr[data-id="${id}"] .col-name button`).click();
  await page.waitForSelector('#detail-dialog[data-state="done"]');
  await page.keyboard.press('Escape');
  const used = (await control(env.mock, 'requests')).slice(mark);
  assert.ok(used.length >= 3 && used.every((r) => r.authorized), 'every request carried the key');
  assert.ok(!JSON.stringify(used).includes(SECRET), 'never in a URL or body');

  const leaks = await page.evaluate((secret) => {
    const found = [];
    if (document.documentElement.outerHTML.includes(secret)) found.push('DOM');
    for (const e of document.querySelectorAll('input, textarea, select')) if (e.value.includes(secret)) found.push(`value of #${e.id}`);
    for (const store of [localStorage, sessionStorage]) {
      for (let i = 0; i < store.length; i++) if ((store.key(i) + store.getItem(store.key(i))).includes(secret)) found.push('storage');
    }
    if (document.cookie.includes(secret)) found.push('document.cookie');
    if (location.href.includes(secret) || JSON.stringify(history.state ?? null).includes(secret)) found.push('URL');
    return { found, storage: localStorage.length + sessionStorage.length };
  }, SECRET);
  assert.deepEqual(leaks, { found: [], storage: 0 });
  assert.deepEqual(await context.cookies(), []);
  assert.ok(!page.url().includes(SECRET));

  // The key is not sent to another base URL, and Forget key drops it.
  await page.fill('#base-url', env.mock.baseURL + '/');
  await page.click('#load');
  await loaded(page, 'error');
  assert.match(await page.textContent('#key-state'), /forgotten because the Base URL changed/);
  await page.fill('#base-url', env.mock.baseURL);
  await page.fill('#admin-key', SECRET);
  await page.click('#load');
  await loaded(page);
  await page.click('#forget-key');
  await page.click('#reload');
  await loaded(page, 'error');
  assert.equal(await page.textContent('#error-panel .error-status'), '401');
  assert.deepEqual(problems, []);
  await context.close();
  await control(env.mock, 'reset', { key: null });
});

test('the CSP forbids inline code and third parties, is sent as a header with frame-ancestors, and every control is labelled', async () => {
  const { page, context, problems } = await openPage(env.browser, env.mock, { width: 375, height: 800 });
  const response = await page.goto(env.mock.url + '/');
  await loaded(page);
  const header = response.headers()['content-security-policy'];
  assert.match(header, /frame-ancestors 'none'/);
  assert.match(header, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(header, /'unsafe-inline'|'unsafe-eval'/);
  // Framing is refused: the page inside an iframe of another page stays blank.
  const framer = await context.newPage();
  await framer.goto(env.mock.url + '/no-such-page');
  const blocked = await framer.evaluate((url) => new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.onload = () => {
      let body = null;
      try { body = frame.contentDocument?.body?.dataset.state ?? null; } catch { body = 'cross-origin'; }
      resolve(body);
    };
    document.documentElement.append(frame);
    setTimeout(() => resolve('timeout'), 3000);
  }), env.mock.url + '/');
  assert.notEqual(blocked, 'starting', 'the console did not render inside a frame');
  assert.notEqual(blocked, 'done');
  await framer.close();
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(csp, /default-src 'self'/);
  assert.equal(await page.locator('[style]').count(), 0, 'no inline style attributes');
  assert.equal(await page.locator('script:not([src])').count(), 0);
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea, button')]
      .filter((e) => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim()))
      .map((e) => e.outerHTML.slice(0, 80)),
  );
  assert.deepEqual(unlabelled, []);
  // Keyboard: Tab from the top reaches the Base URL field, then the key, then Load.
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'base-url');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'load');
  assert.deepEqual(problems, []);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});
