// Streams a listing page by page with `for await` over `iterPages()`, so rows appear as each page
// arrives and the progress can count pages, and stops on demand through an AbortController.
import { isStopped } from './errors.mjs';

/**
 * Starts listing. `list(options)` returns the package's PagePromise (it receives `{ signal }`).
 * Handlers: `onPage(items, progress)`, `onDone(progress)`, `onStopped(progress)`,
 * `onError(error, progress)`; `progress` is `{ pages, count, hasMore }`.
 * Returns `{ stop(), done }`; `done` settles after exactly one of the final handlers ran.
 */
export function startStream(list, handlers) {
  const controller = new AbortController();
  const { signal } = controller;
  const progress = { pages: 0, count: 0, hasMore: true };
  const done = (async () => {
    await null; // handlers never run before startStream has returned
    try {
      for await (const page of list({ signal }).iterPages()) {
        // A page that lands after Stop is dropped, and leaving the loop asks for no further page.
        if (signal.aborted) break;
        progress.pages += 1;
        progress.count += page.data.length;
        progress.hasMore = page.has_more;
        handlers.onPage(page.data, { ...progress });
      }
      if (signal.aborted) handlers.onStopped({ ...progress });
      else handlers.onDone({ ...progress, hasMore: false });
    } catch (error) {
      if (signal.aborted || isStopped(error)) handlers.onStopped({ ...progress });
      else handlers.onError(error, { ...progress });
    }
  })();
  return { stop: () => controller.abort(), done, signal };
}
