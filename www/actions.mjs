// Writes to the API: (de)activation in batches (the API takes 1 to 10 ids per call), rename and
// delete. Each returns what the server answered; callers update the page from that, not guesses.

/** The API accepts at most this many certificate ids per activate/deactivate call. */
export const BATCH = 10;

/** Splits `ids` into arrays of at most `size`. */
export function batches(ids, size = BATCH) {
  const out = [];
  for (let i = 0; i < ids.length; i += size) out.push(ids.slice(i, i + size));
  return out;
}

/**
 * Activates or deactivates `ids`, one call per batch of 10, in order. `call(batch)` makes the call
 * (org or project level); `onBatch(items)` receives each answer's `data` as it arrives, so a
 * failure in batch 3 still leaves batches 1 and 2 shown. Resolves with the number of ids done.
 */
export async function inBatches(ids, call, onBatch) {
  let done = 0;
  for (const batch of batches(ids)) {
    const answer = await call(batch);
    onBatch(answer?.data ?? []);
    done += batch.length;
  }
  return done;
}

/** Org-level activate/deactivate through `certificates` (`client.admin.organization.certificates`). */
export function toggleOrg(certificates, action, ids, onBatch) {
  return inBatches(ids, (certificate_ids) => certificates[action]({ certificate_ids }), onBatch);
}

/** Project-level activate/deactivate through `projectCertificates` for `projectID`. */
export function toggleProject(projectCertificates, projectID, action, ids, onBatch) {
  return inBatches(ids, (certificate_ids) => projectCertificates[action](projectID, { certificate_ids }), onBatch);
}
