// Scripted faults (POST /__mock/faults): each kind a client must survive.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { startMock } from './server.mjs';
import { KEY, client, control, isErrorBody, shapeProblems } from './helpers.mjs';

const ORG = '/v1/organization/certificates';

describe('scripted faults', () => {
  let mock;
  let call;
  let ids;
  before(async () => {
    mock = await startMock({ count: 30 });
    call = client(mock);
  });
  after(() => mock.close());
  beforeEach(async () => {
    ids = (await control(mock, 'reset', {})).ids;
  });
  const faults = (list) => control(mock, 'faults', list);

  it('429 with retry-after / retry-after-ms, consumed `times` times', async () => {
    await faults([{ match: { path: ORG }, status: 429, times: 2, headers: { 'retry-after': 1, 'retry-after-ms': '250' } }]);
    for (let i = 0; i < 2; i++) {
      const r = await call(ORG);
      assert.equal(r.status, 429);
      assert.equal(r.res.headers.get('retry-after'), '1');
      assert.equal(r.res.headers.get('retry-after-ms'), '250');
      assert.match(r.res.headers.get('x-request-id'), /^req_/);
      assert.ok(isErrorBody(r.json));
      assert.equal(r.json.error.code, 'rate_limit_exceeded');
    }
    assert.equal((await call(ORG)).status, 200);
  });

  it('5xx with JSON bodies and an HTML 502 page', async () => {
    await faults([
      { status: 500 },
      { status: 503, headers: { 'x-should-retry': 'true' } },
      { status: 504, body: { error: { message: 'custom', type: 'server_error', param: null, code: null } } },
      { status: 502, bodyText: '<html><body><h1>502 Bad Gateway</h1></body></html>' },
    ]);
    const r500 = await call(ORG);
    assert.equal(r500.status, 500);
    assert.equal(r500.json.error.type, 'server_error');
    const r503 = await call(ORG);
    assert.equal(r503.status, 503);
    assert.equal(r503.res.headers.get('x-should-retry'), 'true');
    assert.equal((await call(ORG)).json.error.message, 'custom');
    const r502 = await call(ORG);
    assert.equal(r502.status, 502);
    assert.match(r502.res.headers.get('content-type'), /^text\/html/);
    assert.match(r502.text, /Bad Gateway/);
  });

  it('matches on method, path prefix and after; others pass through', async () => {
    await faults([
      { match: { method: 'post', path: '/v1/organization/*' }, status: 500 },
      { match: { after: ids[4] }, status: 503 },
    ]);
    assert.equal((await call(ORG)).status, 200);
    assert.equal((await call(`${ORG}?after=${ids[3]}`)).status, 200);
    assert.equal((await call(`${ORG}?after=${ids[4]}`)).status, 503);
    const r = await call(`${ORG}/${ids[0]}`, { method: 'POST', body: { name: 'n' } });
    assert.equal(r.status, 500);
    assert.deepEqual(await control(mock, 'faults'), []);
  });

  it('resets the connection mid-body (the write still happens)', async () => {
    await faults([{ match: { method: 'POST' }, reset: true }]);
    await assert.rejects(async () => {
      const res = await fetch(`${mock.url}${ORG}/${ids[0]}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'renamed before reset' }),
      });
      await res.text();
    });
    assert.equal((await call(`${ORG}/${ids[0]}`)).json.name, 'renamed before reset');
  });

  it('sends a truncated JSON body and a wrong content type', async () => {
    await faults([{ truncate: true }, { contentType: 'text/html; charset=utf-8' }]);
    const t = await call(ORG);
    assert.equal(t.status, 200);
    assert.equal(t.json, undefined, 'not parseable');
    assert.ok(t.text.startsWith('{"object":"list"'));
    assert.equal(Number(t.res.headers.get('content-length')), Buffer.byteLength(t.text));
    const w = await call(ORG);
    assert.equal(w.res.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(w.json.object, 'list');
  });

  it('delays a response past a client timeout without disturbing the next one', async () => {
    await faults([{ delayMs: 400 }]);
    const t0 = Date.now();
    await assert.rejects(
      fetch(`${mock.url}${ORG}`, { headers: { authorization: `Bearer ${KEY}` }, signal: AbortSignal.timeout(100) }),
      /TimeoutError|aborted/i,
    );
    assert.ok(Date.now() - t0 < 350);
    assert.equal((await call(ORG)).status, 200);
  });

  it('overrides list pages: looping cursor, empty middle page, null cursor with has_more', async () => {
    await faults([
      { match: { path: ORG, after: null }, page: { data: [ids[0], ids[1]], has_more: true } },
      { match: { path: ORG, after: ids[1] }, page: { data: [], has_more: true, last_id: ids[1] } },
      { match: { path: ORG, after: ids[2] }, page: { data: [ids[3]], has_more: true, last_id: null } },
    ]);
    const p1 = (await call(ORG)).json;
    assert.deepEqual([p1.first_id, p1.last_id, p1.has_more], [ids[0], ids[1], true]);
    p1.data.forEach((c) => assert.deepEqual(shapeProblems(c, 'organization.certificate'), []));
    const p2 = (await call(`${ORG}?after=${ids[1]}`)).json;
    assert.deepEqual(p2, { object: 'list', data: [], first_id: null, last_id: ids[1], has_more: true });
    const p3 = (await call(`${ORG}?after=${ids[2]}`)).json;
    assert.deepEqual([p3.data[0].id, p3.last_id, p3.has_more], [ids[3], null, true]);
  });

  it('expands page ids as project items on project routes', async () => {
    const path = '/v1/organization/projects/proj_f/certificates';
    await faults([{ match: { path }, page: { data: [ids[5]] } }]);
    const { json } = await call(path);
    assert.deepEqual(shapeProblems(json.data[0], 'organization.project.certificate'), []);
    assert.deepEqual([json.data[0].active, json.has_more, json.first_id], [true, false, ids[5]]);
  });

  it('rejects malformed fault scripts without queueing any', async () => {
    const bad = [
      [{ status: 200 }, { delay: 5 }],
      [{ page: { data: ['cert_missing'] } }],
      [{ page: { data: [{ like: 'cert_missing' }] } }],
      [{ body: {}, bodyText: 'x' }],
      [{ status: 500, bodyText: 'no placeholder', echoAuthorization: true }],
      [{ bodyText: '{auth}', echoAuthorization: { value: 'key' } }],
      [{ bodyText: '{auth}', echoAuthorization: { slice: [0, 'end'] } }],
      [{ bodyText: '{auth}', echoAuthorization: { slice: [] } }],
      [{ bodyText: '{auth}', echoAuthorization: { into: 'body' } }],
      [{ bodyText: '{auth}', echoAuthorization: 'yes' }],
      [{ stallBodyMs: -1 }],
      [{ stallBodyMs: 100, reset: true }],
    ];
    for (const list of bad) {
      const res = await fetch(`${mock.url}/__mock/faults`, { method: 'POST', body: JSON.stringify(list) });
      assert.equal(res.status, 400);
      assert.ok(isErrorBody(await res.json()));
    }
    assert.deepEqual(await control(mock, 'faults'), []);
  });

  it('echoes the Authorization header into bodyText, body strings, page items and headers', async () => {
    const prefix = 'x'.repeat(190);
    await faults([
      { status: 500, bodyText: `<html><pre>${prefix}{auth}</pre></html>`, echoAuthorization: true },
      {
        status: 401,
        body: { error: { message: 'bad {auth}!', type: 'x', param: '{auth}', code: '{auth}', details: { seen: ['{auth}'] } } },
        echoAuthorization: { value: 'token', slice: [0, 12] },
      },
      { page: { data: [{ id: 42, name: '{auth}' }, { like: ids[1], name: 'n={auth}' }] }, echoAuthorization: { value: 'token', slice: [3, -3] } },
      { status: 503, headers: { 'x-debug-auth': 'got {auth}' }, echoAuthorization: true },
      { status: 500, bodyText: '[{auth}]', echoAuthorization: true },
    ]);
    const html = await call(ORG);
    assert.equal(html.text, `<html><pre>${prefix}Bearer ${KEY}</pre></html>`);
    const json = await call(ORG);
    const cut = KEY.slice(0, 12);
    assert.deepEqual(json.json.error, { message: `bad ${cut}!`, type: 'x', param: cut, code: cut, details: { seen: [cut] } });
    const page = (await call(ORG)).json;
    assert.deepEqual(page.data[0], { id: 42, name: KEY.slice(3, -3) });
    assert.deepEqual(shapeProblems(page.data[1], 'organization.certificate'), []);
    assert.deepEqual([page.data[1].id, page.data[1].name, page.last_id], [ids[1], `n=${KEY.slice(3, -3)}`, ids[1]]);
    assert.equal((await call(ORG)).res.headers.get('x-debug-auth'), `got Bearer ${KEY}`);
    assert.equal((await call(ORG, { key: null })).text, '[]', 'no header: an empty echo');
    const queued = await control(mock, 'faults');
    assert.deepEqual(queued, []);
  });

  it('serves lone surrogates in page items as JSON escapes, which JSON.parse accepts', async () => {
    await faults([{ page: { data: [{ like: ids[0], id: `cert_\ud83d${ids[0].slice(5)}` }, { like: ids[1], name: '\ud83d' }] }, contentType: 'application/json' }]);
    const { text, json } = await call(ORG);
    assert.ok(text.includes('"name":"\\ud83d"'), 'the escape itself is on the wire');
    assert.ok(text.includes('"id":"cert_\\ud83d'));
    assert.deepEqual([json.data[1].name.length, json.data[1].name.charCodeAt(0)], [1, 0xd83d]);
    assert.equal(json.first_id.charCodeAt(5), 0xd83d);
  });

  it('stalls the body after the headers: the client reads the status at once, the body later', async () => {
    await faults([{ status: 503, stallBodyMs: 300 }, { status: 503, stallBodyMs: 60_000 }]);
    const started = Date.now();
    const res = await fetch(`${mock.url}${ORG}`, { headers: { authorization: `Bearer ${KEY}` } });
    assert.equal(res.status, 503);
    assert.ok(Date.now() - started < 250, 'headers before the stall ends');
    const body = await res.json();
    assert.ok(Date.now() - started >= 290, 'body after the stall');
    assert.equal(body.error.type, 'server_error');
    // A client that gives up during the stall leaves the mock able to serve the next request.
    const controller = new AbortController();
    const stalled = await fetch(`${mock.url}${ORG}`, { headers: { authorization: `Bearer ${KEY}` }, signal: controller.signal });
    const reading = stalled.text();
    controller.abort();
    await assert.rejects(reading, /abort/i);
    assert.equal((await call(ORG)).status, 200);
    assert.equal((await control(mock, 'requests'))[1].status, 503);
  });

  it('serves redirects as scripted, with a Location of any origin', async () => {
    await faults([
      { status: 302, headers: { location: 'http://127.0.0.1:9/elsewhere' } },
      { status: 308, headers: { location: `${mock.url}${ORG}?limit=1` } },
    ]);
    const away = await fetch(`${mock.url}${ORG}`, { redirect: 'manual' });
    assert.deepEqual([away.status, away.headers.get('location')], [302, 'http://127.0.0.1:9/elsewhere']);
    const back = await call(ORG);
    assert.equal(back.json.data.length, 1, 'fetch followed the same-origin 308');
    assert.deepEqual((await control(mock, 'requests')).map((r) => [r.status, r.query.limit ?? null]), [[302, null], [308, null], [200, '1']]);
  });

  it('applies faults before auth, and a reset clears them', async () => {
    await faults([{ status: 503 }, { status: 500 }]);
    assert.equal((await call(ORG, { key: null })).status, 503);
    await control(mock, 'reset', {});
    assert.equal((await call(ORG)).status, 200);
  });
});
