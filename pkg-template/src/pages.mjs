// Pages and the PagePromise: the JS shapes of the official SDK over the engine's page cursor.
// All pagination decisions are the engine's; this file only adapts them to `await`/`for await`.

import { OpenAIError } from './errors.mjs';

/** One page of certificates, with the API's fields and the official SDK's page methods. */
export class CursorPage {
  #cursor;

  /** `cursor` continues after this page; it is never advanced, so every method can be repeated. */
  constructor(page, cursor) {
    Object.assign(this, page);
    this.#cursor = cursor;
  }

  /** Whether the server said more pages follow. */
  hasNextPage() {
    return this.#cursor.hasNextPage();
  }

  /** Fetches the page after this one. */
  async getNextPage() {
    const cursor = this.#cursor.fork();
    const page = await cursor.nextPage(false);
    if (page === undefined) {
      throw new OpenAIError('No next page expected; check hasNextPage() before calling getNextPage().');
    }
    return new CursorPage(page, cursor);
  }

  /** This page and every following one. */
  async *iterPages() {
    yield this;
    yield* pagesOf(this.#cursor.fork());
  }

  /** Every certificate of this page and the following ones. */
  [Symbol.asyncIterator]() {
    const data = this.data;
    return withCursor(this.#cursor.fork(), async function* (cursor) {
      yield* data;
      yield* itemsOf(cursor);
    });
  }
}

/**
 * What `list()` returns: awaitable for the first page, async-iterable over every certificate,
 * `iterPages()` over every page, and `toArray({ limit })`. Each use starts its own listing.
 */
export class PagePromise {
  #open;
  #first;

  /** `open(forItems)` returns the engine's page cursor for a new listing (or a promise of it). */
  constructor(open) {
    this.#open = open;
  }

  #firstPage() {
    this.#first ??= (async () => {
      const cursor = await this.#open(false);
      return new CursorPage(await cursor.nextPage(false), cursor.fork());
    })();
    return this.#first;
  }

  then(onFulfilled, onRejected) {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  catch(onRejected) {
    return this.#firstPage().catch(onRejected);
  }

  finally(onFinally) {
    return this.#firstPage().finally(onFinally);
  }

  /** Every page of the listing, as `CursorPage`s. */
  async *iterPages() {
    yield* pagesOf(await this.#open(false));
  }

  /**
   * Every certificate, across all pages; one engine call per page, the next page prefetched. The
   * iterator's `cursor` is the `last_id` of the last page delivered: pass it as `after` to resume.
   */
  [Symbol.asyncIterator]() {
    return withCursor(this.#open(true), itemsOf);
  }

  /** The first `limit` certificates (`limit` is required, at most 10,000). */
  async toArray(options) {
    return (await this.#open(true)).toArray(options);
  }

  get [Symbol.toStringTag]() {
    return 'PagePromise';
  }
}

/**
 * What activate/deactivate return: awaitable for the response `{ object, data }`, which is itself
 * async-iterable over `data`; the promise is iterable too, as the official SDK's page promise is.
 */
export class ItemsPromise {
  #result;

  constructor(response) {
    this.#result = response.then((result) =>
      Object.defineProperty(result, Symbol.asyncIterator, {
        value: async function* () {
          yield* this.data;
        },
      }),
    );
  }

  then(onFulfilled, onRejected) {
    return this.#result.then(onFulfilled, onRejected);
  }

  catch(onRejected) {
    return this.#result.catch(onRejected);
  }

  finally(onFinally) {
    return this.#result.finally(onFinally);
  }

  async *[Symbol.asyncIterator]() {
    yield* (await this.#result).data;
  }
}

/**
 * Runs `walk(cursor)` as an async iterator that exposes `cursor` (where to resume) and closes the
 * engine cursor when iteration ends for any reason, so a `break` cancels the prefetch in flight.
 */
function withCursor(opening, walk) {
  let cursor;
  const iterator = (async function* () {
    cursor = await opening;
    try {
      yield* walk(cursor);
    } finally {
      cursor.close();
    }
  })();
  return Object.defineProperty(iterator, 'cursor', { get: () => cursor?.resumeCursor ?? null });
}

async function* pagesOf(cursor) {
  try {
    for (let page; (page = await cursor.nextPage()) !== undefined; ) {
      yield new CursorPage(page, cursor.fork());
    }
  } finally {
    cursor.close();
  }
}

async function* itemsOf(cursor) {
  for (let page; (page = await cursor.nextPage()) !== undefined; ) {
    yield* page.data;
  }
}
