// Undo where the API allows it: after a deactivation, one button that activates the same
// certificates again in the same scope. Only the last write can be undone.

/** Wires `button`. Returns `{ offer(label, undo), drop() }`. */
export function createUndo(button) {
  let action = null;
  function drop() {
    action = null;
    button.hidden = true;
  }
  button.addEventListener('click', () => {
    const undo = action;
    drop();
    undo?.();
  });
  return {
    offer(label, undo) {
      action = undo;
      button.textContent = label;
      button.hidden = false;
    },
    drop,
  };
}
