// In a browser, the folder infotheory.js was loaded from (read while the
// bundle first runs: document.currentScript is only set then). The files
// that travel with it (infotheory.wasm, the language scripts) are there.
// null in Node.
export const scriptBase =
  typeof document === 'undefined' ? null : new URL('.', document.currentScript?.src || document.baseURI).href;

/**
 * Runs `file`, a classic script beside infotheory.js (or beside `base`):
 * resolves once it has run, rejects if it cannot be loaded. Classic scripts
 * load from file:// and from other origins without CORS, where fetch cannot.
 */
export function loadBeside(file, { base = scriptBase, doc = globalThis.document } = {}) {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = new URL(file, base).href;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${script.src}`));
    doc.head.append(script);
  });
}
