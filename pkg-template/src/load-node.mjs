// Node: the nodejs-target wasm glue, required synchronously on first use.
import { createRequire } from 'node:module';
import { makeError } from './error-factory.mjs';

const require = createRequire(import.meta.url);

/** Loads a glue module once, on first use, and installs the error factory in it. */
function once(load) {
  let module;
  return () => {
    if (!module) {
      module = load();
      module.setErrorFactory(makeError);
    }
    return module;
  };
}

/** The initialized client engine. */
export const loadEngine = once(() => require('../wasm/node/openai_admin_certificates.cjs'));
/** The initialized certificate inspector (its own wasm). */
export const loadInspector = once(() => require('../wasm/node/openai_admin_certificates_inspect.cjs'));
