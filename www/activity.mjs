// The recent certificate activity of the organization, on demand: the audit log's certificate
// events (every type, or deletions only), newest first, a page at a time; each deletion that
// carries the deleted PEM can be restored (restore.mjs).
import { CERTIFICATE_EVENTS, historyNote, historyView, readHistory } from './history.mjs';

export const ACTIVITY_PAGE = 20;

const EMPTY = 'The audit log lists no certificate events: audit logging is off for this organization (an owner switches it on in the organization settings), or nothing was recorded yet.';

/**
 * Wires the activity section. `auditLogs()` is `client.admin.organization.auditLogs`;
 * `restore(event)` restores a deleted certificate. Returns `{ clear() }` for a new connection.
 */
export function createActivity({ root, auditLogs, restore }) {
  const types = root.querySelector('#activity-types');
  const load = root.querySelector('#activity-load');
  const more = root.querySelector('#activity-more');
  const status = root.querySelector('#activity-status');
  const list = root.querySelector('#activity-list');
  let page = null;
  let ticket = 0;

  function clear() {
    ticket++;
    page = null;
    list.replaceChildren();
    more.hidden = true;
    root.dataset.state = '';
  }

  async function show() {
    clear();
    const mine = ticket;
    status.textContent = 'Reading the audit log…';
    root.dataset.state = 'loading';
    const eventTypes = types.value === 'all' ? [...CERTIFICATE_EVENTS] : [types.value];
    const found = await readHistory(auditLogs(), { event_types: eventTypes, limit: ACTIVITY_PAGE }, EMPTY);
    if (mine !== ticket) return;
    if (found.note) {
      status.replaceChildren(historyNote(found));
      root.dataset.state = found.kind;
      return;
    }
    page = found.page;
    list.replaceChildren(historyView(found.events, { named: true, restore }));
    status.textContent = `The newest ${found.events.length} certificate events, in your time zone.`;
    more.hidden = !page.hasNextPage();
    root.dataset.state = 'done';
  }

  more.addEventListener('click', async () => {
    if (!page?.hasNextPage()) return;
    const mine = ticket;
    more.disabled = true;
    try {
      page = await page.getNextPage();
      if (mine !== ticket) return;
      list.querySelector('ol').append(...historyView(page.data, { named: true, restore }).children);
      status.textContent = `The newest ${list.querySelectorAll('li').length} certificate events, in your time zone.`;
      more.hidden = !page.hasNextPage();
    } catch (error) {
      status.replaceChildren(historyNote({ kind: 'error', note: `Older events could not be read (${error.message}).` }));
    } finally {
      more.disabled = false;
    }
  });
  load.addEventListener('click', show);
  types.addEventListener('change', () => root.dataset.state && show());
  return { clear };
}
