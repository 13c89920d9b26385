// Entry point for Node (ESM).
import { defineClient } from './client.mjs';
import { defineInspect } from './inspect.mjs';
import { loadEngine, loadInspector } from './load-node.mjs';

const OpenAI = defineClient(loadEngine);
export default OpenAI;
export { OpenAI };
export const inspectCertificate = defineInspect(loadInspector);
export * from './errors.mjs';
