// `inspectCertificate(pem)`: what a PEM certificate says, read by the Rust inspector, before any upload.
import { converting } from './error-factory.mjs';

/** Builds `inspectCertificate` over an inspector loader. */
export function defineInspect(loadInspector) {
  /**
   * Reads a PEM certificate: `{ subject, issuer, serial_number, valid_at, expires_at, is_ca,
   * fingerprint_sha256, rules }` (times in Unix seconds, as the API uses); `rules` lists each of
   * OpenAI's upload rules it breaks at `options.now` (Unix seconds, by default the present).
   * Rejects with an `InvalidParameterError` when the text holds no readable certificate.
   */
  return async function inspectCertificate(pem, options) {
    const inspector = await loadInspector();
    return converting(() => inspector.inspectCertificate(pem, options?.now ?? Date.now() / 1000));
  };
}
