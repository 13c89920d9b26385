// Browsers and workers: the web-target wasm glue; each .wasm is fetched on first use.
import initEngine, * as engine from '../wasm/web/openai_admin_certificates.js';

/** Initializes a glue module once, on first use. */
export function once(load) {
  let ready;
  return () => (ready ??= load());
}

/** A promise of the initialized client engine. */
export const loadEngine = once(() => initEngine().then(() => engine));

/**
 * A promise of the initialized certificate inspector: a separate wasm behind a dynamic import, so
 * an app that never inspects a certificate neither bundles nor fetches it.
 */
export const loadInspector = once(async () => {
  const inspector = await import('../wasm/web/openai_admin_certificates_inspect.js');
  await inspector.default();
  return inspector;
});
