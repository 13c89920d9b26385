// OpenAI's upload rules through the installed package: inspectCertificate's `rules` on the
// certificates generated for each rule (tests/fixtures/certs/rules, generate-rules.sh), read at the
// fixed "now" the native tests use, and at the present by default.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cjs, esm, OpenAI } from './support.mjs';

const pem = (name) => readFileSync(resolve(import.meta.dirname, '../fixtures/certs/rules', name), 'utf8');
/** 2029-12-31T12:00:00Z: 12 hours before expiring.pem's notAfter. */
const NOW = Date.parse('2029-12-31T12:00:00Z') / 1000;
const rules = async (text, options = { now: NOW }) => (await esm.inspectCertificate(text, options)).rules;
const codes = async (text, options) => (await rules(text, options)).map((r) => `${r.severity}:${r.code}`);

test('a good CA breaks no rule', async () => {
  assert.deepEqual(await rules(pem('good.pem')), []);
});

for (const [file, expected] of [
  ['expired.pem', ['error:expired']],
  ['expiring.pem', ['error:expires_within_a_day']],
  ['not-ca.pem', ['error:not_ca']],
  ['key-usage.pem', ['warning:key_usage_without_cert_sign']],
  ['no-identifiers.pem', ['warning:no_subject_key_identifier', 'warning:no_authority_key_identifier']],
  ['bundle.pem', ['warning:multiple_certificates']],
]) {
  test(`${file} reports ${expected.join(', ')}`, async () => {
    assert.deepEqual(await codes(pem(file)), expected);
    for (const rule of await rules(pem(file))) assert.ok(rule.message.length > 20, rule.message);
  });
}

test('expiring in 12 hours says so, and what OpenAI requires', async () => {
  const [rule] = await rules(pem('expiring.pem'));
  assert.match(rule.message, /expires in 12 hours.*more than one day/);
});

test('a bundle is read as its first certificate', async () => {
  const [bundle, good] = await Promise.all([esm.inspectCertificate(pem('bundle.pem')), esm.inspectCertificate(pem('good.pem'))]);
  assert.equal(bundle.fingerprint_sha256, good.fingerprint_sha256);
  assert.match(bundle.rules[0].message, /holds 2 certificates/);
});

test('over 16 KB is an error, reported with the certificate', async () => {
  const text = pem('good.pem') + ' '.repeat(16 * 1024);
  assert.deepEqual(await codes(text), ['error:too_large']);
  assert.match((await rules(text))[0].message, /over the 16 KB \(16384 bytes\)/);
});

test('now defaults to the present', async () => {
  // expiring.pem ends in 2030: today it has more than a day left, after 2030 it has expired.
  const expected = Date.now() < Date.parse('2029-12-31T00:00:00Z') ? [] : ['error:expired'];
  assert.deepEqual(await codes(pem('expiring.pem'), {}), expected);
  assert.deepEqual(await codes(pem('expired.pem'), {}), ['error:expired']);
});

test('no certificate rejects with the no_certificate message', async () => {
  await assert.rejects(esm.inspectCertificate('hello', { now: NOW }), (e) => e instanceof OpenAI.InvalidParameterError && /No certificate could be read/.test(e.message));
});

test('a now that is not a number is refused', async () => {
  await assert.rejects(esm.inspectCertificate(pem('good.pem'), { now: 'today' }), (e) => e instanceof OpenAI.InvalidParameterError && e.param === 'now');
});

test('require() reports the rules too', async () => {
  assert.deepEqual((await cjs.inspectCertificate(pem('not-ca.pem'), { now: NOW })).rules.map((r) => r.code), ['not_ca']);
});
