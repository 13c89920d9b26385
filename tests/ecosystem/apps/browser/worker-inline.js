// The esbuild app's module worker, through the `/inline` entry.
import OpenAI, { APIError, BadRequestError, inspectCertificate } from 'openai-admin-certificates/inline';
import { serveWorker } from './list.js';

serveWorker(OpenAI, { APIError, BadRequestError, inspectCertificate });
