// The page's pure modules, in Node without a browser: validity status, filtering and sorting, CSV
// quoting and formula neutralisation, the upload precheck, batching and the timeline's scale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, validityStatus, countByKind } from '../../www/status.mjs';
import { visible, nextSort, summary } from '../../www/view.mjs';
import { csvCell, toCSV, toJSON } from '../../www/export.mjs';
import { precheck, MAX_PEM_BYTES } from '../../www/upload.mjs';
import { batches } from '../../www/actions.mjs';
import { domain, ticks } from '../../www/timeline.mjs';
import { describeError, isStopped } from '../../www/errors.mjs';

const now = 1_800_000_000;
const cert = (id, name, from, to, active = false) => ({
  object: 'organization.certificate', id, name, active, created_at: now - 1000, certificate_details: { valid_at: from, expires_at: to },
});

test('validity status: expired, expiring within 30 days (with days left), valid, not yet valid', () => {
  assert.deepEqual(validityStatus({ valid_at: now - 10 * DAY, expires_at: now - 1 }, now), { kind: 'expired', label: 'expired', days: 0 });
  assert.equal(validityStatus({ valid_at: now - DAY, expires_at: now }, now).kind, 'expired', 'expiring at this second is expired');
  assert.deepEqual(validityStatus({ valid_at: now - DAY, expires_at: now + 3600 }, now), { kind: 'expiring', label: 'expires in < 1 day', days: 0 });
  assert.equal(validityStatus({ valid_at: now - DAY, expires_at: now + DAY + 5 }, now).label, 'expires in 1 day');
  assert.equal(validityStatus({ valid_at: now - DAY, expires_at: now + 30 * DAY }, now).label, 'expires in 30 days');
  assert.equal(validityStatus({ valid_at: now - DAY, expires_at: now + 30 * DAY + 1 }, now).kind, 'valid');
  assert.deepEqual(validityStatus({ valid_at: now + 2 * DAY, expires_at: now + 400 * DAY }, now), { kind: 'not-yet-valid', label: 'not yet valid', days: 2 });
  assert.equal(validityStatus({}, now).kind, 'unknown');
  assert.equal(validityStatus(undefined, now).kind, 'unknown');
  assert.equal(validityStatus({ expires_at: now + 100 * DAY }, now).kind, 'valid');
});

test('filter by text (name or id, any case) and status; stable sort; summary', () => {
  const all = [
    cert('cert_a', 'Prod CA', now - DAY, now + 10 * DAY, true),
    cert('cert_b', null, now - DAY, now - 5),
    cert('cert_c', 'prod backup', now - DAY, now + 100 * DAY),
    cert('cert_d', 'Staging', now + DAY, now + 100 * DAY),
  ];
  const f = (filter) => visible(all, { text: '', status: 'all', active: 'all', ...filter }, null, now).map((c) => c.id);
  assert.deepEqual(f({ text: 'PROD' }), ['cert_a', 'cert_c']);
  assert.deepEqual(f({ text: 'CERT_B' }), ['cert_b']);
  assert.deepEqual(f({ status: 'expired' }), ['cert_b']);
  assert.deepEqual(f({ status: 'expiring' }), ['cert_a']);
  assert.deepEqual(f({ active: 'active' }), ['cert_a']);
  assert.deepEqual(f({ active: 'inactive', text: 'prod' }), ['cert_c']);
  const sorted = (sort) => visible(all, {}, sort, now).map((c) => c.id);
  assert.deepEqual(sorted({ key: 'name', dir: 'ascending' }), ['cert_b', 'cert_c', 'cert_a', 'cert_d']);
  assert.deepEqual(sorted({ key: 'status', dir: 'ascending' }), ['cert_b', 'cert_a', 'cert_c', 'cert_d']);
  assert.deepEqual(sorted({ key: 'expires', dir: 'descending' }), ['cert_c', 'cert_d', 'cert_a', 'cert_b'], 'ties keep server order');
  assert.deepEqual(nextSort(null, 'name'), { key: 'name', dir: 'ascending' });
  assert.deepEqual(nextSort({ key: 'name', dir: 'ascending' }, 'name'), { key: 'name', dir: 'descending' });
  assert.deepEqual(nextSort({ key: 'name', dir: 'descending' }, 'id'), { key: 'id', dir: 'ascending' });
  assert.deepEqual(countByKind(all, now), { expired: 1, expiring: 1, valid: 1, 'not-yet-valid': 1, unknown: 0 });
  assert.equal(summary(all, all.slice(0, 2), 3, now), 'Showing 2 of 4 certificates · 1 expired · 1 expiring within 30 days · 0 valid · 0 not yet valid · 1 active · 3 selected');
});

test('CSV: RFC 4180 quoting and formula injection neutralised', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell('=1+2'), "'=1+2");
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('-1'), "'-1");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\t=1'), "'\t=1");
  assert.equal(csvCell('=HYPERLINK("x","y")'), `"'=HYPERLINK(""x"",""y"")"`);
  assert.equal(csvCell('a=b'), 'a=b', 'only a leading character matters');
  const text = toCSV([cert('cert_a', '=cmd', now - DAY, now + 100 * DAY, true)], now);
  assert.equal(text, `id,name,active,status,days_left,created_at,valid_at,expires_at,fingerprint_sha256\r\ncert_a,'=cmd,true,valid,100,${new Date((now - 1000) * 1000).toISOString()},${new Date((now - DAY) * 1000).toISOString()},${new Date((now + 100 * DAY) * 1000).toISOString()},\r\n`);
  const expired = toCSV([cert('cert_b', 'x', now - 9 * DAY, now - 3 * DAY - 5)], now, () => 'AB:CD');
  assert.equal(expired.split('\r\n')[1].split(',').slice(3, 5).join(','), 'expired,-4', 'a stable status word and a plain negative number');
  assert.ok(expired.endsWith(',AB:CD\r\n'));
  assert.deepEqual(JSON.parse(toJSON([cert('cert_a', '<b>', 1, 2)])), [cert('cert_a', '<b>', 1, 2)]);
});

test('upload precheck refuses empty, oversize and non-PEM text before any inspection', () => {
  assert.match(precheck('  '), /Paste a PEM certificate/);
  assert.match(precheck('hello'), /^Not PEM/);
  assert.match(precheck('-----BEGIN CERTIFICATE-----\n' + 'A'.repeat(MAX_PEM_BYTES)), /^Too large: 16\.0 KB/);
  assert.match(precheck('-----BEGIN CERTIFICATE-----\n' + 'é'.repeat(MAX_PEM_BYTES / 2)), /^Too large/, 'bytes, not characters');
  assert.equal(precheck('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'), null);
});

test('bulk actions go in batches of at most 10 ids', () => {
  const ids = Array.from({ length: 23 }, (_, i) => `cert_${i}`);
  assert.deepEqual(batches(ids).map((b) => b.length), [10, 10, 3]);
  assert.deepEqual(batches(ids).flat(), ids);
  assert.deepEqual(batches([]), []);
});

test('timeline range keeps now in view and stays within 3 years either side; ticks are UTC dates', () => {
  const [lo, hi] = domain([cert('a', 'x', now - 30 * 365 * DAY, now + 30 * 365 * DAY)], now);
  assert.ok(lo < now && hi > now);
  assert.ok(now - lo <= 3 * 365.25 * DAY && hi - now <= 3 * 365.25 * DAY);
  const [lo2, hi2] = domain([], now);
  assert.equal(hi2 - lo2, 240 * DAY);
  const quarterly = ticks([Date.UTC(2025, 1, 10) / 1000, Date.UTC(2026, 0, 5) / 1000]).map((t) => t.label);
  assert.deepEqual(quarterly, ['2025-04', '2025-07', '2025-10', '2026']);
  const yearly = ticks([Date.UTC(2020, 5, 1) / 1000, Date.UTC(2025, 5, 1) / 1000]).map((t) => t.label);
  assert.deepEqual(yearly, ['2021', '2022', '2023', '2024', '2025']);
});

test('errors: stopped is APIUserAbortError or AbortError; details keep class, status, request id', () => {
  const abort = Object.assign(new Error('aborted'), { name: 'APIUserAbortError' });
  assert.ok(isStopped(abort));
  assert.ok(isStopped(new DOMException('x', 'AbortError')));
  assert.ok(!isStopped(new Error('x')));
  class NotFoundError extends Error {}
  const e = Object.assign(new NotFoundError('404 No certificate found'), { name: 'NotFoundError', status: 404, requestID: 'req_1' });
  assert.deepEqual(describeError(e), { name: 'NotFoundError', status: 404, message: '404 No certificate found', requestID: 'req_1', param: undefined, code: undefined });
  assert.deepEqual(describeError('weird'), { name: 'Error', message: 'weird' });
});
