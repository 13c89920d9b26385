// Errors shown plainly and compactly: what failed, the error class, the HTTP status once, the
// server's message and the request id with a copy button, as text.
import { announce, el } from './dom.mjs';

/** Was this the user pressing Stop (the package's APIUserAbortError, or a DOM AbortError)? */
export function isStopped(error) {
  return error?.name === 'APIUserAbortError' || error?.name === 'AbortError';
}

/** The request id of an API error: `requestID`, `request_id` or its `x-request-id` header. */
export function requestIdOf(error) {
  return error?.requestID || error?.request_id || error?.headers?.get?.('x-request-id') || undefined;
}

/** `{ name, status, message, requestID, param, code }` of any thrown value. */
export function describeError(error) {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  return {
    name: error.name || error.constructor?.name || 'Error',
    status: typeof error.status === 'number' ? error.status : undefined,
    message: error.message,
    requestID: requestIdOf(error),
    param: error.param || undefined,
    code: error.code || undefined,
  };
}

/** The message without a leading status ("503 Overloaded" → "Overloaded") when the status is shown. */
export function messageWithoutStatus(d) {
  return d.status !== undefined ? d.message.replace(new RegExp(`^${d.status}\\s+`), '') : d.message;
}

/** One line: "NotFoundError 404: No certificate found". */
export function errorLine(error) {
  const d = describeError(error);
  return `${d.name}${d.status !== undefined ? ` ${d.status}` : ''}: ${messageWithoutStatus(d)}`;
}

/**
 * Seconds the server asked to wait (`retry-after-ms`, `retry-after` in seconds or as a date), or
 * null. The package sleeps short waits itself; a longer one comes back as the error.
 */
export function retryAfterSeconds(error, nowMs = Date.now()) {
  const headers = error?.headers;
  if (!headers?.get) return null;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return Math.ceil(ms / 1000);
  const raw = headers.get('retry-after');
  if (raw === null) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/** The error's fields in one compact block: class and status once, message, request id, param. */
export function errorDetails(error, { onCopied } = {}) {
  const d = describeError(error);
  const copy = d.requestID && el('button', { type: 'button', class: 'copy-request small' }, 'Copy request ID');
  const copied = el('span', { class: 'copy-request-status', role: 'status' });
  copy?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(d.requestID);
      announce(copied, 'Copied.');
    } catch {
      getSelection().selectAllChildren(copy.previousElementSibling);
      announce(copied, 'Copying was blocked; the ID is selected.');
    }
    onCopied?.();
  });
  return el('div', { class: 'error-fields' },
    el('p', { class: 'error-summary' },
      el('code', { class: 'error-name' }, d.name),
      d.status !== undefined && [' ', el('span', { class: 'error-status' }, String(d.status))],
      ': ', el('span', { class: 'error-message' }, messageWithoutStatus(d))),
    (d.requestID || d.param || d.code) && el('p', { class: 'error-meta' },
      d.requestID && ['Request ', el('code', { class: 'error-request' }, d.requestID), ' ', copy, ' ', copied],
      d.param && [' · parameter ', el('code', { class: 'error-param' }, d.param)],
      d.code && [' · code ', el('code', { class: 'error-code' }, d.code)]));
}

/**
 * The page-wide error panel: `show(context, error)` fills it and reveals it, `clear()` hides it.
 * `context` says what was being done ("Loading certificates"). It sits in the flow, never over
 * the filters.
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
  function show(context, error, extra) {
    title.textContent = `${context} failed`;
    body.replaceChildren(errorDetails(error), extra ?? '');
    panel.hidden = false;
    document.body.dataset.error = describeError(error).name;
  }
  return { show, clear };
}
