// The consumer app's dedicated module worker: the same listing where `window` and `document` do not exist.
import OpenAI, { APIError, BadRequestError, inspectCertificate } from 'openai-admin-certificates';
import { serveWorker } from './list.js';

serveWorker(OpenAI, { APIError, BadRequestError, inspectCertificate });
