// What every consumer app does with the package, on the page and in a worker: list every certificate
// of the mock (same origin, no key), make one call the mock refuses, to see the error classes, and
// inspect a PEM certificate (the second, lazily loaded wasm).
import caPem from './ca-pem.js'; // written by setup.mjs from tests/fixtures/certs/ca.pem

export async function exercise(OpenAI, { BadRequestError, APIError, inspectCertificate }) {
  const client = new OpenAI({ adminAPIKey: null, baseURL: new URL('/v1', location.href).href });
  const certificates = client.admin.organization.certificates;
  const ids = [];
  for await (const certificate of certificates.list({ limit: 100 })) ids.push(certificate.id);
  const firstPage = await certificates.list({ limit: 5, order: 'asc' });
  let error = null;
  try {
    await certificates.list({ after: 'cert_000000000000000000000000' });
  } catch (e) {
    error = {
      name: e.name,
      isBadRequestError: e instanceof BadRequestError,
      isAPIError: e instanceof APIError,
      isStatic: e instanceof OpenAI.BadRequestError,
      status: e.status,
      param: e.param,
    };
  }
  const { subject, fingerprint_sha256 } = await inspectCertificate(caPem);
  return {
    ids,
    inspected: { subject, fingerprint_sha256 },
    firstPage: { object: firstPage.object, length: firstPage.data.length, hasNextPage: firstPage.hasNextPage() },
    error,
    hasWindow: typeof window !== 'undefined',
    hasDocument: typeof document !== 'undefined',
  };
}

/** Runs `exercise` in a module worker and resolves to its result (or rejects with its error). */
export function inWorker(worker) {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => (data.ok ? resolve(data.result) : reject(new Error(`worker: ${data.error}`)));
    worker.onerror = (event) => reject(new Error(`worker failed to load: ${event.message ?? 'no message'}`));
  });
}

/** The page's side: shows the results and hands them to the test as `window.__result`. */
export async function report(page, worker) {
  const result = {};
  try {
    result.page = await page;
    result.worker = await worker;
    document.body.dataset.state = 'done';
  } catch (e) {
    result.failure = `${e?.name}: ${e?.message}`;
    document.body.dataset.state = 'error';
  }
  window.__result = result;
  document.querySelector('#status').textContent = result.failure ?? `${result.page.ids.length} certificates`;
}

/** The worker's side: runs `exercise` and posts the result back. */
export function serveWorker(OpenAI, errors) {
  exercise(OpenAI, errors).then(
    (result) => postMessage({ ok: true, result }),
    (e) => postMessage({ ok: false, error: `${e?.name}: ${e?.message}` }),
  );
}
