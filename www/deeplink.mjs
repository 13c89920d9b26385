// Deep links: the filter, the sort and the open certificate live in the URL's hash
// (#q=…&status=…&active=…&sort=expires:descending&cert=cert_…), so a reload or a shared link shows
// the same view. Only these view fields are ever written: never the key, never the base URL.
import { COLUMNS, ORDERS, DEFAULT_SORT } from './view.mjs';
import { KINDS } from './status.mjs';

const DIRS = ['ascending', 'descending'];

/** The view encoded in `hash`: `{ filter, sort, cert }`, with unknown values dropped. */
export function readLink(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const status = p.get('status');
  const active = p.get('active');
  const [key, dir] = (p.get('sort') ?? '').split(':');
  const sortable = key === 'server' || COLUMNS[key] || ORDERS[key];
  return {
    filter: {
      text: p.get('q') ?? '',
      status: KINDS.includes(status) ? status : 'all',
      active: ['active', 'inactive'].includes(active) ? active : 'all',
    },
    sort: sortable ? (key === 'server' ? null : { key, dir: DIRS.includes(dir) ? dir : 'ascending' }) : { ...DEFAULT_SORT },
    cert: p.get('cert') || null,
  };
}

/** The hash for `{ filter, sort, cert }`; defaults are left out so a plain view has no hash. */
export function writeLink({ filter, sort, cert }) {
  const p = new URLSearchParams();
  if (filter.text) p.set('q', filter.text);
  if (filter.status !== 'all') p.set('status', filter.status);
  if (filter.active !== 'all') p.set('active', filter.active);
  if (!sort) p.set('sort', 'server');
  else if (sort.key !== DEFAULT_SORT.key || sort.dir !== DEFAULT_SORT.dir) p.set('sort', `${sort.key}:${sort.dir}`);
  if (cert) p.set('cert', cert);
  const text = p.toString();
  return text ? `#${text}` : '';
}

/** Replaces the current history entry's hash with the view's (no new entry per keystroke). */
export function saveLink(view) {
  const hash = writeLink(view);
  if (hash !== location.hash && !(hash === '' && location.hash === '')) {
    history.replaceState(null, '', hash || location.pathname + location.search);
  }
}
