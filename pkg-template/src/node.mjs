// Entry point for Node (ESM).
import { defineClient } from './client.mjs';
import { defineImpact } from './impact.mjs';
import { defineInspect } from './inspect.mjs';
import { loadEngine, loadInspector } from './load-node.mjs';

// Both pure: a bundler drops the client or the inspector (and its wasm) from an app that does not use it.
const OpenAI = /* @__PURE__ */ defineClient(loadEngine);
export default OpenAI;
export { OpenAI };
export const inspectCertificate = /* @__PURE__ */ defineInspect(loadInspector);
export const certificateImpact = /* @__PURE__ */ defineImpact(loadInspector);
export * from './errors.mjs';
export { expiryStatus } from './expiry.mjs';
