// Everything around the API: static files, CORS, the control API's log and reset, and the CLI.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startMock } from './server.mjs';
import { KEY, client, control } from './helpers.mjs';

const ORG = '/v1/organization/certificates';

describe('static files, CORS and control API', () => {
  let mock;
  let call;
  let dir;
  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'mock-static-'));
    mkdirSync(path.join(dir, 'www', 'sub'), { recursive: true });
    mkdirSync(path.join(dir, 'pkg'));
    writeFileSync(path.join(dir, 'www', 'index.html'), '<!doctype html><title>demo</title>');
    writeFileSync(path.join(dir, 'www', 'sub', 'index.html'), '<p>sub</p>');
    writeFileSync(path.join(dir, 'www', 'app.mjs'), 'export {};');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside the static root');
    writeFileSync(path.join(dir, 'pkg', 'client.js'), 'export default 1;');
    writeFileSync(path.join(dir, 'pkg', 'client_bg.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    mock = await startMock({
      count: 5,
      staticDirs: { '/': path.join(dir, 'www'), '/pkg': path.join(dir, 'pkg') },
    });
    call = client(mock);
  });
  after(async () => {
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves static files with the right content types', async () => {
    const get = (p) => fetch(mock.url + p, { redirect: 'manual' });
    const cases = [
      ['/', 'text/html; charset=utf-8', '<!doctype html>'],
      ['/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
      ['/app.mjs', 'text/javascript; charset=utf-8', 'export'],
      ['/pkg/client.js', 'text/javascript; charset=utf-8', 'export'],
      ['/sub/', 'text/html; charset=utf-8', '<p>sub</p>'],
    ];
    for (const [p, type, start] of cases) {
      const res = await get(p);
      assert.equal(res.status, 200, p);
      assert.equal(res.headers.get('content-type'), type, p);
      assert.ok((await res.text()).startsWith(start), p);
    }
    const wasm = await get('/pkg/client_bg.wasm');
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal((await wasm.arrayBuffer()).byteLength, 8);
    const redirect = await get('/sub');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.headers.get('location'), '/sub/');
  });

  it('refuses directory traversal and unknown files', async () => {
    for (const p of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/pkg/..%2F..%2Fsecret.txt', '/missing.js', '/pkgx/client.js']) {
      const res = await fetch(mock.url + p);
      const body = await res.text();
      assert.equal(res.status, 404, p);
      assert.ok(!body.includes('outside the static root'), p);
    }
  });

  it('answers CORS preflights and exposes headers', async () => {
    const pre = await fetch(mock.url + ORG, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:9999',
        'access-control-request-method': 'DELETE',
        'access-control-request-headers': 'authorization, content-type, x-stainless-os, x-stainless-retry-count',
      },
    });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('access-control-allow-origin'), '*');
    assert.match(pre.headers.get('access-control-allow-methods'), /DELETE/);
    assert.match(pre.headers.get('access-control-allow-headers'), /x-stainless-retry-count/);
    const get = await call(ORG, { headers: { origin: 'http://localhost:9999' } });
    assert.equal(get.res.headers.get('access-control-allow-origin'), '*');
    assert.equal(get.res.headers.get('access-control-expose-headers'), 'x-request-id, retry-after, retry-after-ms, x-should-retry');
    assert.equal((await control(mock, 'state')).requests, 1, 'preflight is not logged');
  });

  it('logs API requests without the key, and reset clears the log', async () => {
    await control(mock, 'reset', {});
    await call(`${ORG}?limit=2&include[]=a&include[]=b`);
    await call(`${ORG}/x`, { method: 'POST', body: { name: 'n' }, key: 'sk-other' });
    await call(`${ORG}/y`, { method: 'POST', body: 'not json' });
    const raw = await (await fetch(`${mock.url}/__mock/requests`)).text();
    assert.ok(!raw.includes(KEY) && !raw.includes('sk-other') && !raw.includes('Bearer'));
    const log = JSON.parse(raw);
    assert.equal(log.length, 3);
    assert.deepEqual(log[0], {
      method: 'GET', path: ORG, query: { limit: '2', 'include[]': ['a', 'b'] }, body: null,
      authorized: true, status: 200, fault: false,
    });
    assert.deepEqual([log[1].body, log[1].authorized, log[1].status], [{ name: 'n' }, false, 401]);
    assert.equal(log[2].body, null);
    await control(mock, 'reset', {});
    assert.deepEqual(await control(mock, 'requests'), []);
  });

  it('reset applies options and later resets return to startup options', async () => {
    let s = await control(mock, 'reset', { count: 12, maxCertificates: 7, key: null, latencyMs: 60, projectCount: 1 });
    assert.deepEqual([s.count, s.maxCertificates, s.keyRequired, s.latencyMs, s.projectIds], [12, 7, false, 60, ['proj_billing']]);
    const t0 = Date.now();
    assert.equal((await call(ORG, { key: null })).status, 200);
    assert.ok(Date.now() - t0 >= 55, 'latency applied');
    s = await control(mock, 'reset', {});
    assert.deepEqual([s.count, s.maxCertificates, s.keyRequired, s.latencyMs, s.projectIds.length], [5, 50, true, 0, 5]);
    const bad = await fetch(`${mock.url}/__mock/reset`, { method: 'POST', body: '{"count": -1}' });
    assert.equal(bad.status, 400);
    assert.equal((await control(mock, 'state')).count, 5, 'bad reset leaves state alone');
  });
});

describe('CLI', () => {
  it('prints its URL, serves, and exits cleanly on SIGTERM', { timeout: 5000 }, async () => {
    const script = fileURLToPath(new URL('./server.mjs', import.meta.url));
    const child = spawn(process.execPath, [script, '--port', '0', '--count', '6', '--no-key', '--project', 'proj_a=2', '--project-count', '2'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    try {
      const line = await new Promise((resolve, reject) => {
        let buf = '';
        child.stdout.on('data', (c) => {
          buf += c;
          if (buf.includes('\n')) resolve(buf.split('\n')[0]);
        });
        child.on('exit', () => reject(new Error('exited before listening')));
      });
      const m = /^mock listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
      assert.ok(m, line);
      assert.notEqual(m[2], '0');
      const list = await (await fetch(`${m[1]}${ORG}`)).json();
      assert.equal(list.data.length, 6);
      const state = await (await fetch(`${m[1]}/__mock/state`)).json();
      assert.equal(state.projects.proj_a.length, 2);
      assert.deepEqual(state.projectIds, ['proj_billing', 'proj_search', 'proj_a']);
      const projects = await (await fetch(`${m[1]}/v1/organization/projects`)).json();
      assert.deepEqual(projects.data.map((p) => p.name), ['Billing', 'Search', 'Project proj_a']);
      child.kill('SIGTERM');
      assert.deepEqual(await exited, { code: 0, signal: null });
    } finally {
      // Never leave the child behind, even when an assertion above failed.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
