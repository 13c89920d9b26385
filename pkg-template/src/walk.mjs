// A listing walked from a position: the one place its pages are asked for, in order. A page's
// cursor comes from the page before it, so one request is in flight at a time; up to `prefetch`
// pages (the request option) are fetched ahead while the consumer works, and `return()` (a `break`)
// cancels the request in flight. A page fetched ahead that failed throws when the consumer reaches
// it, and ends the walk. What comes next (the query, the end, a loop, repeated ids) is decided by
// the engine's positions, each page's `next`.
//
// A walk is also the async iterator of the items, written out rather than as an async generator:
// while the current page lasts, `next()` answers with an already-settled promise, so a `for await`
// pays one microtask an item instead of a generator's several (about a third of the time over
// 100,000 certificates, bench/RESULTS.md).

import { rejecting } from './error-factory.mjs';

const DONE = Object.freeze({ value: undefined, done: true });
const ignore = () => {};

/** The pages and items of a listing from `start`, an engine position (or a promise of one). */
export class Walk {
  #start = null;
  /** The last page asked for: `{ next }` (the position after it), `undefined` past the end. */
  #last;
  /** Pages fetched ahead, oldest first. */
  #ahead = [];
  #depth = 0;
  #controller = new AbortController();
  /** The position after the last page whose items were handed out: the walk's own. */
  #position = null;
  #items;
  #index = 0;
  #closed = false;
  #pending = null;

  /** `prefetch: false` fetches no page before it is asked for; `first` items go first. */
  constructor(start, { prefetch = true, first = [] } = {}) {
    this.#last = Promise.resolve(start).then((position) => {
      this.#start = position;
      if (prefetch) this.#depth = position.prefetch;
      return { next: position };
    });
    this.#last.catch(ignore); // the walk's first page reports it
    this.#items = first;
  }

  /** The `last_id` of the last page delivered (`after` resumes there), `null` before the first. */
  get cursor() {
    return (this.#position ?? this.#start)?.resumeCursor ?? null;
  }

  /** The next page, `{ body, ..., next }`, or `undefined` at the end; its `next` is the caller's. */
  async nextPage() {
    const page = await rejecting(this.#ahead.shift() ?? this.#fetchNext());
    while (page && !this.#closed && this.#ahead.length < this.#depth) this.#ahead.push(this.#fetchNext());
    return page;
  }

  /** Cancels the request in flight and drops the pages fetched ahead. */
  close() {
    this.#closed = true;
    this.#items = [];
    this.#ahead = [];
    this.#controller.abort();
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  next() {
    if (this.#pending) return this.#pending.then(() => this.next());
    if (this.#index < this.#items.length) return Promise.resolve({ value: this.#items[this.#index++], done: false });
    if (this.#closed) return Promise.resolve(DONE);
    this.#pending = this.#fill().finally(() => (this.#pending = null));
    return this.#pending;
  }

  /** Ends the walk (a `break`). */
  async return(value) {
    this.close();
    return { value, done: true };
  }

  /** The page after the last one asked for, once that one has arrived. */
  #fetchNext() {
    const page = this.#last.then((last) => last?.next.fetch(this.#controller.signal));
    page.catch(ignore); // a page fetched ahead reports its error when it is reached
    this.#last = page;
    return page;
  }

  /** Reads pages until one has items or the listing ends; an error ends the walk. */
  async #fill() {
    try {
      for (let page; !this.#closed && (page = await this.nextPage()); ) {
        // Nothing else holds the position of a page whose items were handed out: free it now
        // rather than when the garbage collector gets to it.
        this.#position?.free();
        this.#position = page.next;
        this.#items = page.body.data;
        this.#index = 0;
        if (this.#items.length > 0) return { value: this.#items[this.#index++], done: false };
      }
    } catch (error) {
      this.close();
      throw error;
    }
    this.close();
    return DONE;
  }
}
