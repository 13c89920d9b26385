// "Needs attention", at the top of the page: active certificates that are expired or expire
// within 30 days, the most urgent first, each a link to its row in the table.
import { bidi, el } from './dom.mjs';
import { needsAttention, validityStatus } from './status.mjs';

const SHOWN = 10;

/** The certificates needing attention in `all` at `now`, soonest (or longest expired) first. */
export function attentionList(all, now) {
  return all
    .filter((c) => needsAttention(c, now))
    .sort((a, b) => a.certificate_details.expires_at - b.certificate_details.expires_at);
}

/** Wires the panel; `onJump(id)` shows the row. Returns `render(all, now, { loading, partial })`. */
export function createAttention(root, { onJump }) {
  const list = root.querySelector('.attention-list');
  const note = root.querySelector('.attention-note');
  list.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-jump]');
    if (button) onJump(button.dataset.jump);
  });
  return function render(all, now, { loading = false, partial = false } = {}) {
    const items = attentionList(all, now);
    root.dataset.count = String(items.length);
    list.replaceChildren(...items.slice(0, SHOWN).map((c) => {
      const s = validityStatus(c.certificate_details, now);
      const words = s.kind === 'expired' ? `expired ${s.days === 0 ? 'today' : `${s.days} day${s.days === 1 ? '' : 's'} ago`}` : s.label;
      return el('li', { dataset: { id: c.id, status: s.kind } },
        el('button', { type: 'button', class: 'link', dataset: { jump: c.id }, 'aria-label': `Show ${c.name ?? c.id} in the table` },
          c.name === null ? '(unnamed)' : bidi(c.name)),
        ' ', el('span', { class: `badge ${s.kind}` }, words), ' ', el('code', { class: 'muted-id' }, c.id));
    }));
    const more = items.length > SHOWN ? ` The ${SHOWN} most urgent are listed here; the table (in urgency order) starts with all of them.` : '';
    const caveat = loading ? ' (still loading)' : partial ? ' (among the certificates loaded so far)' : '';
    if (loading && !items.length) note.textContent = 'Checking the certificates as they load…';
    else if (partial && !all.length) note.textContent = 'Not known: no certificate could be loaded.';
    else if (items.length) note.textContent = `${items.length} active certificate${items.length === 1 ? ' is' : 's are'} expired or expire within 30 days${caveat}.${more}`;
    else note.textContent = `No active certificate is expired or expires within 30 days${caveat}.`;
    root.dataset.state = items.length ? 'attention' : 'clear';
  };
}
