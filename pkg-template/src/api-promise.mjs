// The official SDK's `APIPromise`: what every call returns. It is sent at once; awaiting it gives
// the data, `withResponse()` the data with the `Response` and request id, `asResponse()` the
// `Response` alone. The engine resolves to an envelope `{ body, text, response, requestID }`.

import { rejecting } from './error-factory.mjs';

/** `value` with the official SDK's non-enumerable `_request_id`. */
export function withRequestID(value, requestID) {
  if (value !== null && typeof value === 'object') {
    Object.defineProperty(value, '_request_id', { value: requestID, enumerable: false, configurable: true, writable: true });
  }
  return value;
}

/** A readable copy of the envelope's response: the engine has read the original body. */
function freshResponse({ response, text }) {
  const body = [204, 205, 304].includes(response.status) ? null : text;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

export class APIPromise extends Promise {
  #start;
  #sent;
  #parse;
  #data;

  /**
   * `start()` sends the request and returns the engine's promise of the envelope; `parse(envelope)`
   * gives the data. A call is sent at once; a listing (`lazy`) only when first used.
   */
  constructor(start, parse, lazy = false) {
    super((resolve) => resolve(null));
    this.#start = start;
    this.#parse = parse;
    if (!lazy) this.#envelope();
  }

  #envelope() {
    this.#sent ??= rejecting(Promise.resolve().then(this.#start));
    return this.#sent;
  }

  // `then` and friends return plain promises.
  static get [Symbol.species]() {
    return Promise;
  }

  #parsed() {
    this.#data ??= this.#envelope().then((envelope) => this.#parse(envelope));
    return this.#data;
  }

  then(onFulfilled, onRejected) {
    return this.#parsed().then(onFulfilled, onRejected);
  }

  catch(onRejected) {
    return this.#parsed().catch(onRejected);
  }

  finally(onFinally) {
    return this.#parsed().finally(onFinally);
  }

  /** The raw `Response` (its body unread; errors still reject as the SDK's classes). */
  asResponse() {
    return this.#envelope().then(freshResponse);
  }

  /** `{ data, response, request_id }`. */
  async withResponse() {
    const [data, envelope] = await Promise.all([this.#parsed(), this.#envelope()]);
    return { data, response: freshResponse(envelope), request_id: envelope.requestID };
  }
}
