// A dedicated module worker importing the package's browser entry (what `exports` gives a browser).
import OpenAI, { APIError, BadRequestError, inspectCertificate } from '../../node_modules/openai-admin-certificates/dist/browser.mjs';
import { serveWorker } from '../browser/list.js';

serveWorker(OpenAI, { APIError, BadRequestError, inspectCertificate });
