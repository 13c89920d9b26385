// `<runtime> raw-cli.mjs <specifier> <baseURL> <key>`: the raw-response features (raw-responses.mjs)
// through the package as that runtime resolves `<specifier>`; prints JSON, or `{ failure }`.
import { rawResponses } from './raw-responses.mjs';

const [specifier, baseURL, key] = globalThis.Deno?.args ?? process.argv.slice(2);
const { default: OpenAI, NotFoundError } = await import(specifier);
try {
  console.log(JSON.stringify(await rawResponses(new OpenAI({ adminAPIKey: key, baseURL }), NotFoundError)));
} catch (e) {
  console.log(JSON.stringify({ failure: `${e?.name}: ${e?.message}` }));
}
