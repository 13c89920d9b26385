// The console's static files, from the installed package: www/ as shipped in console/, and the
// package's own dist/ and wasm/ under /pkg/ (where the console imports the library from).
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
};
/** URL prefix → directory of the package; only these are served. */
const MOUNTS = [
  ['/pkg/dist/', join(ROOT, 'dist')],
  ['/pkg/wasm/', join(ROOT, 'wasm')],
  ['/', join(ROOT, 'console')],
];

/** `{ type, body }` of the file at URL path `path`, or null (not shipped, or outside the mounts). */
export async function staticFile(path) {
  const [prefix, dir] = MOUNTS.find(([p]) => path.startsWith(p));
  const rest = decodeURIComponent(path.slice(prefix.length)) || 'index.html';
  const file = normalize(join(dir, rest));
  const type = TYPES[extname(file)];
  if (!file.startsWith(dir + sep) || !type) return null;
  try {
    return { type, body: await readFile(file) };
  } catch {
    return null;
  }
}
