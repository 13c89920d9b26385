// `client.admin.organization.auditLogs.list`, through the installed package and Prism (which fails
// any request or response the audit log spec does not allow), side by side with the official SDK
// (openai@6): the same query strings for the same parameters, the same pages, the events the
// mock records for each write, refusals before any request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Official from 'openai';
import { client, control, KEY, OpenAI, requests, useMock } from './support.mjs';

const mock = useMock({ prism: true, count: 12, maxCertificates: 100 });
const audit = (options) => client(mock, { maxRetries: 0, ...options }).admin.organization.auditLogs;

/** A fetch that records each request's URL, then sends it. */
function recording() {
  const urls = [];
  return { urls, fetch: (url, init) => (urls.push(new URL(url)), globalThis.fetch(url, init)) };
}

/** The query of `url` as `[name, value]` pairs, in order, percent-encoding as sent. */
const pairs = (url) => url.search.slice(1).split('&').map((pair) => pair.split('='));

test('the same parameters make the same query as the official SDK, page after page', async () => {
  const params = {
    limit: 3,
    effective_at: { gte: 1, lt: 4_000_000_000 },
    event_types: ['certificate.created', 'certificates.activated'],
    actor_emails: ['ada@example.com'],
    before: undefined,
  };
  const ours = recording();
  const theirs = recording();
  const official = new Official({ adminAPIKey: KEY, baseURL: mock.apiURL, fetch: theirs.fetch, maxRetries: 0 });
  const ourIds = [];
  for await (const page of (await audit({ fetch: ours.fetch }).list(params)).iterPages()) ourIds.push(...page.data.map((e) => e.id));
  const theirIds = [];
  for await (const page of (await official.admin.organization.auditLogs.list(params)).iterPages()) theirIds.push(...page.data.map((e) => e.id));
  assert.ok(ourIds.length > 3, 'several pages');
  assert.deepEqual(ourIds, theirIds, 'the same events, in the same order');
  assert.equal(ours.urls.length, theirs.urls.length, 'the same number of requests');
  ours.urls.forEach((url, i) => {
    assert.equal(url.pathname, theirs.urls[i].pathname);
    // The same pairs, encoded alike; the order of keys may differ (ours: the spec's order).
    assert.deepEqual(pairs(url).sort(), pairs(theirs.urls[i]).sort(), `request ${i + 1}`);
  });
  assert.ok(pairs(ours.urls[0]).some(([k]) => k === 'effective_at%5Bgte%5D'), 'effective_at[gte] in qs brackets');
  assert.deepEqual(pairs(ours.urls[0]).filter(([k]) => k === 'event_types%5B%5D').map(([, v]) => v), ['certificate.created', 'certificates.activated']);
});

test('every write is in the audit log, newest first, with its actor; a deletion carries the PEM', async () => {
  const [id] = (await control(mock, '/__mock/state')).ids;
  const certificates = client(mock).admin.organization.certificates;
  await certificates.update(id, { name: 'renamed' });
  await client(mock).admin.organization.projects.certificates.activate('proj_billing', { certificate_ids: [id] });
  await client(mock).admin.organization.projects.certificates.deactivate('proj_billing', { certificate_ids: [id] });
  await certificates.delete(id);
  const events = await audit().list({ resource_ids: [id] }).toArray({ limit: 100 });
  assert.deepEqual(events.slice(0, 4).map((e) => e.type), ['certificate.deleted', 'certificates.deactivated', 'certificates.activated', 'certificate.updated']);
  assert.equal(events[0]['certificate.deleted'].name, 'renamed');
  assert.match(events[0]['certificate.deleted'].certificate, /BEGIN CERTIFICATE/);
  assert.equal(events[1].project.id, 'proj_billing');
  assert.equal(events[0].actor.api_key.user.email, 'admin@example.com', 'the actor as sent');
  assert.equal(events.at(-1).type, 'certificate.created', 'the seeded upload is the oldest');
});

test('an awaited list is the first page; getNextPage and nextPageRequestOptions carry the filters', async () => {
  const page = await audit().list({ limit: 2, event_types: ['certificate.created'] });
  assert.equal(page.data.length, 2);
  assert.ok(page.data.every((e) => e.type === 'certificate.created'));
  assert.deepEqual(page.nextPageRequestOptions(), { query: { limit: 2, event_types: ['certificate.created'], after: page.data[1].id } });
  const next = await page.getNextPage();
  assert.ok(next.data.every((e) => e.type === 'certificate.created'));
  assert.notEqual(next.data[0].id, page.data[0].id);
});

test('an event type or detail the spec does not list yet is delivered as sent', async () => {
  await control(mock, '/__mock/reset', {});
  const page = { object: 'list', data: [{ id: 'audit_log-new', type: 'certificate.rotated', effective_at: 5, 'certificate.rotated': { from: 'a', to: 'b' } }], first_id: 'audit_log-new', last_id: 'audit_log-new', has_more: false };
  await control(mock, '/__mock/faults', [{ match: { path: '/v1/organization/audit_logs' }, body: page }]);
  // Prism would refuse the new enum value; the client itself must not.
  const direct = new OpenAI({ adminAPIKey: KEY, baseURL: mock.baseURL, maxRetries: 0 });
  const [event] = await direct.admin.organization.auditLogs.list().toArray({ limit: 10 });
  assert.deepEqual(event['certificate.rotated'], { from: 'a', to: 'b' });
});

test('bad parameters are refused before any request, naming the parameter', async () => {
  const refusals = [
    [{ order: 'asc' }, 'order'],
    [{ project_ids: 'proj_a' }, 'project_ids'],
    [{ actor_ids: ['a', ''] }, 'actor_ids[1]'],
    [{ effective_at: { gt: -1 } }, 'effective_at.gt'],
    [{ effective_at: { after: 1 } }, 'after'],
    [{ limit: 101 }, 'limit'],
    [{ tenant_only: 'yes' }, 'tenant_only'],
  ];
  for (const [params, param] of refusals) {
    await assert.rejects(audit().list(params), (e) => e instanceof OpenAI.InvalidParameterError && e.param === param, JSON.stringify(params));
  }
  assert.equal((await requests(mock)).length, 0);
});

test('where audit logging is off there is nothing to list', async () => {
  await control(mock, '/__mock/reset', { auditLogs: false });
  assert.deepEqual(await audit().list().toArray({ limit: 10 }), []);
});
