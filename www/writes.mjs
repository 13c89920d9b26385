// The writes of the certificates table: (de)activation (deactivation confirmed first, see
// deactivation.mjs, then offered for Undo), rename (blank names refused in the dialog) and delete
// (confirmed with its impact, refused before any request while in use, with focus moved to the row
// that takes its place). Each updates the store from what the server
// answered, never from a guess.
import { visibleControls } from './dom.mjs';
import { toggleOrg } from './actions.mjs';
import { promptDialog } from './dialogs.mjs';
import { confirmChange } from './impact.mjs';
import { confirmDeactivation } from './deactivation.mjs';
import { mergeItem } from './store.mjs';
import { plural } from './status.mjs';

/** Why a name cannot be saved, or null: empty and all-space names are refused. */
export const checkName = (name) => (name.trim() ? null : 'A name cannot be empty or only spaces.');

/**
 * `state` is the page's (store, busy, certs); `certificates()` and `organization()` give the API;
 * `impact(change)` is certificateImpact bound to the client; `projectsUnavailable()` says whether
 * this key cannot list projects;
 * `render()` redraws; `say(text)` announces; `remove(id)` drops a deleted one. Returns
 * `{ toggle(action, ids), rename(id), deleteCertificate(id) }`.
 */
export function createWrites({ state, certificates, organization, impact, projectsUnavailable, render, say, showError, undo, nameOf, remove, dialogs, tableBody, fallbackFocus }) {
  async function toggle(action, ids, { undoable = true } = {}) {
    if (!ids.length) return;
    if (action === 'deactivate') {
      say('Checking where the certificates are active…');
      const ok = await confirmDeactivation(dialogs.confirm, { organization: organization(), ids, nameOf, impact, projectsUnavailable });
      say(ok ? '' : 'Nothing was deactivated.');
      if (!ok) return;
    }
    undo.drop();
    const verb = action === 'activate' ? 'Activat' : 'Deactivat';
    for (const id of ids) state.busy.add(id);
    render();
    say(`${verb}ing ${plural(ids.length, 'certificate')}…`);
    const changed = [];
    try {
      const done = await toggleOrg(certificates(), action, ids, (data) => {
        for (const item of data) {
          mergeItem(state, item);
          changed.push(item.id);
          state.busy.delete(item.id);
        }
        render();
      });
      say(ids.length === 1 ? `${verb}ed "${nameOf(ids[0])}".` : `${verb}ed ${plural(done, 'certificate')}.`);
    } catch (error) {
      showError(`${verb}ing ${ids.length === 1 ? `"${nameOf(ids[0])}"` : plural(ids.length, 'certificate')}`, error);
    } finally {
      for (const id of ids) state.busy.delete(id);
      render();
    }
    // Undo where the API allows it: a deactivation is undone by activating the same certificates.
    if (action === 'deactivate' && undoable && changed.length) {
      undo.offer(`Undo: activate ${changed.length === 1 ? `"${nameOf(changed[0])}"` : plural(changed.length, 'certificate')} again`,
        () => toggle('activate', changed, { undoable: false }));
    }
  }


  async function rename(id) {
    const name = await promptDialog(dialogs.rename, { title: `Rename "${nameOf(id)}"`, value: state.certs.get(id)?.name ?? '', check: checkName });
    if (name === null) return;
    state.busy.add(id);
    render();
    try {
      mergeItem(state, await certificates().update(id, { name: name.trim() }));
      say(`Renamed to "${visibleControls(name.trim())}".`);
    } catch (error) {
      showError(`Renaming "${nameOf(id)}"`, error);
    } finally {
      state.busy.delete(id);
      render();
    }
  }

  /** After a row leaves the table, focus goes to the row that took its place (or the heading). */
  function focusAfterRemoval(index) {
    const rows = tableBody.querySelectorAll('tr[data-id] .col-name button');
    const target = rows[Math.min(index, rows.length - 1)] ?? fallbackFocus;
    target.focus();
  }

  async function deleteCertificate(id) {
    say('Checking where it is active…');
    const ok = await confirmChange(dialogs.confirm, {
      impact,
      change: { action: 'delete', certificate_ids: [id] },
      refusedTitle: `"${nameOf(id)}" cannot be deleted yet`,
      title: 'Delete this certificate?',
      message: `"${nameOf(id)}" (${id}) will be deleted from the organization. This cannot be undone.`,
      confirmLabel: 'Delete',
    });
    say(ok ? '' : 'Nothing was deleted.');
    if (!ok) return;
    const index = [...tableBody.rows].findIndex((r) => r.dataset.id === id);
    state.busy.add(id);
    render();
    try {
      await certificates().delete(id);
      say(`Deleted "${nameOf(id)}".`);
      remove(id);
      state.busy.delete(id);
      render();
      focusAfterRemoval(Math.max(index, 0));
    } catch (error) {
      // E.g. the API refuses to delete a certificate that is still active in a project.
      showError(`Deleting "${nameOf(id)}"`, error);
    } finally {
      state.busy.delete(id);
      render();
    }
  }

  return { toggle, rename, deleteCertificate };
}
