// Forward compatibility, through the installed package: what the client does not rely on (a new
// `object` value, a missing `name` or `active`, extra fields, any string content) is delivered as
// the server sent it; what pagination and each call's contract need (`data` an array, each item's
// string `id`, a boolean `has_more`, a string `last_id`) is checked, and a failed check is an
// UnexpectedResponseError naming the field and the request id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { client, control, OpenAI, useMock } from './support.mjs';

const mock = useMock({ count: 12, maxCertificates: 100 });
const certs = () => client(mock, { maxRetries: 0 }).admin.organization.certificates;
const seeded = async () => (await control(mock, '/__mock/state')).ids;
const faults = (list) => control(mock, '/__mock/faults', list);

/** Every certificate of a listing, as delivered (plain objects, in order). */
async function listed(params = { limit: 5 }) {
  const out = [];
  for await (const c of certs().list(params)) out.push(c);
  return out;
}

test('a page with a new object value, missing name and active, and extra fields is delivered as sent', async () => {
  const [a, b, c] = await seeded();
  await faults([{
    match: { after: null },
    page: {
      data: [
        { like: a, object: 'organization.certificate.v2', rotation: { policy: 'auto', days: 90 } },
        { id: b, object: 'organization.certificate', created_at: 1 }, // no name, no active, no details
        { like: c, certificate_details: { valid_at: 1, expires_at: 2, fingerprint_sha256: 'ab:cd' } },
      ],
      has_more: false,
    },
  }]);
  const items = await listed();
  assert.deepEqual(items.map((i) => i.id), [a, b, c]);
  assert.equal(items[0].object, 'organization.certificate.v2');
  assert.deepEqual(items[0].rotation, { policy: 'auto', days: 90 });
  assert.equal('name' in items[1], false, 'a missing name stays missing');
  assert.equal('active' in items[1], false, 'a missing active stays missing');
  assert.equal(items[2].certificate_details.fingerprint_sha256, 'ab:cd');
});

test('extra envelope fields and a new envelope object value do not stop a listing', async () => {
  const ids = await seeded();
  await faults([{
    match: { after: null },
    body: { object: 'list.v2', data: ids.slice(0, 2).map((id) => ({ id, object: 'x' })), first_id: ids[0], last_id: ids[1], has_more: true, total: 12 },
  }]);
  const items = await listed({ limit: 2 });
  assert.equal(items.length, 12, 'the first page is taken as sent, the rest come from the server');
  assert.deepEqual(items.slice(0, 2), ids.slice(0, 2).map((id) => ({ id, object: 'x' })));
});

test('lone surrogate escapes in a name and in an id are delivered as sent', async () => {
  const [a, b] = await seeded();
  await faults([{ match: { after: null }, page: { data: [{ like: a, name: 'half \ud83d' }, { like: b, id: `${b}\udc00` }], has_more: false } }]);
  const items = await listed();
  assert.equal(items[0].name, 'half \ud83d');
  assert.equal(items[1].id, `${b}\udc00`);
});

test('retrieve, update and activate deliver new fields and values as sent', async () => {
  const [a] = await seeded();
  await faults([
    { match: { method: 'GET' }, body: { id: a, object: 'organization.certificate.v2', shiny: [1, { x: null }] } },
    { match: { method: 'POST', path: `/v1/organization/certificates/${a}` }, body: { id: a, object: 'organization.certificate', name: 'renamed', extra: true } },
    { match: { method: 'POST', path: '/v1/organization/certificates/activate' }, body: { object: 'organization.certificate.activation.v2', data: [{ id: a, object: 'new' }], more: 1 } },
  ]);
  const got = await certs().retrieve(a);
  assert.deepEqual({ ...got }, { id: a, object: 'organization.certificate.v2', shiny: [1, { x: null }] });
  assert.equal((await certs().update(a, { name: 'renamed' })).extra, true);
  const activated = await certs().activate({ certificate_ids: [a] });
  assert.equal(activated.data[0].object, 'new');
});

/** Asserts that `promise` fails with an UnexpectedResponseError naming `field` and the request id. */
async function rejectsNaming(promise, field) {
  await assert.rejects(promise, (e) => {
    assert.ok(e instanceof OpenAI.UnexpectedResponseError, `${e?.name}: ${e?.message}`);
    assert.ok(e.message.includes(`\`${field}\``), `${e.message} names ${field}`);
    assert.match(e.requestID, /^req_/);
    assert.ok(e.message.includes(e.requestID), 'the message gives the request id');
    return true;
  });
}

test('a data that is not an array fails the listing, naming `data`', async () => {
  await faults([{ body: { object: 'list', data: { 0: 'x' }, has_more: false } }]);
  await rejectsNaming(listed(), 'data');
});

test('an item without a string id fails the listing, naming that item`s id', async () => {
  const [a, b] = await seeded();
  await faults([{ page: { data: [a, { like: b, id: 7 }], has_more: false } }]);
  await rejectsNaming(listed(), 'data[1].id');
  await faults([{ page: { data: [{ object: 'organization.certificate', name: 'no id' }], has_more: false } }]);
  await rejectsNaming(listed(), 'data[0].id');
});

test('a has_more that is not a boolean and a last_id that is not a string fail, naming them', async () => {
  const [a] = await seeded();
  await faults([{ page: { data: [a], has_more: 'yes' } }]);
  await rejectsNaming(listed(), 'has_more');
  await faults([{ page: { data: [a], has_more: true, last_id: 5 } }]);
  await rejectsNaming(listed(), 'last_id');
});

test('a retrieved object without a string id fails, naming `id`', async () => {
  const [a] = await seeded();
  await faults([{ body: { object: 'organization.certificate', name: 'no id' } }]);
  await rejectsNaming(certs().retrieve(a), 'id');
});
