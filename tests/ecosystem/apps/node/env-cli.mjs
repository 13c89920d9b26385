// `<runtime> env-cli.mjs <specifier> [baseURL]`: a client configured by the environment
// (OPENAI_ADMIN_KEY, and OPENAI_BASE_URL unless `baseURL` is given) lists every certificate; prints
// JSON: `{ ids }`, or `{ error: { name, message } }` when the constructor or a call fails.
const [specifier, baseURL] = globalThis.Deno?.args ?? process.argv.slice(2);
const { default: OpenAI } = await import(specifier);
try {
  const client = new OpenAI(baseURL ? { baseURL } : {});
  const ids = [];
  for await (const certificate of client.admin.organization.certificates.list({ limit: 100 })) ids.push(certificate.id);
  console.log(JSON.stringify({ ids }));
} catch (e) {
  console.log(JSON.stringify({ error: { name: e?.name, message: e?.message } }));
}
