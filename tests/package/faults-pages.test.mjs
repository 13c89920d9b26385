// Listings whose pages shift or whose cursors cycle (issue 10, findings 6 and 7), walked every way
// (`for await`, `iterPages()`, a `getNextPage()` chain, `toArray()`): no id twice, none lost, and a
// cursor cycle ends in a PaginationError however the pages are walked. Rows shared with Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cursorCycle, expectEachOnce, shifting, twice, walks, yielded } from '../tools/fault-matrix.mjs';
import { runScenario } from '../page/harness/scenario.mjs';
import { control, KEY, OpenAI, requests, useMock } from './support.mjs';

const mock = useMock({ count: 30 });
const run = (scenario) => runScenario(OpenAI, { ...scenario, client: { adminAPIKey: KEY, baseURL: mock.apiURL } });
const fresh = async () => (await control(mock, '/__mock/reset', {})).ids;

for (const [name, row] of shifting) {
  for (const walk of walks) {
    test(`${name}, walked by ${walk}: every id the server sent, none twice`, async () => {
      const ids = await fresh();
      const { faults, served } = row({ ids });
      await control(mock, '/__mock/faults', faults);
      expectEachOnce(await run({ walk, params: { limit: 10 } }), served, walk);
    });
  }
}

for (const walk of walks) {
  test(`a cursor cycle A → B → A, walked by ${walk}: PaginationError once the cycle closes, no id twice`, async () => {
    const ids = await fresh();
    await control(mock, '/__mock/faults', cursorCycle({ ids }));
    const result = await run({ walk, params: { limit: 2 }, steps: 3 });
    assert.equal(result.error, 'PaginationError', `${walk}: ${result.error} ${result.message} after ${result.steps} steps`);
    assert.deepEqual(twice(yielded(result)), [], `${walk} yielded ids twice`);
    if (walk === 'chain') assert.ok(result.steps <= 2, `the third getNextPage() (after the page whose cursor repeats) must reject; ${result.steps} succeeded`);
    assert.ok((await requests(mock)).length <= 4, 'the cycle was not followed round again');
  });
}

test('getNextPage() twice on the same page is two fetches of the same next page, not a loop', async () => {
  const ids = await fresh();
  await control(mock, '/__mock/faults', cursorCycle({ ids }));
  const cycled = await run({ walk: 'fork', params: { limit: 2 }, steps: 1 });
  assert.equal(cycled.error, undefined, `${cycled.error} ${cycled.message}`);
  assert.deepEqual(cycled.pages, [ids.slice(0, 2), ids.slice(2, 4), ids.slice(2, 4)]);
  await fresh();
  const plain = await run({ walk: 'fork', params: { limit: 10 }, steps: 2 });
  assert.equal(plain.error, undefined, `${plain.error} ${plain.message}`);
  assert.deepEqual(plain.pages, [ids.slice(0, 10), ids.slice(10, 20), ids.slice(10, 20), ids.slice(20), ids.slice(20)]);
});
