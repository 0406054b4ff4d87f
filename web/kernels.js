// The one way in: `load()` resolves, once, to the information-theory API.
// Every number comes from the C++ kernels compiled to WebAssembly; this file
// only checks argument types, converts arrays, and turns a refused input
// (returned by the kernels as a message string) into a thrown Error.

import createKernels from '../build/wasm/infotheory-kernels.js';
import { scriptBase } from './script-base.js';
import { compileKernels } from './wasm-source.js';

let loading = null;

/**
 * Loads the WebAssembly kernels (memoised: every call returns the same
 * promise) and resolves to the API object. Works in browsers and in Node.
 * @returns {Promise<InfotheoryAPI>}
 */
export function load() {
  return loadWith(scriptBase === null ? inNode : () => compileKernels(scriptBase));
}

/**
 * load() with the compiled module from `compile(path)` (given where
 * Emscripten's loader would look for the .wasm): the package's entry
 * (web/hosts/api.js) finds it beside itself. Memoised as load() is.
 * @param {(path: string) => Promise<WebAssembly.Module>} compile
 */
export function loadWith(compile) {
  if (!loading) {
    loading = instantiate(compile).then(wrap, (error) => {
      loading = null; // let a later call try again
      throw error;
    });
  }
  return loading;
}

// The compiled module (`compile(path)`, given where Emscripten's loader
// would look for the .wasm), handed to that loader to instantiate with its
// imports. A failure rejects, never hangs.
async function instantiate(compile) {
  let located;
  let fail;
  const failed = new Promise((_, reject) => (fail = reject));
  const kernels = createKernels({
    locateFile: (file, dir) => (located = dir + file),
    instantiateWasm(imports, receive) {
      compile(located)
        .then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
        .catch(fail);
      return {}; // the exports arrive through receive()
    },
  });
  return Promise.race([kernels, failed]);
}

// Node: the .wasm beside the loader (Emscripten 3.1.6's own Node path would
// try fetch() on a file path, which Node's fetch refuses).
async function inNode(file) {
  const { readFile } = await import('node:fs/promises');
  return WebAssembly.compile(await readFile(file));
}
import { argsFor } from './kernels/args.js';
import { gaussiansApi } from './kernels/gaussians.js';
import { informationApi } from './kernels/information.js';
import { learningApi } from './kernels/learning.js';
import { mathApi } from './kernels/math.js';
import { areaApi } from './kernels/area.js';
import { fitscodeApi } from './kernels/fitscode.js';
import { mlApi } from './kernels/ml.js';

function wrap(raw) {
  const a = argsFor(raw);
  /** @namespace InfotheoryAPI */
  return Object.freeze({
    /** Most categories a distribution may have (10^7). */
    maxCategories: a.maxLength,
    ...informationApi(raw, a),
    ...gaussiansApi(raw, a),
    ...learningApi(raw, a),
    ...mathApi(raw, a),
    ...areaApi(raw, a),
    ...fitscodeApi(raw, a),
    ...mlApi(raw, a),
  });
}
