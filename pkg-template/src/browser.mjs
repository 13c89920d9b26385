// Entry point for browsers, workers and bundlers (ESM).
import { defineClient } from './client.mjs';
import { loadEngine } from './load-web.mjs';

const OpenAI = defineClient(loadEngine);
export default OpenAI;
export { OpenAI };
export * from './errors.mjs';
