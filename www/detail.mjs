// The detail view: retrieve(id, { include: ['content'] }) shown in a <dialog>, with the PEM and a
// copy button.
import { el, timeEl } from './dom.mjs';
import { errorDetails } from './errors.mjs';
import { validityStatus } from './status.mjs';

/**
 * Wires `dialog`. `retrieve(id)` fetches the certificate with its content; `listed(id)` gives the
 * listed item (for `active`, which retrieve does not return). Returns `open(id)`.
 */
export function createDetail(dialog, { retrieve, listed, now }) {
  const title = dialog.querySelector('.dialog-title');
  const body = dialog.querySelector('.detail-body');
  const copy = dialog.querySelector('.copy-pem');
  const copied = dialog.querySelector('.copy-status');
  let pem = '';
  let latest = 0; // only the last opened certificate may fill the dialog

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

  return async function open(id) {
    const ticket = ++latest;
    const item = listed(id);
    title.textContent = item?.name ?? '(unnamed)';
    body.replaceChildren(el('p', { class: 'message info' }, 'Loading…'));
    copied.textContent = '';
    copy.disabled = true;
    pem = '';
    dialog.dataset.state = 'loading';
    if (!dialog.open) dialog.showModal();
    try {
      const c = await retrieve(id);
      if (ticket !== latest) return;
      const d = c.certificate_details ?? {};
      const status = validityStatus(d, now());
      pem = d.content ?? '';
      title.textContent = c.name ?? '(unnamed)';
      const row = (term, ...value) => [el('dt', {}, term), el('dd', {}, ...value)];
      body.replaceChildren(
        el('dl', { class: 'fields' },
          row('ID', el('code', {}, c.id)),
          row('Status', el('span', { class: `badge ${status.kind}` }, status.label)),
          item && row('Active in the organization', item.active ? 'yes' : 'no'),
          row('Created', timeEl(c.created_at)),
          row('Valid from', timeEl(d.valid_at)),
          row('Expires', timeEl(d.expires_at))),
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
