// Turns the engine's report of a failure (`{ code, ...fields }`, every string already redacted by
// the engine) into an instance of the right class, with the message of the one table.

import { CODES } from './error-table.mjs';
import { byStatus, classes, ComposedMessage } from './error-classes.mjs';

/** The class of an API answer with `status`. */
function statusClass(status) {
  return byStatus[status] ?? (status >= 500 ? classes.InternalServerError : classes.APIError);
}

/** The error for a report, or `thrown` itself when it is not a report (already an `Error`). */
export function toError(thrown) {
  if (thrown === null || typeof thrown !== 'object' || typeof thrown.code !== 'string' || !(thrown.code in CODES)) {
    return thrown;
  }
  const [className, compose] = CODES[thrown.code];
  const message = compose(thrown);
  switch (className) {
    case 'APIError': {
      const headers = new Headers(thrown.headers ?? []);
      const status = thrown.status || undefined;
      return new (status && thrown.code === 'api' ? statusClass(status) : classes.APIError)(
        status,
        thrown.error ?? undefined,
        new ComposedMessage(message),
        headers,
      );
    }
    case 'InvalidParameterError':
      return new classes.InvalidParameterError(message, thrown.param);
    case 'UnexpectedResponseError':
      return new classes.UnexpectedResponseError(message, thrown.requestID);
    case 'APIConnectionError':
    case 'APIConnectionTimeoutError':
    case 'APIUserAbortError':
      return new classes[className]({ message });
    default:
      return new classes[className](message);
  }
}

/** An error of the wrapper's own, by its code in the table. */
export function wrapperError(code, fields = {}) {
  return toError({ code, ...fields });
}

/** Runs `fn`, turning a thrown report into its error. */
export function converting(fn) {
  try {
    return fn();
  } catch (thrown) {
    throw toError(thrown);
  }
}

/** `promise`, its rejection turned into the error of the report. */
export function rejecting(promise) {
  return promise.catch((thrown) => {
    throw toError(thrown);
  });
}
