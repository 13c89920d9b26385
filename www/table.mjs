// The certificates table: sortable headers (buttons + aria-sort), row selection and row actions.
// It only renders what it is given and reports clicks; app.mjs owns the state.
import { el, timeEl } from './dom.mjs';
import { COLUMNS } from './view.mjs';
import { validityStatus } from './status.mjs';

const label = (c) => c.name ?? c.id;

/**
 * Builds the header of `table` and wires events. Callbacks: `onSort(key)`, `onSelect(ids, on)`,
 * `onAction(action, id)` with action one of details, activate, deactivate, rename, delete.
 * Returns `render(rows, { selected: Set, sort, now, busy: Set, emptyText })`.
 */
export function createTable(table, { onSort, onSelect, onAction }) {
  const selectAll = el('input', { type: 'checkbox', 'aria-label': 'Select every shown certificate' });
  const headers = {};
  const headRow = el('tr', {}, el('th', { scope: 'col', class: 'col-select' }, selectAll));
  for (const [key, column] of Object.entries(COLUMNS)) {
    const button = el('button', { type: 'button', class: 'sort', dataset: { sort: key } }, column.label);
    headers[key] = el('th', { scope: 'col', class: `col-${key}`, 'aria-sort': 'none' }, button);
    headRow.append(headers[key]);
  }
  headRow.append(el('th', { scope: 'col', class: 'col-actions' }, 'Actions'));
  table.tHead.replaceChildren(headRow);
  const body = table.tBodies[0];
  let shownIds = [];

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
    if (button && button.getAttribute('aria-disabled') !== 'true') onAction(button.dataset.action, button.closest('tr').dataset.id);
  });

  function row(c, { selected, now, busy }) {
    const status = validityStatus(c.certificate_details, now);
    const isBusy = busy.has(c.id);
    const name = label(c);
    const details = c.certificate_details ?? {};
    return el(
      'tr',
      { dataset: { id: c.id, status: status.kind, active: String(Boolean(c.active)) }, 'aria-busy': isBusy ? 'true' : null },
      el('td', { class: 'col-select' },
        el('input', { type: 'checkbox', dataset: { select: '' }, checked: selected.has(c.id), 'aria-label': `Select ${name}` })),
      el('td', { class: 'col-name', 'data-label': 'Name' },
        el('button', { type: 'button', class: c.name === null ? 'link unnamed' : 'link', dataset: { action: 'details' },
          title: name, 'aria-label': `Details of ${name}` }, c.name ?? '(unnamed)')),
      el('td', { class: 'col-id', 'data-label': 'ID' }, el('code', {}, c.id)),
      el('td', { class: 'col-active', 'data-label': 'Active' },
        el('span', { class: c.active ? 'pill on' : 'pill off' }, c.active ? 'active' : 'inactive')),
      el('td', { class: 'col-created', 'data-label': 'Created' }, timeEl(c.created_at)),
      el('td', { class: 'col-valid', 'data-label': 'Valid from' }, timeEl(details.valid_at)),
      el('td', { class: 'col-expires', 'data-label': 'Expires' }, timeEl(details.expires_at)),
      el('td', { class: 'col-status', 'data-label': 'Status' }, el('span', { class: `badge ${status.kind}` }, status.label)),
      el('td', { class: 'col-actions', 'data-label': 'Actions' },
        el('div', { class: 'row-actions' },
          el('button', { type: 'button', dataset: { action: c.active ? 'deactivate' : 'activate' }, 'aria-disabled': isBusy ? 'true' : null,
            'aria-label': `${c.active ? 'Deactivate' : 'Activate'} ${name}` }, c.active ? 'Deactivate' : 'Activate'),
          el('button', { type: 'button', dataset: { action: 'rename' }, 'aria-disabled': isBusy ? 'true' : null, 'aria-label': `Rename ${name}` }, 'Rename'),
          el('button', { type: 'button', class: 'danger', dataset: { action: 'delete' }, 'aria-disabled': isBusy ? 'true' : null,
            'aria-label': `Delete ${name}` }, 'Delete'))),
    );
  }

  return function render(rows, { selected, sort, now, busy, emptyText }) {
    for (const [key, th] of Object.entries(headers)) {
      th.setAttribute('aria-sort', sort?.key === key ? sort.dir : 'none');
    }
    shownIds = rows.map((c) => c.id);
    const picked = shownIds.filter((id) => selected.has(id)).length;
    selectAll.checked = picked > 0 && picked === shownIds.length;
    selectAll.indeterminate = picked > 0 && picked < shownIds.length;
    const fragment = document.createDocumentFragment();
    for (const c of rows) fragment.append(row(c, { selected, now, busy }));
    if (!rows.length) {
      fragment.append(el('tr', { class: 'empty' }, el('td', { colspan: String(Object.keys(COLUMNS).length + 2) }, emptyText)));
    }
    const focus = focusSlot(body);
    body.replaceChildren(fragment);
    restoreFocus(body, focus);
  };
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
