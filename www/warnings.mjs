// What an admin should hear before uploading a certificate: read from its inspection, the time
// and the certificates already there. Pure, shared by Upload and Replace.
import { day } from './dom.mjs';
import { validityStatus } from './status.mjs';

/**
 * Warnings about `info` (an inspectCertificate result, times in unix seconds) at `now`:
 * `[{ kind, text }]` with kind expired, not-yet-valid, not-ca or duplicate. `duplicates` are the
 * listed certificates with the same fingerprint.
 */
export function uploadWarnings(info, now, duplicates = []) {
  const out = [];
  const status = validityStatus({ valid_at: info.valid_at, expires_at: info.expires_at }, now);
  if (status.kind === 'expired') out.push({ kind: 'expired', text: `It expired on ${day(info.expires_at)}: clients would be refused with it.` });
  if (status.kind === 'not-yet-valid') out.push({ kind: 'not-yet-valid', text: `It is not valid yet: it becomes valid on ${day(info.valid_at)}.` });
  if (info.is_ca === false) out.push({ kind: 'not-ca', text: 'It is not a CA certificate: mTLS client certificates are checked against a CA.' });
  for (const c of duplicates) {
    out.push({ kind: 'duplicate', text: `The same certificate (same SHA-256 fingerprint) is already uploaded as "${c.name ?? '(unnamed)'}" (${c.id}).` });
  }
  return out;
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
