// The console's newer pure modules in Node: urgency order and needs-attention, deep links (and
// that they hold no key), upload warnings, bidi controls made visible, the server's wait, the
// loader's Stop and cursor, and the cached view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY, needsAttention, urgencyRank, validityInWords, daysLeft } from '../../www/status.mjs';
import { createViewCache, sorted, DEFAULT_SORT } from '../../www/view.mjs';
import { readLink, writeLink } from '../../www/deeplink.mjs';
import { refusalText, uploadErrors, uploadWarnings } from '../../www/warnings.mjs';
import { visibleControls } from '../../www/dom.mjs';
import { messageWithoutStatus, retryAfterSeconds } from '../../www/errors.mjs';
import { startStream } from '../../www/loader.mjs';
import { attentionList } from '../../www/attention.mjs';

const now = 1_800_000_000;
const cert = (id, from, to, active = false, name = id) => ({ id, name, active, created_at: now, certificate_details: { valid_at: from, expires_at: to } });

test('urgency: active and expired, then active and expiring, first; needs attention is active only', () => {
  const list = [
    cert('valid', now - DAY, now + 200 * DAY, true),
    cert('expired-inactive', now - 9 * DAY, now - DAY),
    cert('expiring-active', now - DAY, now + 5 * DAY, true),
    cert('expired-active', now - 9 * DAY, now - 2 * DAY, true),
    cert('expiring-inactive', now - DAY, now + 3 * DAY),
  ];
  assert.deepEqual(sorted(list, DEFAULT_SORT, now).map((c) => c.id), ['expired-active', 'expiring-active', 'expiring-inactive', 'valid', 'expired-inactive']);
  assert.deepEqual(list.filter((c) => needsAttention(c, now)).map((c) => c.id), ['expiring-active', 'expired-active']);
  assert.deepEqual(attentionList(list, now).map((c) => c.id), ['expired-active', 'expiring-active']);
  assert.ok(urgencyRank(list[3], now) < urgencyRank(list[2], now));
  assert.equal(daysLeft(list[3].certificate_details, now), -2);
  assert.equal(daysLeft({}, now), null);
  assert.equal(validityInWords(list[3].certificate_details, now), 'expired 2 days ago');
  assert.equal(validityInWords(list[0].certificate_details, now), 'valid for another 6 months');
  assert.equal(validityInWords({ valid_at: now + 3 * DAY, expires_at: now + 90 * DAY }, now), 'not valid yet: becomes valid in 3 days');
});

test('the cached view re-sorts only when the data or the sort change, and filters the sorted list', () => {
  const view = createViewCache();
  const list = [cert('b', now - DAY, now + 50 * DAY), cert('a', now - DAY, now + 40 * DAY)];
  const all = { text: '', status: 'all', active: 'all' };
  assert.deepEqual(view(list, 1, all, { key: 'expires', dir: 'ascending' }, now).map((c) => c.id), ['a', 'b']);
  assert.deepEqual(view(list, 1, { ...all, text: 'B' }, { key: 'expires', dir: 'ascending' }, now).map((c) => c.id), ['b']);
  list.push(cert('c', now - DAY, now + 10 * DAY));
  assert.deepEqual(view(list, 2, all, { key: 'expires', dir: 'ascending' }, now).map((c) => c.id), ['c', 'a', 'b']);
});

test('deep links: filter, sort and open certificate round-trip; defaults leave no hash; junk is dropped', () => {
  const v = { filter: { text: 'prod ca', status: 'expiring', active: 'active' }, sort: { key: 'expires', dir: 'descending' }, cert: 'cert_1' };
  const hash = writeLink(v);
  assert.equal(hash, '#q=prod+ca&status=expiring&active=active&sort=expires%3Adescending&cert=cert_1');
  assert.deepEqual(readLink(hash), v);
  assert.equal(writeLink({ filter: { text: '', status: 'all', active: 'all' }, sort: DEFAULT_SORT, cert: null }), '');
  assert.deepEqual(readLink('#sort=server').sort, null);
  const junk = readLink('#status=<x>&active=maybe&sort=nope:sideways&key=sk-admin-x');
  assert.deepEqual(junk.filter, { text: '', status: 'all', active: 'all' });
  assert.deepEqual(junk.sort, DEFAULT_SORT);
  assert.ok(!writeLink(junk).includes('sk-admin'), 'only view fields are ever written');
});

test('upload rules: errors refuse, warnings (rules, not yet valid, same fingerprint) are said first', () => {
  const rule = (code, severity) => ({ code, severity, message: `${code} message` });
  const info = (rules, valid_at = now - DAY) => ({ valid_at, expires_at: now + 90 * DAY, is_ca: true, rules });
  const broken = info([rule('expired', 'error'), rule('not_ca', 'error'), rule('no_subject_key_identifier', 'warning')]);
  assert.deepEqual(uploadErrors(broken), [{ kind: 'expired', text: 'expired message' }, { kind: 'not_ca', text: 'not_ca message' }]);
  assert.deepEqual(uploadWarnings(broken, now).map((w) => w.kind), ['no_subject_key_identifier']);
  assert.match(refusalText(uploadErrors(broken)), /^Not uploaded: it breaks 2 of OpenAI's upload rules, so the API would refuse it\. .*inspect it again\.$/);
  assert.deepEqual(uploadErrors(info([])), []);
  assert.deepEqual(uploadWarnings(info([rule('multiple_certificates', 'warning')], now + DAY), now).map((w) => w.kind), ['multiple_certificates', 'not-yet-valid']);
  const dup = uploadWarnings(info([]), now, [{ id: 'cert_x', name: 'Old' }]);
  assert.match(dup[0].text, /already uploaded as "Old" \(cert_x\)/);
});

test('bidi controls in names are shown as code points, so "\\u202Egnp.exe" cannot read as "exe.png"', () => {
  assert.equal(visibleControls('\u202Egnp.exe'), '⟨U+202E⟩gnp.exe');
  assert.equal(visibleControls('a\u2066b\u2069\u200Fc'), 'a⟨U+2066⟩b⟨U+2069⟩⟨U+200F⟩c');
  assert.equal(visibleControls('Zertifikat für München'), 'Zertifikat für München');
});

test('errors: the status is said once; the server-asked wait is read from retry-after(-ms)', () => {
  assert.equal(messageWithoutStatus({ status: 503, message: '503 Overloaded' }), 'Overloaded');
  assert.equal(messageWithoutStatus({ message: 'offline' }), 'offline');
  const err = (h) => ({ headers: new Headers(h) });
  assert.equal(retryAfterSeconds(err({ 'retry-after': '61' })), 61);
  assert.equal(retryAfterSeconds(err({ 'retry-after-ms': '1500' })), 2);
  assert.equal(retryAfterSeconds(err({ 'retry-after': new Date(Date.UTC(2030, 0, 1, 0, 2)).toUTCString() }), Date.UTC(2030, 0, 1)), 120);
  assert.equal(retryAfterSeconds(err({})), null);
  assert.equal(retryAfterSeconds(new Error('x')), null);
});

test('the loader: Stop reports at once, a later page is dropped, and the cursor is the last delivered page', async () => {
  let release;
  const gate = new Promise((r) => (release = r));
  const pages = [{ data: [{ id: 'a' }], has_more: true, last_id: 'a' }, { data: [{ id: 'b' }], has_more: false, last_id: 'b' }];
  const list = () => ({
    async *iterPages() {
      yield pages[0];
      await gate;
      yield pages[1];
    },
  });
  const seen = [];
  let stopped = null;
  const stream = startStream(list, { onPage: (d) => seen.push(...d.map((x) => x.id)), onDone: () => assert.fail('not done'), onStopped: (p) => (stopped = p), onError: assert.fail });
  await new Promise((r) => setTimeout(r, 10));
  stream.stop();
  assert.deepEqual(stopped, { pages: 1, count: 1, hasMore: true, cursor: 'a' }, 'reported in the same tick');
  release();
  await stream.done;
  assert.deepEqual(seen, ['a'], 'the page that landed after Stop is dropped');
});

test('the store: a page never duplicates a listed id, a merge replaces the object and keeps `active`', async () => {
  const { createStore, appendPage, mergeItem, removeItem, addItem } = await import('../../www/store.mjs');
  const store = createStore();
  assert.equal(appendPage(store, [{ id: 'a', active: true }, { id: 'b', active: false }]), 2);
  assert.equal(appendPage(store, [{ id: 'b', active: false }, { id: 'c', active: false }]), 1, 'b was already there');
  assert.deepEqual(store.list.map((c) => c.id), ['a', 'b', 'c']);
  const before = store.certs.get('a');
  const version = store.version;
  mergeItem(store, { id: 'a', name: 'renamed' }); // an update answer carries no `active`
  assert.notEqual(store.certs.get('a'), before, 'a new object, so caches keyed by it notice');
  assert.deepEqual([store.certs.get('a').name, store.certs.get('a').active], ['renamed', true]);
  assert.ok(store.version > version);
  mergeItem(store, { id: 'gone', name: 'x' });
  assert.equal(store.certs.has('gone'), false, 'an item no longer listed is left alone');
  removeItem(store, 'b');
  addItem(store, { id: 'new' }, true);
  assert.deepEqual(store.list.map((c) => c.id), ['new', 'a', 'c']);
});
