// A worker_threads worker that imports the `/inline` entry (the web glue with the embedded wasm).
import { parentPort, workerData } from 'node:worker_threads';
import OpenAI, { BadRequestError, inspectCertificate } from 'openai-admin-certificates/inline';
import { exercise } from './exercise.mjs';

parentPort.postMessage(await exercise(OpenAI, BadRequestError, inspectCertificate, workerData));
