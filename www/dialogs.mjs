// The page's own confirm and prompt, on <dialog>: keyboard friendly (Escape cancels, focus is
// trapped and restored by the browser) and drivable by tests, unlike window.confirm/prompt.

/** Resolves with the value of the button that closed `dialog` ('' when Escape cancelled it). */
function run(dialog) {
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
 * Asks a yes/no question in `dialog` (with .dialog-title, .dialog-message and a confirm button
 * `value="confirm"`). Resolves true only if the confirm button was pressed.
 */
export async function confirmDialog(dialog, { title, message, confirmLabel = 'Confirm' }) {
  dialog.querySelector('.dialog-title').textContent = title;
  dialog.querySelector('.dialog-message').textContent = message;
  dialog.querySelector('button[value="confirm"]').textContent = confirmLabel;
  return (await run(dialog)) === 'confirm';
}

/**
 * Asks for a line of text in `dialog` (with .dialog-title, an input and a `value="save"` button).
 * Enter saves. Resolves with the text, or null if cancelled.
 */
export async function promptDialog(dialog, { title, value = '' }) {
  dialog.querySelector('.dialog-title').textContent = title;
  const input = dialog.querySelector('input');
  input.value = value;
  const onKey = (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      dialog.close('save');
    }
  };
  input.addEventListener('keydown', onKey);
  const opened = run(dialog);
  input.select();
  const result = await opened;
  input.removeEventListener('keydown', onKey);
  return result === 'save' ? input.value : null;
}
