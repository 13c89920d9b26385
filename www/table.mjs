// The certificates table: sortable headers (buttons + aria-sort), row selection, row actions, and
// a window of ROWS_PER_VIEW rows with a pager, so 10,000 certificates cost 50 rows of DOM.
// It only renders what it is given and reports clicks; app.mjs owns the state.
import { bidi, el, timeEl } from './dom.mjs';
import { COLUMNS } from './view.mjs';
import { daysLeft, validityStatus } from './status.mjs';

/** Rows drawn at once; the pager moves the window. */
export const ROWS_PER_VIEW = 50;

const label = (c) => c.name ?? c.id;
const COLSPAN = String(Object.keys(COLUMNS).length + 3);

function daysText(days) {
  if (days === null) return '—';
  return String(days);
}

/**
 * Builds the header of `table` and wires events. Callbacks: `onSort(key)`, `onSelect(ids, on)`,
 * `onAction(action, id)` with action one of details, activate, deactivate, rename, replace, delete.
 * Returns `{ render(rows, options), reveal(id) }`.
 */
export function createTable(table, pager, { onSort, onSelect, onAction }) {
  const selectAll = el('input', { type: 'checkbox', 'aria-label': 'Select every shown certificate' });
  const headers = {};
  const headRow = el('tr', {}, el('th', { scope: 'col', class: 'col-select' }, selectAll));
  for (const [key, column] of Object.entries(COLUMNS)) {
    const button = el('button', { type: 'button', class: 'sort', dataset: { sort: key } }, column.label);
    headers[key] = el('th', { scope: 'col', class: `col-${key}`, 'aria-sort': 'none' }, button);
    headRow.append(headers[key]);
  }
  headRow.append(el('th', { scope: 'col', class: 'col-projects' }, 'Projects'), el('th', { scope: 'col', class: 'col-actions' }, 'Actions'));
  table.tHead.replaceChildren(headRow);
  const body = table.tBodies[0];
  const range = pager.querySelector('.pager-range');
  const prev = pager.querySelector('[data-page="prev"]');
  const next = pager.querySelector('[data-page="next"]');
  let shownIds = [];
  let offset = 0;
  let last = null; // the last render's arguments, for paging and reveal

  table.tHead.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-sort]');
    if (button) onSort(button.dataset.sort);
  });
  selectAll.addEventListener('change', () => onSelect(shownIds, selectAll.checked));
  body.addEventListener('change', (event) => {
    const box = event.target.closest('input[data-select]');
    if (box) onSelect([box.closest('tr').dataset.id], box.checked);
  });
  body.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    // Busy rows keep their buttons focusable (aria-disabled) so keyboard focus survives re-renders.
    if (button && button.dataset.busy !== 'true') onAction(button.dataset.action, button.closest('tr').dataset.id);
  });
  prev.addEventListener('click', () => move(-ROWS_PER_VIEW));
  next.addEventListener('click', () => move(ROWS_PER_VIEW));

  function move(delta) {
    if (!last) return;
    offset = Math.max(0, Math.min(offset + delta, Math.max(0, last[0].length - 1)));
    offset -= offset % ROWS_PER_VIEW;
    render(...last);
  }

  // Rows are kept per listed object and reused while nothing they show changed (the objects are
  // replaced on every write), so a render during loading rebuilds only the rows that are new.
  const built = new WeakMap();
  function cachedRow(c, options) {
    const projects = options.projectsOf(c.id);
    const key = `${options.selected.has(c.id)}|${options.busy.has(c.id)}|${projects ? projects.map((p) => p.id).join() : options.projectsPending}|${Math.floor(options.now / 3600)}`;
    const hit = built.get(c);
    if (hit?.key === key) return hit.tr;
    const tr = row(c, options);
    built.set(c, { key, tr });
    return tr;
  }

  function row(c, { selected, now, busy, projectsOf, projectsPending }) {
    const status = validityStatus(c.certificate_details, now);
    const isBusy = busy.has(c.id) ? 'true' : null;
    const name = label(c);
    const details = c.certificate_details ?? {};
    const projects = projectsOf(c.id);
    const inUse = c.active || (projects?.length ?? 0) > 0;
    const action = (act, text, aria, extra = {}) =>
      el('button', { type: 'button', dataset: { action: act, busy: isBusy ?? 'false' }, 'aria-disabled': isBusy, 'aria-label': aria, ...extra }, text);
    return el(
      'tr',
      { dataset: { id: c.id, status: status.kind, active: String(Boolean(c.active)) }, 'aria-busy': isBusy },
      el('td', { class: 'col-select' },
        el('input', { type: 'checkbox', dataset: { select: '' }, checked: selected.has(c.id), 'aria-label': `Select ${name}` })),
      el('td', { class: 'col-name', 'data-label': 'Name' },
        el('button', { type: 'button', class: c.name === null ? 'link unnamed' : 'link', dataset: { action: 'details', busy: 'false' },
          title: name, 'aria-label': `Details of ${name}` }, c.name === null ? '(unnamed)' : bidi(c.name))),
      el('td', { class: 'col-id', 'data-label': 'ID' }, el('code', {}, c.id)),
      el('td', { class: 'col-active', 'data-label': 'Active' },
        el('span', { class: c.active ? 'pill on' : 'pill off' }, c.active ? 'active' : 'inactive')),
      el('td', { class: 'col-created', 'data-label': 'Created' }, timeEl(c.created_at)),
      el('td', { class: 'col-valid', 'data-label': 'Valid from' }, timeEl(details.valid_at)),
      el('td', { class: 'col-expires', 'data-label': 'Expires' }, timeEl(details.expires_at)),
      el('td', { class: 'col-days', 'data-label': 'Days left' }, daysText(daysLeft(details, now))),
      el('td', { class: 'col-status', 'data-label': 'Status' }, el('span', { class: `badge ${status.kind}` }, status.label)),
      el('td', { class: 'col-projects', 'data-label': 'Projects' },
        projects === undefined ? el('span', { class: 'pending' }, projectsPending) : projects.length ? projects.map((p, i) => [i ? ', ' : '', bidi(p.name ?? p.id)]) : '—'),
      el('td', { class: 'col-actions', 'data-label': 'Actions' },
        el('div', { class: 'row-actions' },
          action(c.active ? 'deactivate' : 'activate', c.active ? 'Deactivate' : 'Activate', `${c.active ? 'Deactivate' : 'Activate'} ${name}`),
          action('rename', 'Rename', `Rename ${name}`),
          action('replace', 'Replace', `Replace ${name}`),
          // Deleting an active certificate is refused by the API: offer it only once it is unused.
          inUse
            ? action('delete-blocked', 'Delete', `Delete ${name}: deactivate it everywhere first`, { class: 'danger blocked', title: 'Deactivate it everywhere first' })
            : action('delete', 'Delete', `Delete ${name}`, { class: 'danger' }))),
    );
  }

  function render(rows, options) {
    last = [rows, options];
    const { selected, sort, emptyText } = options;
    for (const [key, th] of Object.entries(headers)) {
      th.setAttribute('aria-sort', sort?.key === key ? sort.dir : 'none');
    }
    if (offset >= rows.length) offset = Math.max(0, rows.length - 1 - ((rows.length - 1) % ROWS_PER_VIEW));
    shownIds = rows.map((c) => c.id);
    const picked = shownIds.reduce((n, id) => n + (selected.has(id) ? 1 : 0), 0);
    selectAll.checked = picked > 0 && picked === shownIds.length;
    selectAll.indeterminate = picked > 0 && picked < shownIds.length;
    const window = rows.slice(offset, offset + ROWS_PER_VIEW);
    // Before the fragment takes any row: moving a reused, focused row out of the table blurs it.
    const focus = focusSlot(body);
    const fragment = document.createDocumentFragment();
    for (const c of window) fragment.append(cachedRow(c, options));
    if (!rows.length) fragment.append(el('tr', { class: 'empty' }, el('td', { colspan: COLSPAN }, emptyText)));
    body.replaceChildren(fragment);
    restoreFocus(body, focus);
    table.dataset.total = String(rows.length);
    table.dataset.offset = String(offset);
    range.textContent = rows.length ? `Rows ${offset + 1}–${offset + window.length} of ${rows.length.toLocaleString('en')}` : '';
    prev.disabled = offset === 0;
    next.disabled = offset + ROWS_PER_VIEW >= rows.length;
    pager.hidden = rows.length <= ROWS_PER_VIEW;
  }

  /** Moves the window to the row of `id` (if shown) and returns its <tr>. */
  function reveal(id) {
    if (!last) return null;
    const i = last[0].findIndex((c) => c.id === id);
    if (i < 0) return null;
    offset = i - (i % ROWS_PER_VIEW);
    render(...last);
    return body.querySelector(`tr[data-id="${CSS.escape(id)}"]`);
  }

  return { render, reveal, firstPage: () => (offset = 0) };
}

// Re-rendering replaces the rows; keep keyboard focus on the same control of the same row.
function focusSlot(body) {
  const active = document.activeElement;
  const tr = active?.closest?.('tr[data-id]');
  if (!tr || !body.contains(tr)) return null;
  return { id: tr.dataset.id, index: [...tr.querySelectorAll('button, input')].indexOf(active) };
}

function restoreFocus(body, slot) {
  if (!slot) return;
  const tr = [...body.rows].find((r) => r.dataset.id === slot.id);
  const target = tr?.querySelectorAll('button, input')[slot.index] ?? tr?.querySelector('button');
  target?.focus();
}
