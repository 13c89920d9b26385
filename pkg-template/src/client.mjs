// The client class: the official SDK's names (`client.admin.organization.certificates.list()`,
// `.create()`, ...) over the Rust engine, which validates, sends and checks everything.
// `loadEngine()` returns the initialized wasm module, or a promise of it where the wasm must be
// fetched (browsers); nothing loads until the first client is made.

import * as errors from './errors.mjs';
import { ItemsPromise, PagePromise } from './pages.mjs';

/** Calls `fn` with `value` now, or when it resolves if it is a promise. */
function whenReady(value, fn) {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

/** A resource bound to the client's engine. */
class Resource {
  #engine;

  constructor(engine) {
    this.#engine = engine;
  }

  /** A promise of `call(engine)`'s promise: the engine validates before sending anything. */
  request(call) {
    return Promise.resolve(whenReady(this.#engine(), call));
  }

  /** A `PagePromise` over the cursor `open(engine, forItems)` returns. */
  pages(open) {
    return new PagePromise((forItems) => whenReady(this.#engine(), (engine) => open(engine, forItems)));
  }
}

/** `client.admin.organization.certificates`. */
class Certificates extends Resource {
  // Every method takes the official SDK's request options last: `{ signal, timeout, maxRetries }`.

  /** Lists the organization's certificates: `await` for the first page, `for await` for all. */
  list(params, options) {
    return this.pages((engine, forItems) => engine.listCertificates(params, options, forItems));
  }

  /** Uploads a certificate: `{ certificate: pemText, name? }`. */
  create(body, options) {
    return this.request((engine) => engine.createCertificate(body, options));
  }

  /** Retrieves a certificate; `{ include: ['content'] }` adds its PEM text. */
  retrieve(certificateID, params, options) {
    return this.request((engine) => engine.retrieveCertificate(certificateID, params, options));
  }

  /** Renames a certificate: `{ name }`. */
  update(certificateID, body, options) {
    return this.request((engine) => engine.updateCertificate(certificateID, body, options));
  }

  /** Deletes a certificate that is no longer active anywhere. */
  delete(certificateID, options) {
    return this.request((engine) => engine.deleteCertificate(certificateID, options));
  }

  /** Activates 1 to 10 certificates for the organization: `{ certificate_ids }`. */
  activate(body, options) {
    return new ItemsPromise(this.request((engine) => engine.toggleCertificates(undefined, true, body, options)));
  }

  /** Deactivates 1 to 10 certificates for the organization: `{ certificate_ids }`. */
  deactivate(body, options) {
    return new ItemsPromise(this.request((engine) => engine.toggleCertificates(undefined, false, body, options)));
  }
}

/** `client.admin.organization.projects.certificates`. */
class ProjectCertificates extends Resource {
  /** Lists the certificates active in a project. */
  list(projectID, params, options) {
    return this.pages((engine, forItems) => engine.listProjectCertificates(projectID, params, options, forItems));
  }

  /** Activates 1 to 10 certificates for a project. */
  activate(projectID, body, options) {
    return new ItemsPromise(this.request((engine) => engine.toggleCertificates(projectID ?? null, true, body, options)));
  }

  /** Deactivates 1 to 10 certificates for a project. */
  deactivate(projectID, body, options) {
    return new ItemsPromise(this.request((engine) => engine.toggleCertificates(projectID ?? null, false, body, options)));
  }
}

/** Builds the `OpenAI` client class over an engine loader. */
export function defineClient(loadEngine) {
  class OpenAI {
    #engine;

    /**
     * `options`: `{ adminAPIKey?, baseURL?, fetch?, dangerouslyAllowBrowser?, allowInsecureBaseURL?,
     * timeout?, maxRetries? }`. In Node the options
     * are checked here; in browsers, where the wasm loads asynchronously, on the first call.
     */
    constructor(options = {}) {
      this.#engine = whenReady(loadEngine(), (engine) => new engine.Client(options));
      // Browsers report a bad configuration on the first call; don't also report it as unhandled.
      if (this.#engine instanceof Promise) this.#engine.catch(() => {});
      const engine = () => this.#engine;
      this.admin = Object.freeze({
        organization: Object.freeze({
          certificates: new Certificates(engine),
          projects: Object.freeze({ certificates: new ProjectCertificates(engine) }),
        }),
      });
    }
  }
  Object.assign(OpenAI, errors, { OpenAI, default: OpenAI });
  return OpenAI;
}
