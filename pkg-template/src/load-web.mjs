// Browsers and workers: the web-target wasm glue; the .wasm is fetched on first use.
import init, * as wasm from '../wasm/web/openai_admin_certificates.js';
import { makeError } from './error-factory.mjs';

let ready;

/** A promise of the initialized engine module (fetched once, on the first call). */
export function loadEngine() {
  ready ??= init().then(() => {
    wasm.setErrorFactory(makeError);
    return wasm;
  });
  return ready;
}
