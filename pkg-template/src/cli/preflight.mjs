// What the package's inspectCertificate says about a PEM before it is uploaded: the messages of
// the upload rules it breaks that OpenAI would refuse (severity `error`).
import { inspectCertificate } from '../node.mjs';

/** `{ info, problems }`: `problems` are the messages of the rules that forbid the upload. */
export async function preflight(pem) {
  const info = await inspectCertificate(pem);
  const problems = info.rules.filter((rule) => rule.severity === 'error').map((rule) => rule.message);
  return { info, problems };
}
