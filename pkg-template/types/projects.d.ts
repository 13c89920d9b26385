// The organization's projects: the object, parameters, page and resource.
import type { ListRequestOptions, RequestOptions } from './options.js';
import type { APIPromise, ConversationCursorPage, ListPagePromise } from './pages.js';
import type { ProjectCertificates } from './certificates.js';

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
