// A dedicated module worker importing the `/inline` entry (the wasm embedded, nothing fetched).
import OpenAI, { APIError, BadRequestError, inspectCertificate } from '../../node_modules/openai-admin-certificates/dist/inline.mjs';
import { serveWorker } from '../browser/list.js';

serveWorker(OpenAI, { APIError, BadRequestError, inspectCertificate });
