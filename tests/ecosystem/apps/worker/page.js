// Starts one module worker per browser-side entry of the installed package (served as files, no
// bundler) and reports what each listed, as `window.__result` for the test.
import { inWorker } from '../browser/list.js';

const entries = ['browser', 'inline'];
const results = await Promise.allSettled(
  entries.map((entry) => inWorker(new Worker(new URL(`./worker-${entry}.js`, import.meta.url), { type: 'module' }))),
);
window.__result = Object.fromEntries(
  results.map((r, i) => [entries[i], r.status === 'fulfilled' ? r.value : { failure: String(r.reason?.message ?? r.reason) }]),
);
document.body.dataset.state = 'done';
document.querySelector('#status').textContent = JSON.stringify(window.__result).slice(0, 200);
