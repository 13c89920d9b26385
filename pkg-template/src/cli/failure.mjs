// How the command line fails: the exit codes of monitoring plugins (check_ssl_cert, Nagios), and
// every error as one line on stderr with its class, message and request id.

/** 0 done; 1 and 2 only from `check` (worst status warning / critical); 3 could not do it. */
export const EXIT = Object.freeze({ ok: 0, warning: 1, critical: 2, failed: 3 });

/** Bad arguments or a missing setting: the command did nothing. */
export class UsageError extends Error {
  name = 'UsageError';
}

/** The command chose not to act (a rule, an active certificate, no confirmation): nothing changed. */
export class Refused extends Error {
  name = 'Refused';
}

/** The one stderr line for `error`: `ClassName: message (request req_…)`. */
export function errorLine(error) {
  const name = error?.constructor?.name && error.constructor.name !== 'Object' ? error.constructor.name : 'Error';
  const message = String(error?.message ?? error).replace(/\s*\n\s*/g, ' ');
  const request = error?.requestID ? ` (request ${error.requestID})` : '';
  return `${name}: ${message}${request}`;
}
