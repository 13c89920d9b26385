// Synthetic mode (`startMock({ synthetic: N })`, `--synthetic N`): the organization's certificate
// listing serves N generated certificates, made on the fly from their index, so a page costs the
// same at certificate 10 as at 1,000,000 and a long listing measures the client, not the mock.
// Ids are unique; `after` is read back into an index. Everything else is the mock as usual.
import { ApiError } from './http.mjs';

const PREFIX = 'cert_5e';
const ID_DIGITS = 22;
const NOW = 1_800_000_000;

/** The id of certificate `i` (0 is the newest). */
export const syntheticId = (i) => PREFIX + i.toString(16).padStart(ID_DIGITS, '0');

function item(i) {
  return {
    object: 'organization.certificate',
    id: syntheticId(i),
    name: `synthetic ${i}`,
    created_at: NOW - i,
    certificate_details: { valid_at: NOW - i - 86_400, expires_at: NOW - i + 365 * 86_400 },
    active: i % 5 === 0,
  };
}

/** The page of `GET /organization/certificates` for `query` (`after`, `limit`, desc order only). */
export function syntheticPage(total, query) {
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new ApiError(400, 'Invalid limit.', { param: 'limit' });
  let start = 0;
  if (query.after !== undefined) {
    const index = query.after.startsWith(PREFIX) ? Number.parseInt(query.after.slice(PREFIX.length), 16) : NaN;
    if (!Number.isInteger(index) || index >= total) throw new ApiError(400, `No certificate found with id '${query.after}'.`, { param: 'after' });
    start = index + 1;
  }
  const end = Math.min(total, start + limit);
  const data = [];
  for (let i = start; i < end; i++) data.push(item(i));
  return { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: end < total };
}
