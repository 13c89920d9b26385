// What methods return: promises with the raw response, pages and their iterators (the official SDK's shapes).
import type { HeadersLike } from './options.js';

/** A result with the `x-request-id` of its response as `_request_id` (pages and arrays as they are). */
export type WithRequestID<T> = T extends Array<any> | Response | AbstractPage<any> ? T : T & { _request_id?: string | null };

/** What a method returns: a promise of the result, which can also give the raw `Response`. */
export interface APIPromise<T> extends Promise<WithRequestID<T>> {
  /** The raw `Response`, body unread. */
  asResponse(): Promise<Response>;
  /** The result with the raw `Response` and its `x-request-id`. */
  withResponse(): Promise<{ data: T; response: Response; request_id: string | null }>;
}

/** The options of the request for a next page. */
export interface PageRequestOptions {
  /** The HTTP method. */ method?: string;
  /** The path under the base URL. */ path?: string;
  /** The query parameters (the original ones, with the new `after`). */ query?: Record<string, unknown>;
  /** The request headers. */ headers?: HeadersLike;
  /** The request body. */ body?: unknown;
}

/** `for await` over every item from here on; `cursor` is where to resume (the last page's `last_id`, pass it as `after`). */
export interface ItemIterator<Item> extends AsyncGenerator<Item, void, unknown> {
  /** The `last_id` of the last page delivered, `null` before the first. */ readonly cursor: string | null;
}

/** What every page has: its items and the official SDK's page methods. */
export interface AbstractPage<Item> extends AsyncIterable<Item> {
  /** The items of this page. */
  getPaginatedItems(): Item[];
  /** The options of the request for the next page, `null` on the last. */
  nextPageRequestOptions(): PageRequestOptions | null;
  /** Whether more pages follow. */
  hasNextPage(): boolean;
  /** Fetches the following page. */
  getNextPage(): Promise<this>;
  /** This page and every following one. */
  iterPages(): AsyncGenerator<this>;
  /** Every item of this page and the following ones. */
  [Symbol.asyncIterator](): ItemIterator<Item>;
}

/** A page of a cursor-paginated listing (`after` = the previous page's `last_id`). */
export interface ConversationCursorPage<Item> extends AbstractPage<Item> {
  /** Always `list`. */ object: 'list';
  /** The items of this page. */ data: Item[];
  /** The first item's id, `null` on an empty page. */ first_id: string | null;
  /** The last item's id, the cursor of the next page; `null` on an empty page. */ last_id: string | null;
  /** Whether the server has more items after this page. */ has_more: boolean;
}

/** A response that is one page, without a cursor (activate and deactivate). */
export interface Page<Item, Kind extends string = string> extends AbstractPage<Item> {
  /** What the response is, e.g. `organization.certificate.activation`. */ object: Kind;
  /** Its items. */ data: Item[];
}

/**
 * A promise of a page that is also an async iterable over its items (as the official SDK's):
 * `await` it for the page, `for await` for every item. What activate and deactivate return.
 */
export interface PagePromise<PageType extends AbstractPage<Item>, Item = ReturnType<PageType['getPaginatedItems']>[number]>
  extends APIPromise<PageType>,
    AsyncIterable<Item> {
  /** Every item, across all pages. */
  [Symbol.asyncIterator](): ItemIterator<Item>;
}

/**
 * What a listing returns: `await` it for the first page, `for await` for every item across all
 * pages (the next page prefetched), `iterPages()` for every page, `toArray({ limit })` for an array.
 */
export interface ListPagePromise<PageType extends AbstractPage<Item>, Item = ReturnType<PageType['getPaginatedItems']>[number]>
  extends PagePromise<PageType, Item> {
  /** Every page. */
  iterPages(): AsyncGenerator<PageType>;
  /** The first `limit` items (required, at most 10,000). */
  toArray(options: { limit: number }): Promise<Item[]>;
}
