// The public error classes, by name (ES modules need each export named; a test checks this list,
// index.d.ts and the table in error-table.mjs against each other).
import { classes } from './error-classes.mjs';

export const {
  OpenAIError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  InvalidParameterError,
  UnexpectedResponseError,
  PaginationError,
} = classes;
