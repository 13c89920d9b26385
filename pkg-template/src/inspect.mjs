// `inspectCertificate(pem)`: what a PEM certificate says, read by the Rust inspector, before any upload.
import { converting } from './error-factory.mjs';

/** Builds `inspectCertificate` over an inspector loader. */
export function defineInspect(loadInspector) {
  /**
   * Reads one PEM certificate: `{ subject, issuer, serial_number, valid_at, expires_at, is_ca,
   * fingerprint_sha256 }` (times in Unix seconds, as the API uses). Rejects with an
   * `InvalidParameterError` for anything that is not exactly one certificate of at most 16 KB.
   */
  return async function inspectCertificate(pem) {
    const inspector = await loadInspector();
    return converting(() => inspector.inspectCertificate(pem));
  };
}
