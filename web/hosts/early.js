// infotheory-early.js: the first thing our pages run (a few hundred bytes,
// async). Over http(s) it starts fetching and compiling the kernels
// (infotheory.wasm) while infotheory.js is still downloading and being
// parsed; web/wasm-source.js takes the compiled module from here. Anything
// that fails here (file://, an old browser, a server that does not say
// application/wasm) leaves null, and wasm-source.js finds the kernels itself.
// Being async, it may also run after infotheory.js has started the fetch
// itself; then it leaves that one alone (??=).
globalThis.infotheoryWasmModule ??=
  /^https?:$/.test(location.protocol) &&
  self.origin !== 'null' && // a sandboxed frame: its fetches are cross-origin
  typeof WebAssembly?.compileStreaming === 'function'
    ? WebAssembly.compileStreaming(fetch(new URL('infotheory.wasm', document.currentScript.src))).catch(() => null)
    : null;
