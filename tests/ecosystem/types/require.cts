// A CommonJS consumer (a .cts file under NodeNext): `require` gives the client class itself, which
// also carries the error classes, and the official type names under its namespace, as at run time.
import OpenAI = require('openai-admin-certificates');

type CertificateListResponse = OpenAI.Admin.Organization.Certificates.CertificateListResponse;

export async function fromRequire(): Promise<string[]> {
  const client = new OpenAI({ adminAPIKey: 'sk-admin-...', baseURL: 'http://127.0.0.1:8080/v1' });
  const listed: CertificateListResponse[] = [];
  try {
    for await (const certificate of client.admin.organization.certificates.list({ order: 'asc' })) listed.push(certificate);
    const project: OpenAI.Admin.Organization.Projects.Project = await client.admin.organization.projects.retrieve('proj_abc');
    listed.length = project.created_at;
  } catch (e) {
    if (e instanceof OpenAI.NotFoundError) return [String(e.status), e.headers.get('x-request-id') ?? ''];
  }
  return listed.map((c) => c.id);
}
