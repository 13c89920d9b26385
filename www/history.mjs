// Certificate history from the organization's audit log (auditLogs.list), in words: what happened,
// when (local time, zone named), who (a user's email, else the API key's id). Where audit logging
// is off (nothing listed) or the key may not read the log (403), one line says so and nothing
// else changes. Shared by the detail view and the recent activity panel.
import { bidi, el, timeEl } from './dom.mjs';
import { errorLine } from './errors.mjs';

/** The five certificate event types (the activity panel's `event_types`). */
export const CERTIFICATE_EVENTS = Object.freeze([
  'certificate.created', 'certificate.updated', 'certificate.deleted', 'certificates.activated', 'certificates.deactivated',
]);

/** Who made the change: a user's email, else the API key's (or service account's) id. */
export function actorOf(event) {
  const a = event.actor ?? {};
  const user = a.session?.user ?? a.api_key?.user;
  const key = a.api_key?.id ?? a.api_key?.service_account?.id;
  if (user?.email && key) return `${user.email} (API key ${key})`;
  if (user?.email) return user.email;
  if (key) return `API key ${key}`;
  return user?.id ?? 'someone unknown';
}

const quoted = (name) => (name ? `"${name}"` : '(unnamed)');

/** What happened, in a few words; `named` adds the certificates' names (the organization-wide list). */
export function eventWhat(event, { named = false } = {}) {
  const d = event[event.type] ?? {};
  const where = event.project ? `in project ${event.project.name || event.project.id}` : 'for the organization';
  const which = named ? ` ${(d.certificates ?? []).map((c) => quoted(c.name || c.id)).join(', ')}` : '';
  switch (event.type) {
    case 'certificate.created': return named ? `Uploaded ${quoted(d.name)}` : `Uploaded as ${quoted(d.name)}`;
    case 'certificate.updated': return named ? `Renamed ${d.id} to ${quoted(d.name)}` : `Renamed to ${quoted(d.name)}`;
    case 'certificate.deleted': return `Deleted ${quoted(d.name)}`;
    case 'certificates.activated': return `Activated${which} ${where}`;
    case 'certificates.deactivated': return `Deactivated${which} ${where}`;
    default: return event.type; // a type this console does not know yet: shown as sent
  }
}

/** Newest first (the API's order; ties keep it). */
export function newestFirst(events) {
  return [...events].sort((a, b) => b.effective_at - a.effective_at);
}

/**
 * The first page of `auditLogs.list(params)`: `{ events, page }`, or `{ note, kind }` with one
 * line: `empty` (audit logging off, or nothing recorded), `denied` (403) or `error`.
 */
export async function readHistory(auditLogs, params, empty) {
  try {
    const page = await auditLogs.list(params);
    if (!page.data.length) return { note: empty, kind: 'empty' };
    return { events: newestFirst(page.data), page };
  } catch (error) {
    if (error?.status === 403) return { note: 'This key may not read the audit log, so no history is shown.', kind: 'denied' };
    return { note: `The audit log could not be read (${errorLine(error)}).`, kind: 'error' };
  }
}

/** One line about the history (audit logging off, no permission, an error). */
export function historyNote({ note, kind }) {
  return el('p', { class: 'history-note', dataset: { history: kind } }, note);
}

/**
 * Events as a list, newest first. `restore(event)`, when given, adds a Restore button to each
 * deletion that carries the deleted certificate's PEM.
 */
export function historyView(events, { named = false, restore } = {}) {
  return el('ol', { class: 'history', 'aria-label': 'Audit events, newest first' }, events.map((e) => {
    const deleted = e.type === 'certificate.deleted' ? e['certificate.deleted'] : null;
    return el('li', { dataset: { type: e.type, id: e.id } },
      timeEl(e.effective_at, { full: true }), ' ',
      el('span', { class: 'what' }, bidi(eventWhat(e, { named }))), ' ',
      el('span', { class: 'who' }, 'by ', bidi(actorOf(e))),
      restore && deleted?.certificate
        ? [' ', el('button', { type: 'button', class: 'small', dataset: { restore: e.id }, onclick: () => restore(e) }, `Restore ${quoted(deleted.name)}`)]
        : null);
  }));
}
