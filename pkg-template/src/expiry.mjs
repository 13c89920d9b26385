// The expiry classification, written once: the command line's `check` and the console's "needs
// attention" both call it, so a certificate is "warning" or "critical" by the same rule everywhere.
// Plain JS rather than Rust: the console needs it synchronously while it renders, and in browsers
// the inspector's wasm (the only wasm with room for it) loads asynchronously.

const DAY = 86_400;

/**
 * `{ status, days_left }` of a certificate expiring at `expiresAt` (Unix seconds) at `now`.
 * `days_left` counts started days: rounded up before expiry (3 hours left is 1 day), down after
 * it (expired 3 hours ago is -1), so "at most N days left" is exactly "expires within N days".
 * `expired` once `expiresAt <= now`; else `critical` at most `critical` days left (default 14),
 * `warning` at most `warn` (default 30), `ok` beyond; `unknown` (days_left null) without a date.
 */
export function expiryStatus(expiresAt, { now = Math.floor(Date.now() / 1000), warn = 30, critical = 14 } = {}) {
  if (typeof expiresAt !== 'number' || !Number.isFinite(expiresAt)) return { status: 'unknown', days_left: null };
  const left = expiresAt - now;
  if (left <= 0) return { status: 'expired', days_left: Math.floor(left / DAY) };
  const days_left = Math.ceil(left / DAY);
  if (days_left <= critical) return { status: 'critical', days_left };
  if (days_left <= warn) return { status: 'warning', days_left };
  return { status: 'ok', days_left };
}
