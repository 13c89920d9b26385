// What the table shows: filtering and sorting of the loaded certificates. Pure (no DOM), so the
// table, the timeline, the summary and the exports all work from the same list.
import { countByKind, statusRank, validityStatus } from './status.mjs';

const text = (v) => (v ?? '').toString();
const num = (v) => (typeof v === 'number' ? v : Number.NEGATIVE_INFINITY);

/** Sortable columns: `key → { label, value(cert, now) }`. Values are strings, numbers or booleans. */
export const COLUMNS = {
  name: { label: 'Name', value: (c) => text(c.name) },
  id: { label: 'ID', value: (c) => c.id },
  active: { label: 'Active', value: (c) => (c.active ? 1 : 0) },
  created: { label: 'Created', value: (c) => num(c.created_at) },
  valid: { label: 'Valid from', value: (c) => num(c.certificate_details?.valid_at) },
  expires: { label: 'Expires', value: (c) => num(c.certificate_details?.expires_at) },
  status: { label: 'Status', value: (c, now) => statusRank(c.certificate_details, now) },
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a, b) {
  return typeof a === 'string' ? collator.compare(a, b) : a - b;
}

/** Does `cert` pass `filter` (`{ text, status: 'all' | kind, active: 'all' | 'active' | 'inactive' }`)? */
export function matches(cert, filter, now) {
  if (filter.status && filter.status !== 'all' && validityStatus(cert.certificate_details, now).kind !== filter.status) {
    return false;
  }
  if (filter.active === 'active' && !cert.active) return false;
  if (filter.active === 'inactive' && cert.active) return false;
  const needle = (filter.text ?? '').trim().toLocaleLowerCase();
  if (!needle) return true;
  return text(cert.name).toLocaleLowerCase().includes(needle) || cert.id.toLowerCase().includes(needle);
}

/**
 * The certificates to show: `all` (in server order) filtered, then sorted by `sort`
 * (`{ key, dir: 'ascending' | 'descending' }`, or null for the server's order). Stable.
 */
export function visible(all, filter, sort, now) {
  const shown = all.filter((c) => matches(c, filter, now));
  if (!sort || !COLUMNS[sort.key]) return shown;
  const value = COLUMNS[sort.key].value;
  const sign = sort.dir === 'descending' ? -1 : 1;
  const keyed = shown.map((c) => [value(c, now), c]);
  keyed.sort((x, y) => sign * compare(x[0], y[0]));
  return keyed.map(([, c]) => c);
}

/** The next sort after clicking `key`'s header: ascending, then descending, then ascending again. */
export function nextSort(sort, key) {
  if (sort?.key === key) return { key, dir: sort.dir === 'ascending' ? 'descending' : 'ascending' };
  return { key, dir: 'ascending' };
}

/** One-line summary: "Showing 12 of 250 certificates · 3 expired · …". */
export function summary(all, shown, selectedCount, now) {
  const counts = countByKind(shown, now);
  const active = shown.filter((c) => c.active).length;
  const parts = [
    shown.length === all.length
      ? `${all.length} certificate${all.length === 1 ? '' : 's'}`
      : `Showing ${shown.length} of ${all.length} certificates`,
    `${counts.expired} expired`,
    `${counts.expiring} expiring within 30 days`,
    `${counts.valid} valid`,
    `${counts['not-yet-valid']} not yet valid`,
    `${active} active`,
  ];
  if (selectedCount) parts.push(`${selectedCount} selected`);
  return parts.join(' · ');
}
