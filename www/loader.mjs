// Streams a listing page by page with `for await` over `iterPages()`, so rows appear as each page
// arrives and the progress can count pages. Stop acts at once: the final handler runs in the same
// tick and whatever lands later is dropped. `progress.cursor` (the last delivered page's
// `last_id`) is where a later listing resumes with `after`, so no delivered page is asked again.
import { isStopped } from './errors.mjs';

/**
 * Starts listing. `list(options)` returns the package's PagePromise (it receives `{ signal }`).
 * Handlers: `onPage(items, progress)`, `onDone(progress)`, `onStopped(progress)`,
 * `onError(error, progress)`; `progress` is `{ pages, count, hasMore, cursor }`, and `start`
 * continues a previous one (for Resume). Returns `{ stop(), done, progress() }`; `done` settles
 * after exactly one of the final handlers ran.
 */
export function startStream(list, handlers, start = { pages: 0, count: 0, hasMore: true, cursor: null }) {
  const controller = new AbortController();
  const { signal } = controller;
  const progress = { ...start, hasMore: true };
  let finished = false;
  const finish = (handler, ...args) => {
    if (finished) return;
    finished = true;
    handler(...args);
  };
  const done = (async () => {
    await null; // handlers never run before startStream has returned
    try {
      for await (const page of list({ signal }).iterPages()) {
        // A page that lands after Stop is dropped, and leaving the loop asks for no further page.
        if (signal.aborted || finished) break;
        progress.pages += 1;
        progress.count += page.data.length;
        progress.hasMore = page.has_more;
        if (page.last_id) progress.cursor = page.last_id;
        handlers.onPage(page.data, { ...progress });
      }
      if (signal.aborted) finish(handlers.onStopped, { ...progress });
      else finish(handlers.onDone, { ...progress, hasMore: false });
    } catch (error) {
      if (signal.aborted || isStopped(error)) finish(handlers.onStopped, { ...progress });
      else finish(handlers.onError, error, { ...progress });
    }
  })();
  return {
    stop: () => {
      controller.abort();
      finish(handlers.onStopped, { ...progress }); // at once, not when the request notices
    },
    done,
    signal,
    progress: () => ({ ...progress }),
  };
}
