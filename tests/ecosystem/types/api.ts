// This package's own API under --strict: its additions to the official SDK (activeProjects,
// certificateActivations, toArray, iterPages on a listing, prefetch, the iterator's cursor,
// inspectCertificate, its extra error classes and client options) and the exact types of what
// every call returns, with literal types for `object`. The official SDK's usage is in official.ts.
// (Compiled, never run: the ids and PEM text are placeholders.)
import OpenAI, {
  APIError,
  InvalidParameterError,
  OpenAIError,
  PaginationError,
  UnexpectedResponseError,
  inspectCertificate,
} from 'openai-admin-certificates';
import type {
  Certificate,
  CertificateActiveProjectsParams,
  CertificateInfo,
  CertificateListParams,
  CertificateListResponse,
  ClientOptions,
  ConversationCursorPage,
  ItemIterator,
  ListPagePromise,
  ListRequestOptions,
  Page,
  PagePromise,
  Project,
  ProjectCertificateListResponse,
  ProjectsPage,
  WithRequestID,
} from 'openai-admin-certificates';
import { assertType, type Equal } from './equal.js';

const client = new OpenAI({ adminAPIKey: null, baseURL: 'http://127.0.0.1:8080/v1' });
const certificates = client.admin.organization.certificates;
const projects = client.admin.organization.projects;

export function clientOptions(): OpenAI[] {
  const options: ClientOptions = {
    adminAPIKey: 'sk-admin-...',
    dangerouslyAllowBrowser: true,
    allowInsecureBaseURL: true,
    // What the client calls: always (url, init), so a wrapper may read init directly.
    fetch: (url: string, init: RequestInit) => globalThis.fetch(url, { ...init, credentials: 'omit' }),
    fetchOptions: { keepalive: true, client: { kind: "a runtime's own option (here Deno's client)" } },
    defaultHeaders: [['X-Team', 'platform']],
  };
  assertType<Equal<OpenAI.Admin.Organization.Certificates.CertificateListResponse, CertificateListResponse>>();
  assertType<Equal<OpenAI.Admin.Organization.Projects.Certificates.CertificateListResponse, ProjectCertificateListResponse>>();
  return [new OpenAI(options), new OpenAI({ fetch: globalThis.fetch }), new OpenAI(), new OpenAI.OpenAI({}), client.withOptions({ logLevel: 'debug' })];
}

export async function listings() {
  const params: CertificateListParams = { after: 'cert_abc', limit: 100, order: 'asc' };
  const options: ListRequestOptions = { prefetch: 2, maxRetries: 0 };
  const listing = certificates.list(params, options);
  assertType<Equal<typeof listing, ListPagePromise<ConversationCursorPage<CertificateListResponse>, CertificateListResponse>>>();
  const official: PagePromise<ConversationCursorPage<CertificateListResponse>, CertificateListResponse> = listing; // a listing is an official PagePromise too
  void official;
  const page = await listing;
  assertType<Equal<typeof page.object, 'list'>>();
  assertType<Equal<typeof page.first_id, string | null>>();
  assertType<Equal<typeof page.last_id, string | null>>();
  assertType<Equal<ReturnType<typeof page.getNextPage>, Promise<typeof page>>>();
  const item = page.data[0];
  assertType<Equal<typeof item.object, 'organization.certificate'>>();
  assertType<Equal<typeof item.active, boolean>>();
  assertType<Equal<typeof item.name, string | null>>();
  assertType<Equal<typeof item.certificate_details.expires_at, number | undefined>>();
  // The iterator says where to resume: the last delivered page's last_id.
  const iterator: ItemIterator<CertificateListResponse> = certificates.list()[Symbol.asyncIterator]();
  const resumeAfter: string | null = iterator.cursor;
  for await (const p of certificates.list({ limit: 10 }).iterPages()) p.first_id;
  const firstThousand: CertificateListResponse[] = await certificates.list().toArray({ limit: 1_000 });
  const inProject = await client.admin.organization.projects.certificates.list('proj_abc').toArray({ limit: 50 });
  assertType<Equal<(typeof inProject)[number]['object'], 'organization.project.certificate'>>();
  const projectPage: ProjectsPage = await projects.list({ include_archived: true });
  assertType<Equal<(typeof projectPage.data)[number], Project>>();
  return [resumeAfter, firstThousand];
}

export async function results() {
  const created = await certificates.create({ certificate: '-----BEGIN CERTIFICATE-----…' });
  assertType<Equal<typeof created, WithRequestID<Certificate>>>();
  assertType<Equal<typeof created._request_id, string | null | undefined>>();
  // Open to the spec's other values and to future ones, as the official type is to the spec's.
  const kind: string = created.object;
  const deleted = await certificates.delete('cert_abc');
  assertType<Equal<typeof deleted.object, 'certificate.deleted'>>();
  const activated = await certificates.activate({ certificate_ids: ['cert_abc'] });
  assertType<Equal<typeof activated, Page<CertificateListResponse, 'organization.certificate.activation'>>>();
  const deactivated = await client.admin.organization.projects.certificates.deactivate('proj_abc', { certificate_ids: ['cert_abc'] });
  assertType<Equal<typeof deactivated.object, 'organization.project.certificate.deactivation'>>();
  assertType<Equal<ReturnType<typeof deactivated.nextPageRequestOptions>, OpenAI.PageRequestOptions | null>>();
  const { data, request_id } = await certificates.retrieve('cert_abc').withResponse();
  assertType<Equal<typeof data, Certificate>>();
  assertType<Equal<typeof request_id, string | null>>();
  return kind;
}

export async function activeProjects(): Promise<string> {
  const params: CertificateActiveProjectsParams = { include_archived: true };
  const where: Project[] = await certificates.activeProjects('cert_abc', params, { signal: AbortSignal.timeout(30_000) });
  await certificates.activeProjects('cert_abc');
  const byCertificate: Map<string, Project[]> = await projects.certificateActivations({ include_archived: false }, { maxRetries: 5 });
  await projects.certificateActivations();
  return `active in: ${where.map((p) => p.name ?? p.id).join(', ')} (${byCertificate.size} certificates active somewhere)`;
}

export async function errors() {
  try {
    await certificates.retrieve('cert_missing');
  } catch (e) {
    if (e instanceof APIError) {
      // Always a Headers, empty when no response arrived; code, param, type are null when absent.
      const requestID: string | null = e.headers.get('x-request-id');
      assertType<Equal<typeof e.code, string | null | undefined>>(); // the official SDK's type
      assertType<Equal<typeof e.param, string | null>>();
      assertType<Equal<typeof e.type, string | null>>();
      return requestID;
    }
    if (e instanceof InvalidParameterError) return e.param satisfies string;
    if (e instanceof UnexpectedResponseError) return e.requestID;
    if (e instanceof PaginationError || e instanceof OpenAIError) return e.message;
  }
  assertType<Equal<typeof OpenAI.NotFoundError.prototype.status, 404>>();
  return null;
}

export async function inspect(): Promise<CertificateInfo> {
  const info = await inspectCertificate('-----BEGIN CERTIFICATE-----…');
  assertType<Equal<typeof info.is_ca, boolean>>();
  return OpenAI.inspectCertificate('-----BEGIN CERTIFICATE-----…');
}

/** The audit log under the official SDK's names: params, pages, an event's certificate details. */
export async function auditLog(): Promise<string | undefined> {
  const params: OpenAI.Admin.Organization.AuditLogs.AuditLogListParams = {
    event_types: ['certificate.deleted', 'certificates.activated'],
    effective_at: { gte: 1_700_000_000 },
    resource_ids: ['cert_abc'],
  };
  const page: OpenAI.Admin.Organization.AuditLogs.AuditLogListResponsesPage = await client.admin.organization.auditLogs.list(params);
  for await (const event of client.admin.organization.auditLogs.list({ limit: 10 }, { prefetch: 0 })) {
    assertType<Equal<typeof event, OpenAI.Admin.Organization.AuditLogs.AuditLogListResponse>>();
  }
  const event = page.data[0];
  const kind: string = event.type;
  void kind;
  // @ts-expect-error: an event type is a string, not a number
  const wrong: number = event.type;
  void wrong;
  return event['certificate.deleted']?.certificate;
}
