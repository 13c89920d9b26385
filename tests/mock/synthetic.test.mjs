// The mock's synthetic mode: a listing of generated certificates whose pages cost the same anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startMock } from './server.mjs';
import { syntheticId } from './synthetic.mjs';

test('synthetic mode lists N unique certificates by cursor, and refuses unknown cursors', async () => {
  const mock = await startMock({ synthetic: 250, key: null });
  try {
    const get = async (query) => (await fetch(`${mock.baseURL}/organization/certificates?${query}`)).json();
    const seen = [];
    let page = await get('limit=100');
    for (;;) {
      seen.push(...page.data.map((c) => c.id));
      assert.equal(page.last_id, page.data.at(-1).id);
      if (!page.has_more) break;
      page = await get(`limit=100&after=${page.last_id}`);
    }
    assert.equal(seen.length, 250);
    assert.equal(new Set(seen).size, 250);
    assert.deepEqual([seen[0], seen[249]], [syntheticId(0), syntheticId(249)]);
    const far = await get(`limit=2&after=${syntheticId(200)}`);
    assert.deepEqual(far.data.map((c) => c.id), [syntheticId(201), syntheticId(202)]);
    const bad = await fetch(`${mock.baseURL}/organization/certificates?after=cert_nope`);
    assert.equal(bad.status, 400);
    assert.equal((await get('limit=5')).data.length, 5);
  } finally {
    await mock.close();
  }
});
