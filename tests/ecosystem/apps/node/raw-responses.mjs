// The official SDK's raw-response features, as a consumer uses them (shared by the Bun, Deno and
// workerd runs): withResponse() on a listing, _request_id on a result, and err.headers.get() and
// err.code on an API error.
export async function rawResponses(client, NotFoundError) {
  const certificates = client.admin.organization.certificates;
  const { data: page, response, request_id } = await certificates.list({ limit: 2 }).withResponse();
  const retrieved = await certificates.retrieve(page.data[0].id);
  let missing = null;
  try {
    await certificates.retrieve('cert_missing');
  } catch (e) {
    missing = { isNotFoundError: e instanceof NotFoundError, requestID: e.headers.get('x-request-id'), code: e.code, type: e.type };
  }
  return {
    firstPageIds: page.data.map((c) => c.id),
    status: response.status,
    request_id,
    headerRequestId: response.headers.get('x-request-id'),
    retrievedRequestId: retrieved._request_id,
    missing,
  };
}
