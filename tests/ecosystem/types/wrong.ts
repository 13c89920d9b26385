// Wrong calls the types must reject: each `@ts-expect-error` is itself an error under --strict when
// the line below it type-checks, so this file compiles only if every one of them is refused.
// (api.ts uses each method correctly, so none of these errors comes from a method that is missing.)
import OpenAI from 'openai-admin-certificates';

const client = new OpenAI({ adminAPIKey: null });
const certificates = client.admin.organization.certificates;
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
  // @ts-expect-error create needs the certificate's PEM text
  certificates.create({ name: 'no certificate' });
  // @ts-expect-error create needs a body
  certificates.create();
  // @ts-expect-error ids are strings
  certificates.retrieve(42);
  // @ts-expect-error include takes 'content' only
  certificates.retrieve('cert_abc', { include: ['everything'] });
  // @ts-expect-error ids are strings
  certificates.update(42, { name: 'x' });
  // @ts-expect-error update needs a name
  certificates.update('cert_abc', {});
  // @ts-expect-error ids are strings
  certificates.delete(42);
  // @ts-expect-error certificate_ids are strings
  certificates.activate({ certificate_ids: [1, 2] });
  // @ts-expect-error certificate_ids is an array
  certificates.deactivate({ certificate_ids: 'cert_abc' });
  // @ts-expect-error project ids are strings
  projectCertificates.list(7);
  // @ts-expect-error project ids are strings
  projectCertificates.activate(7, { certificate_ids: ['cert_abc'] });
  // @ts-expect-error project activation needs the project id first
  projectCertificates.deactivate({ certificate_ids: ['cert_abc'] });
  // @ts-expect-error toArray needs { limit }
  certificates.list().toArray();
  // @ts-expect-error maxRetries is a number
  certificates.list({}, { maxRetries: 'two' });
}

export async function wrongOptions() {
  // @ts-expect-error the official SDK's name is adminAPIKey
  new OpenAI({ apiKey: 'sk-admin-...' });
  // @ts-expect-error timeout is in milliseconds
  new OpenAI({ timeout: '30s' });
  // @ts-expect-error baseURL is a string
  new OpenAI({ baseURL: new URL('http://127.0.0.1/v1') });
}

export async function wrongResults() {
  const page = await certificates.list();
  // @ts-expect-error listed items are organization.certificate, not certificate
  const object: 'certificate' = page.data[0].object;
  // @ts-expect-error a name may be null
  const name: string = page.data[0].name;
  // @ts-expect-error the page's object is 'list'
  const pageObject: 'page' = page.object;
  return [object, name, pageObject];
}
