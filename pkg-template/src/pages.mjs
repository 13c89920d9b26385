// Pages and the PagePromise: the official SDK's shapes over the engine's listing (`Pages`). Every
// pagination decision is the engine's; this file only adapts it to `await` and `for await`.

import { APIPromise } from './api-promise.mjs';
import { rejecting, wrapperError } from './error-factory.mjs';
import { ItemIterator } from './item-iterator.mjs';

/** One page of a listing, with the API's fields and the official SDK's page methods. */
export class CursorPage {
  #pages;

  /** `pages` continues after this page; it is only ever forked, so every method can be repeated. */
  constructor(body, pages) {
    Object.assign(this, body);
    this.#pages = pages;
  }

  /** This page's items. */
  getPaginatedItems() {
    return this.data ?? [];
  }

  /** Whether the server said more pages follow (an empty page with a cursor still has a next). */
  hasNextPage() {
    return this.#pages.hasNextPage();
  }

  /** The options of the request for the next page, `{ query: { after, ... } }`, or `null`. */
  nextPageRequestOptions() {
    const query = this.#pages.nextQuery();
    return query && { query };
  }

  /** Fetches the page after this one. */
  async getNextPage() {
    const pages = this.#pages.fork();
    const envelope = await rejecting(pages.nextPage(false));
    if (envelope === undefined) throw wrapperError('no_next_page');
    return new CursorPage(envelope.body, pages.fork());
  }

  /** This page and every following one. */
  async *iterPages() {
    yield this;
    yield* pagesOf(this.#pages.fork());
  }

  /** Every item of this page and the following ones. */
  [Symbol.asyncIterator]() {
    return new ItemIterator(this.#pages.fork(), this.getPaginatedItems());
  }
}

/** A result that is one page with no next (activate, deactivate): the SDK's `Page`. */
export class SinglePage {
  constructor(body) {
    Object.assign(this, body);
  }

  getPaginatedItems() {
    return this.data ?? [];
  }

  hasNextPage() {
    return false;
  }

  nextPageRequestOptions() {
    return null;
  }

  async getNextPage() {
    throw wrapperError('no_next_page');
  }

  async *iterPages() {
    yield this;
  }

  async *[Symbol.asyncIterator]() {
    yield* this.getPaginatedItems();
  }
}

/**
 * What `list()` returns: awaitable for the first page, async-iterable over every item,
 * `iterPages()` over every page, `toArray({ limit })`, and the first page's `withResponse()` and
 * `asResponse()`. Each use starts its own listing; nothing is sent before one.
 */
export class PagePromise extends APIPromise {
  #open;

  /** `open(forItems)` returns the engine's `Pages` for a new listing (or a promise of it). */
  constructor(open) {
    const first = async () => {
      const pages = await open(false);
      const envelope = await pages.nextPage(false);
      return { ...envelope, body: new CursorPage(envelope.body, pages.fork()) };
    };
    super(first, (envelope) => envelope.body, true);
    this.#open = open;
  }

  /** Every page of the listing. */
  async *iterPages() {
    yield* pagesOf(await rejecting(Promise.resolve(this.#open(false))));
  }

  /**
   * Every item, across all pages, the next page prefetched. The iterator's `cursor` is the
   * `last_id` of the last page delivered: pass it as `after` to resume.
   */
  [Symbol.asyncIterator]() {
    return new ItemIterator(this.#open(true));
  }

  /** The first `limit` items (`limit` is required, at most 10,000). */
  async toArray(options) {
    const pages = await rejecting(Promise.resolve(this.#open(true)));
    return rejecting(pages.toArray(options));
  }

  get [Symbol.toStringTag]() {
    return 'PagePromise';
  }
}

/** What activate/deactivate return: an `APIPromise` of a `SinglePage`, iterable over its items. */
export class ItemsPromise extends APIPromise {
  async *[Symbol.asyncIterator]() {
    yield* await this;
  }
}

async function* pagesOf(pages) {
  try {
    for (let envelope; (envelope = await rejecting(pages.nextPage(true))) !== undefined; ) {
      yield new CursorPage(envelope.body, pages.fork());
    }
  } finally {
    pages.close();
  }
}
