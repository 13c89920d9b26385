// The page of the consumer app, for bundlers that follow `new URL('…', import.meta.url)` (Vite, webpack).
import OpenAI, { APIError, BadRequestError, inspectCertificate } from 'openai-admin-certificates';
import { exercise, inWorker, report } from './list.js';

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
report(exercise(OpenAI, { APIError, BadRequestError, inspectCertificate }), inWorker(worker));
