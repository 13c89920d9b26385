// Code as people write it against the official `openai` SDK (v6) for the Admin API's certificates
// and projects: the docs' example, pages, raw responses, request and client options, error handling,
// the official type names in annotations. It type-checks under --strict against this package (bundler
// and NodeNext resolution) and, unchanged, against `openai` itself (types.test.mjs maps the import):
// the proof that it is the official SDK's usage. This package's additions are in api.ts.
// (Compiled, never run: the ids and PEM text are placeholders.)
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  OpenAIError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai-admin-certificates';
import type { APIPromise, ClientOptions, PagePromise } from 'openai-admin-certificates';

type Certificate = OpenAI.Admin.Organization.Certificates.Certificate;
type CertificateListResponse = OpenAI.Admin.Organization.Certificates.CertificateListResponse;
type CertificateListResponsesPage = OpenAI.Admin.Organization.Certificates.CertificateListResponsesPage;
type CertificateListParams = OpenAI.Admin.Organization.Certificates.CertificateListParams;
type CertificateCreateParams = OpenAI.Admin.Organization.Certificates.CertificateCreateParams;
type CertificateActivateResponse = OpenAI.Admin.Organization.Certificates.CertificateActivateResponse;
type CertificateDeactivateResponse = OpenAI.Admin.Organization.Certificates.CertificateDeactivateResponse;
type CertificateDeleteResponse = OpenAI.Admin.Organization.Certificates.CertificateDeleteResponse;
type ProjectCertificate = OpenAI.Admin.Organization.Projects.Certificates.CertificateListResponse;
type Project = OpenAI.Admin.Organization.Projects.Project;
type ProjectListParams = OpenAI.Admin.Organization.Projects.ProjectListParams;

const client = new OpenAI({
  adminAPIKey: process.env['OPENAI_ADMIN_KEY'], // This is the default and can be omitted
});

export async function docsExample(): Promise<string[]> {
  const ids: string[] = [];
  // Automatically fetches more pages as needed.
  for await (const certificateListResponse of client.admin.organization.certificates.list()) {
    ids.push(certificateListResponse.id);
  }
  return ids;
}

export async function configured(): Promise<OpenAI> {
  const options: ClientOptions = {
    adminAPIKey: process.env['OPENAI_ADMIN_KEY'],
    baseURL: process.env['OPENAI_BASE_URL'] ?? 'https://api.openai.com/v1',
    maxRetries: 3,
    timeout: 20 * 1000,
    defaultHeaders: { 'X-Team': 'platform' },
    defaultQuery: { tenant: 'acme' },
    logLevel: 'warn',
    logger: console,
    fetchOptions: { keepalive: true },
  };
  const traced = new OpenAI({
    ...options,
    fetch: async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
      console.log('fetching', url, init?.method);
      return fetch(url, init);
    },
  });
  const impatient = traced.withOptions({ timeout: 5_000, maxRetries: 0 });
  return impatient;
}

export async function pages(params: CertificateListParams = { limit: 20, order: 'desc' }): Promise<CertificateListResponse[]> {
  const certificates = client.admin.organization.certificates;
  const listing: PagePromise<CertificateListResponsesPage, CertificateListResponse> = certificates.list(params);
  let page = await listing;
  const all: CertificateListResponse[] = [...page.data];
  while (page.hasNextPage()) {
    page = await page.getNextPage();
    all.push(...page.getPaginatedItems());
  }
  console.log(page.has_more, page.last_id, page.nextPageRequestOptions()?.query);
  for await (const eachPage of (await certificates.list({ limit: 100 })).iterPages()) console.log(eachPage.data.length);
  const controller = new AbortController();
  for await (const c of certificates.list({ after: 'cert_abc' }, { signal: controller.signal, timeout: 10_000 })) {
    if (c.active) controller.abort();
  }
  return all.filter((c) => c.certificate_details.expires_at !== undefined && c.certificate_details.expires_at < Date.now() / 1000);
}

export async function crud(pem: string): Promise<CertificateDeleteResponse> {
  const certificates = client.admin.organization.certificates;
  const body: CertificateCreateParams = { certificate: pem, name: 'My CA' };
  const { data: created, response, request_id } = await certificates
    .create(body, { idempotencyKey: 'upload-my-ca-1', timeout: 60_000, maxRetries: 5, headers: { 'X-Trace': 'on' } })
    .withResponse();
  console.log(response.status, response.headers.get('x-request-id'), request_id);
  const promise: APIPromise<Certificate> = certificates.retrieve(created.id, { include: ['content'] });
  const retrieved = await promise;
  console.log(retrieved._request_id, retrieved.name ?? '(unnamed)', retrieved.certificate_details.content);
  const raw: Response = await certificates.retrieve(created.id).asResponse();
  console.log(raw.headers.get('content-type'));
  const renamed: Certificate = await certificates.update(created.id, { name: 'Renamed' });
  await certificates.update(renamed.id, {});
  return certificates.delete(renamed.id, { query: { reason: 'rotated' } });
}

export async function activation(ids: string[]): Promise<CertificateActivateResponse[]> {
  const certificates = client.admin.organization.certificates;
  const activated: CertificateActivateResponse[] = [];
  for await (const certificate of certificates.activate({ certificate_ids: ids })) activated.push(certificate);
  const page = await certificates.deactivate({ certificate_ids: ids.slice(0, 1) });
  const deactivated: CertificateDeactivateResponse[] = page.getPaginatedItems();
  console.log(page.data.map((c) => c.active), page.hasNextPage(), deactivated.length);
  return activated;
}

export async function projects(params: ProjectListParams = { include_archived: true, limit: 100 }): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for await (const project of client.admin.organization.projects.list(params)) names.set(project.id, project.name ?? project.id);
  const first = await client.admin.organization.projects.list({ after: 'proj_abc' });
  console.log(first.data.length, first.has_more);
  const project: Project = await client.admin.organization.projects.retrieve('proj_abc');
  console.log(project.status === 'archived', project.archived_at, project.created_at);
  const inProject: ProjectCertificate[] = [];
  for await (const c of client.admin.organization.projects.certificates.list(project.id, { limit: 100 })) inProject.push(c);
  await client.admin.organization.projects.certificates.activate(project.id, { certificate_ids: ['cert_abc'] });
  await client.admin.organization.projects.certificates.deactivate(project.id, { certificate_ids: ['cert_abc'] });
  return names;
}

export async function errors(id: string): Promise<Certificate | null> {
  try {
    return await client.admin.organization.certificates.retrieve(id);
  } catch (err) {
    if (err instanceof NotFoundError) {
      console.log(err.status, err.headers.get('x-request-id'), err.requestID, err.param);
      return null;
    }
    if (err instanceof OpenAI.RateLimitError || err instanceof RateLimitError) console.log('retry after', err.headers.get('retry-after'));
    if (err instanceof BadRequestError && err.code === null) console.log('no code', err.message, err.error);
    if (err instanceof AuthenticationError || err instanceof PermissionDeniedError) console.log('check the admin key');
    if (err instanceof APIConnectionTimeoutError || err instanceof APIUserAbortError) console.log('gave up');
    else if (err instanceof APIConnectionError) console.log('network', err.cause);
    if (err instanceof APIError) {
      const code: string | null | undefined = err.code; // as the official SDK types it
      console.log(err.status, err.name, code, err.type, err.headers?.get('x-request-id'));
    } else if (err instanceof OpenAIError) {
      console.log(err.message);
    }
    throw err;
  }
}

export const requestOptions: OpenAI.RequestOptions = { maxRetries: 1, timeout: 1_000, signal: AbortSignal.timeout(5_000) };
