// Options of the client, of each request and of listings.

/** A log level, from silent to everything. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';
/** One method of a `Logger`. */
export type LogFn = (message: string, ...rest: unknown[]) => void;
/** Where the client logs (default `console`); the admin key never appears in what it logs. */
export interface Logger {
  /** Errors. */ error: LogFn;
  /** Warnings. */ warn: LogFn;
  /** Requests and retries. */ info: LogFn;
  /** Details of each request and response. */ debug: LogFn;
}
/** Headers to send: a `Headers`, an object (a `null` value removes a default header), or pairs. */
export type HeadersLike = Headers | Record<string, string | null | undefined> | ReadonlyArray<readonly [string, string]>;
/**
 * Extra `fetch` options (`RequestInit`) for every request, including those of the runtime's own
 * fetch: Node's undici `dispatcher` (mTLS, a corporate CA, a proxy), Deno's `client`, Bun's `tls`.
 */
export type FetchOptions = RequestInit & Record<string, unknown>;
/** A `fetch` function; the client calls it as `fetch(url, init)`. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Options of the client constructor and of `withOptions()`. */
export interface ClientOptions {
  /** The admin key; defaults to `OPENAI_ADMIN_KEY` where the environment can be read. `null` sends none (for a proxy that adds it). */
  adminAPIKey?: string | null;
  /** The API root; defaults to `OPENAI_BASE_URL` where the environment can be read, else `https://api.openai.com/v1`. */
  baseURL?: string;
  /** Milliseconds one attempt may take before an `APIConnectionTimeoutError` (default 600,000). */
  timeout?: number;
  /** Retries of a failed request: connection error, timeout, 408, 409, 429, 5xx (default 2). An upload is retried only when the server provably did not act on it. */
  maxRetries?: number;
  /** Headers sent with every request. */
  defaultHeaders?: HeadersLike;
  /** Query parameters sent with every request. */
  defaultQuery?: Record<string, string | undefined>;
  /** A `fetch` to use instead of the global one, called as `fetch(url, init)`. */
  fetch?: Fetch;
  /** Extra `fetch` options for every request. */
  fetchOptions?: FetchOptions;
  /** How much to log (default `warn`). */
  logLevel?: LogLevel;
  /** Where to log (default `console`). */
  logger?: Logger;
  /** Allows an admin key in a browser page, where any script on the page can read it; prefer a proxy `baseURL`. */
  dangerouslyAllowBrowser?: boolean;
  /** Allows a plain-http `baseURL` that is not loopback; off by default, as the key would cross the network unencrypted. */
  allowInsecureBaseURL?: boolean;
}

/** Per-request options, the last argument of every method. */
export interface RequestOptions {
  /** Aborts the request: it rejects with an `APIUserAbortError`. */
  signal?: AbortSignal | null;
  /** Milliseconds before this request is abandoned; overrides the client's `timeout`. */
  timeout?: number;
  /** Retries for this request; overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** Headers for this request, over the client's `defaultHeaders`. */
  headers?: HeadersLike;
  /** Query parameters for this request, over the client's `defaultQuery`. */
  query?: object | null;
  /** Sent as `Idempotency-Key`, the same on every retry, so a retried upload is safe where the server honours it. */
  idempotencyKey?: string;
  /** Extra `fetch` options for this request, over the client's. */
  fetchOptions?: FetchOptions;
}

/** Options of a listing's requests. */
export interface ListRequestOptions extends RequestOptions {
  /** Pages fetched ahead of the consumer while it works (default 1; 0 turns prefetching off). */
  prefetch?: number;
}
