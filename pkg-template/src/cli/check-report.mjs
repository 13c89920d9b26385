// The `check` report from what enforcement.mjs found: each certificate active anywhere with its
// expiry status (the library's expiryStatus), and the overall status, the worst of them.
import { expiryStatus } from '../expiry.mjs';

/** Worst first: `expired` counts as critical for the overall status and the exit code. */
const SEVERITY = { ok: 0, unknown: 0, warning: 1, critical: 2, expired: 2 };
const OVERALL = ['ok', 'warning', 'critical'];

/** `{ status, checked_at, certificates, scopes }` (the JSON of `check --format json`). */
export function checkReport({ certificates, activeIn, unenforced }, { now, warn, critical }) {
  const rows = certificates
    .map((c) => ({ c, active_in: activeIn(c.id) }))
    .filter(({ active_in }) => active_in.length)
    .map(({ c, active_in }) => {
      const expires_at = c.certificate_details?.expires_at ?? null;
      return { id: c.id, name: c.name ?? null, expires_at, ...expiryStatus(expires_at, { now, warn, critical }), active_in };
    })
    .sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status] || (a.expires_at ?? Infinity) - (b.expires_at ?? Infinity));
  const worst = Math.max(0, ...rows.map((r) => SEVERITY[r.status]));
  return { status: OVERALL[worst], checked_at: now, certificates: rows, scopes: unenforced };
}
