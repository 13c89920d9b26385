// No piece of the admin key in any error (issue 10, finding 2): servers that echo the received
// Authorization header, whole or cut, into error pages, JSON error fields, 2xx bodies of the wrong
// shape and response headers. Every text form of the error (message, stack, String, JSON of it, of
// `err.error` and of its headers, util.inspect) and everything written to the console or stderr
// during the call is searched for every 8-character piece of a long random key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { assertNoKeyFragment, leaks, newAdminKey } from '../tools/fault-matrix.mjs';
import { runScenario } from '../page/harness/scenario.mjs';
import { control, OpenAI, useMock } from './support.mjs';

const key = newAdminKey();
const mock = useMock({ count: 10, key });

/** Runs `call` while recording what console methods and process.stderr print. */
async function capturing(call) {
  const printed = [];
  const saved = { write: process.stderr.write };
  for (const m of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir']) {
    saved[m] = console[m];
    console[m] = (...args) => printed.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 10 }))).join(' '));
  }
  process.stderr.write = (chunk, ...rest) => {
    printed.push(String(chunk));
    return saved.write.call(process.stderr, chunk, ...rest);
  };
  try {
    const result = await call();
    await new Promise((r) => setTimeout(r, 10)); // warnings are printed on a later tick
    return { result, printed };
  } finally {
    process.stderr.write = saved.write;
    for (const m of Object.keys(saved)) if (m !== 'write') console[m] = saved[m];
  }
}

const inspected = (error) => [inspect(error, { depth: 10 }), inspect(error, { depth: 10, showHidden: true })];

for (const [name, row] of leaks) {
  test(`${name}: no 8-character piece of the key in the error or the console`, async () => {
    const ids = (await control(mock, '/__mock/state')).ids;
    const { faults, error } = row({ ids });
    await control(mock, '/__mock/faults', faults);
    const { result, printed } = await capturing(() =>
      runScenario(OpenAI, { client: { adminAPIKey: key, baseURL: mock.apiURL } }, inspected),
    );
    assert.equal(result.error, error, result.message);
    for (const [i, form] of result.forms.entries()) assertNoKeyFragment(form, key, `${error} form ${i}`);
    for (const line of printed) assertNoKeyFragment(line, key, 'the console');
  });
}

test('the fragment check itself catches a key cut anywhere (so the tests above can fail)', () => {
  for (const piece of [key, key.slice(0, 12), key.slice(-10), key.slice(17, 25), `x${key.slice(5, 13)}y`]) {
    assert.throws(() => assertNoKeyFragment(`…${piece}…`, key), /holds the key's characters/);
  }
  assertNoKeyFragment(`${key.slice(0, 7)} ${key.slice(7, 14)} [redacted]`, key);
});
