// scripts/serve.js: files from its folder only, gzip when the browser asks,
// and a malformed request answered with 400, not a stopped server.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { ROOT } from '../../scripts/run.js';
import { resolveTarget, serve } from '../../scripts/serve.js';

let dir;
let site;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'infotheory-serve-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
  fs.writeFileSync(path.join(dir, 'a.js'), 'console.log("x");\n'.repeat(100));
  fs.writeFileSync(path.join(dir, 'b.zip'), Buffer.from([0x50, 0x4b, 5, 6]));
  site = await serve(dir, 0);
});
afterAll(async () => {
  await new Promise((resolve) => site.server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

function get(pathname, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(new URL(pathname, site.url), { headers }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ response, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

test('text files are gzipped for browsers that accept it, and sent as they are otherwise', async () => {
  const original = fs.readFileSync(path.join(dir, 'a.js'));
  const zipped = await get('/a.js', { 'accept-encoding': 'gzip, deflate, br' });
  expect(zipped.response.headers['content-encoding']).toBe('gzip');
  expect(zipped.response.headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(zipped.body.length).toBeLessThan(original.length / 10);
  expect(zlib.gunzipSync(zipped.body).equals(original)).toBe(true);

  const plain = await get('/a.js');
  expect(plain.response.headers['content-encoding']).toBeUndefined();
  expect(plain.body.equals(original)).toBe(true);
});

test('archives are not compressed again; a folder serves its index.html; nothing outside the folder', async () => {
  const archive = await get('/b.zip', { 'accept-encoding': 'gzip' });
  expect(archive.response.headers['content-encoding']).toBeUndefined();
  expect([...archive.body]).toEqual([0x50, 0x4b, 5, 6]);
  const index = await get('/');
  expect(index.body.toString()).toBe('<!doctype html><title>t</title>');
  expect((await get('/%2e%2e/%2e%2e/etc/passwd')).response.statusCode).not.toBe(200);
  expect((await get('/missing.js')).response.statusCode).toBe(404);
});

test('resolveTarget: a file inside the folder, 404 outside it, 400 when malformed', () => {
  const root = path.join(path.sep, 'srv', 'dist');
  expect(resolveTarget(root, '/')).toEqual({ file: path.join(root, '/') });
  expect(resolveTarget(root, '/a/../b%20c.js?x=1')).toEqual({ file: path.join(root, 'b c.js') });
  expect(resolveTarget(root, '/..%2fdist-x/secret.txt')).toEqual({ status: 404 });
  expect(resolveTarget(root, '/..%2f')).toEqual({ status: 404 });
  expect(resolveTarget(root, '/..%2fdist')).toEqual({ file: root });
  expect(resolveTarget(root, '/%E0%A4%A')).toEqual({ status: 400 });
  expect(resolveTarget(root, '/a%00b')).toEqual({ status: 400 });
});

// Raw requests, written by hand on a socket: an HTTP client would normalise
// the target before sending it. The server runs in a child process, so a
// request that throws in its handler stops it as it would stop `npm start`.
describe('raw request targets', () => {
  const WAIT = 15000; // for the server to start, and for each answer
  let base; // holds dist/ (served) and dist-x/ (its sibling, with a secret)
  let child;
  let port;

  beforeAll(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'infotheory-serve-raw-'));
    fs.mkdirSync(path.join(base, 'dist'));
    fs.mkdirSync(path.join(base, 'dist-x'));
    fs.writeFileSync(path.join(base, 'dist', 'index.html'), '<!doctype html><title>served</title>');
    fs.writeFileSync(path.join(base, 'dist-x', 'secret.txt'), 'the secret');
    fs.writeFileSync(path.join(base, 'secret.txt'), 'the secret');
    const script =
      `const { serve } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, 'scripts', 'serve.js')).href)});` +
      `const { url } = await serve(${JSON.stringify(path.join(base, 'dist'))}, 0); console.log(url);`;
    child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not print its URL within ${WAIT} ms`)), WAIT);
      child.stdout.once('data', (chunk) => {
        clearTimeout(timer);
        resolve(chunk.toString().trim());
      });
      child.once('exit', (code) => reject(new Error(`the server exited with ${code} before printing its URL`)));
    });
    port = new URL(url).port;
  });

  afterAll(() => {
    child?.kill();
    fs.rmSync(base, { recursive: true, force: true });
  });

  /**
   * Sends `GET target` as it is; resolves to the status code and the rest of
   * the answer after its headers (the body, perhaps in chunked encoding).
   */
  function rawGet(target) {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      const chunks = [];
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`no complete answer to GET ${target} within ${WAIT} ms`));
      }, WAIT);
      socket.on('connect', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
      socket.on('data', (chunk) => chunks.push(chunk));
      socket.on('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`GET ${target}: ${error.message}`));
      });
      socket.on('close', () => {
        clearTimeout(timer);
        const text = Buffer.concat(chunks).toString('latin1');
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
        if (!status) reject(new Error(`GET ${target}: no HTTP answer (${JSON.stringify(text.slice(0, 80))})`));
        else resolve({ status, body: text.slice(text.indexOf('\r\n\r\n') + 4) });
      });
    });
  }

  /** The server is still up and serves dist/index.html at `target`. */
  async function expectServing(target) {
    const answer = await rawGet(target);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<!doctype html><title>served</title>');
  }

  test.each([
    '/..%2fdist-x/secret.txt',
    '/%2e%2e%2fdist-x/secret.txt',
    '/..%2F..%2Fdist-x%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/..%5c..%2fsecret.txt',
    '/../dist-x/secret.txt',
  ])('%s does not reach a sibling or parent folder: 404, and the server still answers', async (target) => {
    const answer = await rawGet(target);
    expect(answer.body).not.toContain('the secret');
    expect(answer.status).toBe(404);
    await expectServing('/index.html');
  });

  test.each(['/%E0%A4%A', '/%', '/a%zz', '/a%00b'])(
    '%s is malformed: 400, and the server still answers',
    async (target) => {
      expect((await rawGet(target)).status).toBe(400);
      await expectServing('/');
    },
  );
});
