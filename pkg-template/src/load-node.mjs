// Node: the nodejs-target wasm glue, required synchronously on first use.
import { createRequire } from 'node:module';
import { makeError } from './error-factory.mjs';

const require = createRequire(import.meta.url);
let engine;

/** The initialized engine module (loaded once, on the first call). */
export function loadEngine() {
  if (!engine) {
    engine = require('../wasm/node/openai_admin_certificates.cjs');
    engine.setErrorFactory(makeError);
  }
  return engine;
}
