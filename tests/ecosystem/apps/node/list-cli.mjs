// `<runtime> list-cli.mjs <specifier> <baseURL> <key>`: lists the mock's certificates through the
// package as that runtime resolves `<specifier>` from this consumer project, and prints JSON.
import { exercise } from './exercise.mjs';

const [specifier, baseURL, key] = (globalThis.Deno?.args ?? process.argv.slice(2));
const { default: OpenAI, BadRequestError, inspectCertificate } = await import(specifier);
const result = await exercise(OpenAI, BadRequestError, inspectCertificate, { baseURL, key });
console.log(JSON.stringify({ ...result, resolved: import.meta.resolve(specifier) }));
