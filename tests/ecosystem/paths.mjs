// Where the ecosystem tests keep things (shared by setup.mjs, the tests and docs.mjs).
import { join, resolve } from 'node:path';

/** tests/ecosystem/ */
export const here = import.meta.dirname;
/** The repository root. */
export const root = resolve(here, '../..');
/** The built package (`make pkg`). */
export const pkg = join(root, 'pkg');
/** Everything a run writes (not committed). */
export const out = join(root, 'test-output', 'ecosystem');
/** The consumer project: the packed package installed, the apps and type tests copied. */
export const consumer = join(out, 'consumer');
/** The installed package inside the consumer project. */
export const installed = join(consumer, 'node_modules', 'openai-admin-certificates');
/** A tool of tests/ecosystem/node_modules/.bin. */
export const bin = (name) => join(here, 'node_modules', '.bin', name);

/** What inspecting tests/fixtures/certs/ca.pem must report (Node's own X.509 parser as the reference). */
export async function expectedInspection() {
  const { X509Certificate } = await import('node:crypto');
  const { readFileSync } = await import('node:fs');
  const cert = new X509Certificate(readFileSync(join(root, 'tests', 'fixtures', 'certs', 'ca.pem')));
  return { fingerprint_sha256: cert.fingerprint256, subjectCN: /CN=([^\n,]+)/.exec(cert.subject)[1] };
}
