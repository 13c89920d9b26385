// `certificateImpact(client, change)`: what activating, deactivating or deleting certificates would
// do to mTLS enforcement in every scope. The wrapper only lists the activations now (with the
// client's public calls, so its retry, abort and pagination rules hold); the Rust core decides, in
// the inspector's wasm (loaded on first use), so an app that never asks does not carry it.
import { projectActivations } from './activations.mjs';
import { converting } from './error-factory.mjs';

/** Builds `certificateImpact` over an inspector loader. */
export function defineImpact(loadInspector) {
  /**
   * `change` is `{ action: 'activate' | 'deactivate' | 'delete', certificate_ids, project_id? }`,
   * checked as the call it previews before anything is listed; `options` (request options, e.g.
   * `signal`) apply to every listing.
   */
  return async function certificateImpact(client, change, options) {
    const inspector = await loadInspector();
    converting(() => inspector.checkChange(change));
    const organization = client.admin.organization;
    const [active, projects] = await Promise.all([
      activeIDs(organization.certificates.list(undefined, options)),
      projectActivations(organization.projects, undefined, options),
    ]);
    const activations = {
      organization: active,
      projects: projects.map(({ project, certificateIDs }) => ({ id: project.id, name: project.name ?? '', certificate_ids: certificateIDs })),
    };
    return converting(() => inspector.certificateImpact(change, activations));
  };
}

/** The ids of the active certificates of a listing. */
async function activeIDs(listing) {
  const ids = [];
  for await (const certificate of listing) if (certificate.active === true) ids.push(certificate.id);
  return ids;
}
