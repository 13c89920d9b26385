// The error classes (the official SDK's names) and the API's error object.

/** The API's error object. */
export interface APIErrorObject {
  /** What went wrong, in words. */ message: string;
  /** The kind of error, e.g. `invalid_request_error`. */ type?: string | null;
  /** The parameter at fault, if any. */ param?: string | null;
  /** A machine-readable code, e.g. `invalid_api_key`. */ code?: string | number | null;
}

/** Base class of every error this package throws. */
export class OpenAIError extends Error {}
/** The API answered with an error status, or no answer came. */
export class APIError extends OpenAIError {
  /** The HTTP status; `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** The response headers (empty when no response arrived): `err.headers.get('x-request-id')`. */
  readonly headers: Headers;
  /** The API's error object. */
  readonly error: APIErrorObject | undefined;
  /**
   * `error.code` as a string, as the official SDK types it (a number in the body, e.g. `123`, is
   * given as `'123'`; `err.error.code` keeps it as sent); `null` when the body has none.
   */
  readonly code: string | null | undefined;
  /** `error.param`, `null` when the body has none. */
  readonly param: string | null;
  /** `error.type`, `null` when the body has none. */
  readonly type: string | null;
  /** The `x-request-id` response header. */
  readonly requestID: string | null | undefined;
}
/** 400 */
export class BadRequestError extends APIError { /** Always 400. */ readonly status: 400 }
/** 401 */
export class AuthenticationError extends APIError { /** Always 401. */ readonly status: 401 }
/** 403 */
export class PermissionDeniedError extends APIError { /** Always 403. */ readonly status: 403 }
/** 404 */
export class NotFoundError extends APIError { /** Always 404. */ readonly status: 404 }
/** 409 */
export class ConflictError extends APIError { /** Always 409. */ readonly status: 409 }
/** 422 */
export class UnprocessableEntityError extends APIError { /** Always 422. */ readonly status: 422 }
/** 429 */
export class RateLimitError extends APIError { /** Always 429. */ readonly status: 429 }
/** 5xx */
export class InternalServerError extends APIError { /** 500 or above. */ readonly status: number }
/** No response arrived. */
export class APIConnectionError extends APIError { /** No status: no response arrived. */ readonly status: undefined }
/** The request took longer than its timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {}
/** The request was aborted through its signal. */
export class APIUserAbortError extends APIError { /** No status: the request was abandoned. */ readonly status: undefined }
/** A call argument is invalid; nothing was sent. */
export class InvalidParameterError extends OpenAIError {
  /** The parameter's name. */ readonly param: string;
}
/** A successful response whose body is not what the API specifies. */
export class UnexpectedResponseError extends OpenAIError {
  /** The `x-request-id` response header. */ readonly requestID: string | null | undefined;
}
/** The server's pages cannot be followed (a cursor loop, or `has_more` without a cursor). */
export class PaginationError extends OpenAIError {}
