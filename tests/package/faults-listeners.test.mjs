// Nothing left behind on the caller's signal (issue 10, finding 3): every abort listener a call or a
// listing adds is removed when its wait or attempt ends, so many retried calls sharing one signal
// leave none and never trigger Node's MaxListenersExceededWarning. Node only (getEventListeners).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { quick } from '../tools/fault-matrix.mjs';
import { client, control, requests, useMock } from './support.mjs';

const mock = useMock({ count: 30 });
const faults = (list) => control(mock, '/__mock/faults', list);

/** Runs `body` and returns the names of the process warnings emitted meanwhile. */
async function warningsDuring(body) {
  const names = [];
  const record = (w) => names.push(`${w.name}: ${w.message}`);
  process.on('warning', record);
  try {
    await body();
    await new Promise((r) => setTimeout(r, 20)); // warnings are emitted on a later tick
  } finally {
    process.off('warning', record);
  }
  return names;
}

test('30 calls one after another, each retried once, sharing one signal: no listener left, no warning', async () => {
  const ids = (await control(mock, '/__mock/state')).ids;
  const certs = client(mock).admin.organization.certificates;
  const { signal } = new AbortController();
  const warnings = await warningsDuring(async () => {
    for (const id of ids) {
      await faults([{ match: { path: `/v1/organization/certificates/${id}` }, status: 500, headers: quick }]);
      assert.equal((await certs.retrieve(id, {}, { signal })).id, id);
    }
  });
  assert.equal((await requests(mock)).length, 60, 'each call was retried once');
  assert.equal(getEventListeners(signal, 'abort').length, 0);
  assert.deepEqual(warnings, []);
});

test('a listing whose every page is retried once, with a signal: no listener left after the loop, no warning', async () => {
  const ids = (await control(mock, '/__mock/state')).ids;
  await faults([null, ids[9], ids[19]].map((after) => ({ match: { after }, status: 500, headers: quick })));
  const { signal } = new AbortController();
  const seen = [];
  const warnings = await warningsDuring(async () => {
    for await (const c of client(mock).admin.organization.certificates.list({ limit: 10 }, { signal })) seen.push(c.id);
  });
  assert.deepEqual(seen, ids);
  assert.equal((await requests(mock)).length, 6, 'each page was retried once');
  assert.equal(getEventListeners(signal, 'abort').length, 0);
  assert.deepEqual(warnings, []);
});

test('the same listing walked by iterPages and toArray: no listener left', async () => {
  const ids = (await control(mock, '/__mock/state')).ids;
  const certs = client(mock).admin.organization.certificates;
  for (const walk of [async (signal) => {
    for await (const page of certs.list({ limit: 10 }, { signal }).iterPages()) assert.ok(page.data.length);
  }, (signal) => certs.list({ limit: 10 }, { signal }).toArray({ limit: 30 })]) {
    await control(mock, '/__mock/reset', {});
    await faults([null, ids[9], ids[19]].map((after) => ({ match: { after }, status: 500, headers: quick })));
    const { signal } = new AbortController();
    const warnings = await warningsDuring(() => walk(signal));
    assert.equal((await requests(mock)).length, 6);
    assert.equal(getEventListeners(signal, 'abort').length, 0);
    assert.deepEqual(warnings, []);
  }
});

// The listing's own signal (which the caller cannot see) shows only through Node's warning: 15 pages,
// each retried once, would leave 15 listeners on it if the retry waits did not remove theirs.
test('a listing of 15 pages, each retried once: no MaxListenersExceededWarning from its internal signal', async () => {
  const ids = (await control(mock, '/__mock/state')).ids;
  const afters = [null, ...ids.filter((_, i) => i % 2 === 1).slice(0, 14)];
  await faults(afters.map((after) => ({ match: { after }, status: 500, headers: quick })));
  const { signal } = new AbortController();
  const seen = [];
  const warnings = await warningsDuring(async () => {
    for await (const c of client(mock).admin.organization.certificates.list({ limit: 2 }, { signal })) seen.push(c.id);
  });
  assert.deepEqual(seen, ids);
  assert.equal((await requests(mock)).length, 30, 'each page was retried once');
  assert.deepEqual(warnings, []);
  assert.equal(getEventListeners(signal, 'abort').length, 0);
});
