// The client class: the official SDK's names (`client.admin.organization.certificates.list()`) over
// the Rust engine. `loadEngine()` returns the initialized wasm module, or a promise of it where the
// wasm must be fetched (browsers); nothing loads until the first client is made.

import * as errors from './errors.mjs';
import { PagePromise } from './pages.mjs';

/** Calls `fn` with `value` now, or when it resolves if it is a promise. */
function whenReady(value, fn) {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** `client.admin.organization.certificates`. */
class Certificates {
  #engine;

  constructor(engine) {
    this.#engine = engine;
  }

  /**
   * Lists the organization's certificates: `await` it for the first page, `for await` it for every
   * certificate. `params`: `{ after?, limit? (1..100), order? ('asc' | 'desc') }`.
   */
  list(params) {
    return new PagePromise(() => whenReady(this.#engine(), (engine) => engine.listCertificates(params)));
  }
}

/** Builds the `OpenAI` client class over an engine loader. */
export function defineClient(loadEngine) {
  class OpenAI {
    #engine;

    /**
     * `options`: `{ adminAPIKey?, baseURL?, fetch?, dangerouslyAllowBrowser? }`. In Node the options
     * are checked here; in browsers, where the wasm loads asynchronously, on the first call.
     */
    constructor(options = {}) {
      this.#engine = whenReady(loadEngine(), (engine) => new engine.Client(options));
      // Browsers report a bad configuration on the first call; don't also report it as unhandled.
      if (this.#engine instanceof Promise) this.#engine.catch(() => {});
      const engine = () => this.#engine;
      this.admin = Object.freeze({
        organization: Object.freeze({ certificates: new Certificates(engine) }),
      });
    }
  }
  Object.assign(OpenAI, errors, { OpenAI, default: OpenAI });
  return OpenAI;
}
