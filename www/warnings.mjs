// What an admin should hear before uploading a certificate, from its inspection (with OpenAI's
// upload rules, the package's `rules`), the time and the certificates already there. Errors refuse
// the upload; warnings are shown and leave it possible. Pure, shared by Upload, Replace and Restore.
import { day } from './dom.mjs';
import { validityStatus } from './status.mjs';

/** The rules `info` breaks that make the API refuse it: `[{ kind, text }]`, kind the rule's code. */
export function uploadErrors(info) {
  return (info.rules ?? []).filter((r) => r.severity === 'error').map((r) => ({ kind: r.code, text: r.message }));
}

/**
 * Warnings about `info` at `now` (unix seconds): the rules it breaks that the API accepts, then the
 * page's own (not yet valid; the same fingerprint among `duplicates`, the listed certificates):
 * `[{ kind, text }]`.
 */
export function uploadWarnings(info, now, duplicates = []) {
  const out = (info.rules ?? []).filter((r) => r.severity === 'warning').map((r) => ({ kind: r.code, text: r.message }));
  const status = validityStatus({ valid_at: info.valid_at, expires_at: info.expires_at }, now);
  if (status.kind === 'not-yet-valid') out.push({ kind: 'not-yet-valid', text: `It is not valid yet: it becomes valid on ${day(info.valid_at)}.` });
  for (const c of duplicates) {
    out.push({ kind: 'duplicate', text: `The same certificate (same SHA-256 fingerprint) is already uploaded as "${c.name ?? '(unnamed)'}" (${c.id}).` });
  }
  return out;
}

/** The one line said when errors refuse an upload: why, and what to do (`todo`). */
export function refusalText(errors, todo = 'Fix the certificate as said below (or choose another), then inspect it again.') {
  const why = errors.length === 1 ? 'it breaks one of OpenAI\'s upload rules' : `it breaks ${errors.length} of OpenAI's upload rules`;
  return `Not uploaded: ${why}, so the API would refuse it. ${todo}`;
}

/** Inspection dates may come as unix seconds or as date strings; the page works in seconds. */
export function seconds(value) {
  if (typeof value === 'number') return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

/** `info` with `valid_at` and `expires_at` in unix seconds. */
export function normalizeInspection(info) {
  return { ...info, valid_at: seconds(info.valid_at), expires_at: seconds(info.expires_at) };
}
