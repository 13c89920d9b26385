// A certificate's audit events (the library's auditLogs.list), and who made each one.
import { collect } from './output.mjs';

/** The five certificate event types. */
export const CERTIFICATE_EVENTS = [
  'certificate.created',
  'certificate.updated',
  'certificate.deleted',
  'certificates.activated',
  'certificates.deactivated',
];

/** The certificate events about `id`, newest first. */
export function eventsOf(organization, id, eventTypes = CERTIFICATE_EVENTS) {
  return collect(organization.auditLogs.list({ resource_ids: [id], event_types: eventTypes }), 'events');
}

/** Who made an event: the user's email, else the API key or service account id. */
export function actorOf(event) {
  const actor = event.actor ?? {};
  const user = actor.session?.user ?? actor.api_key?.user;
  return user?.email ?? actor.api_key?.service_account?.id ?? actor.api_key?.id ?? actor.type ?? '';
}

/** Where an event happened: the project's name or id, else the organization. */
export const scopeOf = (event) => (event.project ? event.project.name || event.project.id : 'organization');
