// What the table shows: filtering and sorting of the loaded certificates over an in-memory index.
// Pure (no DOM), so the table, the timeline, the summary and the exports work from one list, and
// a sort or a filter costs array work on 10,000 items, never a DOM rebuild of them all.
import { countByKind, daysLeft, statusRank, urgencyRank, validityStatus } from './status.mjs';

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
  days: { label: 'Days left', value: (c, now) => daysLeft(c.certificate_details, now) ?? Number.POSITIVE_INFINITY },
  status: { label: 'Status', value: (c, now) => statusRank(c.certificate_details, now) },
};

/** Sort keys that are not a column: the server's order and urgency (the default). */
export const ORDERS = {
  urgency: { label: 'Urgency', value: (c, now) => urgencyRank(c, now) },
};

/** The default sort: the most urgent first. */
export const DEFAULT_SORT = { key: 'urgency', dir: 'ascending' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compare(a, b) {
  return typeof a === 'string' ? collator.compare(a, b) : a - b;
}

// The lower-cased text a filter searches, computed once per listed object.
const haystacks = new WeakMap();
function haystack(cert) {
  let h = haystacks.get(cert);
  if (h === undefined) haystacks.set(cert, (h = `${text(cert.name).toLocaleLowerCase()}\n${cert.id.toLowerCase()}`));
  return h;
}

/** Does `cert` pass `filter` (`{ text, status: 'all' | kind, active: 'all' | 'active' | 'inactive' }`)? */
export function matches(cert, filter, now) {
  if (filter.status && filter.status !== 'all' && validityStatus(cert.certificate_details, now).kind !== filter.status) {
    return false;
  }
  if (filter.active === 'active' && !cert.active) return false;
  if (filter.active === 'inactive' && cert.active) return false;
  const needle = (filter.text ?? '').trim().toLocaleLowerCase();
  return !needle || haystack(cert).includes(needle);
}

/** `all` sorted by `sort` (`{ key, dir }`, key a column, 'urgency' or 'server'); stable. */
export function sorted(all, sort, now) {
  const column = sort && (COLUMNS[sort.key] ?? ORDERS[sort.key]);
  if (!column) return all.slice();
  const sign = sort.dir === 'descending' ? -1 : 1;
  const keyed = all.map((c, i) => [column.value(c, now), i, c]);
  keyed.sort((x, y) => sign * compare(x[0], y[0]) || x[1] - y[1]);
  return keyed.map((k) => k[2]);
}

/**
 * The certificates to show: `all` (in server order) filtered, then sorted by `sort`
 * (`{ key, dir: 'ascending' | 'descending' }`, or null for the server's order). Stable.
 */
export function visible(all, filter, sort, now) {
  return sorted(all.filter((c) => matches(c, filter, now)), sort, now);
}

/**
 * A cache over `visible`: the sorted list is kept until the data or the sort change, so typing in
 * the filter only filters. `version` is bumped by whoever changes the data.
 */
export function createViewCache() {
  let key = null;
  let order = [];
  return function view(all, version, filter, sort, now) {
    const k = `${version}|${sort?.key}|${sort?.dir}|${Math.floor(now / 3600)}`;
    if (k !== key) {
      order = sorted(all, sort, now);
      key = k;
    }
    const open = !filter.text?.trim() && (filter.status ?? 'all') === 'all' && (filter.active ?? 'all') === 'all';
    return open ? order : order.filter((c) => matches(c, filter, now));
  };
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
  const n = (x) => x.toLocaleString('en');
  const parts = [
    shown.length === all.length
      ? `${n(all.length)} certificate${all.length === 1 ? '' : 's'}`
      : `Showing ${n(shown.length)} of ${n(all.length)} certificates`,
    `${counts.expired} expired`,
    `${counts.expiring} expiring within 30 days`,
    `${counts.valid} valid`,
    `${counts['not-yet-valid']} not yet valid`,
    `${active} active`,
  ];
  if (selectedCount) parts.push(`${selectedCount} selected`);
  return parts.join(' · ');
}
