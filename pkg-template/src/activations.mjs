// Where certificates are active: the organization's projects listed, then each project's
// certificates, a few projects at a time. Made of public calls only, so the engine's retry,
// abort and pagination rules hold for every request; the first failure stops the others.

/** Projects listed at once. */
const CONCURRENCY = 4;

/**
 * A `Map` from each certificate id active in some project to those projects, in the order the
 * projects are listed. `params` are `projects.list`'s; `options` apply to every request.
 */
export async function certificateActivations(projects, params, options) {
  const byCertificate = new Map();
  for (const { project, certificateIDs } of await projectActivations(projects, params, options)) {
    for (const id of certificateIDs) {
      if (!byCertificate.has(id)) byCertificate.set(id, []);
      byCertificate.get(id).push(project);
    }
  }
  return byCertificate;
}

/**
 * Every project, in the order listed, with the ids of the certificates active in it:
 * `[{ project, certificateIDs }]`. `params` are `projects.list`'s; `options` apply to every request.
 */
export async function projectActivations(projects, params, options) {
  const stop = new AbortController();
  const signal = options?.signal;
  const onAbort = () => stop.abort();
  signal?.addEventListener?.('abort', onAbort);
  try {
    if (signal?.aborted) stop.abort();
    const each = { ...options, signal: stop.signal };
    const all = [];
    for await (const project of projects.list(params, each)) all.push(project);
    const found = all.map(() => []);
    let next = 0;
    const worker = async () => {
      while (next < all.length) {
        const i = next++;
        for await (const certificate of projects.certificates.list(all[i].id, undefined, each)) {
          if (certificate.active !== false) found[i].push(certificate.id);
        }
      }
    };
    const workers = Array.from({ length: Math.min(CONCURRENCY, all.length) }, worker);
    await Promise.all(workers.map((w) => w.catch((error) => (stop.abort(), Promise.reject(error)))));
    return all.map((project, i) => ({ project, certificateIDs: found[i] }));
  } finally {
    signal?.removeEventListener?.('abort', onAbort);
  }
}
