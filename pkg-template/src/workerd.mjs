// Entry point for Cloudflare Workers (the `workerd` export condition, which wrangler sets; for the
// default entry and for `/inline`). A Worker may not compile wasm from bytes at run time ("Wasm code
// generation disallowed by embedder") and has no `import.meta.url` to fetch a .wasm from, so each
// .wasm is imported as a module, the way Workers and their bundlers take it: wrangler uploads it
// beside the script, workerd compiles it on deploy, and the import gives a `WebAssembly.Module`.
// The inspector's module is imported only when `inspectCertificate` is first called.
import * as engine from '../wasm/web/openai_admin_certificates.js';
import engineModule from '../wasm/web/openai_admin_certificates_bg.wasm';
import { defineClient } from './client.mjs';
import { defineImpact } from './impact.mjs';
import { defineInspect } from './inspect.mjs';
import { once } from './load-web.mjs';

const loadEngine = /* @__PURE__ */ once(async () => {
  engine.initSync({ module: engineModule });
  return engine;
});

const loadInspector = /* @__PURE__ */ once(async () => {
  const [inspector, { default: module }] = await Promise.all([
    import('../wasm/web/openai_admin_certificates_inspect.js'),
    import('../wasm/web/openai_admin_certificates_inspect_bg.wasm'),
  ]);
  inspector.initSync({ module });
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
