// The async iterator of a listing's items, written out rather than as an async generator: while the
// current page lasts, `next()` answers with an already-settled promise, so a `for await` pays one
// microtask an item instead of a generator's several (about a third of the time over 100,000
// certificates, bench/RESULTS.md). Pages come from the engine's listing, which decides everything
// about pagination; this only hands out their items in order.

import { rejecting } from './error-factory.mjs';

const DONE = Object.freeze({ value: undefined, done: true });

/** Every item of a listing: `opening` is its engine `Pages` (or a promise of it); `first` items go first. */
export class ItemIterator {
  #opening;
  #pages;
  #items;
  #index = 0;
  #finished = false;
  #pending = null;

  constructor(opening, first = []) {
    this.#opening = opening;
    this.#items = first;
  }

  /** The `last_id` of the last page delivered (`after` resumes there), `null` before the first. */
  get cursor() {
    return this.#pages?.resumeCursor ?? null;
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  next() {
    if (this.#pending) return this.#pending.then(() => this.next());
    if (this.#index < this.#items.length) return Promise.resolve({ value: this.#items[this.#index++], done: false });
    if (this.#finished) return Promise.resolve(DONE);
    this.#pending = this.#fill().finally(() => (this.#pending = null));
    return this.#pending;
  }

  /** Ends the listing (a `break` cancels the prefetch in flight). */
  async return(value) {
    this.#finish();
    return { value, done: true };
  }

  /** Reads pages until one has items or the listing ends; an error ends the iteration. */
  async #fill() {
    try {
      this.#pages ??= await rejecting(Promise.resolve(this.#opening));
      while (!this.#finished) {
        const envelope = await rejecting(this.#pages.nextPage(true));
        if (envelope === undefined) break;
        this.#items = envelope.body.data;
        this.#index = 0;
        if (this.#items.length > 0) return { value: this.#items[this.#index++], done: false };
      }
    } catch (error) {
      this.#finish();
      throw error;
    }
    this.#finish();
    return DONE;
  }

  #finish() {
    if (this.#finished) return;
    this.#finished = true;
    this.#items = [];
    if (this.#pages) this.#pages.close();
    else Promise.resolve(this.#opening).then((pages) => pages.close(), () => {});
  }
}
