// Turns the engine's report of a failure (`{ code, ...fields }`, every string already redacted by
// the engine) into an instance of the right class, with the message of the one table.

import { CODES } from './error-table.mjs';
import { fromReport } from './error-classes.mjs';

/** The error for a report, or `thrown` itself when it is not a report (already an `Error`). */
export function toError(thrown) {
  if (thrown === null || typeof thrown !== 'object' || typeof thrown.code !== 'string' || !Object.hasOwn(CODES, thrown.code)) {
    return thrown;
  }
  const [className, compose] = CODES[thrown.code];
  return fromReport(className, thrown, compose(thrown));
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
