// Wrong calls the types must reject: each `@ts-expect-error` is itself an error under --strict when
// the line below it type-checks, so this file compiles only if every one of them is refused.
// (official.ts and api.ts use each method correctly, so none of these errors comes from a method
// that is missing.)
import OpenAI, { APIError } from 'openai-admin-certificates';

const client = new OpenAI({ adminAPIKey: null });
const certificates = client.admin.organization.certificates;
const projects = client.admin.organization.projects;
const projectCertificates = client.admin.organization.projects.certificates;

export async function wrongCalls() {
  // @ts-expect-error order is 'asc' | 'desc'
  certificates.list({ order: 'newest' });
  // @ts-expect-error order is lower case
  certificates.list({ order: 'ASC' });
  // @ts-expect-error limit is a number
  certificates.list({ limit: '10' });
  // @ts-expect-error an unknown parameter (a typo of limit)
  certificates.list({ limt: 5 });
  // @ts-expect-error the cursor parameter is after, not starting_after
  certificates.list({ starting_after: 'cert_abc' });
  // @ts-expect-error create needs the certificate's PEM text
  certificates.create({ name: 'no certificate' });
  // @ts-expect-error the PEM text goes in certificate (older docs said content)
  certificates.create({ content: '-----BEGIN CERTIFICATE-----…' });
  // @ts-expect-error create needs a body
  certificates.create();
  // @ts-expect-error ids are strings
  certificates.retrieve(42);
  // @ts-expect-error include takes 'content' only
  certificates.retrieve('cert_abc', { include: ['everything'] });
  // @ts-expect-error ids are strings
  certificates.update(42, { name: 'x' });
  // @ts-expect-error a name is a string
  certificates.update('cert_abc', { name: null });
  // @ts-expect-error ids are strings
  certificates.delete(42);
  // @ts-expect-error certificate_ids are strings
  certificates.activate({ certificate_ids: [1, 2] });
  // @ts-expect-error certificate_ids is an array
  certificates.deactivate({ certificate_ids: 'cert_abc' });
  // @ts-expect-error the parameter is certificate_ids
  certificates.activate({ ids: ['cert_abc'] });
  // @ts-expect-error project ids are strings
  projectCertificates.list(7);
  // @ts-expect-error project ids are strings
  projectCertificates.activate(7, { certificate_ids: ['cert_abc'] });
  // @ts-expect-error project activation needs the project id first
  projectCertificates.deactivate({ certificate_ids: ['cert_abc'] });
  // @ts-expect-error include_archived is a boolean
  projects.list({ include_archived: 'true' });
  // @ts-expect-error limit is a number
  projects.list({ limit: '100' });
  // @ts-expect-error projects are not ordered by the API
  projects.list({ order: 'asc' });
  // @ts-expect-error project ids are strings
  projects.retrieve(7);
  // @ts-expect-error certificate ids are strings
  certificates.activeProjects(7);
  // @ts-expect-error include_archived is a boolean
  certificates.activeProjects('cert_abc', { include_archived: 1 });
  // @ts-expect-error toArray needs { limit }
  certificates.list().toArray();
  // @ts-expect-error activate's result is one page: no toArray (await it, or for await over it)
  certificates.activate({ certificate_ids: ['cert_abc'] }).toArray({ limit: 1 });
}

export async function wrongOptions() {
  // @ts-expect-error the official SDK's name is adminAPIKey
  new OpenAI({ apiKey: 'sk-admin-...' });
  // @ts-expect-error timeout is in milliseconds
  new OpenAI({ timeout: '30s' });
  // @ts-expect-error baseURL is a string
  new OpenAI({ baseURL: new URL('http://127.0.0.1/v1') });
  // @ts-expect-error log levels are off, error, warn, info, debug
  new OpenAI({ logLevel: 'verbose' });
  // @ts-expect-error a logger has error, warn, info and debug
  new OpenAI({ logger: { log: console.log } });
  // @ts-expect-error withOptions takes client options
  client.withOptions({ apikey: 'sk-admin-...' });
  // @ts-expect-error maxRetries is a number
  certificates.list({}, { maxRetries: 'two' });
  // @ts-expect-error the request option is idempotencyKey
  certificates.create({ certificate: '…' }, { idempotency_key: 'k' });
  // @ts-expect-error an idempotency key is a string
  certificates.create({ certificate: '…' }, { idempotencyKey: 42 });
  // @ts-expect-error header values are strings
  certificates.retrieve('cert_abc', {}, { headers: { 'X-Retry': 1 } });
  // @ts-expect-error prefetch is an option of listings only
  certificates.retrieve('cert_abc', {}, { prefetch: 2 });
}

export async function wrongResults() {
  const page = await certificates.list();
  // @ts-expect-error listed items are organization.certificate, not certificate
  const object: 'certificate' = page.data[0].object;
  // @ts-expect-error a name may be null
  const name: string = page.data[0].name;
  // @ts-expect-error the page's object is 'list'
  const pageObject: 'page' = page.object;
  // @ts-expect-error the page's last_id is null on an empty page
  const last: string = page.last_id;
  // @ts-expect-error a project's name may be null
  const projectName: string = (await projects.retrieve('proj_abc')).name;
  try {
    await certificates.retrieve('cert_abc');
  } catch (e) {
    // @ts-expect-error an error's code may be null
    if (e instanceof APIError) return e.code.toString();
    // @ts-expect-error an error's code is a string (a number in the body is given as its string)
    if (e instanceof APIError) return e.code satisfies number | null | undefined;
  }
  return [object, name, pageObject, last, projectName];
}
