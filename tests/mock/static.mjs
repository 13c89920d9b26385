// Static file serving for browser tests (the demo page, the wasm-pack output).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { corsHeaders, newRequestId } from './http.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', // required for WebAssembly.instantiateStreaming
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.pem': 'text/plain; charset=utf-8',
};

/** Content type for a file name; unknown extensions are served as octet-stream. */
export function contentTypeFor(file) {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Normalises `{ prefix: dir }` into entries sorted longest prefix first, with absolute dirs
 * (relative ones resolve against the current directory) and prefixes without a trailing slash.
 */
export function normalizeStaticDirs(staticDirs = {}) {
  return Object.entries(staticDirs)
    .map(([prefix, dir]) => {
      let p = prefix.startsWith('/') ? prefix : '/' + prefix;
      if (p.length > 1 && p.endsWith('/')) p = p.slice(0, -1);
      return { prefix: p === '/' ? '' : p, dir: path.resolve(dir) };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/**
 * Serves `pathname` from the first matching static dir. Returns false when no prefix matches or
 * the file does not exist (the caller answers 404). Traversal outside the dir is refused: the
 * decoded relative path must stay inside it.
 */
export async function serveStatic(req, res, pathname, dirs) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  for (const { prefix, dir } of dirs) {
    // "/pkg" matches "/pkg" and "/pkg/...", never "/pkgfoo".
    if (pathname !== prefix && !pathname.startsWith(prefix + '/')) continue;
    let rel;
    try {
      rel = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return false;
    }
    if (rel.includes('\0')) return false;
    const file = path.resolve(dir, '.' + path.posix.normalize('/' + rel));
    const inside = path.relative(dir, file);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return false;
    let st;
    try {
      st = await stat(file);
    } catch {
      continue; // a shorter prefix (e.g. "/") may still have it
    }
    if (st.isDirectory()) {
      // Redirect to the slash form so relative URLs inside index.html resolve against the dir.
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { ...corsHeaders(), location: pathname + '/', 'content-length': '0' });
        res.end();
        return true;
      }
      const index = path.join(file, 'index.html');
      try {
        const ist = await stat(index);
        if (!ist.isFile()) continue;
        return sendFile(req, res, index, ist.size);
      } catch {
        continue;
      }
    }
    if (!st.isFile()) continue;
    return sendFile(req, res, file, st.size);
  }
  return false;
}

/**
 * The page's Content-Security-Policy, sent as a header with every HTML page: the meta tag in the
 * page cannot carry `frame-ancestors` (browsers ignore it there), so framing is refused here.
 */
export const PAGE_CSP = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "img-src 'self' data:",
  "connect-src 'self' http: https:", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

function sendFile(req, res, file, size) {
  const type = contentTypeFor(file);
  const page = type.startsWith('text/html') ? { 'content-security-policy': PAGE_CSP, 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer' } : {};
  res.writeHead(200, {
    ...corsHeaders(),
    ...page,
    'content-type': type,
    'content-length': size,
    'cache-control': 'no-store', // tests rebuild pkg/ between runs
    'x-request-id': newRequestId(),
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
  return true;
}
