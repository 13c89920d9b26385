// Where each certificate is active: the organization's certificates (each with its org-level
// `active`), its projects, and each project's active certificates (the library's
// certificateActivations), all listed through the library.
import { collect } from './output.mjs';

/** The place of an activation: `{ scope: 'organization' }` or `{ scope: 'project', id, name }`. */
const ORGANIZATION = Object.freeze({ scope: 'organization' });

/** "the organization", "project proj_a (Billing)". */
export function placeName(place) {
  return place.scope === 'organization' ? 'the organization' : `project ${place.id}${place.name ? ` (${place.name})` : ''}`;
}

/**
 * `{ certificates, projects, activeIn(id), unenforced }`: every certificate and (non-archived)
 * project; the places where a certificate is active; the places where none is.
 */
export async function enforcement(organization) {
  const [certificates, projects, byCertificate] = await Promise.all([
    collect(organization.certificates.list(), 'certificates'),
    collect(organization.projects.list(), 'projects'),
    organization.projects.certificateActivations(),
  ]);
  const orgActive = certificates.some((c) => c.active);
  const activeIn = (id) => [
    ...(certificates.some((c) => c.id === id && c.active) ? [ORGANIZATION] : []),
    ...(byCertificate.get(id) ?? []).map((p) => ({ scope: 'project', id: p.id, name: p.name })),
  ];
  const withOwn = new Set([...byCertificate.values()].flat().map((p) => p.id));
  const unenforced = [
    ...(orgActive ? [] : [{ ...ORGANIZATION }]),
    ...projects
      .filter((p) => !withOwn.has(p.id))
      .map((p) => ({ scope: 'project', id: p.id, name: p.name, organization_certificates_apply: orgActive })),
  ];
  return { certificates, projects, activeIn, unenforced };
}
