// Where a browser gets the compiled kernels (infotheory.wasm) from, in order:
//  1. the copy inlined as base64: handed over by useBundledKernels() (the
//     package's self-contained module), or `globalThis.infotheoryWasm` (the
//     single file carries it, and infotheory-wasm.js sets it);
//  2. the module infotheory-early.js (web/hosts/early.js) began compiling
//     while the page loaded, over http(s) on our own pages;
//  3. when infotheory.js came from the page's own http(s) origin (our pages),
//     infotheory.wasm beside it, compiled while it downloads
//     (WebAssembly.compileStreaming; a server that does not say
//     application/wasm gets a plain compile of the bytes);
//  4. otherwise — from file://, on another site's page (whose CSP may not
//     allow a fetch from us, and whose server may send no CORS headers), or
//     when that fetch fails — infotheory-wasm.js loaded as a classic script,
//     which works wherever infotheory.js itself could load.
// Node never comes here: web/kernels.js reads the .wasm beside the loader.

import { loadBeside } from './script-base.js';

export const WASM_FILE = 'infotheory.wasm';
export const WASM_SCRIPT = 'infotheory-wasm.js';

/** The bytes of a base64 string. */
export function fromBase64(text) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

let bundled = null;

/** The kernels as base64, carried by the script that imports this (no global is set). */
export function useBundledKernels(base64) {
  bundled = base64;
}

function inlined() {
  const text = bundled ?? globalThis.infotheoryWasm;
  return typeof text === 'string' ? WebAssembly.compile(fromBase64(text)) : null;
}

/** Compiles the .wasm at `url` (http(s)), streaming where the server says application/wasm. */
export async function fetched(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  return type.startsWith('application/wasm')
    ? WebAssembly.compileStreaming(response)
    : WebAssembly.compile(await response.arrayBuffer());
}

/**
 * Compiles the kernels' WebAssembly module, found as the comment above says,
 * `base` being the folder infotheory.js was loaded from.
 * @returns {Promise<WebAssembly.Module>}
 */
export async function compileKernels(base, doc = globalThis.document) {
  const inline = inlined();
  if (inline) return inline;
  // Fetched and compiled early by infotheory-early.js (our own pages).
  const early = await globalThis.infotheoryWasmModule;
  if (early) return early;
  const pending = early === undefined; // infotheory-early.js has not run (yet)
  // globalThis.origin, not location.origin: a sandboxed frame's own origin is
  // opaque ('null'), so its fetches are cross-origin whatever its address.
  if (/^https?:/i.test(base) && new URL(base).origin === globalThis.origin) {
    try {
      const own = fetched(new URL(WASM_FILE, base).href);
      // So that infotheory-early.js, should it run now, does not fetch it again.
      if (pending) globalThis.infotheoryWasmModule = own.catch(() => null);
      return await own;
    } catch {
      // Falls through to the script, which needs neither fetch nor CORS.
    }
  }
  await loadBeside(WASM_SCRIPT, { base, doc });
  const loaded = inlined();
  if (!loaded) throw new Error(`${WASM_SCRIPT} did not provide the kernels`);
  return loaded;
}
