// Types of openai-admin-certificates: the official `openai` SDK's names for the certificates and
// projects resources of the Admin API (`OpenAI.Admin.Organization.Certificates.CertificateListResponse`,
// ...), with its request and response features. Field names and shapes follow OpenAI's OpenAPI document.
// The declarations are in types/, one file per job; this file is the client and re-exports them.

export * from './types/options.js';
export * from './types/pages.js';
export * from './types/certificates.js';
export * from './types/projects.js';
export * from './types/audit-logs.js';
export * from './types/tools.js';
export * from './types/errors.js';

import type { ClientOptions, ListRequestOptions, LogLevel, Logger, RequestOptions } from './types/options.js';
import type { APIPromise, ConversationCursorPage, Page, PagePromise, PageRequestOptions } from './types/pages.js';
import type {
  Certificate, CertificateActivateParams, CertificateActivateResponse, CertificateActivateResponsesPage, CertificateCreateParams,
  CertificateDeactivateParams, CertificateDeactivateResponse, CertificateDeactivateResponsesPage, CertificateDeleteResponse,
  CertificateListParams, CertificateListResponse, CertificateListResponsesPage, CertificateRetrieveParams, CertificateUpdateParams,
  Certificates,
} from './types/certificates.js';
import type { Project, ProjectListParams, Projects, ProjectsPage } from './types/projects.js';
import type { AuditLogs } from './types/audit-logs.js';
import type { certificateImpact, expiryStatus, inspectCertificate } from './types/tools.js';
import type {
  APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, AuthenticationError, BadRequestError, ConflictError,
  InternalServerError, InvalidParameterError, NotFoundError, OpenAIError, PaginationError, PermissionDeniedError, RateLimitError,
  UnexpectedResponseError, UnprocessableEntityError,
} from './types/errors.js';

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
