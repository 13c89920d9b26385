// Validity status of a certificate: pure functions of its dates and "now", with no DOM, so the
// table, the timeline, the filters and the exports all agree (and Node tests can check them).

export const DAY = 86_400;
/** Certificates expiring within this many days are flagged. */
export const SOON_DAYS = 30;

/** Status kinds in the order they are sorted (the most urgent first) and offered as filters. */
export const KINDS = ['expired', 'expiring', 'valid', 'not-yet-valid', 'unknown'];

export const KIND_LABELS = {
  expired: 'Expired',
  expiring: `Expires within ${SOON_DAYS} days`,
  valid: 'Valid',
  'not-yet-valid': 'Not yet valid',
  unknown: 'Dates unknown',
};

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Current time in unix seconds. */
export function nowSeconds() {
  return Math.floor(Date.now() / 1000);
}

/**
 * `{ kind, label, days }` for `details` (`{ valid_at?, expires_at? }`) at `now` (unix seconds).
 * `days` is whole days left (expiring), since expiry (expired) or until validity (not yet valid).
 */
export function validityStatus(details, now = nowSeconds()) {
  const validAt = details?.valid_at;
  const expiresAt = details?.expires_at;
  const hasFrom = typeof validAt === 'number';
  const hasTo = typeof expiresAt === 'number';
  if (hasTo && expiresAt <= now) {
    const days = Math.floor((now - expiresAt) / DAY);
    return { kind: 'expired', label: 'expired', days };
  }
  if (hasFrom && validAt > now) {
    const days = Math.ceil((validAt - now) / DAY);
    return { kind: 'not-yet-valid', label: 'not yet valid', days };
  }
  if (hasTo && expiresAt - now <= SOON_DAYS * DAY) {
    const days = Math.floor((expiresAt - now) / DAY);
    return { kind: 'expiring', label: days < 1 ? 'expires in < 1 day' : `expires in ${plural(days, 'day')}`, days };
  }
  if (!hasFrom && !hasTo) return { kind: 'unknown', label: 'dates unknown', days: null };
  return { kind: 'valid', label: 'valid', days: hasTo ? Math.floor((expiresAt - now) / DAY) : null };
}

/** A sort key that puts the most urgent first: by kind, then by expiry (soonest first). */
export function statusRank(details, now = nowSeconds()) {
  const { kind } = validityStatus(details, now);
  const expires = typeof details?.expires_at === 'number' ? details.expires_at : 9e11; // ~year 30000
  return KINDS.indexOf(kind) * 1e12 + expires;
}

/** `{ expired: n, expiring: n, ... }` over a list of certificates. */
export function countByKind(certificates, now = nowSeconds()) {
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0]));
  for (const c of certificates) counts[validityStatus(c.certificate_details, now).kind]++;
  return counts;
}
