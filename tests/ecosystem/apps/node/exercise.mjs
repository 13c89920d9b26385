// What each Node-side consumer does (worker_threads, Bun, Deno): list every certificate of the mock
// with the key, make one call the mock refuses (a cursor it never issued: 400), inspect a PEM.
import caPem from './ca-pem.js'; // written by setup.mjs from tests/fixtures/certs/ca.pem

export async function exercise(OpenAI, BadRequestError, inspectCertificate, { baseURL, key }) {
  const client = new OpenAI({ adminAPIKey: key, baseURL });
  const ids = [];
  for await (const certificate of client.admin.organization.certificates.list({ limit: 100 })) ids.push(certificate.id);
  let error = null;
  try {
    await client.admin.organization.certificates.list({ after: 'cert_000000000000000000000000' });
  } catch (e) {
    error = { name: e.name, status: e.status, isAPIError: e instanceof OpenAI.APIError, isBadRequestError: e instanceof BadRequestError };
  }
  const { subject, fingerprint_sha256 } = await inspectCertificate(caPem);
  return { ids, error, inspected: { subject, fingerprint_sha256 }, hasWindow: typeof window !== 'undefined' };
}
