// The one table of this package's errors. CLASSES lists every error class (the official SDK's, plus
// three of ours) with its parent and, for the status classes, its HTTP status; error-classes.mjs
// builds the classes from it. CODES maps every code the Rust engine reports (`{ code, ...fields }`,
// see src/report.rs) to the class it picks and the message it shows. Every other place that names
// a code, a class or a constant these messages quote (core/src/error.rs, errors.mjs, index.d.ts,
// the READMEs) is checked against this file by tests/tools/check-error-table.mjs (`make test-rust`).

/** `[name, parent, status?]`, parents first. */
export const CLASSES = [
  ['OpenAIError', 'Error'],
  ['APIError', 'OpenAIError'],
  ['BadRequestError', 'APIError', 400],
  ['AuthenticationError', 'APIError', 401],
  ['PermissionDeniedError', 'APIError', 403],
  ['NotFoundError', 'APIError', 404],
  ['ConflictError', 'APIError', 409],
  ['UnprocessableEntityError', 'APIError', 422],
  ['RateLimitError', 'APIError', 429],
  ['InternalServerError', 'APIError', 500],
  ['APIConnectionError', 'APIError'],
  ['APIConnectionTimeoutError', 'APIConnectionError'],
  ['APIUserAbortError', 'APIError'],
  ['InvalidParameterError', 'OpenAIError'],
  ['UnexpectedResponseError', 'OpenAIError'],
  ['PaginationError', 'OpenAIError'],
];

/** How an error message names a caller's value: `2.5`, `"newest"`, `an array`, ... */
export function describe({ gotType, got }) {
  switch (gotType) {
    case 'string':
      return got.length > 40 ? 'a long string' : JSON.stringify(got);
    case 'number':
    case 'boolean':
      return String(got);
    case 'undefined':
    case 'null':
      return gotType;
    case 'array':
    case 'object':
      return `an ${gotType}`;
    default:
      return `a ${gotType}`;
  }
}

const requestID = (f) => (f.requestID ? ` (request id ${f.requestID})` : '');

/** What is wrong with a `baseURL`, by the engine's name for it (`BaseUrlProblem::as_str`). */
export const BASE_URL_PROBLEMS = {
  scheme: 'it must start with https:// or http://',
  no_host: 'it has no host',
  credentials: 'credentials in the URL are not allowed',
  query_or_fragment: 'it must not have a query or fragment',
  whitespace: 'it contains whitespace',
};

/** The option that takes the place of each environment variable the engine reads. */
export const ENV_OPTIONS = { OPENAI_ADMIN_KEY: 'adminAPIKey', OPENAI_BASE_URL: 'baseURL' };

/** The longest wait a server may ask for that the client sleeps through (core/src/retry.rs MAX_SERVER_DELAY_MS). */
export const MAX_SERVER_WAIT_S = 60;

/** The query parameters a `query` option cannot set (core/src/options.rs RESERVED_QUERY, but `include[]`). */
export const RESERVED_QUERY = ['after', 'limit', 'order', 'include_archived', 'include'];

/** `a, b or c`. */
const either = (names) => `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;

/**
 * `code: [class, message(fields)]`. The class `APIError` stands for the status class of the answer
 * (NotFoundError for 404, ...); `api` messages follow the official SDK: the status, then the API's
 * own message, else an excerpt of the body.
 */
export const CODES = {
  // Call arguments (nothing was sent).
  not_an_object: ['InvalidParameterError', (f) => `${f.param} must be an object, got ${describe(f)}`],
  unknown_name: ['InvalidParameterError', (f) => `unknown ${f.what} \`${f.param}\`; allowed: ${f.allowed.join(', ')}`],
  integer_range: ['InvalidParameterError', (f) => `${f.param} must be an integer from ${f.min} to ${f.max}, got ${describe(f)}`],
  non_empty_string: ['InvalidParameterError', (f) => `${f.param} must be a non-empty string, got ${describe(f)}`],
  dot_segment: [
    'InvalidParameterError',
    (f) => `${f.param} must not be '.' or '..', a dot segment: URL parsing would turn it into another resource's path`,
  ],
  to_array_limit: ['InvalidParameterError', (f) => `toArray needs { limit }: the most items to collect, at most ${f.max}`],
  certificate_required: ['InvalidParameterError', () => 'certificate is required: the PEM text of the certificate'],
  certificate_too_large: [
    'InvalidParameterError',
    (f) => `certificate is ${f.bytes} bytes; the API accepts at most ${f.max} (${f.max / 1024} KB)`,
  ],
  certificate_no_block: [
    'InvalidParameterError',
    () => 'certificate holds no -----BEGIN CERTIFICATE----- block: it must be PEM text',
  ],
  wrong_type: ['InvalidParameterError', (f) => `${f.param} must be ${f.expected}, got ${describe(f)}`],
  ids_not_array: [
    'InvalidParameterError',
    (f) => `certificate_ids must be an array of 1 to ${f.max} certificate ids, got ${describe(f)}`,
  ],
  ids_count: [
    'InvalidParameterError',
    (f) => `certificate_ids must hold 1 to ${f.max} ids, got ${f.count}; split larger sets into batches of ${f.max}`,
  ],
  ids_duplicate: ['InvalidParameterError', (f) => `certificate_ids lists ${JSON.stringify(f.id)} twice`],
  include_content: [
    'InvalidParameterError',
    (f) => `include must be ['content'] (the only extra field the API offers), got ${describe(f)}`,
  ],
  order: ['InvalidParameterError', (f) => `order must be 'asc' or 'desc', got ${describe(f)}`],
  header_name: ['InvalidParameterError', (f) => `${f.param}: a header name must be an HTTP token`],
  header_value: ['InvalidParameterError', (f) => `${f.param}: a header value must be a string without line breaks, or null`],
  reserved_query: [
    'InvalidParameterError',
    (f) => `${f.param} cannot set ${either(RESERVED_QUERY)}: pass them as the call's parameters`,
  ],
  pem_invalid: ['InvalidParameterError', (f) => f.detail],

  // Client options.
  no_admin_key: [
    'OpenAIError',
    () =>
      'no admin key: pass { adminAPIKey } or set the OPENAI_ADMIN_KEY environment variable ' +
      '(pass adminAPIKey: null to send no key, e.g. to a proxy that adds it)',
  ],
  admin_key_type: [
    'OpenAIError',
    (f) => `adminAPIKey must be a non-empty string or null, got ${f.gotType === 'string' ? 'an empty string' : describe(f)}`,
  ],
  key_in_browser: [
    'OpenAIError',
    () =>
      'refusing to use an admin key in a browser: anyone who can run script on the page can read it. ' +
      'Point baseURL at a proxy that adds the key and pass adminAPIKey: null, or pass ' +
      'dangerouslyAllowBrowser: true for a local tool where that risk is acceptable.',
  ],
  base_url: ['OpenAIError', (f) => `baseURL ${JSON.stringify(f.url)} is not usable: ${BASE_URL_PROBLEMS[f.why]}`],
  insecure_http: [
    'OpenAIError',
    (f) =>
      `refusing to send the admin key over plain http to ${f.url}: use https, a loopback address ` +
      '(localhost, 127.0.0.1, ::1), or pass allowInsecureBaseURL: true',
  ],
  option_type: ['OpenAIError', (f) => `${f.name} must be ${f.expected}, got ${describe(f)}`],
  env_refused: [
    'OpenAIError',
    (f) =>
      `the environment variable ${f.name} could not be read: the runtime refused access. Allow it ` +
      `(Deno: --allow-env=${f.name}) or pass the ${ENV_OPTIONS[f.name]} option explicitly`,
  ],

  // Answers.
  api: ['APIError', (f) => {
    const own = f.error && typeof f.error.message === 'string' && f.error.message !== '' ? f.error.message : f.detail;
    const wait = f.retryAfterS === undefined ? '' : ` (the server asks to retry after ${f.retryAfterS} s; not waiting more than ${MAX_SERVER_WAIT_S} s)`;
    return (own ? `${f.status} ${own}` : `${f.status} status code (no body)`) + wait;
  }],
  redirect: [
    'APIError',
    (f) =>
      `${f.status ? `${f.status} ` : ''}redirect${f.location ? ` to ${f.location}` : ''} not followed: redirects ` +
      'are never followed, so the admin key goes only to baseURL and a listing never continues with another server',
  ],
  connection: ['APIConnectionError', (f) => `connection error: ${f.detail}`],
  timeout: ['APIConnectionTimeoutError', (f) => `request timed out after ${f.timeoutMs} ms`],
  aborted: ['APIUserAbortError', () => 'request was aborted'],
  unexpected_shape: [
    'UnexpectedResponseError',
    (f) => `unexpected response body at \`${f.path || '(the body)'}\`: ${f.detail}${requestID(f)}`,
  ],
  not_json: ['UnexpectedResponseError', (f) => `the response body is not valid JSON: ${f.detail}${requestID(f)}`],
  missing_cursor: [
    'PaginationError',
    () =>
      'the server said has_more but sent no last_id to continue from; stopping instead of silently ' +
      'dropping the rest of the list',
  ],
  cursor_loop: [
    'PaginationError',
    (f) => `the server returned the cursor ${JSON.stringify(f.cursor)} a second time; stopping to avoid an endless listing`,
  ],

  // Raised by the wrapper itself.
  no_next_page: ['OpenAIError', () => 'No next page expected; check hasNextPage() before calling getNextPage().'],
};
