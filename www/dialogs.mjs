// The page's own confirm and prompt, on <dialog>: keyboard friendly (Escape cancels, focus is
// trapped and restored by the browser) and drivable by tests, unlike window.confirm/prompt.
import { el } from './dom.mjs';

/** Resolves with the value of the button that closed `dialog` ('' when Escape cancelled it). */
export function run(dialog) {
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue), { once: true });
    dialog.showModal();
  });
}

/** Buttons inside dialogs close them with their `value` (no <form>: CSP has form-action 'none'). */
export function wireDialogButtons(root = document) {
  root.addEventListener('click', (event) => {
    const button = event.target.closest('dialog button[data-close]');
    if (button) button.closest('dialog').close(button.value);
  });
}

/**
 * Asks a yes/no question in `dialog` (with .dialog-title, .dialog-message, .dialog-details, a
 * .dialog-ack checkbox and a confirm button `value="confirm"`). `details` are extra nodes (e.g. the
 * projects concerned). With `acknowledge` (the checkbox's words) the question is asked twice: the
 * confirm button stays disabled until the box is ticked. With `refused` there is nothing to confirm,
 * only a Close button. Resolves true only if confirmed.
 */
export async function confirmDialog(dialog, { title, message, details = [], confirmLabel = 'Confirm', acknowledge = null, refused = false }) {
  dialog.querySelector('.dialog-title').textContent = title;
  dialog.querySelector('.dialog-message').textContent = message;
  dialog.querySelector('.dialog-details').replaceChildren(...details);
  const confirm = dialog.querySelector('button[value="confirm"]');
  const cancel = dialog.querySelector('button[value="cancel"]');
  const ack = dialog.querySelector('.dialog-ack');
  const box = ack.querySelector('input');
  confirm.textContent = confirmLabel;
  confirm.hidden = refused;
  cancel.textContent = refused ? 'Close' : 'Cancel';
  ack.hidden = !acknowledge;
  ack.querySelector('.ack-text').textContent = acknowledge ?? '';
  box.checked = false;
  confirm.disabled = Boolean(acknowledge);
  dialog.dataset.ask = refused ? 'refused' : acknowledge ? 'twice' : 'once';
  const onTick = () => { confirm.disabled = !box.checked; };
  box.addEventListener('change', onTick);
  const answer = await run(dialog);
  box.removeEventListener('change', onTick);
  return answer === 'confirm' && !refused && (!acknowledge || box.checked);
}

/** A bulleted list of `items` (strings or nodes), at most `max` shown then "and N more". */
export function listOf(items, max = 12) {
  const shown = items.slice(0, max).map((item) => el('li', {}, item));
  if (items.length > max) shown.push(el('li', {}, `and ${items.length - max} more`));
  return el('ul', { class: 'dialog-list' }, shown);
}

/**
 * Asks for a line of text in `dialog` (with .dialog-title, an input, a .dialog-error and a
 * `data-save` button). `check(text)` returns why the text is refused, or null; a refused text keeps
 * the dialog open with the reason shown. Enter saves. Resolves with the text, or null if cancelled.
 */
export async function promptDialog(dialog, { title, value = '', check = () => null }) {
  dialog.querySelector('.dialog-title').textContent = title;
  const input = dialog.querySelector('input');
  const error = dialog.querySelector('.dialog-error');
  const save = dialog.querySelector('button[data-save]');
  input.value = value;
  error.textContent = '';
  input.removeAttribute('aria-invalid');
  const trySave = () => {
    const refusal = check(input.value);
    if (!refusal) return dialog.close('save');
    error.textContent = refusal;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  };
  const onKey = (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      trySave();
    }
  };
  input.addEventListener('keydown', onKey);
  save.addEventListener('click', trySave);
  const opened = run(dialog);
  input.select();
  const result = await opened;
  input.removeEventListener('keydown', onKey);
  save.removeEventListener('click', trySave);
  return result === 'save' ? input.value : null;
}
