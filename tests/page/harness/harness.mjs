// A bare page for driving the built package from Playwright: exposes the browser entry as
// `window.sdk` and a `run(scenario)` that lists or calls through it and reports what happened.
import * as sdk from '/pkg/dist/browser.mjs';

window.sdk = sdk;

/** Runs one scenario; returns the ids yielded and the error's class, status and the cursor. */
window.run = async ({ call = 'list', params = { limit: 10 }, options = {}, client = {} }) => {
  const openai = new sdk.default({ adminAPIKey: null, baseURL: new URL('/v1', location.origin).href, ...client });
  const certificates = openai.admin.organization.certificates;
  const ids = [];
  let iterator;
  try {
    if (call === 'list') {
      iterator = certificates.list(params, options)[Symbol.asyncIterator]();
      for (let step = await iterator.next(); !step.done; step = await iterator.next()) ids.push(step.value.id);
    } else {
      const result = await certificates[call](...params, options);
      ids.push(result.id ?? result.object);
    }
    return { ids };
  } catch (error) {
    return { ids, error: error.constructor.name, status: error.status, message: error.message, cursor: iterator?.cursor ?? null };
  }
};
window.ready = true;
