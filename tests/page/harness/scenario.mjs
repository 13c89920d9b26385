// One scenario runner for both runtimes: Node imports it with the installed package's class, the
// harness page with the browser entry's, so the shared fault matrix (tests/tools/fault-matrix.mjs)
// drives the same calls and reports the same result shape in each. Plain data out only, so the
// result crosses Playwright's page boundary unchanged.

/** The value of response header `name` whether `headers` is a `Headers` or a plain object. */
export function header(headers, name) {
  if (headers == null) return undefined;
  return typeof headers.get === 'function' ? (headers.get(name) ?? undefined) : headers[name];
}

/** `[name, value]` pairs of a `Headers` or a plain object (empty for none). */
export function headerEntries(headers) {
  if (headers == null) return [];
  return typeof headers.entries === 'function' && typeof headers.get === 'function' ? [...headers.entries()] : Object.entries(headers);
}

// Strings as UTF-16 code units, so lone surrogates survive any serialisation on the way out.
const units = (s) => (typeof s === 'string' ? Array.from({ length: s.length }, (_, i) => s.charCodeAt(i)) : s);

/** Every text form a program might print or send of an error. */
function errorForms(error) {
  const forms = [String(error?.message), String(error?.stack), String(error)];
  for (const part of [error, error?.error, headerEntries(error?.headers)]) {
    try {
      forms.push(JSON.stringify(part) ?? '');
    } catch (e) {
      forms.push(`unserialisable: ${e.message}`);
    }
  }
  return forms;
}

/**
 * Walks a listing one way and collects its items into `items` (so what came before an error is
 * kept): 'items' (`for await`), 'pages' (`iterPages()`, flattened), 'chain' (`await list()` then
 * `getNextPage()` while `hasNextPage()`, at most `steps` times), 'array' (`toArray({limit})`),
 * 'fork' (`getNextPage()` twice on the first page, then, with `steps` ≥ 2, once on each result).
 */
async function walkListing(listing, { walk, steps, arrayLimit }, out) {
  const take = (page) => {
    out.pages.push(page.data.map((c) => c.id));
    out.items.push(...page.data);
  };
  if (walk === 'items') {
    out.iterator = listing[Symbol.asyncIterator]();
    for (let s = await out.iterator.next(); !s.done; s = await out.iterator.next()) out.items.push(s.value);
  } else if (walk === 'pages') {
    for await (const page of listing.iterPages()) take(page);
  } else if (walk === 'array') {
    out.items.push(...(await listing.toArray({ limit: arrayLimit })));
  } else if (walk === 'chain') {
    let page = await listing;
    take(page);
    for (out.steps = 0; out.steps < steps && page.hasNextPage(); out.steps++) take((page = await page.getNextPage()));
  } else if (walk === 'fork') {
    const first = await listing;
    take(first);
    const a = await first.getNextPage();
    take(a);
    const b = await first.getNextPage();
    take(b);
    if (steps >= 2) {
      take(await a.getNextPage());
      take(await b.getNextPage());
    }
  } else {
    throw new Error(`unknown walk '${walk}'`);
  }
}

/**
 * Runs one scenario with client class `OpenAI` and reports what happened. `scenario`:
 * `client` (constructor options; `adminAPIKey` defaults to null), `resource` ('certificates' or
 * 'projects'), `call` ('list' or a method name), `params` (an array: the arguments; else the one
 * params argument), `options` (request options), `abortAfterMs` (a signal aborted that long after the
 * start), `walk`/`steps`/`arrayLimit` for listings (see walkListing).
 * Result: `ids` (with `idUnits`/`nameUnits` as UTF-16 code units), `pages`, `steps`, and on failure
 * `error` (class name), `isAPIError`, `status`, `message`, `code`, `param`, `type`, `errorObject`,
 * `forms` (message, stack, String, JSON of the error, its `error` and its headers, then whatever
 * `moreForms(error)` adds, e.g. Node's `util.inspect`), `cursor`, `elapsedMs` and `sinceAbortMs`.
 */
export async function runScenario(OpenAI, scenario, moreForms = () => []) {
  const { client = {}, resource = 'certificates', call = 'list', params = { limit: 10 }, abortAfterMs } = scenario;
  const { walk = 'items', steps = 6, arrayLimit = 1000 } = scenario;
  const started = Date.now();
  let abortedAt;
  const options = { ...scenario.options };
  if (abortAfterMs !== undefined) {
    const controller = new AbortController();
    options.signal = controller.signal;
    setTimeout(() => {
      abortedAt = Date.now();
      controller.abort();
    }, abortAfterMs);
  }
  const out = { items: [], pages: [], steps: undefined, iterator: undefined };
  const report = () => ({
    ids: out.items.map((c) => c.id),
    idUnits: out.items.map((c) => units(c.id)),
    nameUnits: out.items.map((c) => units(c.name)),
    pages: out.pages,
    steps: out.steps,
    elapsedMs: Date.now() - started,
  });
  try {
    const openai = new OpenAI({ adminAPIKey: null, ...client });
    const target = resource === 'projects' ? openai.admin.organization.projects.certificates : openai.admin.organization.certificates;
    const args = [...(Array.isArray(params) ? params : [params]), options];
    if (call === 'list') {
      await walkListing(target.list(...args), { walk, steps, arrayLimit }, out);
    } else {
      const result = await target[call](...args);
      out.items.push({ id: result.id ?? result.object, name: null });
    }
    return report();
  } catch (error) {
    return {
      ...report(),
      error: error?.constructor?.name,
      isAPIError: error instanceof OpenAI.APIError,
      status: error?.status,
      message: error?.message,
      code: error?.code,
      param: error?.param,
      type: error?.type,
      errorObject: error?.error,
      forms: [...errorForms(error), ...moreForms(error)],
      cursor: out.iterator?.cursor ?? null,
      sinceAbortMs: abortedAt === undefined ? undefined : Date.now() - abortedAt,
    };
  }
}
