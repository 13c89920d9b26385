// The error classes of the official `openai` SDK, by the same names and fields, plus the few this
// package adds. The Rust engine describes each error as `{kind, message, ...}`; `makeError` picks the
// class, so every error a caller sees is a real `Error` subclass.

/** Base class of every error this package throws. */
export class OpenAIError extends Error {
  constructor(message) {
    super(message);
  }
}

/** The API answered with an error status. */
export class APIError extends OpenAIError {
  constructor(info) {
    super(info.message);
    this.status = info.status;
    this.headers = info.headers;
    this.error = info.error;
    this.code = info.error?.code ?? undefined;
    this.param = info.error?.param ?? undefined;
    this.type = info.error?.type ?? undefined;
    this.requestID = info.requestID ?? undefined;
  }
}

export class BadRequestError extends APIError {}
export class AuthenticationError extends APIError {}
export class PermissionDeniedError extends APIError {}
export class NotFoundError extends APIError {}
export class ConflictError extends APIError {}
export class UnprocessableEntityError extends APIError {}
export class RateLimitError extends APIError {}
export class InternalServerError extends APIError {}

/** No response arrived. */
export class APIConnectionError extends APIError {
  constructor(info) {
    super({ ...info, status: undefined });
  }
}
/** The request took longer than its timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {}
/** The request was aborted through its `signal`. */
export class APIUserAbortError extends APIError {
  constructor(info) {
    super({ ...info, status: undefined });
  }
}

/** A call argument is invalid; nothing was sent. `param` names it. */
export class InvalidParameterError extends OpenAIError {
  constructor(info) {
    super(info.message);
    this.param = info.param;
  }
}

/** A successful response whose body is not what the API specifies. */
export class UnexpectedResponseError extends OpenAIError {
  constructor(info) {
    super(info.message);
    this.requestID = info.requestID ?? undefined;
  }
}

/** The server's pages cannot be followed (a cursor loop, or `has_more` without a cursor). */
export class PaginationError extends OpenAIError {}

// Each class's name as a string on its prototype: production bundlers minify class names, and
// `error.name` (and so `String(error)` and console output) must still say `NotFoundError`.
for (const [name, errorClass] of Object.entries({
  OpenAIError, APIError, BadRequestError, AuthenticationError, PermissionDeniedError, NotFoundError,
  ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError, APIConnectionError,
  APIConnectionTimeoutError, APIUserAbortError, InvalidParameterError, UnexpectedResponseError, PaginationError,
})) {
  Object.defineProperty(errorClass.prototype, 'name', { value: name, writable: true, configurable: true });
}
