// The page of the consumer app for esbuild, through the `/inline` entry (the wasm embedded): esbuild
// does not follow `new URL('….wasm', import.meta.url)`. The worker is built as its own entry point.
import OpenAI, { APIError, BadRequestError, inspectCertificate } from 'openai-admin-certificates/inline';
import { exercise, inWorker, report } from './list.js';

const worker = new Worker(new URL('./worker-inline.js', import.meta.url), { type: 'module' });
report(exercise(OpenAI, { APIError, BadRequestError, inspectCertificate }), inWorker(worker));
