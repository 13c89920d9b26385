// OpenAI's upload rules in the console, with the rule certificates of tests/fixtures/certs/rules/
// read at their fixed "now" (2029-12-31T12:00:00Z, the page's clock set to it): an error rule
// (expired, expiring within a day, not a CA) refuses the upload with no request and no "Upload
// anyway", saying why and what to do; a warning (key usage, key identifiers, a bundle) is shown
// first and the upload stays possible. axe on a refusal.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { audit, certPath, control, loaded, openPage, setUp, shotAt } from './support.mjs';

let env, page, context, problems;
const requests = () => control(env.mock, 'requests');
const mark = async () => (await requests()).length;
const writesSince = async (m) => (await requests()).slice(m).filter((r) => r.method !== 'GET');

before(async () => {
  env = await setUp({ count: 5, maxCertificates: 100 });
  ({ page, context, problems } = await openPage(env.browser, env.mock));
  await page.clock.setFixedTime(new Date('2029-12-31T12:00:00Z'));
  await page.goto(env.mock.url + '/');
  await loaded(page);
});
after(async () => {
  await context?.close();
  await env?.stop();
});

async function inspect(file) {
  await page.locator('#pem-file').setInputFiles(certPath(`rules/${file}`));
  await page.waitForSelector('#upload:is([data-inspection="refused"], [data-inspection="warn"], [data-inspection="ok"])');
  return {
    state: await page.getAttribute('#upload', 'data-inspection'),
    errors: await page.$$eval('#pem-inspection [data-rule]', (r) => r.map((x) => x.dataset.rule)),
    warnings: await page.$$eval('#pem-inspection [data-warning]', (w) => w.map((x) => x.dataset.warning)),
  };
}

for (const [file, rule] of [['expired.pem', 'expired'], ['expiring.pem', 'expires_within_a_day'], ['not-ca.pem', 'not_ca']]) {
  test(`${file}: refused by ${rule}, nothing sent, no Upload anyway`, async () => {
    const m = await mark();
    assert.deepEqual(await inspect(file), { state: 'refused', errors: [rule], warnings: [] });
    assert.match(await page.textContent('#pem-message'), /^Not uploaded: it breaks one of OpenAI's upload rules, so the API would refuse it\. Fix the certificate/);
    assert.ok((await page.textContent('#pem-inspection [data-rule]')).length > 20, 'the rule says what is wrong');
    assert.ok(await page.isDisabled('#pem-upload'));
    assert.doesNotMatch(await page.textContent('#upload'), /Upload anyway/);
    if (rule === 'expires_within_a_day') {
      assert.deepEqual(await audit(page), [], 'axe, a refusal');
      await shotAt(page, '#upload', 'upload-rule-refused');
    }
    assert.deepEqual(await writesSince(m), []);
  });
}

for (const [file, rules] of [['key-usage.pem', ['key_usage_without_cert_sign']], ['no-identifiers.pem', ['no_subject_key_identifier', 'no_authority_key_identifier']], ['bundle.pem', ['multiple_certificates']]]) {
  test(`${file}: warned about first (${rules.join(', ')}), the upload stays possible`, async () => {
    const m = await mark();
    assert.deepEqual(await inspect(file), { state: 'warn', errors: [], warnings: rules });
    assert.ok(await page.isEnabled('#pem-upload'));
    assert.deepEqual(await writesSince(m), [], 'an inspection sends nothing');
  });
}

test('good.pem breaks no rule and uploads', async () => {
  assert.deepEqual(await inspect('good.pem'), { state: 'ok', errors: [], warnings: [] });
  const m = await mark();
  await page.click('#pem-upload');
  await page.waitForSelector('#upload[data-inspection="uploaded"]');
  const writes = await writesSince(m);
  assert.deepEqual(writes.map((r) => [r.path, r.body]), [['/v1/organization/certificates', { certificate: readFileSync(certPath('rules/good.pem'), 'utf8'), name: 'good' }]]);
  assert.deepEqual(problems, []);
});
