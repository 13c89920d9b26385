// The organization's certificates and a project's: objects, parameters, pages and the two resources.
import type { ListRequestOptions, RequestOptions } from './options.js';
import type { APIPromise, ConversationCursorPage, ListPagePromise, Page, PagePromise } from './pages.js';
import type { Project } from './projects.js';

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
