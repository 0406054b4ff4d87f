// `npm run build`: the wasm module (emcmake + CMake), then the static site
// in dist/: index.html, style.css and app.js (page code, Chart.js and the
// wasm kernels in one classic script, so it runs from file:// too).
import fs from 'node:fs';
import path from 'node:path';
import { EMSCRIPTEN_ENV, JOBS, ROOT, run } from './run.js';

const WASM_BUILD = path.join(ROOT, 'build', 'wasm');
const DIST = path.join(ROOT, 'dist');
const STATIC_FILES = ['index.html', 'style.css', 'favicon.svg'];

export function buildWasm() {
  run('emcmake', ['cmake', '-S', '.', '-B', WASM_BUILD, '-DCMAKE_BUILD_TYPE=Release'], { env: EMSCRIPTEN_ENV });
  run('cmake', ['--build', WASM_BUILD, '-j', JOBS], { env: EMSCRIPTEN_ENV });
}

export async function buildSite() {
  const esbuild = await import('esbuild');
  fs.rmSync(DIST, { recursive: true, force: true });
  fs.mkdirSync(DIST, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'web', 'main.js')],
    outfile: path.join(DIST, 'app.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    legalComments: 'linked',
    // Emscripten's Node branch requires these; it never runs in a browser.
    external: ['fs', 'path'],
    logLevel: 'warning',
  });
  for (const file of STATIC_FILES) {
    fs.copyFileSync(path.join(ROOT, 'web', file), path.join(DIST, file));
  }
  const sizes = fs
    .readdirSync(DIST)
    .map((file) => `${file} ${(fs.statSync(path.join(DIST, file)).size / 1024).toFixed(1)} KiB`);
  console.log(`built dist/: ${sizes.join(', ')}`);
}

export async function build() {
  buildWasm();
  await buildSite();
}

if (import.meta.url === `file://${process.argv[1]}`) await build();
