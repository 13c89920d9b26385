// Project scope: pick a project (from projects.list, not a typed id), list the certificates active
// in it, activate the certificates selected in the main table there, and deactivate them again
// after a confirmation naming the project and saying what it does to enforcement (batches of 10
// per call, like the org level). A key that may not list projects (403, or 404) is not an error:
// `onAvailability` is told, and the page hides what needs projects.
import { bidi, el, timeEl, visibleControls } from './dom.mjs';
import { toggleProject } from './actions.mjs';
import { startStream } from './loader.mjs';
import { validityStatus } from './status.mjs';

/** "Name (proj_…)" for a project, with bidi controls made visible. */
export const projectLabel = (p) => (p.name ? `${visibleControls(p.name)} (${p.id})` : p.id);

/** Whether `error` says this key cannot list projects (rather than that something broke). */
export const projectsUnavailable = (error) => error?.status === 403 || error?.status === 404;

/**
 * Wires the project section. `client()` gives the current client; `selectedIds()` the ids selected
 * in the main table; `confirm({ title, message, details, change })` asks first; `onToggled(action,
 * projectID, ids)` reports a finished write (for undo); `onError(context, error)` shows errors;
 * `onAvailability(error)` says after each listing of projects whether they could be listed (null)
 * or not (the 403 or 404).
 */
export function createProjects({ root, client, selectedIds, confirm, onToggled, onError, onAvailability, now }) {
  const picker = root.querySelector('#project-id');
  const activateButton = root.querySelector('#project-activate');
  const deactivateButton = root.querySelector('#project-deactivate');
  const status = root.querySelector('#project-status');
  const body = root.querySelector('#project-table tbody');
  const items = new Map(); // id → project certificate, in list order
  const checked = new Set();
  const known = new Map(); // project id → project, as projects.list gave them
  let projectID = '';
  let stream = null;

  const api = () => client().admin.organization.projects.certificates;

  function render() {
    const fragment = document.createDocumentFragment();
    for (const c of items.values()) {
      const s = validityStatus(c.certificate_details, now());
      const name = c.name ?? '(unnamed)';
      fragment.append(el('tr', { dataset: { id: c.id } },
        el('td', { class: 'col-select' }, el('input', { type: 'checkbox', checked: checked.has(c.id), 'aria-label': `Select ${name} in the project` })),
        el('td', { 'data-label': 'Name', class: c.name === null ? 'unnamed' : null }, c.name === null ? name : bidi(name)),
        el('td', { 'data-label': 'ID', class: 'col-id' }, el('code', {}, c.id)),
        el('td', { 'data-label': 'Expires' }, timeEl(c.certificate_details?.expires_at)),
        el('td', { 'data-label': 'Status' }, el('span', { class: `badge ${s.kind}` }, s.label))));
    }
    if (!items.size) {
      fragment.append(el('tr', { class: 'empty' }, el('td', { colspan: '5' },
        projectID ? 'No certificate is active in this project.' : 'Pick a project and press List.')));
    }
    body.replaceChildren(fragment);
    updateButtons();
  }

  function updateButtons() {
    deactivateButton.disabled = !checked.size;
    deactivateButton.textContent = checked.size ? `Deactivate ${checked.size} checked` : 'Deactivate checked';
    const selected = selectedIds().length;
    activateButton.disabled = !projectID || !selected;
    activateButton.textContent = selected ? `Activate the ${selected} selected here` : 'Activate selected certificates here';
  }

  /** Fills the picker from projects.list (every page). */
  async function refresh() {
    const keep = picker.value;
    picker.replaceChildren(el('option', { value: '' }, 'Loading projects…'));
    picker.disabled = true;
    known.clear();
    try {
      for await (const p of client().admin.organization.projects.list({ limit: 100 })) known.set(p.id, p);
      picker.replaceChildren(el('option', { value: '' }, known.size ? 'Choose a project' : 'No projects'),
        ...[...known.values()].map((p) => el('option', { value: p.id }, projectLabel(p))));
      if (known.has(keep)) picker.value = keep;
      root.dataset.projects = String(known.size);
      onAvailability(null);
    } catch (error) {
      picker.replaceChildren(el('option', { value: '' }, 'Projects could not be listed'));
      if (projectsUnavailable(error)) onAvailability(error);
      else onError('Listing projects', error);
    } finally {
      picker.disabled = false;
    }
  }

  function list() {
    stream?.stop();
    projectID = picker.value;
    items.clear();
    checked.clear();
    render();
    if (!projectID) return void (status.textContent = 'Pick a project first.');
    root.dataset.state = 'loading';
    const id = projectID;
    const label = known.has(id) ? projectLabel(known.get(id)) : id;
    status.textContent = `Listing ${label}…`;
    const show = (p, word) => (status.textContent = `${p.count} certificate${p.count === 1 ? '' : 's'} active in ${label}${word}`);
    stream = startStream((options) => api().list(id, { limit: 100 }, options), {
      onPage: (data, p) => {
        for (const c of data) items.set(c.id, c);
        render();
        show(p, ` (${p.pages} page${p.pages === 1 ? '' : 's'})…`);
      },
      onDone: (p) => { show(p, '.'); root.dataset.state = 'done'; },
      onStopped: (p) => { show(p, ' (stopped).'); root.dataset.state = 'stopped'; },
      onError: (error) => {
        status.textContent = `Could not list ${label}.`;
        root.dataset.state = 'error';
        onError(`Listing certificates of project ${id}`, error);
      },
    });
  }

  /** Activates or deactivates `ids` in `id`; resolves true when every batch went through. */
  async function toggle(action, ids, id = projectID) {
    if (!ids.length) return false;
    root.dataset.state = 'busy';
    status.textContent = `${action === 'activate' ? 'Activating' : 'Deactivating'} ${ids.length} in ${id}…`;
    try {
      const done = await toggleProject(api(), id, action, ids, (data) => {
        if (id !== projectID) return;
        for (const c of data) {
          if (c.active) items.set(c.id, c);
          else items.delete(c.id);
          checked.delete(c.id);
        }
        render();
      });
      status.textContent = `${action === 'activate' ? 'Activated' : 'Deactivated'} ${done} certificate${done === 1 ? '' : 's'} in ${id}.`;
      root.dataset.state = 'done';
      onToggled(action, id, ids);
      return true;
    } catch (error) {
      status.textContent = `Stopped: the API refused a batch in ${id}.`;
      root.dataset.state = 'error';
      onError(`${action === 'activate' ? 'Activating' : 'Deactivating'} certificates in project ${id}`, error);
      return false;
    }
  }

  async function deactivateChecked() {
    const ids = [...checked];
    const label = known.has(projectID) ? projectLabel(known.get(projectID)) : projectID;
    const names = ids.map((c) => visibleControls(items.get(c)?.name ?? c));
    const ok = await confirm({
      title: `Deactivate ${ids.length === 1 ? 'this certificate' : `${ids.length} certificates`} in ${label}?`,
      message: `mTLS connections to project ${label} that rely on ${ids.length === 1 ? 'it' : 'them'} fail at once. You can undo this right after.`,
      details: names,
      change: { action: 'deactivate', certificate_ids: ids, project_id: projectID },
      confirmLabel: 'Deactivate',
    });
    if (ok) await toggle('deactivate', ids);
  }

  root.querySelector('#project-form').addEventListener('submit', (event) => {
    event.preventDefault();
    list();
  });
  body.addEventListener('change', (event) => {
    const box = event.target.closest('input[type=checkbox]');
    if (!box) return;
    const id = box.closest('tr').dataset.id;
    if (box.checked) checked.add(id);
    else checked.delete(id);
    updateButtons(); // no re-render: keyboard focus stays on the checkbox
  });
  activateButton.addEventListener('click', () => toggle('activate', selectedIds()));
  deactivateButton.addEventListener('click', deactivateChecked);
  render();
  // The main table's selection changed: only the Activate button depends on it.
  return { selectionChanged: updateButtons, refresh, toggle, list, projects: () => known };
}
