// axe-core on every state of the console: empty, loading, loaded, error, partial, each dialog
// open, the narrow layout and dark mode. Nothing serious or critical may be reported (status badge
// contrast among them).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { audit, control, loaded, openPage, setUp, shotOf } from './support.mjs';

let env, state;

before(async () => {
  env = await setUp({ count: 40, projects: { proj_demo: 3 } });
  state = await control(env.mock, 'state');
});
after(() => env?.stop());

async function inState(name, options, setup) {
  const { page, context } = await openPage(env.browser, env.mock, options);
  try {
    await setup(page);
    assert.deepEqual(await audit(page), [], `axe in state "${name}"`);
  } finally {
    await context.close();
  }
}

test('axe: loaded, with every dialog open, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await openPage(env.browser, env.mock, { contextOptions: { colorScheme } });
    await page.goto(env.mock.url + '/');
    await loaded(page);
    const problems = { loaded: await audit(page) };
    const active = state.active[0];
    const row = page.locator(`#certificates tr[data-id="${active}"]`);
    await row.getByRole('button', { name: /^Deactivate / }).click();
    await page.waitForSelector('#confirm-dialog[open]');
    problems.confirm = await audit(page);
    if (colorScheme === 'dark') await shotOf(page, '#confirm-dialog', 'dark-confirm');
    await page.keyboard.press('Escape');
    await row.getByRole('button', { name: /^Rename / }).click();
    await page.fill('#rename-input', ' ');
    await page.press('#rename-input', 'Enter'); // with its error shown
    problems.rename = await audit(page);
    await page.keyboard.press('Escape');
    await row.locator('.col-name button').click();
    await page.waitForSelector('#detail-dialog[data-state="done"]');
    problems.detail = await audit(page);
    if (colorScheme === 'dark') await shotOf(page, '#detail-dialog', 'dark-detail');
    await page.click('#detail-dialog button[data-close]');
    await row.getByRole('button', { name: /^Replace / }).click();
    await page.waitForSelector('#replace-dialog[data-state="ready"]');
    problems.replace = await audit(page);
    await page.keyboard.press('Escape');
    await context.close();
    for (const [where, found] of Object.entries(problems)) assert.deepEqual(found, [], `${colorScheme}, ${where}`);
  }
});

test('axe: loading, error, partial, empty, and the narrow layout', async () => {
  await control(env.mock, 'reset', { latencyMs: 1500 });
  await inState('loading', {}, async (page) => {
    await page.goto(env.mock.url + '/');
    await page.waitForSelector('body[data-state="loading"]');
  });
  await control(env.mock, 'reset', { latencyMs: 0 });
  await control(env.mock, 'faults', [{ match: { path: '/v1/organization/certificates' }, status: 401,
    body: { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } } }]);
  await inState('error', {}, async (page) => {
    await page.goto(env.mock.url + '/');
    await loaded(page, 'error');
  });
  await control(env.mock, 'reset', { latencyMs: 300 });
  await inState('partial', {}, async (page) => {
    await page.goto(env.mock.url + '/');
    await loaded(page, 'done');
    await page.selectOption('#page-size', '10');
    await page.waitForFunction(() => document.querySelectorAll('#certificates tbody tr[data-id]').length >= 10);
    await page.click('#stop');
    await loaded(page, 'stopped');
  });
  await control(env.mock, 'reset', { count: 0, latencyMs: 0 });
  await inState('empty', {}, async (page) => {
    await page.goto(env.mock.url + '/');
    await loaded(page);
  });
  await control(env.mock, 'reset', { count: 40 });
  await inState('narrow, dark', { width: 375, height: 812, contextOptions: { colorScheme: 'dark' } }, async (page) => {
    await page.goto(env.mock.url + '/');
    await loaded(page);
  });
});
