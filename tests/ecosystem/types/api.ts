// Every documented call of the package type-checks under --strict with the official SDK's names, and
// what it returns has the API's field types, with literal types for `object` and `order`.
// (Compiled, never run: the ids and PEM text are placeholders.)
import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidParameterError,
  NotFoundError,
  OpenAIError,
  PaginationError,
  PermissionDeniedError,
  RateLimitError,
  UnexpectedResponseError,
  UnprocessableEntityError,
  inspectCertificate,
} from 'openai-admin-certificates';
import type { ClientOptions, CertificateListParams, CertificateListResponse, CursorPage, PagePromise } from 'openai-admin-certificates';
import { assertType, type Equal } from './equal.js';

export async function clientOptions() {
  const options: ClientOptions = {
    adminAPIKey: null,
    baseURL: 'http://127.0.0.1:8080/v1',
    fetch: (request: Request) => globalThis.fetch(request),
    dangerouslyAllowBrowser: true,
    timeout: 30_000,
    maxRetries: 2,
  };
  new OpenAI(options);
  new OpenAI({ adminAPIKey: 'sk-admin-...' });
  new OpenAI({ fetch: globalThis.fetch });
  new OpenAI();
  new OpenAI.OpenAI({});
}

const client = new OpenAI();
const certificates = client.admin.organization.certificates;
const projectCertificates = client.admin.organization.projects.certificates;
const requestOptions = { signal: new AbortController().signal, timeout: 5_000, maxRetries: 0 };

export async function list() {
  const params: CertificateListParams = { after: 'cert_abc', limit: 100, order: 'asc' };
  assertType<Equal<CertificateListParams['order'], 'asc' | 'desc' | undefined>>();
  const listing: PagePromise<CertificateListResponse> = certificates.list(params, requestOptions);
  const page: CursorPage<CertificateListResponse> = await listing;
  assertType<Equal<typeof page.object, 'list'>>();
  assertType<Equal<typeof page.has_more, boolean>>();
  assertType<Equal<typeof page.last_id, string | null>>();
  const item = page.data[0];
  assertType<Equal<typeof item.object, 'organization.certificate'>>();
  assertType<Equal<typeof item.id, string>>();
  assertType<Equal<typeof item.name, string | null>>();
  assertType<Equal<typeof item.created_at, number>>();
  assertType<Equal<typeof item.active, boolean>>();
  const expires: number | undefined = item.certificate_details.expires_at;
  if (page.hasNextPage()) await page.getNextPage();
  for await (const p of page.iterPages()) p.data.length;
  for await (const c of page) c.id;
  for await (const c of certificates.list()) c.id;
  for await (const p of certificates.list({ limit: 10 }).iterPages()) p.first_id;
  const all: CertificateListResponse[] = await certificates.list().toArray({ limit: 1_000 });
  return [expires, all];
}

export async function crud() {
  const created = await certificates.create({ certificate: '-----BEGIN CERTIFICATE-----…', name: 'My CA' }, requestOptions);
  assertType<Equal<typeof created.object, 'certificate'>>();
  await certificates.create({ certificate: '-----BEGIN CERTIFICATE-----…' });
  const retrieved = await certificates.retrieve(created.id, { include: ['content'] }, requestOptions);
  assertType<Equal<typeof retrieved.object, 'certificate'>>();
  const pem: string | undefined = retrieved.certificate_details.content;
  await certificates.retrieve('cert_abc');
  const renamed = await certificates.update('cert_abc', { name: 'Renamed' }, requestOptions);
  assertType<Equal<typeof renamed.object, 'certificate'>>();
  assertType<Equal<typeof renamed.name, string | null>>();
  const deleted = await certificates.delete('cert_abc', requestOptions);
  assertType<Equal<typeof deleted.object, 'certificate.deleted'>>();
  assertType<Equal<typeof deleted.id, string>>();
  return pem;
}

export async function activation() {
  const activated = await certificates.activate({ certificate_ids: ['cert_abc', 'cert_def'] }, requestOptions);
  assertType<Equal<typeof activated.object, 'organization.certificate.activation'>>();
  assertType<Equal<(typeof activated.data)[number]['object'], 'organization.certificate'>>();
  for await (const c of certificates.activate({ certificate_ids: ['cert_abc'] })) c.active;
  const deactivated = await certificates.deactivate({ certificate_ids: ['cert_abc'] }, requestOptions);
  assertType<Equal<typeof deactivated.object, 'organization.certificate.deactivation'>>();
  for await (const c of certificates.deactivate({ certificate_ids: ['cert_abc'] })) c.id;
}

export async function projects() {
  const page = await projectCertificates.list('proj_abc', { after: 'cert_abc', limit: 10, order: 'desc' }, requestOptions);
  assertType<Equal<typeof page.object, 'list'>>();
  assertType<Equal<(typeof page.data)[number]['object'], 'organization.project.certificate'>>();
  for await (const c of projectCertificates.list('proj_abc')) c.id;
  await projectCertificates.list('proj_abc').toArray({ limit: 50 });
  const activated = await projectCertificates.activate('proj_abc', { certificate_ids: ['cert_abc'] }, requestOptions);
  assertType<Equal<typeof activated.object, 'organization.project.certificate.activation'>>();
  const deactivated = await projectCertificates.deactivate('proj_abc', { certificate_ids: ['cert_abc'] });
  assertType<Equal<typeof deactivated.object, 'organization.project.certificate.deactivation'>>();
  for await (const c of projectCertificates.activate('proj_abc', { certificate_ids: ['cert_abc'] })) c.object;
}

export async function errors() {
  try {
    await certificates.retrieve('cert_missing');
  } catch (e) {
    if (e instanceof NotFoundError) {
      const status: number | undefined = e.status;
      const requestID: string | null | undefined = e.requestID;
      const message: string | undefined = e.error?.message;
      return [status, requestID, message, e.code, e.param, e.type, e.headers];
    }
    if (e instanceof OpenAI.RateLimitError) return e.status;
    if (e instanceof InvalidParameterError) return e.param satisfies string;
    if (e instanceof APIError) return e.message;
    if (e instanceof OpenAIError) return e.name;
  }
  const classes = [
    APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, AuthenticationError, BadRequestError,
    ConflictError, InternalServerError, PaginationError, PermissionDeniedError, UnexpectedResponseError,
    UnprocessableEntityError,
  ] satisfies Array<typeof OpenAIError>;
  assertType<Equal<typeof OpenAI.NotFoundError, typeof NotFoundError>>();
  return classes;
}

export async function inspect() {
  return inspectCertificate('-----BEGIN CERTIFICATE-----…');
}
