// One certificate as the commands print it: the columns of `list` and the fields of `get`.
import { localTime } from './output.mjs';
import { expiryStatus } from '../expiry.mjs';

const details = (c) => c.certificate_details ?? {};
const daysLeft = (c) => expiryStatus(details(c).expires_at).days_left ?? '';

/** `list`'s table columns. */
export const COLUMNS = [
  ['ID', (c) => c.id],
  ['NAME', (c) => c.name],
  ['ACTIVE', (c) => (c.active ? 'yes' : 'no')],
  ['EXPIRES', (c) => localTime(details(c).expires_at)],
  ['DAYS LEFT', daysLeft],
  ['CREATED', (c) => localTime(c.created_at)],
];

/** `list`'s CSV header and row. */
export const CSV_HEADER = ['id', 'name', 'active', 'created_at', 'valid_at', 'expires_at', 'days_left'];
export const csvRow = (c) => [c.id, c.name, c.active ?? '', c.created_at, details(c).valid_at, details(c).expires_at, daysLeft(c)];

/** `get`'s fields. */
export function certificateFields(c) {
  return [
    ['id', c.id],
    ['name', c.name],
    ['created', localTime(c.created_at)],
    ['valid from', localTime(details(c).valid_at)],
    ['expires', localTime(details(c).expires_at)],
    ['days left', daysLeft(c)],
  ];
}
