// inspectCertificate through the installed package, checked against Node's own X.509 parser on
// real certificates (a CA, a leaf, an expired one) and refusing anything else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cjs, esm, OpenAI } from './support.mjs';

const pem = (name) => readFileSync(resolve(import.meta.dirname, '../fixtures/certs', name), 'utf8');
const seconds = (date) => Math.floor(Date.parse(date) / 1000);

for (const [name, isCa] of [['ca.pem', true], ['leaf.pem', false], ['expired.pem', false]]) {
  test(`${name}: every field matches node:crypto's reading`, async () => {
    const info = await esm.inspectCertificate(pem(name));
    const x509 = new X509Certificate(pem(name));
    assert.equal(info.is_ca, isCa);
    assert.equal(info.valid_at, seconds(x509.validFrom));
    assert.equal(info.expires_at, seconds(x509.validTo));
    assert.equal(info.fingerprint_sha256, x509.fingerprint256);
    assert.equal(info.serial_number.replaceAll(':', '').replace(/^0+/, ''), x509.serialNumber.replace(/^0+/, ''));
    const cn = (dn) => dn.split('\n').find((part) => part.startsWith('CN=')).slice(3);
    assert.ok(info.subject.includes(`CN=${cn(x509.subject)}`), info.subject);
    assert.ok(info.issuer.includes(`CN=${cn(x509.issuer)}`), info.issuer);
  });
}

test('the leaf is issued by the CA, and the expired one has expired', async () => {
  const [ca, leaf, expired] = await Promise.all(['ca.pem', 'leaf.pem', 'expired.pem'].map((f) => esm.inspectCertificate(pem(f))));
  assert.equal(leaf.issuer, ca.subject);
  assert.ok(expired.expires_at < Date.now() / 1000);
});

const refused = [
  ['garbage in certificate markers', pem('not-a-cert.pem'), /not an X\.509 certificate|base64/i],
  ['plain text', 'hello', /no -----BEGIN CERTIFICATE----- block/],
  ['a private key block', '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----\n', /PRIVATE KEY/],
  ['a number', 42, /pem must be PEM text, got 42/],
];

for (const [name, input, message] of refused) {
  test(`inspectCertificate refuses ${name} with a clear InvalidParameterError`, async () => {
    await assert.rejects(esm.inspectCertificate(input), (e) => e instanceof OpenAI.InvalidParameterError && e.param === 'pem' && message.test(e.message));
  });
}

test('require() has inspectCertificate too', async () => {
  assert.equal((await cjs.inspectCertificate(pem('ca.pem'))).is_ca, true);
});
