// The client class: the official SDK's names (`client.admin.organization.certificates.list()`,
// `.create()`, ...) over the Rust engine, which validates, sends and checks everything.
// `loadEngine()` returns the initialized wasm module, or a promise of it where the wasm must be
// fetched (browsers); nothing loads until the first client is made.

import { certificateActivations } from './activations.mjs';
import { APIPromise, withRequestID } from './api-promise.mjs';
import { converting } from './error-factory.mjs';
import { classes } from './error-classes.mjs';
import { ItemsPromise, PagePromise, SinglePage } from './pages.mjs';

/** Calls `fn` with `value` now, or when it resolves if it is a promise. */
function whenReady(value, fn) {
  return value instanceof Promise ? value.then(fn) : fn(value);
}

const dataOf = (envelope) => withRequestID(envelope.body, envelope.requestID);
const pageOf = (envelope) => withRequestID(new SinglePage(envelope.body), envelope.requestID);

// A resource holds its client's engine getter (`engine()`: the engine, or the promise of it) in a
// private field; these three module functions are how its methods reach the engine, so users see
// only the official SDK's methods on a resource (each takes the SDK's request options last).

/** The promise of one call, `send(engine)` (an export of the engine per operation). */
function call(engine, send, parse = dataOf, Kind = APIPromise) {
  return new Kind(() => whenReady(engine(), send), parse);
}

/** A `PagePromise` over a listing, `start(engine, forItems)` (an export of the engine per listing). */
function pages(engine, start) {
  return new PagePromise((forItems) => whenReady(engine(), (ready) => converting(() => start(ready, forItems))));
}

/** Checks a path id as the engine does, throwing its error (for calls made of other calls). */
async function checkId(engine, name, value) {
  await whenReady(engine(), (ready) => converting(() => ready.checkId(name, value)));
}

/** `client.admin.organization.certificates`. */
class Certificates {
  #engine;
  #projects;

  constructor(engine, projects) {
    this.#engine = engine;
    this.#projects = projects;
  }

  /** Lists the organization's certificates: `await` for the first page, `for await` for all. */
  list(params, options) {
    return pages(this.#engine, (e, forItems) => e.listCertificates(params, options, forItems));
  }

  /** Uploads a certificate: `{ certificate: pemText, name? }`. Never sent twice by a retry. */
  create(body, options) {
    return call(this.#engine, (e) => e.create(body, options));
  }

  /** Retrieves a certificate; `{ include: ['content'] }` adds its PEM text. */
  retrieve(certificateID, params, options) {
    return call(this.#engine, (e) => e.retrieve(certificateID, params, options));
  }

  /** Renames a certificate: `{ name? }`. */
  update(certificateID, body, options) {
    return call(this.#engine, (e) => e.update(certificateID, body, options));
  }

  /** Deletes a certificate that is no longer active anywhere. */
  delete(certificateID, options) {
    return call(this.#engine, (e) => e.delete(certificateID, options));
  }

  /** Activates 1 to 10 certificates for the organization: `{ certificate_ids }`. */
  activate(body, options) {
    return call(this.#engine, (e) => e.toggle(true, body, options), pageOf, ItemsPromise);
  }

  /** Deactivates 1 to 10 certificates for the organization: `{ certificate_ids }`. */
  deactivate(body, options) {
    return call(this.#engine, (e) => e.toggle(false, body, options), pageOf, ItemsPromise);
  }

  /** The projects where a certificate is active (`params` as `projects.list`'s). */
  async activeProjects(certificateID, params, options) {
    await checkId(this.#engine, 'certificateID', certificateID);
    return (await this.#projects.certificateActivations(params, options)).get(certificateID) ?? [];
  }
}

/** `client.admin.organization.projects.certificates`. */
class ProjectCertificates {
  #engine;

  constructor(engine) {
    this.#engine = engine;
  }

  /** Lists the certificates active in a project. */
  list(projectID, params, options) {
    return pages(this.#engine, (e, forItems) => e.listProjectCertificates(projectID, params, options, forItems));
  }

  /** Activates 1 to 10 certificates for a project. */
  activate(projectID, body, options) {
    return call(this.#engine, (e) => e.toggleInProject(projectID, true, body, options), pageOf, ItemsPromise);
  }

  /** Deactivates 1 to 10 certificates for a project. */
  deactivate(projectID, body, options) {
    return call(this.#engine, (e) => e.toggleInProject(projectID, false, body, options), pageOf, ItemsPromise);
  }
}

/** `client.admin.organization.projects`. */
class Projects {
  #engine;

  constructor(engine) {
    this.#engine = engine;
    this.certificates = new ProjectCertificates(engine);
  }

  /** Lists the organization's projects: `{ after?, limit?, include_archived? }`. */
  list(params, options) {
    return pages(this.#engine, (e, forItems) => e.listProjects(params, options, forItems));
  }

  /** Retrieves a project. */
  retrieve(projectID, options) {
    return call(this.#engine, (e) => e.retrieveProject(projectID, options));
  }

  /** For every certificate active in some project, the projects where it is: a `Map` by id. */
  certificateActivations(params, options) {
    return certificateActivations(this, params, options);
  }
}

/** `client.admin.organization.auditLogs`. */
class AuditLogs {
  #engine;

  constructor(engine) {
    this.#engine = engine;
  }

  /**
   * Lists the organization's audit log, newest first: `{ after?, before?, limit?, effective_at?,
   * project_ids?, event_types?, actor_ids?, actor_emails?, resource_ids?, tenant_only? }`.
   */
  list(params, options) {
    return pages(this.#engine, (e, forItems) => e.listAuditLogs(params, options, forItems));
  }
}

/** The log sink the engine calls for enabled levels: one line to `logger[level]`. */
function logSink(options) {
  return (level, event, [method, url, n, extra]) => {
    const logger = (options && options.logger) || console;
    const lines = {
      request: () => `${method} ${url}${n ? ` (retry ${n})` : ''}`,
      response: () => `${method} ${url} → ${extra}`,
      retry: () => `${method} ${url}: retry ${n} in ${Math.round(extra)} ms`,
    };
    logger[level]?.call(logger, `[openai-admin-certificates] ${lines[event]?.() ?? event}`);
  };
}

/** Builds the `OpenAI` client class over an engine loader. */
export function defineClient(loadEngine) {
  class OpenAI {
    #engine;
    #options;

    /**
     * The official SDK's options for the Admin API (`adminAPIKey`, `baseURL`, `fetch`,
     * `fetchOptions`, `timeout`, `maxRetries`, `defaultHeaders`, `defaultQuery`, `logLevel`,
     * `logger`, `dangerouslyAllowBrowser`) and `allowInsecureBaseURL`. In Node they are checked
     * here; in browsers, where the wasm loads asynchronously, on the first call.
     */
    constructor(options = {}) {
      this.#options = options;
      this.#engine = whenReady(loadEngine(), (engine) => converting(() => new engine.Client(options, logSink(options))));
      // Browsers report a bad configuration on the first call; don't also report it as unhandled.
      if (this.#engine instanceof Promise) this.#engine.catch(() => {});
      const engine = () => this.#engine;
      const projects = new Projects(engine);
      this.admin = Object.freeze({
        organization: Object.freeze({
          certificates: new Certificates(engine, projects),
          projects,
          auditLogs: new AuditLogs(engine),
        }),
      });
    }

    /** A new client with these options over this one's. */
    withOptions(options) {
      return new this.constructor({ ...this.#options, ...options });
    }
  }
  Object.assign(OpenAI, classes, { OpenAI, default: OpenAI });
  return OpenAI;
}
