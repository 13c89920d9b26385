// Listing through the installed package: pages, orders, the awaited page, iterPages, toArray,
// odd server pages, break and overlapping next() calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { client, control, ids, OpenAI, requests, useMock } from './support.mjs';

const mock = useMock();
const certificates = () => client(mock).admin.organization.certificates;
const state = () => control(mock, '/__mock/state');

test('for await yields every certificate once, newest first, over several pages', async () => {
  const seen = await ids(certificates().list({ limit: 40 }));
  assert.deepEqual(seen, (await state()).ids);
  const log = await requests(mock);
  assert.equal(log.length, 7);
  assert.ok(log.every((r) => r.query.limit === '40'), 'limit carried over to every page');
  assert.deepEqual(log.slice(1).map((r) => r.query.after), seen.filter((_, i) => i % 40 === 39).slice(0, 6));
});

test('asc order is carried over and reverses the listing', async () => {
  const seen = await ids(certificates().list({ order: 'asc', limit: 100 }));
  assert.deepEqual(seen, (await state()).ids.toReversed());
  assert.ok((await requests(mock)).every((r) => r.query.order === 'asc'));
});

test('items are plain objects with the API field names', async () => {
  const [first] = await certificates().list({ limit: 1 }).toArray({ limit: 1 });
  assert.equal(Object.getPrototypeOf(first), Object.prototype);
  assert.deepEqual(Object.keys(first).sort(), ['active', 'certificate_details', 'created_at', 'id', 'name', 'object']);
  assert.equal(first.object, 'organization.certificate');
  assert.equal(typeof first.created_at, 'number');
  assert.ok(first.name === null || typeof first.name === 'string');
});

test('await gives the first page; getNextPage and hasNextPage follow the cursor', async () => {
  const page = await certificates().list({ limit: 100 });
  assert.equal(page.object, 'list');
  assert.equal(page.data.length, 100);
  assert.equal(page.has_more, true);
  assert.equal(page.last_id, page.data[99].id);
  assert.equal(page.hasNextPage(), true);
  const second = await page.getNextPage();
  const again = await page.getNextPage();
  assert.deepEqual(again.data.map((c) => c.id), second.data.map((c) => c.id), 'getNextPage can be repeated');
  const third = await second.getNextPage();
  assert.equal(third.data.length, 50);
  assert.equal(third.hasNextPage(), false);
  await assert.rejects(third.getNextPage(), OpenAI.OpenAIError);
});

test('an awaited list without params keeps the API default page size and fetches one page only', async () => {
  const page = await certificates().list();
  assert.equal(page.data.length, 20);
  await new Promise((r) => setTimeout(r, 50));
  const log = await requests(mock);
  assert.equal(log.length, 1, 'no prefetch for a single awaited page');
  assert.equal(log[0].query.limit, undefined);
});

test('iterating items without a limit asks for full pages of 100', async () => {
  assert.equal((await ids(certificates().list())).length, 250);
  assert.deepEqual((await requests(mock)).map((r) => r.query.limit), ['100', '100', '100']);
});

test('iterPages yields every page, each usable on its own', async () => {
  const pages = [];
  for await (const page of certificates().list({ limit: 100 }).iterPages()) pages.push(page);
  assert.deepEqual(pages.map((p) => p.data.length), [100, 100, 50]);
  assert.equal((await pages[0].getNextPage()).first_id, pages[1].first_id);
});

test('toArray needs a limit of at most 10,000 and stops there', async () => {
  const list = certificates().list({ limit: 100 });
  await assert.rejects(list.toArray(), (e) => e instanceof OpenAI.InvalidParameterError && /toArray needs \{ limit \}/.test(e.message));
  await assert.rejects(list.toArray({ limit: 10_001 }), /limit must be an integer from 1 to 10000/);
  assert.equal((await list.toArray({ limit: 130 })).length, 130);
  assert.equal((await requests(mock)).length, 2, 'stops fetching once the limit is reached');
  assert.equal((await certificates().list({ limit: 100 }).toArray({ limit: 10_000 })).length, 250);
});

test('an empty middle page with has_more and a cursor is followed, not a stop', async () => {
  const all = (await state()).ids;
  await control(mock, '/__mock/faults', [
    { match: { after: all[9] }, page: { data: [], has_more: true, first_id: null, last_id: all[19] } },
  ]);
  const seen = await ids(certificates().list({ limit: 10 }));
  assert.deepEqual(seen, [...all.slice(0, 10), ...all.slice(20)]);
});

test('a looping cursor ends the iteration with a PaginationError after the pages before it', async () => {
  const all = (await state()).ids;
  await control(mock, '/__mock/faults', [
    { match: { after: all[19] }, page: { data: all.slice(20, 30), has_more: true, first_id: all[20], last_id: all[9] } },
  ]);
  const seen = [];
  await assert.rejects(async () => {
    for await (const c of certificates().list({ limit: 10 })) seen.push(c.id);
  }, (e) => e instanceof OpenAI.PaginationError && e.message.includes(all[9]));
  assert.deepEqual(seen, all.slice(0, 30));
});

test('has_more with a null cursor is an error, not a silent stop', async () => {
  await control(mock, '/__mock/faults', [{ page: { data: [], has_more: true, first_id: null, last_id: null } }]);
  await assert.rejects(ids(certificates().list()), (e) => e instanceof OpenAI.PaginationError && /no last_id/.test(e.message));
});

test('break stops all fetching (the prefetch in flight is cancelled)', async () => {
  await control(mock, '/__mock/reset', { latencyMs: 30 });
  let n = 0;
  for await (const _ of certificates().list({ limit: 10 })) if (++n === 15) break;
  const atBreak = (await requests(mock)).length;
  await new Promise((r) => setTimeout(r, 100));
  const log = await requests(mock);
  assert.equal(log.length, atBreak, 'nothing is requested after the break');
  assert.ok(atBreak <= 3, `at most one page beyond the consumer, got ${atBreak}`);
  assert.ok(log.slice(2).every((r) => r.status === null), 'the prefetched page was abandoned, not answered');
});

test('two overlapping next() calls give consecutive items and fetch no page twice', async () => {
  const iterator = certificates().list({ limit: 1 })[Symbol.asyncIterator]();
  const [a, b] = await Promise.all([iterator.next(), iterator.next()]);
  const all = (await state()).ids;
  assert.deepEqual([a.value.id, b.value.id], all.slice(0, 2));
  await iterator.return();
  const afters = (await requests(mock)).map((r) => r.query.after ?? null);
  assert.deepEqual(afters.slice(0, 2), [null, all[0]]);
  assert.equal(new Set(afters).size, afters.length, 'no page requested twice');
  assert.ok(afters.length <= 3, 'at most one page prefetched ahead');
});

test('overlapping nextPage calls on one engine cursor are queued in order', async () => {
  const page = await certificates().list({ limit: 5 });
  const [second, third] = await Promise.all([page.getNextPage(), page.getNextPage()]);
  assert.deepEqual(second.data, third.data, 'each getNextPage forks its own cursor');
  const pages = certificates().list({ limit: 5 }).iterPages();
  const results = await Promise.all([pages.next(), pages.next(), pages.next()]);
  const all = (await state()).ids;
  assert.deepEqual(results.map((r) => r.value.first_id), [all[0], all[5], all[10]]);
});
