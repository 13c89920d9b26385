// The organization's audit log: events, parameters, page and resource.
import type { ListRequestOptions } from './options.js';
import type { ConversationCursorPage, ListPagePromise } from './pages.js';

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
