// Errors shown plainly: the error class, HTTP status, message and request id, as text.
import { el } from './dom.mjs';

/** Was this the user pressing Stop (the package's APIUserAbortError, or a DOM AbortError)? */
export function isStopped(error) {
  return error?.name === 'APIUserAbortError' || error?.name === 'AbortError';
}

/** `{ name, status, message, requestID, param, code }` of any thrown value. */
export function describeError(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return {
    name: error.name || error.constructor?.name || 'Error',
    status: typeof error.status === 'number' ? error.status : undefined,
    message: error.message,
    requestID: error.requestID || undefined,
    param: error.param || undefined,
    code: error.code || undefined,
  };
}

/** One line: "NotFoundError: 404 No certificate found (request req_…)". */
export function errorLine(error) {
  const d = describeError(error);
  return `${d.name}: ${d.message}${d.requestID ? ` (request ${d.requestID})` : ''}`;
}

/** A definition list of the error's fields, for the error panel and dialogs. */
export function errorDetails(error) {
  const d = describeError(error);
  const row = (term, value, cls) => [el('dt', {}, term), el('dd', { class: cls }, value)];
  return el(
    'dl',
    { class: 'error-fields' },
    row('Error', d.name, 'error-name'),
    d.status !== undefined && row('Status', String(d.status), 'error-status'),
    row('Message', d.message, 'error-message'),
    d.requestID && row('Request ID', d.requestID, 'error-request'),
    d.param && row('Parameter', d.param, 'error-param'),
    d.code && row('Code', d.code, 'error-code'),
  );
}

/**
 * The page-wide error panel: `show(context, error)` fills it and reveals it, `clear()` hides it.
 * `context` says what was being done ("Loading certificates").
 */
export function errorPanel(panel) {
  const title = panel.querySelector('.error-title');
  const body = panel.querySelector('.error-body');
  panel.querySelector('.error-dismiss').addEventListener('click', () => clear());
  function clear() {
    panel.hidden = true;
    body.replaceChildren();
    document.body.dataset.error = '';
  }
  function show(context, error) {
    title.textContent = `${context} failed`;
    body.replaceChildren(el('p', { class: 'error-summary' }, errorLine(error)), errorDetails(error));
    panel.hidden = false;
    document.body.dataset.error = describeError(error).name;
    // The panel is sticky (CSS), so it shows even when the failed row is far down the page.
  }
  return { show, clear };
}
