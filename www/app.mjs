// The admin console's wiring: state, and which module runs on which event. Each module does one
// job (see their headers); this file only connects them.
// Against `make demo` the mock API is on this same origin and needs no key, so the page loads
// right away with the defaults.
import * as pkg from '/pkg/dist/browser.mjs';
import { byId, el, announce, visibleControls, TIME_ZONE } from './dom.mjs';
import { describeError, errorPanel, retryAfterSeconds } from './errors.mjs';
import { createSettings } from './settings.mjs';
import { startStream } from './loader.mjs';
import { createTable } from './table.mjs';
import { createTimeline } from './timeline.mjs';
import { createViewCache, nextSort, summary } from './view.mjs';
import { KINDS, KIND_LABELS, nowSeconds, plural } from './status.mjs';
import { listOf, wireDialogButtons } from './dialogs.mjs';
import { createWrites } from './writes.mjs';
import { createUndo } from './undo.mjs';
import { wireExports } from './export-buttons.mjs';
import { createDetail } from './detail.mjs';
import { createUpload } from './upload.mjs';
import { createProjects } from './projects.mjs';
import { confirmChange } from './impact.mjs';
import { historyNote, historyView, readHistory } from './history.mjs';
import { createActivity } from './activity.mjs';
import { createRestore } from './restore.mjs';
import { createAttention } from './attention.mjs';
import { createFingerprints } from './fingerprints.mjs';
import { createReplace } from './replace.mjs';
import { createRecovery } from './recovery.mjs';
import { readLink, saveLink } from './deeplink.mjs';
import { addItem, appendPage, createStore, mergeItem, removeItem, setList } from './store.mjs';

const OpenAI = pkg.default ?? pkg.OpenAI;
const link = readLink(location.hash);

const state = {
  ...createStore(), // list (server order), certs (by id), version (see store.mjs)
  selected: new Set(),
  busy: new Set(), // ids with a write in flight
  sort: link.sort,
  filter: link.filter,
  openCert: link.cert,
  stream: null,
  phase: 'starting', // loading, done, stopped, error
  progress: null, // the listing's { pages, count, hasMore, cursor }
  activations: null, // certificate id → projects where it is active (after a full listing)
  projectsError: null, // the 403 or 404 of a key that cannot list projects (then hidden)
};

const errors = errorPanel(byId('error-panel'));
let projects; // created below; render() tells it when the selection changes
const statusLine = byId('status');
const actionStatus = byId('action-status');
const undo = createUndo(byId('undo'));
const progressBar = byId('progress');
const stopButton = byId('stop');
const drawTimeline = createTimeline(byId('timeline'));
const view = createViewCache();
const nameOf = (id) => visibleControls(state.certs.get(id)?.name ?? id);
byId('time-zone').textContent = `Dates are in your time zone, ${TIME_ZONE}.`;

function showError(context, error, extra) {
  errors.show(context, error, extra); // role=alert: announced on its own
  announce(actionStatus, `${context} failed (${describeError(error).name}).`);
}

// ---- rendering -------------------------------------------------------------------------------

const table = createTable(byId('certificates'), byId('pager'), {
  onSort: (key) => {
    state.sort = nextSort(state.sort, key);
    table.firstPage();
    render();
  },
  onSelect: (ids, on) => {
    for (const id of ids) on ? state.selected.add(id) : state.selected.delete(id);
    render();
  },
  onAction: (action, id) => rowAction(action, id),
});

const drawAttention = createAttention(byId('attention'), { onJump: (id) => jumpTo(id) });
const recovery = createRecovery(byId('partial-banner'), { onResume: () => resume() });

function shown() {
  return view(state.list, state.version, state.filter, state.sort, nowSeconds());
}

function emptyText() {
  if (state.phase === 'loading' || state.phase === 'starting') return 'Loading…';
  if (state.list.length) return 'No certificate matches the filter.';
  if (state.phase === 'error') return 'The certificates could not be loaded: see the error above.';
  if (state.phase === 'stopped') return 'Stopped before any certificate arrived.';
  return 'No certificates.';
}

function summaryText(rows, now) {
  const n = state.list.length;
  if (state.phase === 'loading' || state.phase === 'starting') return n ? `Loading… ${plural(n, 'certificate')} so far` : 'Loading…';
  if (state.phase === 'error' && !n) return 'Nothing loaded.';
  const text = summary(state.list, rows, state.selected.size, now);
  return state.progress?.hasMore && state.phase !== 'done' ? `Partial list: ${text}` : text;
}

let lastRender = 0;
let lastTimeline = 0;
let pending = 0;
/** Renders now (user actions) or, while pages stream in, at most every 200 ms. */
function scheduleRender() {
  if (pending) return;
  const wait = Math.max(0, 200 - (performance.now() - lastRender));
  pending = setTimeout(() => requestAnimationFrame(render), wait);
}

function render() {
  clearTimeout(pending);
  pending = 0;
  lastRender = performance.now();
  const now = nowSeconds();
  const rows = shown();
  table.render(rows, {
    selected: state.selected, sort: state.sort, now, busy: state.busy, emptyText: emptyText(),
    projectsOf: (id) => (state.activations ? state.activations.get(id) ?? [] : undefined),
    projectsPending: state.phase === 'done' ? '…' : 'after a full load',
  });
  // While pages stream in, the timeline (a summary) is redrawn once a second, not every render.
  const loading = state.phase === 'loading' || state.phase === 'starting';
  if (!loading || lastRender - lastTimeline > 1000 || !state.list.length) {
    lastTimeline = lastRender;
    drawTimeline(rows, now, { loading: loading && !state.list.length });
  }
  drawAttention(state.list, now, { loading: state.phase === 'loading', partial: state.phase !== 'done' && state.progress?.hasMore });
  byId('summary').textContent = summaryText(rows, now);
  const shownSet = new Set(rows.map((c) => c.id));
  const visibleSelected = [...state.selected].filter((id) => shownSet.has(id)).length;
  const hidden = state.selected.size - visibleSelected;
  byId('selection-count').textContent = `${visibleSelected} selected` + (hidden ? ` (${hidden} more hidden by the filter: left alone)` : '');
  for (const id of ['bulk-activate', 'bulk-deactivate']) byId(id).disabled = visibleSelected === 0;
  byId('bulk-clear').disabled = state.selected.size === 0;
  projects?.selectionChanged();
  saveLink({ filter: state.filter, sort: state.sort, cert: state.openCert });
}


// ---- listing ---------------------------------------------------------------------------------

function setPhase(phase) {
  state.phase = phase;
  document.body.dataset.state = phase;
  const loading = phase === 'loading';
  progressBar.hidden = !loading;
  stopButton.disabled = !loading;
}

function startListing(client, { resuming = false } = {}) {
  state.stream?.stop();
  recovery.clear();
  errors.clear();
  if (!resuming) {
    setList(state, []);
    state.selected.clear();
    state.progress = null;
    state.activations = null;
  }
  setPhase('loading');
  statusLine.textContent = resuming ? `Resuming after ${plural(state.progress.count, 'certificate')}…` : 'Loading…';
  const params = { order: byId('order').value, limit: Number(byId('page-size').value) };
  if (resuming && state.progress.cursor) params.after = state.progress.cursor;
  const certificates = client.admin.organization.certificates;
  const finish = (phase, p, text) => {
    if (state.stream !== stream) return; // a newer listing replaced this one
    state.stream = null;
    state.progress = p;
    setPhase(phase);
    statusLine.textContent = text;
    render();
  };
  // prefetch 0: no page is asked for before the previous one is shown, so Stop leaves no page
  // fetched and dropped, and Resume from the cursor asks for each page once.
  const stream = startStream((options) => certificates.list(params, { ...options, prefetch: 0 }), {
    onPage: (data, p) => {
      state.progress = p;
      appendPage(state, data);
      statusLine.textContent = `Loading… ${plural(p.count, 'certificate')} in ${plural(p.pages, 'page')}`;
      scheduleRender();
    },
    onDone: (p) => {
      finish('done', p, `${plural(p.count, 'certificate')} loaded in ${plural(p.pages, 'page')}.`);
      loadActivations(client);
    },
    onStopped: (p) => {
      finish('stopped', p, `Stopped: ${plural(p.count, 'certificate')} in ${plural(p.pages, 'page')}; press Resume to go on.`);
      recovery.show({ count: p.count, reason: 'stopped' });
    },
    onError: (error, p) => {
      finish('error', p, `Loading stopped by an error after ${plural(p.count, 'certificate')}.`);
      showError('Loading certificates', error);
      // Only a rate limit's wait is counted down; other errors' retry headers were for the retries.
      recovery.show({ count: p.count, reason: 'error', waitSeconds: error?.status === 429 ? retryAfterSeconds(error) : null });
    },
  }, resuming ? state.progress : undefined);
  state.stream = stream;
  render();
}

function resume() {
  if (state.stream || !state.progress) return;
  startListing(settings.client(), { resuming: true });
}

/** Where each certificate is active in projects, for the Projects column (after a full listing). */
async function loadActivations(client) {
  const version = state.version;
  try {
    const map = await client.admin.organization.projects.certificateActivations();
    if (state.phase !== 'done' || state.version < version) return;
    state.activations = map;
    render();
  } catch {
    // The column stays "…"; the detail view lists a certificate's projects on its own.
  }
}

const settings = createSettings({
  form: byId('settings'),
  baseInput: byId('base-url'),
  keyInput: byId('admin-key'),
  keyState: byId('key-state'),
  forgetButton: byId('forget-key'),
  OpenAI,
  onLoad: (client) => {
    startListing(client);
    projects.refresh();
    activity.clear();
  },
  onInvalid: (error) => showError('Connecting', error),
});
const organization = () => settings.client().admin.organization;
const certificatesAPI = () => organization().certificates;
/** What a planned change does to enforcement (asked fresh by each confirmation). */
const impact = (change) => pkg.certificateImpact(settings.client(), change);
const projectsUnavailable = () => Boolean(state.projectsError);

/** Where this key cannot list projects, what needs them is hidden and one line says why. */
function setProjectsAvailability(error) {
  state.projectsError = error;
  const note = byId('projects-note');
  byId('projects').hidden = Boolean(error);
  byId('certificates').classList.toggle('no-projects', Boolean(error));
  document.body.dataset.projects = error ? 'unavailable' : 'available';
  note.hidden = !error;
  note.textContent = error
    ? `Projects are hidden: this key may not list them (${error.status === 403 ? 'permission denied, 403' : 'not found, 404'}). The certificates work as usual, at the organization level.`
    : '';
}

stopButton.addEventListener('click', () => state.stream?.stop());
// Reloading goes through the settings form, so a key typed but not yet loaded leaves the DOM too.
for (const [id, event] of [['reload', 'click'], ['order', 'change'], ['page-size', 'change']]) {
  byId(id).addEventListener(event, () => settings.load());
}

// ---- filters ---------------------------------------------------------------------------------

const statusFilter = byId('filter-status');
statusFilter.append(el('option', { value: 'all' }, 'Any status'));
for (const kind of KINDS) statusFilter.append(el('option', { value: kind }, KIND_LABELS[kind]));
byId('filter-text').value = state.filter.text;
statusFilter.value = state.filter.status;
byId('filter-active').value = state.filter.active;
for (const [id, field, event] of [['filter-text', 'text', 'input'], ['filter-status', 'status', 'change'], ['filter-active', 'active', 'change']]) {
  byId(id).addEventListener(event, (e) => {
    state.filter[field] = e.target.value;
    table.firstPage();
    render();
  });
}

/** Shows the row of `id` (clearing a filter that hides it), scrolls to it and focuses its name. */
function jumpTo(id) {
  let tr = table.reveal(id);
  if (!tr) {
    state.filter = { text: '', status: 'all', active: 'all' };
    byId('filter-text').value = '';
    statusFilter.value = byId('filter-active').value = 'all';
    render();
    tr = table.reveal(id);
  }
  if (!tr) return;
  tr.scrollIntoView({ block: 'center' });
  tr.querySelector('.col-name button')?.focus();
  tr.classList.add('flash');
  setTimeout(() => tr.classList.remove('flash'), 2000);
}

// ---- writes ----------------------------------------------------------------------------------

const merge = (item) => mergeItem(state, item);

function remove(id) {
  removeItem(state, id);
  state.selected.delete(id);
  state.activations?.delete(id);
}

const { toggle, rename, deleteCertificate } = createWrites({
  state,
  certificates: certificatesAPI,
  organization,
  impact,
  projectsUnavailable,
  render,
  say: (text) => announce(actionStatus, text),
  showError,
  undo,
  nameOf,
  remove,
  dialogs: { confirm: byId('confirm-dialog'), rename: byId('rename-dialog') },
  tableBody: byId('certificates').tBodies[0],
  fallbackFocus: byId('list-heading'),
});

const fingerprints = createFingerprints({
  retrieve: (id) => certificatesAPI().retrieve(id, { include: ['content'] }),
  inspect: pkg.inspectCertificate,
});
const duplicatesOf = (info) => fingerprints.duplicates(info, state.list);

const openDetail = createDetail(byId('detail-dialog'), {
  retrieve: (id) => certificatesAPI().retrieve(id, { include: ['content'] }),
  listed: (id) => state.certs.get(id),
  inspect: pkg.inspectCertificate,
  activeProjects: (id) => certificatesAPI().activeProjects(id),
  projectsUnavailable,
  history: async (id) => {
    const found = await readHistory(organization().auditLogs, { resource_ids: [id], limit: 100 },
      'The audit log lists nothing for this certificate: audit logging is off for this organization, or nothing was recorded yet.');
    return found.note ? historyNote(found) : historyView(found.events);
  },
  onFingerprint: (id, fp) => fingerprints.remember(id, fp),
  onClose: () => {
    state.openCert = null;
    saveLink({ filter: state.filter, sort: state.sort, cert: null });
  },
  now: nowSeconds,
});
function showDetail(id) {
  state.openCert = id;
  saveLink({ filter: state.filter, sort: state.sort, cert: id });
  openDetail(id);
}

function addUploaded(certificate, info) {
  const item = { ...certificate, object: 'organization.certificate', active: false };
  delete item.certificate_details?.content;
  if (info?.fingerprint_sha256) fingerprints.remember(item.id, info.fingerprint_sha256);
  addItem(state, item, byId('order').value === 'desc'); // the newest: first in "newest first" order
  state.activations?.set(item.id, []);
}

const openReplace = createReplace(byId('replace-dialog'), {
  api: organization,
  inspect: pkg.inspectCertificate,
  listed: (id) => state.certs.get(id),
  duplicatesOf,
  now: nowSeconds,
  // The row that opened the dialog may be gone (deleted): focus the new one instead of <body>.
  onClosed: ({ oldID, newID }) => setTimeout(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const tr = table.reveal(state.certs.has(oldID) ? oldID : newID);
    (tr?.querySelector('.col-name button') ?? byId('list-heading')).focus();
  }),
  onChange: (change) => {
    if (change.uploaded) addUploaded(change.uploaded, change.info);
    if (change.deleted) remove(change.deleted);
    const id = change.activated ?? change.deactivated;
    if (id && change.scope === 'org') merge({ id, active: Boolean(change.activated) });
    else if (id && state.activations) {
      const list = (state.activations.get(id) ?? []).filter((p) => p.id !== change.scope);
      if (change.activated) list.push(projects.projects().get(change.scope) ?? { id: change.scope });
      state.activations.set(id, list);
    }
    render();
  },
});

function rowAction(action, id) {
  if (state.busy.has(id) && action !== 'details') return;
  if (action === 'details') showDetail(id);
  else if (action === 'activate' || action === 'deactivate') toggle(action, [id]);
  else if (action === 'rename') rename(id);
  else if (action === 'replace') openReplace(id);
  else if (action === 'delete') deleteCertificate(id);
  else if (action === 'delete-blocked') {
    announce(actionStatus, `"${nameOf(id)}" is active, and the API refuses to delete an active certificate: deactivate it everywhere first (or use Replace).`);
  }
}

// Bulk actions act on the selected rows the filter shows, never on hidden ones.
const selectedShown = () => shown().filter((c) => state.selected.has(c.id));
byId('bulk-activate').addEventListener('click', () => toggle('activate', selectedShown().filter((c) => !c.active).map((c) => c.id)));
byId('bulk-deactivate').addEventListener('click', () => toggle('deactivate', selectedShown().filter((c) => c.active).map((c) => c.id)));
byId('bulk-clear').addEventListener('click', () => {
  state.selected.clear();
  render();
});

// ---- export, upload, projects ----------------------------------------------------------------

wireExports({
  csvButton: byId('export-csv'),
  jsonButton: byId('export-json'),
  rows: shown,
  partial: () => state.phase !== 'done' && Boolean(state.progress?.hasMore || state.phase === 'error'),
  fingerprints,
  say: (text) => announce(actionStatus, text),
  now: nowSeconds,
});

createUpload({
  root: byId('upload'),
  inspect: pkg.inspectCertificate,
  create: (params) => certificatesAPI().create(params),
  duplicatesOf,
  onUploaded: (certificate, info) => {
    addUploaded(certificate, info);
    render();
    // Focus follows the new certificate to its row, where its next actions are.
    const tr = table.reveal(certificate.id);
    tr?.querySelector('.col-name button')?.focus();
  },
  onError: showError,
  now: nowSeconds,
});

projects = createProjects({
  root: byId('projects'),
  client: () => settings.client(),
  selectedIds: () => selectedShown().map((c) => c.id),
  confirm: ({ details, ...rest }) => confirmChange(byId('confirm-dialog'), { ...rest, impact, details: [listOf(details)] }),
  onToggled: (action, projectID, ids) => {
    if (state.activations) {
      for (const id of ids) {
        const list = (state.activations.get(id) ?? []).filter((p) => p.id !== projectID);
        if (action === 'activate') list.push(projects.projects().get(projectID) ?? { id: projectID });
        state.activations.set(id, list);
      }
      render();
    }
    if (action === 'deactivate') {
      undo.offer(`Undo: activate ${plural(ids.length, 'certificate')} again in ${projectID}`, () => projects.toggle('activate', ids, projectID));
    }
  },
  onError: showError,
  onAvailability: setProjectsAvailability,
  now: nowSeconds,
});

const restore = createRestore({
  inspect: pkg.inspectCertificate,
  create: (params) => certificatesAPI().create(params),
  duplicatesOf,
  dialog: byId('confirm-dialog'),
  onRestored: (certificate, info) => {
    addUploaded(certificate, info);
    render();
  },
  say: (text) => announce(byId('activity-action'), text),
  onError: showError,
  now: nowSeconds,
});
const activity = createActivity({ root: byId('activity'), auditLogs: () => organization().auditLogs, restore });

wireDialogButtons();
settings.load();
if (state.openCert) showDetail(state.openCert);
