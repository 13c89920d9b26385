// Types of openai-admin-certificates: the official `openai` SDK's names for the certificates
// resource of the Admin API. Field names and shapes follow OpenAI's OpenAPI document.

/** Options of the client constructor. */
export interface ClientOptions {
  /**
   * The admin key. In Node it defaults to the `OPENAI_ADMIN_KEY` environment variable. Pass `null` to
   * send no key at all, e.g. to a proxy that adds it.
   */
  adminAPIKey?: string | null;
  /** The API root. Defaults to `OPENAI_BASE_URL` in Node, else `https://api.openai.com/v1`. */
  baseURL?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: (request: Request) => Promise<Response>;
  /**
   * Allows an admin key in a browser page. Anyone who can run script on the page can read the key;
   * prefer a proxy `baseURL` that adds it.
   */
  dangerouslyAllowBrowser?: boolean;
  /**
   * Allows a plain-http `baseURL` that is not loopback (localhost, 127.0.0.0/8, ::1). Off by
   * default: the key would cross the network unencrypted.
   */
  allowInsecureBaseURL?: boolean;
  /**
   * Milliseconds one attempt may take before an `APIConnectionTimeoutError` (default 600,000, as the
   * official SDK).
   */
  timeout?: number;
  /**
   * How many times a failed request (connection error, timeout, 408, 409, 429, 5xx) is retried
   * (default 2). Uploads are only retried when the server provably did not act on them.
   */
  maxRetries?: number;
}

/** Per-request options, the last argument of every method. */
export interface RequestOptions {
  /** Aborts the request: it rejects with an `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Milliseconds before this request is abandoned; overrides the client's `timeout`. */
  timeout?: number;
  /** Retries for this request; overrides the client's `maxRetries`. */
  maxRetries?: number;
  /**
   * For listings: how many pages to fetch ahead of the consumer while it works (default 1; 0 turns
   * prefetching off).
   */
  prefetch?: number;
}

/** Validity dates and, when retrieved with `include: ['content']`, the PEM text. */
export interface CertificateDetails {
  /** Unix seconds from which the certificate is valid. */
  valid_at?: number;
  /** Unix seconds at which the certificate expires. */
  expires_at?: number;
  /** The certificate in PEM format; only from `retrieve(id, { include: ['content'] })`. */
  content?: string;
}

/** Fields every certificate object has. */
interface CertificateBase {
  /** The identifier, which can be referenced in API endpoints. */
  id: string;
  /** The name of the certificate. */
  name: string | null;
  /** Unix seconds of the upload. */
  created_at: number;
  /** Validity dates (and content when asked for). */
  certificate_details: CertificateDetails;
}

/** A certificate as upload, retrieve and update return it. */
export interface Certificate extends CertificateBase {
  /** Always `certificate` from these operations. */
  object: 'certificate';
}

/** A certificate configured at the organization level, as listed, activated or deactivated. */
export interface CertificateListResponse extends CertificateBase {
  /** Always `organization.certificate`. */
  object: 'organization.certificate';
  /** Whether the certificate is active at the organization level. */
  active: boolean;
}

/** A certificate as a project's list, activate and deactivate return it. */
export interface ProjectCertificateListResponse extends CertificateBase {
  /** Always `organization.project.certificate`. */
  object: 'organization.project.certificate';
  /** Whether the certificate is active for the project. */
  active: boolean;
}

/** Parameters of `list()`. */
export interface CertificateListParams {
  /** Cursor: the id after which the page starts (a previous page's `last_id`). */
  after?: string;
  /** Page size, 1 to 100; the API's default is 20. */
  limit?: number;
  /** Sort order by `created_at`; the API's default is `desc`. */
  order?: 'asc' | 'desc';
}

/** Parameters of `create()`. */
export interface CertificateCreateParams {
  /** The certificate in PEM format (at most 16 KB). */
  certificate: string;
  /** An optional name. */
  name?: string;
}

/** Parameters of `retrieve()`. */
export interface CertificateRetrieveParams {
  /** `['content']` adds the PEM text as `certificate_details.content`. */
  include?: Array<'content'>;
}

/** Parameters of `update()`. */
export interface CertificateUpdateParams {
  /** The new name. */
  name: string;
}

/** Parameters of activate/deactivate. */
export interface CertificateToggleParams {
  /** 1 to 10 distinct certificate ids. */
  certificate_ids: string[];
}

/** What `delete()` returns. */
export interface CertificateDeleteResponse {
  /** Always `certificate.deleted`. */
  object: 'certificate.deleted';
  /** The id of the deleted certificate. */
  id: string;
}

/** What activate/deactivate resolve to: the certificates concerned; async-iterable over `data`. */
export interface ToggleResponse<Object extends string, Item> extends AsyncIterable<Item> {
  /** `organization.certificate.activation`, `...deactivation`, or the project ones. */
  object: Object;
  /** The certificates concerned, in request order. */
  data: Item[];
}

/** Awaitable for the response, and async-iterable over its certificates. */
export interface ItemsPromise<Response, Item> extends Promise<Response>, AsyncIterable<Item> {}

/** One page of a listing, with the official SDK's page methods. */
export interface CursorPage<Item> extends AsyncIterable<Item> {
  /** Always `list`. */
  object: 'list';
  /** The items of this page. */
  data: Item[];
  /** The first item's id, `null` on an empty page. */
  first_id: string | null;
  /** The last item's id: the cursor of the next page. */
  last_id: string | null;
  /** Whether the server has more items after this page. */
  has_more: boolean;
  /** Whether more pages follow. */
  hasNextPage(): boolean;
  /** Fetches the following page. */
  getNextPage(): Promise<CursorPage<Item>>;
  /** This page and every following one. */
  iterPages(): AsyncGenerator<CursorPage<Item>>;
}

/**
 * What `list()` returns: `await` it for the first page, `for await` it for every item across all
 * pages, `iterPages()` for every page, `toArray({ limit })` for a bounded array.
 */
export interface PagePromise<Item> extends Promise<CursorPage<Item>>, AsyncIterable<Item> {
  /** Every page of the listing. */
  iterPages(): AsyncGenerator<CursorPage<Item>>;
  /** The first `limit` items (required, at most 10,000). */
  toArray(options: { limit: number }): Promise<Item[]>;
}

/** `client.admin.organization.certificates`. */
export interface Certificates {
  /** Lists the organization's certificates. */
  list(params?: CertificateListParams, options?: RequestOptions): PagePromise<CertificateListResponse>;
  /** Uploads a certificate (not activated). */
  create(params: CertificateCreateParams, options?: RequestOptions): Promise<Certificate>;
  /** Retrieves a certificate, with its PEM text when `include: ['content']`. */
  retrieve(certificateID: string, params?: CertificateRetrieveParams, options?: RequestOptions): Promise<Certificate>;
  /** Renames a certificate. */
  update(certificateID: string, params: CertificateUpdateParams, options?: RequestOptions): Promise<Certificate>;
  /** Deletes a certificate that is inactive for the organization and every project. */
  delete(certificateID: string, options?: RequestOptions): Promise<CertificateDeleteResponse>;
  /** Activates 1 to 10 certificates for the organization. */
  activate(
    params: CertificateToggleParams,
    options?: RequestOptions,
  ): ItemsPromise<ToggleResponse<'organization.certificate.activation', CertificateListResponse>, CertificateListResponse>;
  /** Deactivates 1 to 10 certificates for the organization. */
  deactivate(
    params: CertificateToggleParams,
    options?: RequestOptions,
  ): ItemsPromise<ToggleResponse<'organization.certificate.deactivation', CertificateListResponse>, CertificateListResponse>;
}

/** `client.admin.organization.projects.certificates`. */
export interface ProjectCertificates {
  /** Lists the certificates active in a project. */
  list(projectID: string, params?: CertificateListParams, options?: RequestOptions): PagePromise<ProjectCertificateListResponse>;
  /** Activates 1 to 10 certificates for a project. */
  activate(
    projectID: string,
    params: CertificateToggleParams,
    options?: RequestOptions,
  ): ItemsPromise<
    ToggleResponse<'organization.project.certificate.activation', ProjectCertificateListResponse>,
    ProjectCertificateListResponse
  >;
  /** Deactivates 1 to 10 certificates for a project. */
  deactivate(
    projectID: string,
    params: CertificateToggleParams,
    options?: RequestOptions,
  ): ItemsPromise<
    ToggleResponse<'organization.project.certificate.deactivation', ProjectCertificateListResponse>,
    ProjectCertificateListResponse
  >;
}

/** The client: drop-in for the official SDK's `OpenAI` class, for the certificates resource. */
declare class OpenAI {
  constructor(options?: ClientOptions);
  /** The Admin API. */
  readonly admin: {
    /** Organization-level resources. */
    readonly organization: {
      /** The organization's certificates. */
      readonly certificates: Certificates;
      /** Project-level resources. */
      readonly projects: {
        /** The certificates of a project. */
        readonly certificates: ProjectCertificates;
      };
    };
  };
  static OpenAI: typeof OpenAI;
  static inspectCertificate: typeof inspectCertificate;
  static default: typeof OpenAI;
  static OpenAIError: typeof OpenAIError;
  static APIError: typeof APIError;
  static BadRequestError: typeof BadRequestError;
  static AuthenticationError: typeof AuthenticationError;
  static PermissionDeniedError: typeof PermissionDeniedError;
  static NotFoundError: typeof NotFoundError;
  static ConflictError: typeof ConflictError;
  static UnprocessableEntityError: typeof UnprocessableEntityError;
  static RateLimitError: typeof RateLimitError;
  static InternalServerError: typeof InternalServerError;
  static APIConnectionError: typeof APIConnectionError;
  static APIConnectionTimeoutError: typeof APIConnectionTimeoutError;
  static APIUserAbortError: typeof APIUserAbortError;
  static InvalidParameterError: typeof InvalidParameterError;
  static UnexpectedResponseError: typeof UnexpectedResponseError;
  static PaginationError: typeof PaginationError;
}
export default OpenAI;
export { OpenAI };

/** What `inspectCertificate` read from a PEM certificate. */
export interface CertificateInfo {
  /** The subject, as an RFC 4514 string (`CN=...,O=...`). */
  subject: string;
  /** The issuer, as an RFC 4514 string. */
  issuer: string;
  /** The serial number: upper-case hex bytes separated by colons. */
  serial_number: string;
  /** Unix seconds from which the certificate is valid (notBefore). */
  valid_at: number;
  /** Unix seconds at which the certificate expires (notAfter). */
  expires_at: number;
  /** Whether basicConstraints marks it as a CA. */
  is_ca: boolean;
  /** SHA-256 of the DER: upper-case hex bytes separated by colons. */
  fingerprint_sha256: string;
}

/**
 * Reads one PEM certificate locally, without any request (its own wasm, loaded on first use).
 * Rejects with an `InvalidParameterError` for anything that is not exactly one certificate of at
 * most 16 KB.
 */
export function inspectCertificate(pem: string): Promise<CertificateInfo>;

/** The API's error object. */
export interface APIErrorObject {
  /** What went wrong, in words. */
  message: string;
  /** The kind of error, e.g. `invalid_request_error`. */
  type?: string | null;
  /** The parameter at fault, if any. */
  param?: string | null;
  /** A machine-readable code, e.g. `invalid_api_key`. */
  code?: string | null;
}

/** Base class of every error this package throws. */
export class OpenAIError extends Error {}
/** The API answered with an error status. */
export class APIError extends OpenAIError {
  /** The HTTP status; `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** The response headers. */
  readonly headers: Record<string, string> | undefined;
  /** The API's error object. */
  readonly error: APIErrorObject | undefined;
  /** `error.code`. */
  readonly code: string | null | undefined;
  /** `error.param`. */
  readonly param: string | null | undefined;
  /** `error.type`. */
  readonly type: string | null | undefined;
  /** The `x-request-id` response header. */
  readonly requestID: string | null | undefined;
}
/** 400 */
export class BadRequestError extends APIError {}
/** 401 */
export class AuthenticationError extends APIError {}
/** 403 */
export class PermissionDeniedError extends APIError {}
/** 404 */
export class NotFoundError extends APIError {}
/** 409 */
export class ConflictError extends APIError {}
/** 422 */
export class UnprocessableEntityError extends APIError {}
/** 429 */
export class RateLimitError extends APIError {}
/** 5xx */
export class InternalServerError extends APIError {}
/** No response arrived. */
export class APIConnectionError extends APIError {}
/** The request took longer than its timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {}
/** The request was aborted through its signal. */
export class APIUserAbortError extends APIError {}
/** A call argument is invalid; nothing was sent. */
export class InvalidParameterError extends OpenAIError {
  /** The parameter's name. */
  readonly param: string;
}
/** A successful response whose body is not what the API specifies. */
export class UnexpectedResponseError extends OpenAIError {
  /** The `x-request-id` response header. */
  readonly requestID: string | null | undefined;
}
/** The server's pages cannot be followed (a cursor loop, or `has_more` without a cursor). */
export class PaginationError extends OpenAIError {}
