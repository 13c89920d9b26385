// The error classes of the official `openai` SDK, with its constructors and fields, plus three of
// this package's, all built from the one table (error-table.mjs). The families with their own
// constructors are written out here, each with how it is made from an engine report; the status
// classes come from the table. errors.mjs exports them by name; `fromReport` serves the factory.

import { CLASSES } from './error-table.mjs';

/** A message composed by the error factory, used as is (not the official "status message" form). */
export class ComposedMessage {
  constructor(text) {
    this.text = text;
  }
}

/** Base class of every error this package throws. */
class OpenAIError extends Error {}

/** The API answered with an error status. `code`, `param` and `type` are `null` when absent. */
class APIError extends OpenAIError {
  constructor(status, error, message, headers) {
    super(message instanceof ComposedMessage ? message.text : APIError.makeMessage(status, error, message));
    this.status = status;
    this.headers = headers;
    this.requestID = headers?.get?.('x-request-id') ?? null;
    this.error = error;
    this.code = codeString(error?.code);
    this.param = error?.param ?? null;
    this.type = error?.type ?? null;
  }

  /** The official SDK's message: the status, then the API's message (or the body). */
  static makeMessage(status, error, message) {
    const text = error?.message
      ? typeof error.message === 'string'
        ? error.message
        : JSON.stringify(error.message)
      : error
        ? JSON.stringify(error)
        : message;
    if (status && text) return `${status} ${text}`;
    if (status) return `${status} status code (no body)`;
    return text || '(no status code or body)';
  }
}

/** `error.code` as the official SDK types it (a string, or null): a number is given as its string. */
function codeString(code) {
  if (typeof code === 'string') return code;
  return typeof code === 'number' || typeof code === 'boolean' || typeof code === 'bigint' ? String(code) : null;
}

/** No response arrived. */
class APIConnectionError extends APIError {
  constructor({ message, cause } = {}) {
    super(undefined, undefined, new ComposedMessage(message || 'Connection error.'), undefined);
    if (cause) this.cause = cause;
  }
}

/** The request took longer than its timeout. */
class APIConnectionTimeoutError extends APIConnectionError {
  constructor({ message } = {}) {
    super({ message: message ?? 'Request timed out.' });
  }
}

/** The request was aborted through its `signal`. */
class APIUserAbortError extends APIError {
  constructor({ message } = {}) {
    super(undefined, undefined, new ComposedMessage(message || 'Request was aborted.'), undefined);
  }
}

/** A call argument is invalid; nothing was sent. `param` names it. */
class InvalidParameterError extends OpenAIError {
  constructor(message, param) {
    super(message);
    this.param = param;
  }
}

/** A successful response whose body lacks what the call relies on. */
class UnexpectedResponseError extends OpenAIError {
  constructor(message, requestID) {
    super(message);
    this.requestID = requestID ?? null;
  }
}

/** The server's pages cannot be followed (a cursor loop, or `has_more` without a cursor). */
class PaginationError extends OpenAIError {}

const families = {
  Error,
  OpenAIError,
  APIError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  InvalidParameterError,
  UnexpectedResponseError,
  PaginationError,
};

/**
 * How each family's constructor takes an engine report (`{ code, ...fields }`) and its composed
 * message; a class without an entry is made as its nearest parent with one. An `APIError` with a
 * status becomes that status's class (`NotFoundError` for 404; a 3xx or a status without a class
 * stays `APIError`).
 */
const makers = new Map([
  [OpenAIError, (Class, report, message) => new Class(message)],
  [
    APIError,
    (Class, report, message) => {
      const status = report.status || undefined;
      const Status = status ? statusClass(status) : Class;
      return new Status(status, report.error ?? undefined, new ComposedMessage(message), new Headers(report.headers ?? []));
    },
  ],
  [APIConnectionError, (Class, report, message) => new Class({ message })],
  [APIUserAbortError, (Class, report, message) => new Class({ message })],
  [InvalidParameterError, (Class, report, message) => new Class(message, report.param)],
  [UnexpectedResponseError, (Class, report, message) => new Class(message, report.requestID)],
]);

/** Every class of the table, by name. */
export const classes = {};
/** The status classes, by status (`InternalServerError` stands for every status ≥ 500). */
export const byStatus = {};
for (const [name, parent, status] of CLASSES) {
  const Parent = classes[parent] ?? families[parent];
  // A computed name keeps `Class.name` right; the prototype's `name` survives minifiers renaming classes.
  classes[name] = families[name] ?? { [name]: class extends Parent {} }[name];
  Object.defineProperty(classes[name].prototype, 'name', { value: name, writable: true, configurable: true });
  if (status) byStatus[status] = classes[name];
}

/** The class of an API answer with `status`. */
function statusClass(status) {
  return byStatus[status] ?? (status >= 500 ? classes.InternalServerError : classes.APIError);
}

/** The error of class `name` (a name in the table) for an engine report and its message. */
export function fromReport(name, report, message) {
  const Class = classes[name];
  let family = Class;
  while (!makers.has(family)) family = Object.getPrototypeOf(family);
  return makers.get(family)(Class, report, message);
}
