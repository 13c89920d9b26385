// The confirmations of deactivations and deletes say what the change does to mTLS enforcement
// (the package's certificateImpact, asked when the confirmation opens: it must be true when read),
// in words (impact-words.mjs). A change that ends enforcement anywhere, or whose impact could not be
// worked out, is confirmed twice; a delete the API would refuse as in use is shown as refused.
import { el } from './dom.mjs';
import { describeError } from './errors.mjs';
import { confirmDialog } from './dialogs.mjs';
import { impactInWords } from './impact-words.mjs';

/** certificateImpact takes 1 to 10 certificates, as the calls it previews do. */
export const MAX_IMPACT_IDS = 10;

/**
 * `{ lines, ends, refused, known }` of `change` (`{ action, certificate_ids, project_id? }`);
 * `impact(change)` is certificateImpact bound to the client. Unknown impacts count as ending.
 */
export async function impactOf(impact, change) {
  const unknown = (why) => ({ lines: [`${why}, so it may end enforcement somewhere.`], ends: true, refused: false, known: false });
  if (change.certificate_ids.length > MAX_IMPACT_IDS) {
    return unknown(`What this does to enforcement is worked out for up to ${MAX_IMPACT_IDS} certificates at once, not ${change.certificate_ids.length}`);
  }
  try {
    const result = await impact(change);
    return { ...impactInWords(result), refused: result.refused, known: true };
  } catch (error) {
    return unknown(`Could not work out what this does to enforcement (${describeError(error).message})`);
  }
}

/** The impact's sentences, marked when enforcement ends or the change is refused. */
export function impactView({ lines, ends, known, refused }) {
  return el('div', { class: ends || refused ? 'impact ends' : 'impact', dataset: { impact: known ? (ends ? 'ends' : 'keeps') : 'unknown' } },
    lines.map((line) => el('p', {}, line)));
}

/**
 * Asks in `dialog` before `change`, with its impact above `details`: once, or twice (a checkbox
 * to tick before the confirm button) where enforcement ends; a delete refused as in use is only
 * shown, with nothing to confirm. `impact(change)` is certificateImpact bound to the client.
 * Resolves true only when confirmed.
 */
export async function confirmChange(dialog, { impact, change, title, refusedTitle, message, details = [], confirmLabel }) {
  const found = await impactOf(impact, change);
  if (found.refused) {
    await confirmDialog(dialog, { title: refusedTitle ?? title, message: 'The API refuses to delete a certificate that is still active: nothing was sent.', details: [impactView(found)], refused: true });
    return false;
  }
  // A delete never ends enforcement by itself (the API refuses one in use): asked once.
  const twice = found.ends && (found.known || change.action !== 'delete');
  return confirmDialog(dialog, {
    title,
    message,
    details: [impactView(found), ...details],
    confirmLabel,
    acknowledge: twice ? (found.known ? 'I understand: client certificates stop being required there.' : 'I understand: this may stop client certificates being required somewhere.') : null,
  });
}
