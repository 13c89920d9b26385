// Path ids that a URL parser could read as dot segments (issue 10, finding 1): each call either
// reaches that id's own resource or refuses the id before sending anything, never another resource.
// The table is shared with Chromium (tests/tools/fault-matrix.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dotSegmentIds, expectPathOutcome, pathCalls } from '../tools/fault-matrix.mjs';
import { runScenario } from '../page/harness/scenario.mjs';
import { control, KEY, OpenAI, requests, useMock } from './support.mjs';

const mock = useMock({ count: 5, projects: { proj_a: 2 } });

/** Every id through one call; returns one line per id whose outcome is wrong (all ids are tried). */
async function wrongOutcomes([, resource, call, args, param, segments], ids, kindOf) {
  const wrong = [];
  for (const id of ids) {
    await control(mock, '/__mock/reset', {});
    const result = await runScenario(OpenAI, { client: { adminAPIKey: KEY, baseURL: mock.apiURL, maxRetries: 0 }, resource, call, params: args(id) });
    try {
      expectPathOutcome(result, await requests(mock), { id, kind: kindOf(id), param, segments: segments(id), origin: mock.url });
    } catch (e) {
      wrong.push(e.message.split('\n')[0]);
    }
  }
  return wrong;
}

for (const [kind, ids] of Object.entries(dotSegmentIds)) {
  for (const row of pathCalls) {
    test(`${row[0]}: ${kind} ids (${ids.length})`, async () => {
      assert.deepEqual(await wrongOutcomes(row, ids, () => kind), []);
    });
  }
}

// Short strings over the characters URL parsing treats specially: '.' and '..' must be refused,
// anything else reach its own resource or be refused as malformed (seeded, so a failure repeats).
test('arbitrary short ids over . % 2 e E / \\ ? # ; space tab: own resource or refused, never another', async () => {
  const alphabet = ['.', '.', '%', '2', 'e', 'E', '/', '\\', '?', '#', ';', ' ', '\t', 'a'];
  let seed = 0x1d5;
  const next = (n) => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const ids = new Set(['.', '..']);
  while (ids.size < 150) ids.add(Array.from({ length: 1 + next(4) }, () => alphabet[next(alphabet.length)]).join(''));
  const kindOf = (id) => (id === '.' || id === '..' ? 'refused' : 'ownOrRefused');
  const wrong = [...(await wrongOutcomes(pathCalls[0], ids, kindOf)), ...(await wrongOutcomes(pathCalls[3], ids, kindOf))];
  assert.deepEqual(wrong, []);
});
