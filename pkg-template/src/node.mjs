// Entry point for Node (ESM).
import { defineClient } from './client.mjs';
import { loadEngine } from './load-node.mjs';

const OpenAI = defineClient(loadEngine);
export default OpenAI;
export { OpenAI };
export * from './errors.mjs';
