// Entry point `openai-admin-certificates/inline` (ESM): the browser entry with each .wasm embedded as
// base64, for bundlers that do not follow `new URL('….wasm', import.meta.url)` (esbuild, ...) and for
// single-file scripts. Nothing to copy or serve; the price is about a third more bytes for the wasm,
// compressed or not (tests/ecosystem measures it). The inspector's wasm stays behind a dynamic
// import, so a bundler that splits chunks loads it only when `inspectCertificate` is first called.
// Works wherever the browser entry does (pages, workers) and in Node, Deno and Bun.
import initEngine, * as engine from '../wasm/web/openai_admin_certificates.js';
import engineWasm from './wasm-base64/openai_admin_certificates_bg.mjs';
import { defineClient } from './client.mjs';
import { defineImpact } from './impact.mjs';
import { defineInspect } from './inspect.mjs';
import { once } from './load-web.mjs';

/** The embedded base64 text as bytes (`Uint8Array.fromBase64` where the runtime has it). */
function decode(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const loadEngine = /* @__PURE__ */ once(() => initEngine({ module_or_path: decode(engineWasm) }).then(() => engine));

const loadInspector = /* @__PURE__ */ once(async () => {
  const [inspector, { default: inspectorWasm }] = await Promise.all([
    import('../wasm/web/openai_admin_certificates_inspect.js'),
    import('./wasm-base64/openai_admin_certificates_inspect_bg.mjs'),
  ]);
  await inspector.default({ module_or_path: decode(inspectorWasm) });
  return inspector;
});

// Both pure: a bundler drops the client or the inspector (and its wasm) from an app that does not use it.
const OpenAI = /* @__PURE__ */ defineClient(loadEngine);
export default OpenAI;
export { OpenAI };
export const inspectCertificate = /* @__PURE__ */ defineInspect(loadInspector);
export const certificateImpact = /* @__PURE__ */ defineImpact(loadInspector);
export * from './errors.mjs';
export { expiryStatus } from './expiry.mjs';
