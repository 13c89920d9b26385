// SHA-256 fingerprints of listed certificates, which listings do not carry: read from the
// retrieved PEM with inspectCertificate and cached per id. Finding a duplicate of a new
// certificate only retrieves the listed ones with the very same validity dates (a copy of a
// certificate has its dates), so it costs a request or two, not one per certificate.

/** `retrieve(id)` gives the certificate with `certificate_details.content`; `inspect(pem)` reads it. */
export function createFingerprints({ retrieve, inspect }) {
  const known = new Map(); // id → fingerprint
  const pending = new Map(); // id → promise, so one id is never retrieved twice at once

  function of(id) {
    if (known.has(id)) return Promise.resolve(known.get(id));
    if (!pending.has(id)) {
      pending.set(id, (async () => {
        try {
          const c = await retrieve(id);
          const pem = c.certificate_details?.content;
          const fp = pem ? (await inspect(pem)).fingerprint_sha256 : null;
          known.set(id, fp);
          return fp;
        } finally {
          pending.delete(id);
        }
      })());
    }
    return pending.get(id);
  }

  /** The listed certificates among `all` with the fingerprint of `info` (an inspection). */
  async function duplicates(info, all) {
    const same = (c) => c.certificate_details?.valid_at === info.valid_at && c.certificate_details?.expires_at === info.expires_at;
    const candidates = all.filter((c) => known.get(c.id) === info.fingerprint_sha256 || (!known.has(c.id) && same(c)));
    const found = [];
    for (const c of candidates.slice(0, 20)) {
      if ((await of(c.id).catch(() => null)) === info.fingerprint_sha256) found.push(c);
    }
    return found;
  }

  /** Fills in the fingerprints of `ids`, `concurrency` at a time; `onProgress(done, total)`. */
  async function fill(ids, { concurrency = 4, onProgress } = {}) {
    const todo = ids.filter((id) => !known.has(id));
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < todo.length) {
        await of(todo[next++]).catch(() => null);
        onProgress?.(++done, todo.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  }

  return { of, duplicates, fill, remember: (id, fp) => known.set(id, fp), known: (id) => known.get(id) };
}
