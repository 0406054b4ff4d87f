// The package's main entry (`import { load } from 'infotheory-widget'`):
// load() with the kernels' infotheory.wasm beside this file — read from disk
// in Node, fetched in a browser (bundlers that follow
// `new URL(…, import.meta.url)` copy the file along). Built twice by
// scripts/build.js: dist/npm/index.node.js and dist/npm/index.js.
import { loadWith } from '../kernels.js';
import { fetched } from '../wasm-source.js';

const WASM = new URL('./infotheory.wasm', import.meta.url);

/**
 * Loads the kernels once and resolves to the API (see README, "Using the
 * kernels from JavaScript").
 */
export function load() {
  return loadWith(async () => {
    if (typeof process === 'object' && process.versions?.node && WASM.protocol === 'file:') {
      const { readFile } = await import('node:fs/promises');
      return WebAssembly.compile(await readFile(WASM));
    }
    return fetched(WASM.href);
  });
}
