// A worker_threads worker that require()s the package (the `node` + `require` condition).
const { parentPort, workerData } = require('node:worker_threads');
const OpenAI = require('openai-admin-certificates');

(async () => {
  const { exercise } = await import('./exercise.mjs');
  parentPort.postMessage(await exercise(OpenAI, OpenAI.BadRequestError, OpenAI.inspectCertificate, workerData));
})();
