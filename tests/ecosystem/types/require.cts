// A CommonJS consumer (a .cts file under NodeNext): `require` gives the client class itself, which
// also carries the error classes, as at run time.
import OpenAI = require('openai-admin-certificates');

export async function fromRequire(): Promise<string[]> {
  const client = new OpenAI({ adminAPIKey: 'sk-admin-...', baseURL: 'http://127.0.0.1:8080/v1' });
  const ids: string[] = [];
  try {
    for await (const certificate of client.admin.organization.certificates.list({ order: 'asc' })) ids.push(certificate.id);
  } catch (e) {
    if (e instanceof OpenAI.NotFoundError) return [String(e.status)];
  }
  return ids;
}
