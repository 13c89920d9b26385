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

  /** A `PagePromise` over the cursor `open(engine)` returns. */
  pages(open) {
    return new PagePromise(() => whenReady(this.#engine(), open));
  }
}

/** `client.admin.organization.certificates`. */
class Certificates extends Resource {
  /** Lists the organization's certificates: `await` for the first page, `for await` for all. */
  list(params) {
    return this.pages((engine) => engine.listCertificates(params));
  }

  /** Uploads a certificate: `{ certificate: pemText, name? }`. */
  create(body) {
    return this.request((engine) => engine.createCertificate(body));
  }

  /** Retrieves a certificate; `{ include: ['content'] }` adds its PEM text. */
  retrieve(certificateID, params) {
    return this.request((engine) => engine.retrieveCertificate(certificateID, params));
  }

  /** Renames a certificate: `{ name }`. */
  update(certificateID, body) {
    return this.request((engine) => engine.updateCertificate(certificateID, body));
  }

  /** Deletes a certificate that is no longer active anywhere. */
  delete(certificateID) {
    return this.request((engine) => engine.deleteCertificate(certificateID));
  }

  /** Activates 1 to 10 certificates for the organization: `{ certificate_ids }`. */
  activate(body) {
    return new ItemsPromise(this.request((engine) => engine.toggleCertificates(undefined, true, body)));
  }

  /** Deactivates 1 to 10 certificates for the organization: `{ certificate_ids }`. */
  deactivate(body) {
    return new ItemsPromise(this.request((engine) => engine.toggleCertificates(undefined, false, body)));
  }
}

/** `client.admin.organization.projects.certificates`. */
class ProjectCertificates extends Resource {
  /** Lists the certificates active in a project. */
  list(projectID, params) {
    return this.pages((engine) => engine.listProjectCertificates(projectID, params));
  }

  /** Activates 1 to 10 certificates for a project. */
  activate(projectID, body) {
    return new ItemsPromise(this.request((engine) => engine.toggleCertificates(projectID ?? null, true, body)));
  }

  /** Deactivates 1 to 10 certificates for a project. */
  deactivate(projectID, body) {
    return new ItemsPromise(this.request((engine) => engine.toggleCertificates(projectID ?? null, false, body)));
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
