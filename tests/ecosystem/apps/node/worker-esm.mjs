// A worker_threads worker that imports the package (the `node` + `import` condition).
import { parentPort, workerData } from 'node:worker_threads';
import OpenAI, { BadRequestError, inspectCertificate } from 'openai-admin-certificates';
import { exercise } from './exercise.mjs';

parentPort.postMessage(await exercise(OpenAI, BadRequestError, inspectCertificate, workerData));
