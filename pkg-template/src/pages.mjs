// Pages and the PagePromise: the official SDK's shapes over the engine's positions in a listing.
// Every pagination decision is the engine's; walking (order, prefetch, `break`) is walk.mjs's.

import { APIPromise } from './api-promise.mjs';
import { converting, rejecting, wrapperError } from './error-factory.mjs';
import { Walk } from './walk.mjs';

/** One page of a listing, with the API's fields and the official SDK's page methods. */
export class CursorPage {
  #next;

  /** `next` is the engine's position after this page: a value, so every method can be repeated. */
  constructor(body, next) {
    Object.assign(this, body);
    this.#next = next;
  }

  /** This page's items. */
  getPaginatedItems() {
    return this.data ?? [];
  }

  /** Whether the server said more pages follow (an empty page with a cursor still has a next). */
  hasNextPage() {
    return this.#next.hasNext;
  }

  /** The options of the request for the next page, `{ query: { after, ... } }`, or `null`. */
  nextPageRequestOptions() {
    const query = this.#next.query();
    return query && { query };
  }

  /** Fetches the page after this one. */
  async getNextPage() {
    const page = await rejecting(this.#next.fetch());
    if (page === undefined) throw wrapperError('no_next_page');
    return new CursorPage(page.body, page.next);
  }

  /** This page and every following one. */
  async *iterPages() {
    yield this;
    yield* pagesOf(new Walk(this.#next));
  }

  /** Every item of this page and the following ones. */
  [Symbol.asyncIterator]() {
    return new Walk(this.#next, { first: this.getPaginatedItems() });
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

  /** `open(forItems)` returns the engine's start of a new listing (or a promise of it). */
  constructor(open) {
    const first = async () => {
      const page = await (await open(false)).fetch();
      return { ...page, body: new CursorPage(page.body, page.next) };
    };
    super(first, (envelope) => envelope.body, true);
    this.#open = open;
  }

  /** Every page of the listing. */
  async *iterPages() {
    yield* pagesOf(new Walk(this.#open(false)));
  }

  /**
   * Every item, across all pages, the next page prefetched. The iterator's `cursor` is the
   * `last_id` of the last page delivered: pass it as `after` to resume.
   */
  [Symbol.asyncIterator]() {
    return new Walk(this.#open(true));
  }

  /** The first `limit` items (`limit` is required, at most 10,000), no page fetched it won't use. */
  async toArray(options) {
    const start = await this.#open(true);
    const limit = converting(() => start.toArrayLimit(options));
    const items = [];
    for await (const item of new Walk(start, { prefetch: false })) if (items.push(item) === limit) break;
    return items;
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

async function* pagesOf(walk) {
  try {
    for (let page; (page = await walk.nextPage()); ) yield new CursorPage(page.body, page.next);
  } finally {
    walk.close();
  }
}
