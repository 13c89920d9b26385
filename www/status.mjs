// Validity status of a certificate: pure functions of its dates and "now", with no DOM, so the
// table, the timeline, the filters and the exports all agree (and Node tests can check them).
import { expiryStatus } from '../pkg/dist/expiry.mjs'; // the library's classification (served at /pkg/)

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

/** "1 day", "2 days", "10,000 certificates". */
export const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

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
  if (hasTo && expiryStatus(expiresAt, { now, warn: SOON_DAYS }).status !== 'ok') {
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

/** Whole days until expiry (negative once expired), or null without an expiry date. */
export function daysLeft(details, now = nowSeconds()) {
  const to = details?.expires_at;
  return typeof to === 'number' ? Math.floor((to - now) / DAY) : null;
}

/** Does this certificate need attention: active, and expired or expiring within 30 days? */
export function needsAttention(cert, now = nowSeconds()) {
  if (!cert.active) return false;
  const { kind } = validityStatus(cert.certificate_details, now);
  return kind === 'expired' || kind === 'expiring';
}

// Urgency classes, most urgent first: what breaks live traffic, then what is about to matter.
const URGENCY = { 'active:expired': 0, 'active:expiring': 1, expiring: 2, 'active:valid': 3, 'active:not-yet-valid': 4, valid: 5, 'not-yet-valid': 6, expired: 7, 'active:unknown': 8, unknown: 8 };

/** The default sort key: active and broken or expiring first, then by expiry (soonest first). */
export function urgencyRank(cert, now = nowSeconds()) {
  const { kind } = validityStatus(cert.certificate_details, now);
  const cls = URGENCY[cert.active ? `active:${kind}` : kind] ?? 9;
  const expires = typeof cert.certificate_details?.expires_at === 'number' ? cert.certificate_details.expires_at : 9e11;
  return cls * 1e12 + expires;
}

/** A span of seconds in words: "3 days", "5 months", "2 years". */
export function spanInWords(seconds) {
  const days = Math.floor(Math.abs(seconds) / DAY);
  if (days < 1) return 'less than a day';
  if (days < 62) return plural(days, 'day');
  if (days < 730) return plural(Math.floor(days / 30.44), 'month');
  return plural(Math.floor(days / 365.25), 'year');
}

/** The validity in words: "valid for another 5 months", "expired 3 days ago", "valid in 2 days". */
export function validityInWords(details, now = nowSeconds()) {
  const { kind } = validityStatus(details, now);
  if (kind === 'expired') return `expired ${spanInWords(now - details.expires_at)} ago`;
  if (kind === 'not-yet-valid') return `not valid yet: becomes valid in ${spanInWords(details.valid_at - now)}`;
  if (kind === 'unknown') return 'validity dates unknown';
  if (typeof details.expires_at !== 'number') return 'valid, with no expiry date';
  return `valid for another ${spanInWords(details.expires_at - now)}`;
}
