// A minimal reader of a .wasm file's layout, for the size report: bytes (raw and gzip) per section,
// the largest function bodies (named when a `name` section survived wasm-opt), and how much of the
// data section is readable text (panic messages, source paths, format strings).
import { gzipSync } from 'node:zlib';

const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount', 'tag'];

function leb(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [result, pos];
  }
}

function readName(buf, pos) {
  const [len, p] = leb(buf, pos);
  return [buf.subarray(p, p + len).toString('utf8'), p + len];
}

/** `{ sections: [{name, raw, gzip}], largestFunctions: [{name, bytes}], dataStrings }`. */
export function wasmBreakdown(buf) {
  const { sections, functions, dataStrings } = read(buf);
  const largestFunctions = functions.map(({ name, body }) => ({ name, bytes: body.length }));
  largestFunctions.sort((a, b) => b.bytes - a.bytes);
  return { sections, largestFunctions: largestFunctions.slice(0, 8), dataStrings };
}

/** Every function body of a .wasm, `[{ name, body }]` (named where a `name` section survived). */
export function functionBodies(buf) {
  return read(buf).functions;
}

function read(buf) {
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const sections = [];
  let pos = 8;
  let importedFunctions = 0;
  let code = null;
  let data = null;
  const names = new Map();
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, start] = leb(buf, pos + 1);
    const body = buf.subarray(start, start + size);
    let name = NAMES[id] ?? `id ${id}`;
    if (id === 0) {
      const [custom] = readName(body, 0);
      name = `custom "${custom}"`;
      if (custom === 'name') readFunctionNames(body, names);
    }
    if (id === 2) importedFunctions = countImportedFunctions(body);
    if (id === 10) code = body;
    if (id === 11) data = body;
    sections.push({ name, raw: start + size - pos, gzip: gzipSync(buf.subarray(pos, start + size), { level: 9 }).length });
    pos = start + size;
  }
  const functions = [];
  if (code) {
    let [count, p] = leb(code, 0);
    for (let i = 0; i < count; i++) {
      const [len, q] = leb(code, p);
      const index = importedFunctions + i;
      functions.push({ name: names.get(index) ?? `func ${index}`, body: code.subarray(q, q + len) });
      p = q + len;
    }
  }
  return { sections, functions, dataStrings: data ? textIn(data) : null };
}

function countImportedFunctions(body) {
  let [count, p] = leb(body, 0);
  let functions = 0;
  for (let i = 0; i < count; i++) {
    [, p] = readName(body, p);
    [, p] = readName(body, p);
    const kind = body[p++];
    if (kind === 0) {
      functions++;
      [, p] = leb(body, p);
    } else if (kind === 1) {
      p++; // reftype
      const flags = body[p++];
      [, p] = leb(body, p);
      if (flags & 1) [, p] = leb(body, p);
    } else if (kind === 2) {
      const flags = body[p++];
      [, p] = leb(body, p);
      if (flags & 1) [, p] = leb(body, p);
    } else if (kind === 3) {
      p += 2;
    } else if (kind === 4) {
      p++;
      [, p] = leb(body, p);
    }
  }
  return functions;
}

function readFunctionNames(body, names) {
  let [, p] = readName(body, 0);
  while (p < body.length) {
    const sub = body[p];
    const [size, start] = leb(body, p + 1);
    if (sub === 1) {
      let [count, q] = leb(body, start);
      for (let i = 0; i < count; i++) {
        let index;
        let name;
        [index, q] = leb(body, q);
        [name, q] = readName(body, q);
        names.set(index, name);
      }
    }
    p = start + size;
  }
}

/** Runs of 8+ printable ASCII bytes in the data section: total bytes, count, a few examples. */
function textIn(data) {
  const runs = data.toString('latin1').match(/[\x20-\x7e]{8,}/g) ?? [];
  const bytes = runs.reduce((s, r) => s + r.length, 0);
  const paths = runs.filter((r) => /\.rs\b|\/rustc\/|\.cargo\/registry/.test(r));
  return {
    bytes,
    count: runs.length,
    sourcePathBytes: paths.reduce((s, r) => s + r.length, 0),
    examples: [...runs].sort((a, b) => b.length - a.length).slice(0, 3).map((r) => r.slice(0, 80)),
  };
}
