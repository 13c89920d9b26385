// The admin console's wiring: state, and which module runs on which event. Each module does one
// job (see their headers); this file only connects them.
// Against `make demo` the mock API is on this same origin and needs no key, so the page loads
// right away with the defaults.
import * as pkg from '/pkg/dist/browser.mjs';
import { byId, el, announce } from './dom.mjs';
import { describeError, errorPanel } from './errors.mjs';
import { createSettings } from './settings.mjs';
import { startStream } from './loader.mjs';
import { createTable } from './table.mjs';
import { createTimeline } from './timeline.mjs';
import { visible, nextSort, summary } from './view.mjs';
import { KINDS, KIND_LABELS, nowSeconds } from './status.mjs';
import { toggleOrg } from './actions.mjs';
import { confirmDialog, promptDialog, wireDialogButtons } from './dialogs.mjs';
import { createDetail } from './detail.mjs';
import { createUpload } from './upload.mjs';
import { CSV_BOM, download, fileName, toCSV, toJSON } from './export.mjs';
import { createProjects } from './projects.mjs';

const OpenAI = pkg.default ?? pkg.OpenAI;

const state = {
  certs: new Map(), // id → certificate as listed, in the server's order
  selected: new Set(),
  busy: new Set(), // ids with a write in flight
  sort: null, // null: the server's order
  filter: { text: '', status: 'all', active: 'all' },
  stream: null,
};

const errors = errorPanel(byId('error-panel'));
let projects; // created last; render() tells it when the selection changes
const statusLine = byId('status');
const actionStatus = byId('action-status');
const progress = byId('progress');
const stopButton = byId('stop');
const drawTimeline = createTimeline(byId('timeline'));

function showError(context, error) {
  errors.show(context, error); // role=alert: announced on its own
  announce(actionStatus, `${context} failed (${describeError(error).name}).`);
}

// ---- rendering -------------------------------------------------------------------------------

const renderTable = createTable(byId('certificates'), {
  onSort: (key) => {
    state.sort = nextSort(state.sort, key);
    render();
  },
  onSelect: (ids, on) => {
    for (const id of ids) on ? state.selected.add(id) : state.selected.delete(id);
    render();
  },
  onAction: (action, id) => rowAction(action, id),
});

function shown() {
  return visible([...state.certs.values()], state.filter, state.sort, nowSeconds());
}

function render() {
  const now = nowSeconds();
  const all = [...state.certs.values()];
  const rows = visible(all, state.filter, state.sort, now);
  const emptyText = state.stream ? 'Loading…' : all.length ? 'No certificate matches the filter.' : 'No certificates.';
  renderTable(rows, { selected: state.selected, sort: state.sort, now, busy: state.busy, emptyText });
  drawTimeline(rows, now);
  byId('summary').textContent = summary(all, rows, state.selected.size, now);
  const n = state.selected.size;
  byId('selection-count').textContent = `${n} selected`;
  for (const id of ['bulk-activate', 'bulk-deactivate', 'bulk-clear']) byId(id).disabled = n === 0;
  projects?.selectionChanged();
}

// ---- listing ---------------------------------------------------------------------------------

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

function startListing(client) {
  state.stream?.stop();
  errors.clear();
  state.certs.clear();
  state.selected.clear();
  document.body.dataset.state = 'loading';
  progress.hidden = false;
  stopButton.disabled = false;
  statusLine.textContent = 'Loading…';
  const params = { order: byId('order').value, limit: Number(byId('page-size').value) };
  const certificates = client.admin.organization.certificates;
  const finish = (phase, text) => {
    if (state.stream !== stream) return; // a newer listing replaced this one
    state.stream = null;
    progress.hidden = true;
    stopButton.disabled = true;
    statusLine.textContent = text;
    document.body.dataset.state = phase;
    render();
  };
  const stream = startStream((options) => certificates.list(params, options), {
    onPage: (data, p) => {
      for (const c of data) state.certs.set(c.id, c);
      statusLine.textContent = `Loading… ${plural(p.count, 'certificate')} in ${plural(p.pages, 'page')}`;
      render();
    },
    onDone: (p) => finish('done', `${plural(p.count, 'certificate')} loaded in ${plural(p.pages, 'page')}.`),
    onStopped: (p) => finish('stopped', `Stopped: ${plural(p.count, 'certificate')} in ${plural(p.pages, 'page')}; press Reload for all.`),
    onError: (error, p) => {
      finish('error', `Loading stopped by an error after ${plural(p.count, 'certificate')}.`);
      showError('Loading certificates', error);
    },
  });
  state.stream = stream;
  render();
}

const settings = createSettings({
  form: byId('settings'),
  baseInput: byId('base-url'),
  keyInput: byId('admin-key'),
  keyState: byId('key-state'),
  forgetButton: byId('forget-key'),
  OpenAI,
  onLoad: startListing,
  onInvalid: (error) => showError('Connecting', error),
});
const certificatesAPI = () => settings.client().admin.organization.certificates;

stopButton.addEventListener('click', () => state.stream?.stop());
// Reloading goes through the settings form, so a key typed but not yet loaded leaves the DOM too.
for (const [id, event] of [['reload', 'click'], ['order', 'change'], ['page-size', 'change']]) {
  byId(id).addEventListener(event, () => settings.load());
}

// ---- filters ---------------------------------------------------------------------------------

const statusFilter = byId('filter-status');
statusFilter.append(el('option', { value: 'all' }, 'Any status'));
for (const kind of KINDS) statusFilter.append(el('option', { value: kind }, KIND_LABELS[kind]));
byId('filter-text').addEventListener('input', (e) => {
  state.filter.text = e.target.value;
  render();
});
statusFilter.addEventListener('change', (e) => {
  state.filter.status = e.target.value;
  render();
});
byId('filter-active').addEventListener('change', (e) => {
  state.filter.active = e.target.value;
  render();
});

// ---- writes ----------------------------------------------------------------------------------

const nameOf = (id) => state.certs.get(id)?.name ?? id;

/**
 * Merges the server's answer into the listed item (update answers carry no `active`). An item no
 * longer listed (a Reload started meanwhile) is left to the new listing, which has the truth.
 */
function merge(item) {
  const old = state.certs.get(item.id);
  if (!old) return;
  state.certs.set(item.id, { ...old, ...item, object: old.object, active: item.active ?? old.active });
}

async function toggle(action, ids) {
  if (!ids.length) return;
  const verb = action === 'activate' ? 'Activat' : 'Deactivat';
  for (const id of ids) state.busy.add(id);
  render();
  announce(actionStatus, `${verb}ing ${plural(ids.length, 'certificate')}…`);
  try {
    const done = await toggleOrg(certificatesAPI(), action, ids, (data) => {
      for (const item of data) {
        merge(item);
        state.busy.delete(item.id);
      }
      render();
    });
    announce(actionStatus, ids.length === 1 ? `${verb}ed "${nameOf(ids[0])}".` : `${verb}ed ${plural(done, 'certificate')}.`);
  } catch (error) {
    showError(`${verb}ing ${ids.length === 1 ? `"${nameOf(ids[0])}"` : plural(ids.length, 'certificate')}`, error);
  } finally {
    for (const id of ids) state.busy.delete(id);
    render();
  }
}

async function rename(id) {
  const name = await promptDialog(byId('rename-dialog'), { title: `Rename "${nameOf(id)}"`, value: state.certs.get(id)?.name ?? '' });
  if (name === null) return;
  state.busy.add(id);
  render();
  try {
    merge(await certificatesAPI().update(id, { name }));
    announce(actionStatus, `Renamed to "${name}".`);
  } catch (error) {
    showError(`Renaming "${nameOf(id)}"`, error);
  } finally {
    state.busy.delete(id);
    render();
  }
}

async function remove(id) {
  const ok = await confirmDialog(byId('confirm-dialog'), {
    title: 'Delete this certificate?',
    message: `"${nameOf(id)}" (${id}) will be deleted from the organization. This cannot be undone.`,
    confirmLabel: 'Delete',
  });
  if (!ok) return;
  state.busy.add(id);
  render();
  try {
    await certificatesAPI().delete(id);
    announce(actionStatus, `Deleted "${nameOf(id)}".`);
    state.certs.delete(id);
    state.selected.delete(id);
  } catch (error) {
    // E.g. the API refuses to delete a certificate that is still active: its message says where.
    showError(`Deleting "${nameOf(id)}"`, error);
  } finally {
    state.busy.delete(id);
    render();
  }
}

const openDetail = createDetail(byId('detail-dialog'), {
  retrieve: (id) => certificatesAPI().retrieve(id, { include: ['content'] }),
  listed: (id) => state.certs.get(id),
  now: nowSeconds,
});

function rowAction(action, id) {
  if (state.busy.has(id) && action !== 'details') return;
  if (action === 'details') openDetail(id);
  else if (action === 'activate' || action === 'deactivate') toggle(action, [id]);
  else if (action === 'rename') rename(id);
  else if (action === 'delete') remove(id);
}

const selectedIds = () => [...state.selected].filter((id) => state.certs.has(id));
byId('bulk-activate').addEventListener('click', () => toggle('activate', selectedIds().filter((id) => !state.certs.get(id).active)));
byId('bulk-deactivate').addEventListener('click', () => toggle('deactivate', selectedIds().filter((id) => state.certs.get(id).active)));
byId('bulk-clear').addEventListener('click', () => {
  state.selected.clear();
  render();
});

// ---- export, upload, projects ----------------------------------------------------------------

byId('export-csv').addEventListener('click', () => download(CSV_BOM + toCSV(shown(), nowSeconds()), fileName('csv'), 'text/csv;charset=utf-8'));
byId('export-json').addEventListener('click', () => download(toJSON(shown()), fileName('json'), 'application/json'));

createUpload({
  root: byId('upload'),
  inspect: pkg.inspectCertificate,
  create: (params) => certificatesAPI().create(params),
  onUploaded: (certificate) => {
    // New uploads are the newest: first in "newest first" order, last in "oldest first".
    const item = { ...certificate, object: 'organization.certificate', active: false };
    const rest = [...state.certs].filter(([id]) => id !== item.id);
    state.certs = new Map(byId('order').value === 'desc' ? [[item.id, item], ...rest] : [...rest, [item.id, item]]);
    render();
  },
  onError: showError,
  now: nowSeconds,
});

projects = createProjects({
  root: byId('projects'),
  client: () => settings.client(),
  selectedIds,
  onError: showError,
  now: nowSeconds,
});

wireDialogButtons();
settings.load();
