// Shared set-up of the package tests: the installed package, a mock per test file, and the mock's
// control API.
import { after, before, beforeEach } from 'node:test';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { startMock } from '../mock/server.mjs';
import { startPrism } from '../tools/prism.mjs';

export const KEY = 'sk-admin-mock';
export const consumer = resolve(import.meta.dirname, '../../test-output/consumer');
/** The package as `import` resolves it from the consumer project. */
export const esm = await import(join(consumer, 'esm.mjs'));
/** The package as `require` resolves it from the consumer project. */
export const cjs = createRequire(join(consumer, 'x.cjs'))('./cjs.cjs');
export const OpenAI = esm.default;

/**
 * Starts a mock of `count` certificates for this test file and resets it before each test. With
 * `prism: true` the API is reached through Prism (`mock.apiURL`), which fails spec violations.
 */
export function useMock({ prism = false, ...options } = { count: 250 }) {
  const mock = {};
  let proxy;
  before(async () => {
    Object.assign(mock, await startMock(options));
    proxy = prism ? await startPrism(mock.baseURL) : undefined;
    mock.apiURL = proxy?.url ?? mock.baseURL;
  });
  after(async () => {
    await proxy?.close();
    await mock.close();
  });
  beforeEach(() => control(mock, '/__mock/reset', {}));
  return mock;
}

/** Calls the mock's control API. */
export async function control(mock, path, body) {
  const init = body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) };
  const response = await fetch(mock.url + path, init);
  return response.json();
}

/** The API requests the mock received since the last reset. */
export const requests = (mock) => control(mock, '/__mock/requests');

/** A client for the mock. */
export function client(mock, options = {}) {
  return new OpenAI({ adminAPIKey: KEY, baseURL: mock.apiURL, ...options });
}

/** Every id a `for await` over `iterable` yields. */
export async function ids(iterable) {
  const out = [];
  for await (const item of iterable) out.push(item.id);
  return out;
}
