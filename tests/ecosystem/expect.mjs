// What the consumer apps must report, shared by the tests of each runtime they run in.
import assert from 'node:assert/strict';

const REQUEST_ID = /^req_[0-9a-f]{32}$/;

/**
 * The report of apps/node/raw-responses.mjs: withResponse() gives the page, the Response and its
 * request id; a result carries its own `_request_id`; a 404 is a NotFoundError whose `headers` is a
 * Headers and whose absent `code` is null.
 */
export function assertRawResponses(raw, where) {
  assert.equal(raw.failure, undefined, `${where}: ${raw.failure}`);
  assert.equal(raw.firstPageIds.length, 2, where);
  assert.equal(raw.status, 200, where);
  assert.match(raw.request_id, REQUEST_ID, where);
  assert.equal(raw.request_id, raw.headerRequestId, `${where}: request_id is the response's x-request-id`);
  assert.match(raw.retrievedRequestId, REQUEST_ID, `${where}: _request_id`);
  assert.notEqual(raw.retrievedRequestId, raw.request_id, `${where}: each result its own request id`);
  assert.equal(raw.missing.isNotFoundError, true, where);
  assert.match(raw.missing.requestID, REQUEST_ID, `${where}: err.headers.get('x-request-id')`);
  assert.deepEqual([raw.missing.code, raw.missing.type], [null, 'invalid_request_error'], `${where}: code null, as the body has it`);
}
