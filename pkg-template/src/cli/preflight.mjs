// What the package's inspectCertificate says about a PEM before it is uploaded: its upload rules
// when it reports them (`rules`, each with a severity), else the checks its fields allow today.
import { inspectCertificate } from '../node.mjs';
import { expiryStatus } from '../expiry.mjs';

/** `{ info, problems }`: `problems` are the messages of the rules that forbid the upload. */
export async function preflight(pem) {
  const info = await inspectCertificate(pem);
  if (Array.isArray(info.rules)) {
    const problems = info.rules.filter((r) => r.severity === 'error').map((r) => r.message ?? r.id ?? String(r));
    return { info, problems };
  }
  const problems = [];
  if (!info.is_ca) problems.push('not a CA certificate (basicConstraints CA:TRUE is required)');
  if (expiryStatus(info.expires_at).status === 'expired') problems.push('the certificate has expired');
  return { info, problems };
}
