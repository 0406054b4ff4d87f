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
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
};
// Compressed when the browser accepts gzip, as any real host would.
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port).
 * @returns {Promise<{server: http.Server, url: string}>}
 */
export function serve(dir = path.join(ROOT, 'dist'), port = 0) {
  const root = path.resolve(dir);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
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
