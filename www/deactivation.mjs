// The confirmation before deactivating certificates for the organization: it breaks mTLS for
// them at once, so the page asks first, says what it does to enforcement (impact.mjs: asked twice
// where enforcement ends) and names, for each one, the projects where it is also active (asked
// fresh from the API: a confirmation must be true when it is read). Only reads are made before the
// answer.
import { el } from './dom.mjs';
import { describeError } from './errors.mjs';
import { listOf } from './dialogs.mjs';
import { confirmChange } from './impact.mjs';
import { projectLabel } from './projects.mjs';

/** The projects where each of `ids` is active: one certificate's, or the organization's map. */
async function projectsOf(organization, ids) {
  if (ids.length === 1) return new Map([[ids[0], await organization.certificates.activeProjects(ids[0])]]);
  return organization.projects.certificateActivations();
}

/**
 * Asks in `dialog` before deactivating `ids`; `nameOf(id)` names them, `organization` is
 * `client.admin.organization`, `impact(change)` the package's certificateImpact bound to the
 * client, `projectsUnavailable()` whether this key cannot list projects. Resolves true only when
 * confirmed.
 */
export async function confirmDeactivation(dialog, { organization, ids, nameOf, impact, projectsUnavailable = () => false }) {
  let where;
  let note = null;
  try {
    where = await projectsOf(organization, ids);
  } catch (error) {
    where = new Map();
    const why = projectsUnavailable() ? 'this key cannot list projects' : describeError(error).message;
    note = el('p', { class: 'message error' }, `Could not check the projects where ${ids.length === 1 ? 'it is' : 'they are'} active: ${why}`);
  }
  const items = ids.map((id) => {
    const inProjects = where.get(id) ?? [];
    return `${nameOf(id)} (${id})` + (inProjects.length ? `: also active in ${inProjects.map(projectLabel).join(', ')}` : '');
  });
  const anyProjects = ids.some((id) => (where.get(id) ?? []).length);
  return confirmChange(dialog, {
    impact,
    change: { action: 'deactivate', certificate_ids: ids },
    title: ids.length === 1 ? `Deactivate "${nameOf(ids[0])}"?` : `Deactivate ${ids.length} certificates?`,
    message: `Deactivating for the organization makes mTLS connections that rely on ${ids.length === 1 ? 'it' : 'them'} fail at once.` +
      (anyProjects ? ' Project activations listed below are not changed by this.' : ' Not active in any project.') +
      ' You can undo this right after.',
    details: [listOf(items), note].filter(Boolean),
    confirmLabel: ids.length === 1 ? 'Deactivate' : `Deactivate ${ids.length}`,
  });
}
