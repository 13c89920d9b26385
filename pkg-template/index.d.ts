// Types of openai-admin-certificates: the official `openai` SDK's names for the certificates and
// projects resources of the Admin API (`OpenAI.Admin.Organization.Certificates.CertificateListResponse`,
// ...), with its request and response features. Field names and shapes follow OpenAI's OpenAPI document.

/** A log level, from silent to everything. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';
/** One method of a `Logger`. */
export type LogFn = (message: string, ...rest: unknown[]) => void;
/** Where the client logs (default `console`); the admin key never appears in what it logs. */
export interface Logger {
  /** Errors. */ error: LogFn;
  /** Warnings. */ warn: LogFn;
  /** Requests and retries. */ info: LogFn;
  /** Details of each request and response. */ debug: LogFn;
}
/** Headers to send: a `Headers`, an object (a `null` value removes a default header), or pairs. */
export type HeadersLike = Headers | Record<string, string | null | undefined> | ReadonlyArray<readonly [string, string]>;
/**
 * Extra `fetch` options (`RequestInit`) for every request, including those of the runtime's own
 * fetch: Node's undici `dispatcher` (mTLS, a corporate CA, a proxy), Deno's `client`, Bun's `tls`.
 */
export type FetchOptions = RequestInit & Record<string, unknown>;
/** A `fetch` function; the client calls it as `fetch(url, init)`. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Options of the client constructor and of `withOptions()`. */
export interface ClientOptions {
  /** The admin key; defaults to `OPENAI_ADMIN_KEY` where the environment can be read. `null` sends none (for a proxy that adds it). */
  adminAPIKey?: string | null;
  /** The API root; defaults to `OPENAI_BASE_URL` where the environment can be read, else `https://api.openai.com/v1`. */
  baseURL?: string;
  /** Milliseconds one attempt may take before an `APIConnectionTimeoutError` (default 600,000). */
  timeout?: number;
  /** Retries of a failed request: connection error, timeout, 408, 409, 429, 5xx (default 2). An upload is retried only when the server provably did not act on it. */
  maxRetries?: number;
  /** Headers sent with every request. */
  defaultHeaders?: HeadersLike;
  /** Query parameters sent with every request. */
  defaultQuery?: Record<string, string | undefined>;
  /** A `fetch` to use instead of the global one, called as `fetch(url, init)`. */
  fetch?: Fetch;
  /** Extra `fetch` options for every request. */
  fetchOptions?: FetchOptions;
  /** How much to log (default `warn`). */
  logLevel?: LogLevel;
  /** Where to log (default `console`). */
  logger?: Logger;
  /** Allows an admin key in a browser page, where any script on the page can read it; prefer a proxy `baseURL`. */
  dangerouslyAllowBrowser?: boolean;
  /** Allows a plain-http `baseURL` that is not loopback; off by default, as the key would cross the network unencrypted. */
  allowInsecureBaseURL?: boolean;
}

/** Per-request options, the last argument of every method. */
export interface RequestOptions {
  /** Aborts the request: it rejects with an `APIUserAbortError`. */
  signal?: AbortSignal | null;
  /** Milliseconds before this request is abandoned; overrides the client's `timeout`. */
  timeout?: number;
  /** Retries for this request; overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** Headers for this request, over the client's `defaultHeaders`. */
  headers?: HeadersLike;
  /** Query parameters for this request, over the client's `defaultQuery`. */
  query?: object | null;
  /** Sent as `Idempotency-Key`, the same on every retry, so a retried upload is safe where the server honours it. */
  idempotencyKey?: string;
  /** Extra `fetch` options for this request, over the client's. */
  fetchOptions?: FetchOptions;
}

/** Options of a listing's requests. */
export interface ListRequestOptions extends RequestOptions {
  /** Pages fetched ahead of the consumer while it works (default 1; 0 turns prefetching off). */
  prefetch?: number;
}

/** A result with the `x-request-id` of its response as `_request_id` (pages and arrays as they are). */
export type WithRequestID<T> = T extends Array<any> | Response | AbstractPage<any> ? T : T & { _request_id?: string | null };

/** What a method returns: a promise of the result, which can also give the raw `Response`. */
export interface APIPromise<T> extends Promise<WithRequestID<T>> {
  /** The raw `Response`, body unread. */
  asResponse(): Promise<Response>;
  /** The result with the raw `Response` and its `x-request-id`. */
  withResponse(): Promise<{ data: T; response: Response; request_id: string | null }>;
}

/** The options of the request for a next page. */
export interface PageRequestOptions {
  /** The HTTP method. */ method?: string;
  /** The path under the base URL. */ path?: string;
  /** The query parameters (the original ones, with the new `after`). */ query?: Record<string, unknown>;
  /** The request headers. */ headers?: HeadersLike;
  /** The request body. */ body?: unknown;
}

/** `for await` over every item from here on; `cursor` is where to resume (the last page's `last_id`, pass it as `after`). */
export interface ItemIterator<Item> extends AsyncGenerator<Item, void, unknown> {
  /** The `last_id` of the last page delivered, `null` before the first. */ readonly cursor: string | null;
}

/** What every page has: its items and the official SDK's page methods. */
export interface AbstractPage<Item> extends AsyncIterable<Item> {
  /** The items of this page. */
  getPaginatedItems(): Item[];
  /** The options of the request for the next page, `null` on the last. */
  nextPageRequestOptions(): PageRequestOptions | null;
  /** Whether more pages follow. */
  hasNextPage(): boolean;
  /** Fetches the following page. */
  getNextPage(): Promise<this>;
  /** This page and every following one. */
  iterPages(): AsyncGenerator<this>;
  /** Every item of this page and the following ones. */
  [Symbol.asyncIterator](): ItemIterator<Item>;
}

/** A page of a cursor-paginated listing (`after` = the previous page's `last_id`). */
export interface ConversationCursorPage<Item> extends AbstractPage<Item> {
  /** Always `list`. */ object: 'list';
  /** The items of this page. */ data: Item[];
  /** The first item's id, `null` on an empty page. */ first_id: string | null;
  /** The last item's id, the cursor of the next page; `null` on an empty page. */ last_id: string | null;
  /** Whether the server has more items after this page. */ has_more: boolean;
}

/** A response that is one page, without a cursor (activate and deactivate). */
export interface Page<Item, Kind extends string = string> extends AbstractPage<Item> {
  /** What the response is, e.g. `organization.certificate.activation`. */ object: Kind;
  /** Its items. */ data: Item[];
}

/**
 * A promise of a page that is also an async iterable over its items (as the official SDK's):
 * `await` it for the page, `for await` for every item. What activate and deactivate return.
 */
export interface PagePromise<PageType extends AbstractPage<Item>, Item = ReturnType<PageType['getPaginatedItems']>[number]>
  extends APIPromise<PageType>,
    AsyncIterable<Item> {
  /** Every item, across all pages. */
  [Symbol.asyncIterator](): ItemIterator<Item>;
}

/**
 * What a listing returns: `await` it for the first page, `for await` for every item across all
 * pages (the next page prefetched), `iterPages()` for every page, `toArray({ limit })` for an array.
 */
export interface ListPagePromise<PageType extends AbstractPage<Item>, Item = ReturnType<PageType['getPaginatedItems']>[number]>
  extends PagePromise<PageType, Item> {
  /** Every page. */
  iterPages(): AsyncGenerator<PageType>;
  /** The first `limit` items (required, at most 10,000). */
  toArray(options: { limit: number }): Promise<Item[]>;
}

/** Validity dates of a certificate (its `certificate_details` in listings). */
export interface CertificateValidity {
  /** Unix seconds at which the certificate expires. */ expires_at?: number;
  /** Unix seconds from which the certificate is valid. */ valid_at?: number;
}

/** A certificate in a listing or an activation result. */
interface ListedCertificate<Kind extends string> {
  /** The identifier, which can be referenced in API endpoints. */ id: string;
  /** Whether the certificate is active at the scope listed (organization or project). */ active: boolean;
  /** Validity dates. */ certificate_details: CertificateValidity;
  /** Unix seconds of the upload. */ created_at: number;
  /** The name of the certificate. */ name: string | null;
  /** `organization.certificate` or `organization.project.certificate`. */ object: Kind;
}

/** A certificate as upload, retrieve and update return it. */
export interface Certificate {
  /** The identifier, which can be referenced in API endpoints. */
  id: string;
  /** Validity dates and, from `retrieve(id, { include: ['content'] })`, the PEM text. */
  certificate_details: Certificate.CertificateDetails;
  /** Unix seconds of the upload. */
  created_at: number;
  /** The name of the certificate. */
  name: string | null;
  /** `certificate` from these operations (the spec's other values, or a future one, elsewhere). */
  object: 'certificate' | 'organization.certificate' | 'organization.project.certificate' | (string & {});
  /** Whether the certificate is active at the scope asked; not returned for a single certificate. */
  active?: boolean;
}
/** Types of `Certificate`. */
export declare namespace Certificate {
  /** Validity dates and the PEM text. */
  interface CertificateDetails extends CertificateValidity {
    /** The certificate in PEM format; only from `retrieve(id, { include: ['content'] })`. */
    content?: string;
  }
}

/** A certificate of the organization as listed. */
export interface CertificateListResponse extends ListedCertificate<'organization.certificate'> {}
/** A certificate of the organization as `activate()` returns it. */
export interface CertificateActivateResponse extends ListedCertificate<'organization.certificate'> {}
/** A certificate of the organization as `deactivate()` returns it. */
export interface CertificateDeactivateResponse extends ListedCertificate<'organization.certificate'> {}
/** A certificate of a project as listed, activated or deactivated. */
export interface ProjectCertificateListResponse extends ListedCertificate<'organization.project.certificate'> {}

/** What `delete()` returns. */
export interface CertificateDeleteResponse {
  /** The id of the deleted certificate. */ id: string;
  /** Always `certificate.deleted`. */ object: 'certificate.deleted';
}

/** Parameters of the certificate listings. */
export interface CertificateListParams {
  /** Cursor: the id after which the page starts (a previous page's `last_id`). */ after?: string;
  /** Page size, 1 to 100; the API's default is 20. */ limit?: number;
  /** Sort order by `created_at`; the API's default is `desc`. */ order?: 'asc' | 'desc';
}
/** Parameters of `create()`. */
export interface CertificateCreateParams {
  /** The certificate in PEM format (at most 16 KB). */ certificate: string;
  /** An optional name. */ name?: string;
}
/** Parameters of `retrieve()`. */
export interface CertificateRetrieveParams {
  /** `['content']` adds the PEM text as `certificate_details.content`. */ include?: Array<'content'>;
}
/** Parameters of `update()`. */
export interface CertificateUpdateParams {
  /** The new name; without it, nothing changes. */ name?: string;
}
/** Parameters of `activate()`. */
export interface CertificateActivateParams {
  /** 1 to 10 distinct certificate ids. */ certificate_ids: Array<string>;
}
/** Parameters of `deactivate()`. */
export interface CertificateDeactivateParams {
  /** 1 to 10 distinct certificate ids. */ certificate_ids: Array<string>;
}
/** Parameters of `activeProjects()` (this package's addition). */
export interface CertificateActiveProjectsParams {
  /** Whether archived projects are looked at too (default false). */ include_archived?: boolean;
}

/** A page of the organization's certificates. */
export type CertificateListResponsesPage = ConversationCursorPage<CertificateListResponse>;
/** The result of `activate()`. */
export type CertificateActivateResponsesPage = Page<CertificateActivateResponse, 'organization.certificate.activation'>;
/** The result of `deactivate()`. */
export type CertificateDeactivateResponsesPage = Page<CertificateDeactivateResponse, 'organization.certificate.deactivation'>;
/** A page of a project's certificates. */
export type ProjectCertificateListResponsesPage = ConversationCursorPage<ProjectCertificateListResponse>;
/** The result of a project's `activate()`. */
export type ProjectCertificateActivateResponsesPage = Page<ProjectCertificateListResponse, 'organization.project.certificate.activation'>;
/** The result of a project's `deactivate()`. */
export type ProjectCertificateDeactivateResponsesPage = Page<ProjectCertificateListResponse, 'organization.project.certificate.deactivation'>;

/** A project of the organization. */
export interface Project {
  /** The identifier, which can be referenced in API endpoints. */ id: string;
  /** Unix seconds of its creation. */ created_at: number;
  /** Always `organization.project`. */ object: 'organization.project';
  /** Unix seconds of its archiving, or `null`. */ archived_at?: number | null;
  /** The external key associated with the project. */ external_key_id?: string | null;
  /** The name of the project, as reports show it. */ name?: string | null;
  /** `active` or `archived`. */ status?: string | null;
}
/** Parameters of `projects.list()`. */
export interface ProjectListParams {
  /** Cursor: the project id after which the page starts (a previous page's `last_id`). */ after?: string;
  /** Page size, 1 to 100; the API's default is 20. */ limit?: number;
  /** Whether archived projects are listed too (default false). */ include_archived?: boolean;
}
/** Parameters of `projects.certificateActivations()` (this package's addition). */
export interface ProjectCertificateActivationsParams {
  /** Whether archived projects are looked at too (default false). */ include_archived?: boolean;
}
/** A page of projects. */
export type ProjectsPage = ConversationCursorPage<Project>;

/** `client.admin.organization.certificates`. */
export interface Certificates {
  /** Lists the organization's certificates. */
  list(params?: CertificateListParams, options?: ListRequestOptions): ListPagePromise<CertificateListResponsesPage, CertificateListResponse>;
  /** Uploads a certificate (not activated). Never sent twice unless the server provably did not act on it. */
  create(params: CertificateCreateParams, options?: RequestOptions): APIPromise<Certificate>;
  /** Retrieves a certificate, with its PEM text when `include: ['content']`. */
  retrieve(certificateID: string, params?: CertificateRetrieveParams, options?: RequestOptions): APIPromise<Certificate>;
  /** Renames a certificate. */
  update(certificateID: string, params: CertificateUpdateParams, options?: RequestOptions): APIPromise<Certificate>;
  /** Deletes a certificate that is inactive for the organization and every project. */
  delete(certificateID: string, options?: RequestOptions): APIPromise<CertificateDeleteResponse>;
  /** Activates 1 to 10 certificates for the organization, atomically. */
  activate(params: CertificateActivateParams, options?: RequestOptions): PagePromise<CertificateActivateResponsesPage, CertificateActivateResponse>;
  /** Deactivates 1 to 10 certificates for the organization, atomically. */
  deactivate(params: CertificateDeactivateParams, options?: RequestOptions): PagePromise<CertificateDeactivateResponsesPage, CertificateDeactivateResponse>;
  /**
   * The projects where the certificate is active (this package's addition): every project listed,
   * then each one's certificates, a few at a time, with the same retry and abort rules.
   */
  activeProjects(certificateID: string, params?: CertificateActiveProjectsParams, options?: RequestOptions): Promise<Project[]>;
}
/** The official SDK's type names of the organization's certificates. */
export declare namespace Certificates {
  export {
    type Certificate, type CertificateListResponse, type CertificateDeleteResponse, type CertificateActivateResponse,
    type CertificateDeactivateResponse, type CertificateListResponsesPage, type CertificateActivateResponsesPage,
    type CertificateDeactivateResponsesPage, type CertificateCreateParams, type CertificateRetrieveParams,
    type CertificateUpdateParams, type CertificateListParams, type CertificateActivateParams, type CertificateDeactivateParams,
  };
}

/** `client.admin.organization.projects.certificates`. */
export interface ProjectCertificates {
  /** Lists the certificates active in a project. */
  list(projectID: string, params?: CertificateListParams, options?: ListRequestOptions): ListPagePromise<ProjectCertificateListResponsesPage, ProjectCertificateListResponse>;
  /** Activates 1 to 10 certificates for a project, atomically. */
  activate(projectID: string, params: CertificateActivateParams, options?: RequestOptions): PagePromise<ProjectCertificateActivateResponsesPage, ProjectCertificateListResponse>;
  /** Deactivates 1 to 10 certificates for a project, atomically. */
  deactivate(projectID: string, params: CertificateDeactivateParams, options?: RequestOptions): PagePromise<ProjectCertificateDeactivateResponsesPage, ProjectCertificateListResponse>;
}
/** The official SDK's type names of a project's certificates. */
export declare namespace ProjectCertificates {
  export {
    type ProjectCertificateListResponse as CertificateListResponse, type ProjectCertificateListResponse as CertificateActivateResponse,
    type ProjectCertificateListResponse as CertificateDeactivateResponse, type ProjectCertificateListResponsesPage as CertificateListResponsesPage,
    type ProjectCertificateActivateResponsesPage as CertificateActivateResponsesPage,
    type ProjectCertificateDeactivateResponsesPage as CertificateDeactivateResponsesPage, type CertificateListParams,
    type CertificateActivateParams, type CertificateDeactivateParams,
  };
}

/** `client.admin.organization.projects`. */
export interface Projects {
  /** The certificates of a project. */
  readonly certificates: ProjectCertificates;
  /** Lists the organization's projects. */
  list(params?: ProjectListParams, options?: ListRequestOptions): ListPagePromise<ProjectsPage, Project>;
  /** Retrieves a project. */
  retrieve(projectID: string, options?: RequestOptions): APIPromise<Project>;
  /** For every certificate active in some project, the projects where it is (this package's addition): certificate id → projects. */
  certificateActivations(params?: ProjectCertificateActivationsParams, options?: RequestOptions): Promise<Map<string, Project[]>>;
}
/** The official SDK's type names of projects. */
export declare namespace Projects {
  export { type Project, type ProjectsPage, type ProjectListParams, type ProjectCertificates as Certificates };
}

/** A certificate named in an audit log event. */
export interface AuditLogCertificate {
  /** The certificate ID. */ id?: string;
  /** The name of the certificate. */ name?: string;
}

/** A log of a user action or configuration change within this organization (an event type or detail this package does not name is delivered as sent). */
export interface AuditLogListResponse {
  /** The ID of this log. */ id: string;
  /** The Unix timestamp (in seconds) of the event. */ effective_at: number;
  /** The event type, e.g. `certificate.deleted`. */
  type: 'certificate.created' | 'certificate.updated' | 'certificate.deleted' | 'certificates.activated' | 'certificates.deactivated' | (string & {});
  /** The actor who performed the audit logged action. */ actor?: AuditLogListResponse.Actor | null;
  /** The project that the action was scoped to. */ project?: { id?: string; name?: string };
  /** The details of a `certificate.created` event. */ 'certificate.created'?: AuditLogCertificate;
  /** The details of a `certificate.updated` event. */ 'certificate.updated'?: AuditLogCertificate;
  /** The details of a `certificate.deleted` event, with the deleted certificate's PEM. */
  'certificate.deleted'?: AuditLogCertificate & { certificate?: string };
  /** The details of a `certificates.activated` event. */ 'certificates.activated'?: { certificates?: AuditLogCertificate[] };
  /** The details of a `certificates.deactivated` event. */ 'certificates.deactivated'?: { certificates?: AuditLogCertificate[] };
  /** The details of other event types, under their type's name. */
  [details: string]: unknown;
}
/** Types of `AuditLogListResponse`. */
export declare namespace AuditLogListResponse {
  /** Who performed the action: a session (user) or an API key. */
  interface Actor {
    /** `session` or `api_key`. */ type?: 'session' | 'api_key' | (string & {});
    /** The session in which the action was performed. */
    session?: { user?: { id?: string; email?: string }; ip_address?: string };
    /** The API key used to perform the action. */
    api_key?: { id?: string; type?: 'user' | 'service_account' | (string & {}); user?: { id?: string; email?: string }; service_account?: { id?: string } };
  }
}
/** A page of audit log events. */
export type AuditLogListResponsesPage = ConversationCursorPage<AuditLogListResponse>;
/** Parameters of `auditLogs.list()`; bad ones are refused before any request. */
export interface AuditLogListParams {
  /** Cursor: the id after which the page starts. */ after?: string;
  /** Cursor: the id before which the page ends. */ before?: string;
  /** Page size, 1 to 100 (the server's default is 20). */ limit?: number;
  /** Only events whose `effective_at` (Unix seconds) is in this range. */
  effective_at?: { gt?: number; gte?: number; lt?: number; lte?: number };
  /** Only events of these projects. */ project_ids?: Array<string>;
  /** Only events of these types. */ event_types?: Array<AuditLogListResponse['type']>;
  /** Only events by these actors (a user, service account or key id). */ actor_ids?: Array<string>;
  /** Only events by users with these emails. */ actor_emails?: Array<string>;
  /** Only events on these resources (a certificate id, say). */ resource_ids?: Array<string>;
  /** Only tenant-scoped events. */ tenant_only?: boolean;
}

/** `client.admin.organization.auditLogs`. */
export interface AuditLogs {
  /** Lists the organization's audit log (where audit logging is on). */
  list(params?: AuditLogListParams, options?: ListRequestOptions): ListPagePromise<AuditLogListResponsesPage, AuditLogListResponse>;
}
/** The official SDK's type names of the audit log. */
export declare namespace AuditLogs {
  export { type AuditLogListResponse, type AuditLogListResponsesPage, type AuditLogListParams };
}

/** `client.admin.organization`. */
export interface Organization {
  /** The organization's certificates. */ readonly certificates: Certificates;
  /** The organization's projects. */ readonly projects: Projects;
  /** The organization's audit log. */ readonly auditLogs: AuditLogs;
}
/** The official SDK's type names under `OpenAI.Admin.Organization`. */
export declare namespace Organization {
  export {
    type Certificates, type Projects, type Certificate, type CertificateListResponse, type CertificateDeleteResponse,
    type CertificateActivateResponse, type CertificateDeactivateResponse, type CertificateListResponsesPage,
    type CertificateActivateResponsesPage, type CertificateDeactivateResponsesPage, type CertificateCreateParams,
    type CertificateRetrieveParams, type CertificateUpdateParams, type CertificateListParams, type CertificateActivateParams,
    type CertificateDeactivateParams, type Project, type ProjectsPage, type ProjectListParams, type AuditLogs,
  };
}

/** `client.admin`: the Admin API. */
export interface Admin {
  /** Organization-level resources. */ readonly organization: Organization;
}
/** The official SDK's type names under `OpenAI.Admin`. */
export declare namespace Admin {
  export { type Organization };
}

/** The client: drop-in for the official SDK's `OpenAI` class, for the certificates and projects resources. */
declare class OpenAI {
  constructor(options?: ClientOptions);
  /** A new client with these options over this one's. */
  withOptions(options: Partial<ClientOptions>): this;
  /** The Admin API. */
  readonly admin: Admin;
  static OpenAI: typeof OpenAI;
  static inspectCertificate: typeof inspectCertificate;
  static certificateImpact: typeof certificateImpact;
  static expiryStatus: typeof expiryStatus;
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
/** The official SDK's type names under `OpenAI`, usable from ESM and CommonJS alike. */
declare namespace OpenAI {
  export {
    type Admin, type ClientOptions, type RequestOptions, type ListRequestOptions, type APIPromise, type PagePromise,
    type ConversationCursorPage, type Page, type PageRequestOptions, type Logger, type LogLevel,
  };
}
export default OpenAI;
export { OpenAI };

/** What `inspectCertificate` read from a PEM certificate. */
export interface CertificateInfo {
  /** The subject, as an RFC 4514 string (`CN=...,O=...`). */ subject: string;
  /** The issuer, as an RFC 4514 string. */ issuer: string;
  /** The serial number: upper-case hex bytes separated by colons. */ serial_number: string;
  /** Unix seconds from which the certificate is valid (notBefore). */ valid_at: number;
  /** Unix seconds at which the certificate expires (notAfter). */ expires_at: number;
  /** Whether basicConstraints marks it as a CA. */ is_ca: boolean;
  /** SHA-256 of the DER: upper-case hex bytes separated by colons. */ fingerprint_sha256: string;
  /** Each of OpenAI's upload rules the text breaks, errors first; empty when it breaks none. */
  rules: UploadRule[];
}

/**
 * One of OpenAI's documented upload rules a certificate breaks. Errors (`too_large`, `expired`,
 * `expires_within_a_day`, `not_ca`) make the API refuse the upload; warnings are what its guide
 * asks of a CA certificate (Key Usage with Certificate Sign and CRL Sign, the Subject and Authority
 * Key Identifiers), or a bundle, of which only the first certificate is used.
 */
export interface UploadRule {
  /** Which rule. */
  code:
    | 'no_certificate'
    | 'too_large'
    | 'expired'
    | 'expires_within_a_day'
    | 'not_ca'
    | 'key_usage_without_cert_sign'
    | 'no_subject_key_identifier'
    | 'no_authority_key_identifier'
    | 'multiple_certificates';
  /** `error`: the API would refuse the upload; `warning`: it would accept it. */
  severity: 'error' | 'warning';
  /** What is wrong and what to do, in a sentence. */
  message: string;
}

/** Options of `inspectCertificate`. */
export interface InspectOptions {
  /** When the upload would happen, in Unix seconds (default: now); the validity rules use it. */
  now?: number;
}

/**
 * Reads a PEM certificate locally, without any request (its own wasm, loaded on first use), with
 * each upload rule it breaks. Of a bundle, the first certificate is read (and
 * `multiple_certificates` reported). Rejects with an `InvalidParameterError` when the text holds no
 * readable certificate (the `no_certificate` rule: no PEM, a private key block, bad base64 or DER).
 */
export function inspectCertificate(pem: string, options?: InspectOptions): Promise<CertificateInfo>;

/** A planned change whose impact `certificateImpact` reports, checked as the call it previews. */
export interface PlannedChange {
  /** What would be done. A delete is organization-wide (no `project_id`). */
  action: 'activate' | 'deactivate' | 'delete';
  /** 1 to 10 distinct certificate ids. */
  certificate_ids: string[];
  /** The project whose activations change; absent for the organization's. */
  project_id?: string;
}

/** What a scope requires of its clients. */
export interface Enforcement {
  /** `own`: the project's own active certificates; `organization`: the organization's (the project has none); `none`: no client certificate is required. */
  source: 'own' | 'organization' | 'none';
  /** The certificates a client must chain to (empty for `none`). */
  certificate_ids: string[];
}

/** A project, by id and name. */
export interface ProjectReference {
  /** The project's id. */ id: string;
  /** The project's name. */ name: string;
}

/** What a planned change would do to mTLS enforcement, scope by scope. */
export interface CertificateImpact {
  /** The organization's active certificates now. */ organization_before: string[];
  /** The organization's active certificates after the change. */ organization_after: string[];
  /** The change leaves the organization without an active certificate it had. */ organization_left_with_none: boolean;
  /** Every listed project's enforcement before and after. */
  projects: (ProjectReference & { before: Enforcement; after: Enforcement })[];
  /** Projects that require client certificates now and would not. */ stop_requiring: ProjectReference[];
  /** Projects enforcing their own certificates now that would fall back to the organization's. */ fall_back: ProjectReference[];
  /** Projects requiring no client certificate now that would. */ start_requiring: ProjectReference[];
  /** Client certificates would stop being required somewhere: worth a second confirmation. */ ends_enforcement: boolean;
  /** A delete the API would refuse as in use: nothing would change. */ refused: boolean;
  /** For a delete, each certificate still active somewhere, and where. */
  in_use: { certificate_id: string; organization: boolean; projects: ProjectReference[] }[];
  /** No scope's certificates would change. */ changes_nothing: boolean;
}

/**
 * What `change` would do to mTLS enforcement in every scope, before it is made: lists the
 * organization's certificates and every project's activations with `client` (reads only; the
 * request `options` apply to each), then works it out locally (in the inspector's wasm, loaded on
 * first use). Rejects with an `InvalidParameterError` for a bad `change` before any request.
 */
export function certificateImpact(client: OpenAI, change: PlannedChange, options?: RequestOptions): Promise<CertificateImpact>;

/** How close a certificate is to expiry: what `check` reports and the console's "needs attention" shows. */
export interface ExpiryStatus {
  /** `expired` once past its expiry; else `critical`, `warning` or `ok` by whole days left; `unknown` without a date. */
  status: 'expired' | 'critical' | 'warning' | 'ok' | 'unknown';
  /** Started days until expiry: rounded up before it (3 hours left is 1), down after it (negative); `null` without a date. */
  days_left: number | null;
}

/** The thresholds of `expiryStatus`, in whole days, and the time it is judged at. */
export interface ExpiryThresholds {
  /** Unix seconds; default now. */ now?: number;
  /** `warning` at most this many days left; default 30. */ warn?: number;
  /** `critical` at most this many days left; default 14. */ critical?: number;
}

/** Classifies an expiry date (Unix seconds, as `certificate_details.expires_at`); pure, no request. */
export function expiryStatus(expiresAt: number | null | undefined, thresholds?: ExpiryThresholds): ExpiryStatus;

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
