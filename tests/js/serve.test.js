// scripts/serve.js: files from its folder only, gzip when the browser asks.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from '../../scripts/serve.js';

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
