// The detail view: retrieve(id, { include: ['content'] }) shown in a <dialog>: what the PEM says
// (subject, issuer, fingerprint, validity in words, read by inspectCertificate), where it is
// active, its history from the audit log (history.mjs), and the PEM with a copy button.
import { bidi, el, timeEl } from './dom.mjs';
import { errorDetails } from './errors.mjs';
import { validityStatus } from './status.mjs';
import { inspectionView } from './upload.mjs';
import { normalizeInspection } from './warnings.mjs';
import { projectLabel } from './projects.mjs';

/**
 * Wires `dialog`. `retrieve(id)` fetches the certificate with its content; `listed(id)` gives the
 * listed item (for `active`, which retrieve does not return); `inspect(pem)` reads the PEM;
 * `activeProjects(id)` lists where it is active (`projectsUnavailable()`: this key cannot list
 * projects); `history(id)` gives its audit history as a node; `onFingerprint(id, fp)` caches what
 * was read; `onClose()` runs when it closes. Returns `open(id)`.
 */
export function createDetail(dialog, { retrieve, listed, inspect, activeProjects, projectsUnavailable = () => false, history, onFingerprint, onClose, now }) {
  const title = dialog.querySelector('.dialog-title');
  const body = dialog.querySelector('.detail-body');
  const copy = dialog.querySelector('.copy-pem');
  const copied = dialog.querySelector('.copy-status');
  let pem = '';
  let latest = 0; // only the last opened certificate may fill the dialog

  dialog.addEventListener('close', () => onClose?.());
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pem);
      copied.textContent = 'PEM copied to the clipboard.';
    } catch {
      // No clipboard permission (e.g. plain http on another host): select it for Ctrl+C instead.
      const pre = body.querySelector('pre');
      if (pre) getSelection().selectAllChildren(pre);
      copied.textContent = 'Copying was blocked; the PEM is selected, press Ctrl+C.';
    }
  });

  async function whatItSays(text) {
    try {
      const info = normalizeInspection(await inspect(text));
      return { info, view: inspectionView(info, now()) };
    } catch (error) {
      return { view: el('p', { class: 'message error' }, `The PEM could not be read: ${error.message}`) };
    }
  }

  async function whereActive(id, item) {
    try {
      const projects = await activeProjects(id);
      const org = item?.active ? ['the organization'] : [];
      const all = [...org, ...projects.map(projectLabel)];
      return el('p', { class: 'where-active' }, all.length ? ['Active in ', all.map((p, i) => [i ? ', ' : '', bidi(p)]), '.'] : 'Not active anywhere.');
    } catch (error) {
      if (projectsUnavailable()) {
        return el('p', { class: 'where-active' }, `${item?.active ? 'Active in the organization' : 'Not active in the organization'}; projects are not shown: this key cannot list them.`);
      }
      return el('p', { class: 'message error' }, `Could not list the projects where it is active: ${error.message}`);
    }
  }

  return async function open(id) {
    const ticket = ++latest;
    const item = listed(id);
    title.replaceChildren(item?.name ? bidi(item.name) : '(unnamed)');
    body.replaceChildren(el('p', { class: 'message info' }, 'Loading…'));
    copied.textContent = '';
    copy.disabled = true;
    pem = '';
    dialog.dataset.state = 'loading';
    dialog.dataset.id = id;
    if (!dialog.open) dialog.showModal();
    try {
      const c = await retrieve(id);
      if (ticket !== latest) return;
      const d = c.certificate_details ?? {};
      const status = validityStatus(d, now());
      pem = d.content ?? '';
      const [said, where, events] = await Promise.all([pem ? whatItSays(pem) : { view: '' }, whereActive(id, item), history(id)]);
      if (ticket !== latest) return;
      if (said.info) onFingerprint(id, said.info.fingerprint_sha256);
      title.replaceChildren(c.name ? bidi(c.name) : '(unnamed)');
      const row = (term, ...value) => [el('dt', {}, term), el('dd', {}, ...value)];
      body.replaceChildren(
        el('dl', { class: 'fields' },
          row('ID', el('code', {}, c.id)),
          row('Status', el('span', { class: `badge ${status.kind}` }, status.label)),
          item && row('Active in the organization', item.active ? 'yes' : 'no'),
          row('Created', timeEl(c.created_at, { full: true }))),
        where,
        el('h3', {}, 'History'),
        events,
        el('h3', {}, 'What the certificate says'),
        said.view,
        el('h3', {}, 'Certificate (PEM)'),
        pem ? el('pre', { class: 'pem', tabindex: '0', 'aria-label': 'PEM text' }, pem) : el('p', {}, 'The API returned no content.'),
      );
      copy.disabled = !pem;
      dialog.dataset.state = 'done';
    } catch (error) {
      if (ticket !== latest) return;
      body.replaceChildren(el('p', { class: 'message error' }, 'Could not retrieve this certificate.'), errorDetails(error));
      dialog.dataset.state = 'error';
    }
  };
}
