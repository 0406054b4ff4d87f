// A static file server for dist/ on localhost (no dependencies). Used by
// `npm start` and by the browser tests.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT, isMain } from './run.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
};
// Compressed when the browser accepts gzip, as any real host would.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt', '.wasm']);

/** True if `file` is `root` or inside it (both absolute and normalised). */
function isInside(root, file) {
  const relative = path.relative(root, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/**
 * The file under `root` that a request target (request.url, sent as the
 * client chose: escapes such as %2f are decoded here, after the URL parser
 * has resolved dot segments) names, or the status to answer instead: 400 for
 * a target that is malformed (a bad % escape, a NUL byte, not a URL), 404
 * for one outside `root`, as for a file that does not exist.
 * @param {string} root an absolute folder
 * @param {string} target the request target
 * @returns {{file: string} | {status: 400 | 404}}
 */
export function resolveTarget(root, target) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(target, 'http://localhost').pathname);
  } catch {
    return { status: 400 };
  }
  if (pathname.includes('\0')) return { status: 400 };
  const file = path.join(root, pathname);
  return isInside(root, file) ? { file } : { status: 404 };
}

const REFUSALS = { 400: 'bad request', 404: 'not found' };

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port).
 * @returns {Promise<{server: http.Server, url: string}>}
 */
export function serve(dir = path.join(ROOT, 'dist'), port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    const target = resolveTarget(root, request.url);
    if (target.status) {
      response.writeHead(target.status, { 'content-type': 'text/plain' }).end(REFUSALS[target.status]);
      return;
    }
    let file = target.file;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(REFUSALS[404]);
        return;
      }
      const type = path.extname(file);
      const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': TYPES[type] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(gzip && { 'content-encoding': 'gzip' }),
      });
      response.end(gzip ? zlib.gzipSync(body) : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });
}

if (isMain(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const { url } = await serve(undefined, port).catch((error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.log(`Port ${port} is busy; using a free one.`);
    return serve(undefined, 0);
  });
  console.log(`\nServing dist/ at ${url}  (Ctrl+C to stop)`);
}
