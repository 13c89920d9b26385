// Node: the nodejs-target wasm glue, required synchronously on first use.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Loads a glue module once, on first use. */
function once(load) {
  let module;
  return () => (module ??= load());
}

/** The initialized client engine. */
export const loadEngine = once(() => require('../wasm/node/openai_admin_certificates.cjs'));
/** The initialized certificate inspector (its own wasm). */
export const loadInspector = once(() => require('../wasm/node/openai_admin_certificates_inspect.cjs'));
