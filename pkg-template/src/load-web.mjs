// Browsers and workers: the web-target wasm glue; each .wasm is fetched on first use.
import initEngine, * as engine from '../wasm/web/openai_admin_certificates.js';
import { OpenAIError } from './errors.mjs';

/** Initializes a glue module once, on first use. */
export function once(load) {
  let ready;
  return () => (ready ??= load());
}

/**
 * The error for a .wasm this entry could not fetch or compile: most often a bundler that bundled
 * the glue but did not copy the .wasm beside it (esbuild does not), so it says what to import instead.
 */
function notLoaded(file, cause) {
  const error = new OpenAIError(
    `openai-admin-certificates could not load its WebAssembly (${file}): ${cause?.message ?? cause}. ` +
      "If your bundler did not copy the .wasm file beside the bundle (esbuild does not), import 'openai-admin-certificates/inline' instead: it embeds the wasm.",
  );
  error.cause = cause;
  return error;
}

/** `start()`, with a `notLoaded(file)` error if it fails. */
async function init(file, start) {
  try {
    return await start();
  } catch (cause) {
    throw notLoaded(file, cause);
  }
}

/** A promise of the initialized client engine. */
export const loadEngine = /* @__PURE__ */ once(() =>
  init('openai_admin_certificates_bg.wasm', async () => {
    await initEngine();
    return engine;
  }),
);

/**
 * A promise of the initialized certificate inspector: a separate wasm behind a dynamic import, so
 * an app that never inspects a certificate neither bundles nor fetches it.
 */
export const loadInspector = /* @__PURE__ */ once(() =>
  init('openai_admin_certificates_inspect_bg.wasm', async () => {
    const inspector = await import('../wasm/web/openai_admin_certificates_inspect.js');
    await inspector.default();
    return inspector;
  }),
);
