// The error protocol is written once: pkg-template/src/error-table.mjs (CODES: code → class and
// message; CLASSES: the classes) is the source, and every other place that names a code, a class or
// a constant the messages and docs quote is checked against it, completely (`make test-rust`):
// 1. codes: every string a `code()` or `as_str()` arm in core/src/error.rs returns, the CODES list
//    there and the keys of the JS tables are the same sets (the wrapper's own codes aside, each of
//    which the wrapper must raise); each code names a class of the table;
// 2. classes: errors.mjs, the classes error-classes.mjs writes out, index.d.ts (classes, parents,
//    status types, the client's statics) and both READMEs name exactly the classes of CLASSES, with
//    their parents and statuses, and no class name elsewhere in them is unknown;
// 3. constants retyped into prose ("60 s", "16 KB", "1 to 10 ids", ...) equal the Rust constant.
// Rust is read by a small lexer (comments and strings understood), never by line layout.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const table = await import(pathToFileURL(join(root, 'pkg-template/src/error-table.mjs')));
const problems = [];
const fail = (message) => problems.push(message);

/** `a` and `b` as sets: what each has that the other lacks, and repeats within each. */
function sameSet(what, aName, a, bName, b) {
  const [setA, setB] = [new Set(a), new Set(b)];
  for (const [name, list, set] of [[aName, a, setA], [bName, b, setB]]) {
    if (set.size !== list.length) fail(`${what}: ${name} repeats ${list.filter((x, i) => list.indexOf(x) !== i).join(', ')}`);
  }
  for (const x of setA) if (!setB.has(x)) fail(`${what}: ${aName} has \`${x}\`, ${bName} does not`);
  for (const x of setB) if (!setA.has(x)) fail(`${what}: ${bName} has \`${x}\`, ${aName} does not`);
}

// ---------------------------------------------------------------------------------------------
// Rust, lexed: comments become spaces, string literals are kept whole (so braces and `=>` inside
// them mean nothing), and a few queries work on the result.

/** Tokens of Rust source: `{ kind: 'str' | 'punct' | 'word', text, value? }`. */
function lexRust(source) {
  const tokens = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) i++;
    else if (source.startsWith('//', i)) i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (source.startsWith('/*', i)) {
      let depth = 0;
      do {
        if (source.startsWith('/*', i)) (depth++, (i += 2));
        else if (source.startsWith('*/', i)) (depth--, (i += 2));
        else i++;
      } while (depth > 0 && i < source.length);
    } else if (c === '"' || (c === 'r' && /^r#*"/.test(source.slice(i, i + 10)))) {
      if (c === 'r') {
        const hashes = /^r(#*)"/.exec(source.slice(i))[1];
        const end = source.indexOf(`"${hashes}`, i + hashes.length + 2);
        tokens.push({ kind: 'str', value: source.slice(i + hashes.length + 2, end) });
        i = end + 1 + hashes.length;
      } else {
        let j = i + 1;
        let value = '';
        while (source[j] !== '"') {
          if (source[j] === '\\') (value += source[j + 1]), (j += 2);
          else (value += source[j]), j++;
        }
        tokens.push({ kind: 'str', value });
        i = j + 1;
      }
    } else if (c === "'" && /^'(?:\\.|[^\\'])'/.test(source.slice(i, i + 4))) {
      i = source.indexOf("'", i + 2) + 1; // a char literal ('{' is not a brace)
    } else if (/[A-Za-z_0-9]/.test(c)) {
      const [word] = /^[A-Za-z_0-9.]+/.exec(source.slice(i)).map((w) => w.replace(/\.$/, ''));
      tokens.push({ kind: 'word', text: word.replace(/\.+$/, '') });
      i += word.length || 1;
    } else if (source.startsWith('=>', i) || source.startsWith('::', i) || source.startsWith('->', i)) {
      tokens.push({ kind: 'punct', text: source.slice(i, i + 2) });
      i += 2;
    } else {
      tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

const isPunct = (t, text) => t?.kind === 'punct' && t.text === text;
const isWord = (t, text) => t?.kind === 'word' && t.text === text;

/** The index of the token closing the bracket opened at `open`. */
function closing(tokens, open) {
  const pairs = { '{': '}', '[': ']', '(': ')' };
  const [o, c] = [tokens[open].text, pairs[tokens[open].text]];
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isPunct(tokens[i], o)) depth++;
    else if (isPunct(tokens[i], c) && --depth === 0) return i;
  }
  throw new Error(`unbalanced ${o}`);
}

/** Each `impl Type { ... }`'s functions named `name`: `{ type, body }` (body: the tokens inside `{}`). */
function implFunctions(tokens, name) {
  const found = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isWord(tokens[i], 'impl') || tokens[i + 1]?.kind !== 'word' || !isPunct(tokens[i + 2], '{')) continue;
    const end = closing(tokens, i + 2);
    for (let j = i + 3; j < end; j++) {
      if (isWord(tokens[j], 'fn') && isWord(tokens[j + 1], name)) {
        let open = j;
        while (!isPunct(tokens[open], '{')) open++;
        const close = closing(tokens, open);
        found.push({ type: tokens[i + 1].text, body: tokens.slice(open + 1, close) });
        j = close;
      }
    }
    i = end;
  }
  return found;
}

/**
 * The results of the arms of the `match` that is `body`: each arm's expression after `=>`, as
 * tokens up to the comma (or the end) at depth 0.
 */
function armResults(body) {
  const start = body.findIndex((t) => isWord(t, 'match'));
  if (start < 0) throw new Error('no match');
  let open = start;
  while (!isPunct(body[open], '{')) open++;
  const close = closing(body, open);
  const arms = [];
  for (let i = open + 1; i < close; i++) {
    if (['{', '(', '['].some((b) => isPunct(body[i], b))) {
      i = closing(body, i);
      continue;
    }
    if (!isPunct(body[i], '=>')) continue;
    const result = [];
    let j = i + 1;
    for (; j < close && !isPunct(body[j], ','); j++) {
      if (['{', '(', '['].some((b) => isPunct(body[j], b))) {
        const end = closing(body, j);
        result.push(...body.slice(j, end + 1));
        j = end;
      } else result.push(body[j]);
    }
    arms.push(result);
    i = j;
  }
  return arms;
}

/** The string literals of `pub const NAME: ... = <value>;` in `tokens`. */
function constStrings(tokens, name) {
  const at = tokens.findIndex((t, i) => isWord(t, 'const') && isWord(tokens[i + 1], name));
  if (at < 0) throw new Error(`no const ${name}`);
  let end = at;
  while (!isPunct(tokens[end], ';')) end++;
  const eq = tokens.slice(at, end).findIndex((t) => isPunct(t, '=')) + at;
  return tokens.slice(eq + 1, end).filter((t) => t.kind === 'str').map((t) => t.value);
}

/** The value of a numeric `const NAME: type = 16 * 1024;` (literals with `_`, `*` only). */
function constNumber(tokens, name) {
  const at = tokens.findIndex((t, i) => isWord(t, 'const') && isWord(tokens[i + 1], name));
  if (at < 0) throw new Error(`no const ${name}`);
  let end = at;
  while (!isPunct(tokens[end], ';')) end++;
  const eq = tokens.slice(at, end).findIndex((t) => isPunct(t, '=')) + at;
  const text = tokens.slice(eq + 1, end).map((t) => t.text).join(' ');
  if (!/^[\d_.]+(?: \* [\d_.]+)*$/.test(text)) throw new Error(`${name} = ${text}: not a product of literals`);
  return text.split(' * ').reduce((product, n) => product * Number(n.replace(/_/g, '')), 1);
}

// ---------------------------------------------------------------------------------------------
// 1. Codes.

const errorRs = lexRust(read('core/src/error.rs'));
const armCodes = [];
for (const { type, body } of implFunctions(errorRs, 'code')) {
  for (const result of armResults(body)) {
    const text = result.map((t) => (t.kind === 'str' ? JSON.stringify(t.value) : t.text)).join('');
    if (result.length === 1 && result[0].kind === 'str') armCodes.push(result[0].value);
    // A delegation to another enum's `code()`, whose arms are read as well.
    else if (!/^\w+\.code\(\)$/.test(text)) fail(`core/src/error.rs: ${type}::code has an arm returning \`${text}\`, not a string literal`);
  }
}
if (armCodes.length === 0) fail('core/src/error.rs: no code() arms found');
const rustCodes = constStrings(errorRs, 'CODES');
sameSet('codes', 'the code() arms of core/src/error.rs', armCodes, 'its CODES list', rustCodes);

// The wrapper's own codes: in the table, raised by the wrapper (`wrapperError('code')`), never by Rust.
const WRAPPER_CODES = ['no_next_page'];
const wrapperSources = readdirSync(join(root, 'pkg-template/src'))
  .filter((f) => /\.[cm]?js$/.test(f))
  .map((f) => [`pkg-template/src/${f}`, read(`pkg-template/src/${f}`)]);
const raised = wrapperSources.flatMap(([, text]) => [...text.matchAll(/wrapperError\(\s*(['"`])(\w+)\1/g)].map((m) => m[2]));
sameSet('wrapper codes', 'check-error-table.mjs WRAPPER_CODES', WRAPPER_CODES, 'wrapperError() calls in pkg-template/src', [...new Set(raised)]);
for (const code of WRAPPER_CODES) if (rustCodes.includes(code)) fail(`\`${code}\` is both a wrapper code and an engine code`);
sameSet(
  'codes',
  'core/src/error.rs CODES',
  rustCodes,
  'the keys of error-table.mjs CODES (minus the wrapper codes)',
  Object.keys(table.CODES).filter((code) => !WRAPPER_CODES.includes(code)),
);

const classNames = table.CLASSES.map(([name]) => name);
for (const [code, entry] of Object.entries(table.CODES)) {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[1] !== 'function') fail(`error-table.mjs CODES.${code} is not [class, message]`);
  else if (!classNames.includes(entry[0])) fail(`error-table.mjs CODES.${code} names the class \`${entry[0]}\`, which CLASSES lacks`);
}

// The other string tables a message reads a Rust name from (`as_str()` of a field's enum).
const asStrTables = { BaseUrlProblem: ['BASE_URL_PROBLEMS', table.BASE_URL_PROBLEMS] };
const asStr = implFunctions(errorRs, 'as_str');
sameSet('as_str() tables', 'core/src/error.rs impls with as_str()', asStr.map((f) => f.type), 'check-error-table.mjs asStrTables', Object.keys(asStrTables));
for (const { type, body } of asStr) {
  const names = armResults(body).map((result) => (result.length === 1 && result[0].kind === 'str' ? result[0].value : fail(`${type}::as_str has a non-literal arm`)));
  const [jsName, jsTable] = asStrTables[type] ?? [];
  if (jsTable) sameSet(`${type} names`, `core/src/error.rs ${type}::as_str`, names, `error-table.mjs ${jsName}`, Object.keys(jsTable));
}

// ---------------------------------------------------------------------------------------------
// 2. Classes.

const CLASSES = table.CLASSES;
if (new Set(classNames).size !== classNames.length) fail('error-table.mjs CLASSES repeats a name');
CLASSES.forEach(([name, parent], i) => {
  if (parent !== 'Error' && !classNames.slice(0, i).includes(parent)) fail(`CLASSES: ${name}'s parent ${parent} is not listed before it`);
});
const statuses = CLASSES.filter(([, , status]) => status !== undefined).map(([, , status]) => status);
if (new Set(statuses).size !== statuses.length) fail('CLASSES gives one status two classes');
const parentOf = Object.fromEntries(CLASSES.map(([name, parent]) => [name, parent]));
const statusOf = Object.fromEntries(CLASSES.map(([name, , status]) => [name, status]));

// errors.mjs: `export const { A, B, ... } = classes;`
const errorsMjs = read('pkg-template/src/errors.mjs');
const exported = /export const \{([^}]*)\}\s*=\s*classes/.exec(errorsMjs);
if (!exported) fail('pkg-template/src/errors.mjs: no `export const { ... } = classes`');
else sameSet('classes', 'CLASSES', classNames, 'pkg-template/src/errors.mjs', exported[1].split(',').map((s) => s.trim()).filter(Boolean));
if ([...errorsMjs.matchAll(/^export\b/gm)].length !== 1) fail('pkg-template/src/errors.mjs exports more than the classes of the table');

// error-classes.mjs: the classes written out have the table's names and parents.
const classesMjs = read('pkg-template/src/error-classes.mjs');
for (const [, name, parent] of classesMjs.matchAll(/^class (\w+) extends (\w+)/gm)) {
  if (!(name in parentOf)) fail(`error-classes.mjs writes out \`${name}\`, which CLASSES lacks`);
  else if (parentOf[name] !== parent) fail(`error-classes.mjs: ${name} extends ${parent}, CLASSES says ${parentOf[name]}`);
}

// index.d.ts and the types/ it re-exports: the declared classes, their parents and status types,
// and the client's statics.
const dtsFiles = ['pkg-template/index.d.ts', ...readdirSync(join(root, 'pkg-template/types')).map((f) => `pkg-template/types/${f}`)];
const dts = dtsFiles.map(read).join('\n');
const declared = [...dts.matchAll(/^export (?:declare )?class (\w+) extends (\w+)(?:\s*\{([^\n]*\}|[^]*?^\}))?/gm)];
sameSet('classes', 'CLASSES', classNames, 'index.d.ts `export class ... extends`', declared.map((m) => m[1]));
for (const [, name, parent, body = ''] of declared) {
  if (name in parentOf && parentOf[name] !== parent) fail(`index.d.ts: ${name} extends ${parent}, CLASSES says ${parentOf[name]}`);
  // A status class has its status as a literal type; the one for 500 stands for every status ≥ 500.
  const typed = /readonly status: (\w+)/.exec(body)?.[1];
  const want = statusOf[name] === undefined ? undefined : statusOf[name] === 500 ? 'number' : String(statusOf[name]);
  if (want !== undefined && typed !== want) fail(`index.d.ts: ${name}'s status is typed ${typed}, CLASSES makes it ${want}`);
  if (want === undefined && /^\d+$/.test(typed ?? '')) fail(`index.d.ts: ${name} has status ${typed}, CLASSES gives it none`);
}
const statics = [...dts.matchAll(/^\s*static (\w+): typeof (\w+);/gm)].filter(([, name]) => name.endsWith('Error'));
sameSet('classes', 'CLASSES', classNames, 'index.d.ts `static ...Error: typeof ...` on OpenAI', statics.map((m) => m[1]));
for (const [, name, type] of statics) if (name !== type) fail(`index.d.ts: static ${name}: typeof ${type}`);

// Every class name in the docs and the wrapper is a class of the table (or the platform's), and
// each README names every class, with its status where it gives one.
const PLATFORM = new Set(['TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'AggregateError', 'EvalError', 'URIError', 'DOMException']);
const docs = ['README.md', 'pkg-template/README.md'];
for (const [path, text] of [...[...docs, ...dtsFiles].map((p) => [p, read(p)]), ...wrapperSources]) {
  for (const [name] of text.matchAll(/\b[A-Z][A-Za-z0-9]*Error\b/g)) {
    if (!classNames.includes(name) && !PLATFORM.has(name)) fail(`${path} names \`${name}\`, which is not a class of the table`);
  }
}
for (const path of docs) {
  const text = read(path);
  for (const name of classNames) if (!text.includes(`\`${name}\``)) fail(`${path} does not name \`${name}\``);
  for (const [, name, ge, status] of text.matchAll(/`(\w+Error)`\s+(≥\s*)?(\d{3})\b/g)) {
    if (statusOf[name] !== Number(status)) fail(`${path}: \`${name}\` ${ge ?? ''}${status}, CLASSES says ${statusOf[name]}`);
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Constants quoted in messages and prose.

const rust = Object.fromEntries(
  ['retry', 'validation', 'inspect', 'options', 'config', 'pagination', 'query', 'redact'].map((m) => [m, lexRust(read(`core/src/${m}.rs`))]),
);
const equal = (what, actual, expected) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) fail(`${what}: ${JSON.stringify(actual)}, the Rust constant says ${JSON.stringify(expected)}`);
};
equal('error-table.mjs MAX_SERVER_WAIT_S', table.MAX_SERVER_WAIT_S * 1000, constNumber(rust.retry, 'MAX_SERVER_DELAY_MS'));
equal('error-table.mjs RESERVED_QUERY', table.RESERVED_QUERY, constStrings(rust.options, 'RESERVED_QUERY').filter((p) => !p.endsWith('[]')));
equal('error-table.mjs ENV_OPTIONS', Object.keys(table.ENV_OPTIONS), [constStrings(rust.config, 'ADMIN_KEY_VAR')[0], constStrings(rust.config, 'BASE_URL_VAR')[0]]);
const certificateBytes = constNumber(rust.validation, 'MAX_CERTIFICATE_BYTES');

/** `[pattern, value]`: every match's first group (digits, `,` and `_` dropped) must be the value. */
const prose = [
  [/(?:over|at most|under|up to|smaller than|larger than|of) (\d+) KB(?! gzip)/g, certificateBytes / 1024, 'MAX_CERTIFICATE_BYTES / 1024'],
  [/wait (?:over|longer than|of more than) (\d+) s\b/g, constNumber(rust.retry, 'MAX_SERVER_DELAY_MS') / 1000, 'MAX_SERVER_DELAY_MS'],
  [/jitter, at most (\d+) s\b/g, constNumber(rust.retry, 'MAX_BACKOFF_MS') / 1000, 'MAX_BACKOFF_MS'],
  [/else ([\d.]+) s ×/g, constNumber(rust.retry, 'INITIAL_DELAY_MS') / 1000, 'INITIAL_DELAY_MS'],
  [/\b1 to (\d+)(?: distinct)? (?:certificate )?(?:ids|certificates)\b/g, constNumber(rust.validation, 'MAX_TOGGLE_IDS'), 'MAX_TOGGLE_IDS'],
  [/`certificate_ids` empty, over (\d+)/g, constNumber(rust.validation, 'MAX_TOGGLE_IDS'), 'MAX_TOGGLE_IDS'],
  [/(?:limit required, ≤|limit required, at most|required, at most|is required, at most) ([\d,]+)/g, constNumber(rust.validation, 'MAX_TO_ARRAY'), 'MAX_TO_ARRAY'],
  [/(?:outside 1\.\.|outside 1 to |Page size, 1 to )(\d+)/g, constNumber(rust.query, 'MAX_PAGE_SIZE'), 'MAX_PAGE_SIZE'],
  [/ids seen in the last (\d+) items/g, constNumber(rust.pagination, 'RECENT_IDS'), 'RECENT_IDS'],
  [/(?:run of (\d+) or more characters|no (\d+)-character run) of the key/g, constNumber(rust.redact, 'MIN_FRAGMENT'), 'MIN_FRAGMENT'],
];
const proseFiles = [...docs, ...dtsFiles, ...wrapperSources.map(([path]) => path)];
const seen = new Map(prose.map(([, , name]) => [name, 0]));
for (const path of proseFiles) {
  const text = read(path).replace(/\s+/g, ' ');
  for (const [pattern, value, name] of prose) {
    for (const match of text.matchAll(pattern)) {
      seen.set(name, seen.get(name) + 1);
      const quoted = Number(match.slice(1).find((g) => g !== undefined).replace(/[,_]/g, ''));
      if (quoted !== value) fail(`${path}: "${match[0]}" quotes ${quoted}; ${name} makes it ${value}`);
    }
  }
}
for (const [name, count] of seen) if (count === 0) fail(`no prose quotes ${name}: a pattern of check-error-table.mjs is stale`);

if (problems.length) {
  console.error(`check-error-table: ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `check-error-table: ${rustCodes.length} engine codes + ${WRAPPER_CODES.length} wrapper code(s), ${classNames.length} classes, ` +
    `${[...seen.values()].reduce((a, b) => a + b)} quoted constants agree (${relative(process.cwd(), root) || '.'})`,
);
