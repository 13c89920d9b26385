// Entry point for browsers, workers and bundlers (ESM).
import { defineClient } from './client.mjs';
import { defineInspect } from './inspect.mjs';
import { loadEngine, loadInspector } from './load-web.mjs';

const OpenAI = defineClient(loadEngine);
export default OpenAI;
export { OpenAI };
export const inspectCertificate = defineInspect(loadInspector);
export * from './errors.mjs';
