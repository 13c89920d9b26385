// Project scope: list the certificates active in one project, activate the certificates selected
// in the main table there, and deactivate them again (batches of 10 per call, like the org level).
import { el, timeEl } from './dom.mjs';
import { toggleProject } from './actions.mjs';
import { startStream } from './loader.mjs';
import { validityStatus } from './status.mjs';

/**
 * Wires the project section. `client()` gives the current client; `selectedIds()` the ids selected
 * in the main table; `onError(context, error)` shows errors; `now()` the time.
 */
export function createProjects({ root, client, selectedIds, onError, now }) {
  const input = root.querySelector('#project-id');
  const activateButton = root.querySelector('#project-activate');
  const deactivateButton = root.querySelector('#project-deactivate');
  const status = root.querySelector('#project-status');
  const body = root.querySelector('#project-table tbody');
  const items = new Map(); // id → project certificate, in list order
  const checked = new Set();
  let projectID = '';
  let stream = null;

  const api = () => {
    const resource = client().admin.organization.projects?.certificates;
    if (!resource) throw new Error('This build of the package has no project certificates API yet.');
    return resource;
  };

  function render() {
    const fragment = document.createDocumentFragment();
    for (const c of items.values()) {
      const s = validityStatus(c.certificate_details, now());
      const name = c.name ?? '(unnamed)';
      fragment.append(el('tr', { dataset: { id: c.id } },
        el('td', { class: 'col-select' }, el('input', { type: 'checkbox', checked: checked.has(c.id), 'aria-label': `Select ${name} in the project` })),
        el('td', { 'data-label': 'Name', class: c.name === null ? 'unnamed' : null }, name),
        el('td', { 'data-label': 'ID', class: 'col-id' }, el('code', {}, c.id)),
        el('td', { 'data-label': 'Expires' }, timeEl(c.certificate_details?.expires_at)),
        el('td', { 'data-label': 'Status' }, el('span', { class: `badge ${s.kind}` }, s.label))));
    }
    if (!items.size) {
      fragment.append(el('tr', { class: 'empty' }, el('td', { colspan: '5' },
        projectID ? 'No certificate is active in this project.' : 'Enter a project ID and press List.')));
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

  function list() {
    stream?.stop();
    projectID = input.value.trim();
    items.clear();
    checked.clear();
    render();
    if (!projectID) return void (status.textContent = 'Enter a project ID.');
    root.dataset.state = 'loading';
    status.textContent = `Listing ${projectID}…`;
    let resource;
    try {
      resource = api();
    } catch (error) {
      root.dataset.state = 'error';
      status.textContent = error.message;
      return onError('Listing project certificates', error);
    }
    const id = projectID;
    const show = (p, word) => (status.textContent = `${p.count} certificate${p.count === 1 ? '' : 's'} active in ${id}${word}`);
    stream = startStream((options) => resource.list(id, { limit: 100 }, options), {
      onPage: (data, p) => {
        for (const c of data) items.set(c.id, c);
        render();
        show(p, ` (${p.pages} page${p.pages === 1 ? '' : 's'})…`);
      },
      onDone: (p) => { show(p, '.'); root.dataset.state = 'done'; },
      onStopped: (p) => { show(p, ' (stopped).'); root.dataset.state = 'stopped'; },
      onError: (error) => {
        status.textContent = `Could not list ${id}.`;
        root.dataset.state = 'error';
        onError(`Listing certificates of project ${id}`, error);
      },
    });
  }

  async function toggle(action, ids) {
    if (!ids.length) return;
    const id = projectID;
    root.dataset.state = 'busy';
    status.textContent = `${action === 'activate' ? 'Activating' : 'Deactivating'} ${ids.length} in ${id}…`;
    try {
      const done = await toggleProject(api(), id, action, ids, (data) => {
        for (const c of data) {
          if (c.active) items.set(c.id, c);
          else items.delete(c.id);
          checked.delete(c.id);
        }
        render();
      });
      status.textContent = `${action === 'activate' ? 'Activated' : 'Deactivated'} ${done} certificate${done === 1 ? '' : 's'} in ${id}.`;
      root.dataset.state = 'done';
    } catch (error) {
      status.textContent = `Stopped: the API refused a batch in ${id}.`;
      root.dataset.state = 'error';
      onError(`${action === 'activate' ? 'Activating' : 'Deactivating'} certificates in project ${id}`, error);
    }
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
  deactivateButton.addEventListener('click', () => toggle('deactivate', [...checked]));
  render();
  // The main table's selection changed: only the Activate button depends on it.
  return { selectionChanged: updateButtons };
}
