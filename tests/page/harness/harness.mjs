// A bare page for driving the built package from Playwright: exposes the browser entry as
// `window.sdk` and `run(scenario)`, the shared scenario runner against this origin's mock.
import * as sdk from '/pkg/dist/browser.mjs';
import { runScenario } from './scenario.mjs';

window.sdk = sdk;

/** Runs one scenario (see scenario.mjs) with the browser entry, against `/v1` of this origin. */
window.run = (scenario) =>
  runScenario(sdk.default, { ...scenario, client: { baseURL: new URL('/v1', location.origin).href, ...scenario.client } });
window.ready = true;
