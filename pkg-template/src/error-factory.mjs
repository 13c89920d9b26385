// Picks the error class for the engine's description of a failure `{kind, message, status?, ...}`.
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidParameterError,
  NotFoundError,
  OpenAIError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  UnexpectedResponseError,
  UnprocessableEntityError,
} from './errors.mjs';

const byStatus = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

const byKind = {
  config: (info) => new OpenAIError(info.message),
  invalid_parameter: (info) => new InvalidParameterError(info),
  api: (info) => new (byStatus[info.status] ?? (info.status >= 500 ? InternalServerError : APIError))(info),
  connection: (info) => new APIConnectionError(info),
  timeout: (info) => new APIConnectionTimeoutError(info),
  aborted: (info) => new APIUserAbortError(info),
  unexpected_response: (info) => new UnexpectedResponseError(info),
  pagination: (info) => new PaginationError(info.message),
};

/** Builds the error object for the engine's description of a failure. */
export function makeError(info) {
  return (byKind[info.kind] ?? ((i) => new OpenAIError(i.message)))(info);
}
