// The Embind skin (cpp/bindings.cpp) as JS sees it: every object a kernel
// returns is a plain object with exactly its documented keys, in order; the
// raw module's names are the public API's; and the shipped module carries no
// test hooks (those are in build/wasm-test/infotheory-test-hooks.js).
import { beforeAll, describe, expect, test } from '@jest/globals';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { load } from '../../web/kernels.js';

const createKernels = createRequire(import.meta.url)('../../build/wasm/infotheory-kernels.js');

let api;
let raw;
beforeAll(async () => {
  api = await load();
  // The .wasm beside the loader, read here (the loader's own Node path would fetch() a file path).
  raw = await createKernels({
    wasmBinary: fs.readFileSync(new URL('../../build/wasm/infotheory-kernels.wasm', import.meta.url)),
  });
});

/** [key, typeof value] for each own key of `o`, in order. */
function shape(o) {
  return Object.entries(o).map(([key, value]) => [key, typeof value]);
}
const numbers = (...keys) => keys.map((key) => [key, 'number']);

const P = [0.1, 0.2, 0.7];
const Q = [0.3, 0.3, 0.4];
const symmetric = { weights: [0.5, 0.5], means: [-3, 3], sigmas: [0.7, 0.7] };
const unequal = { weights: [0.3, 0.7], means: [-3, 2], sigmas: [0.6, 1.2] };

describe('result objects', () => {
  test.each([
    ['jointSurprise', () => api.jointSurprise(0.5, 0.25), numbers('probability', 'joint', 'sum')],
    ['decompose', () => api.decompose(P, Q), numbers('entropy', 'crossEntropy', 'kl', 'reverseKl')],
    [
      'vaeKLTerms',
      () => api.vaeKLTerms(1, 0.5, { units: 'bits' }),
      numbers('mean', 'variance', 'logVariance', 'constant', 'total'),
    ],
    [
      'gaussianKLByQuadrature',
      () => api.gaussianKLByQuadrature(1, 0.5, 0, 1),
      numbers('value', 'errorEstimate', 'evaluations', 'closedForm', 'difference'),
    ],
    [
      'klEstimators',
      () => api.klEstimators([0.5, 0.5], [1, -1], 0.3, { n: 100, seed: 3 }),
      numbers('exact', 'k1Mean', 'k1StdError', 'k3Mean', 'k3StdError'),
    ],
    [
      'fitGaussian without a tie',
      () => api.fitGaussian(unequal, 'forward'),
      [...numbers('mu', 'sigma', 'kl'), ['tie', 'boolean'], ['behaviour', 'string'], ...numbers('component')],
    ],
    [
      'fitGaussian with a tie',
      () => api.fitGaussian(symmetric, 'reverse'),
      [
        ...numbers('mu', 'sigma', 'kl'),
        ['tie', 'boolean'],
        ['behaviour', 'string'],
        ...numbers('component', 'otherMu', 'otherSigma'),
      ],
    ],
  ])('%s is a plain object with exactly its keys', (name, call, keys) => {
    const result = call();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(shape(result)).toEqual(keys);
  });

  test('memoryUsage reports numbers', () => {
    expect(shape(api.memoryUsage())).toEqual(numbers('wasmBytes', 'bytesInUse', 'handles'));
  });
});

describe('the raw module', () => {
  // What web/kernels/*.js calls on the module, and what is not a public name.
  const sources = ['args', 'gaussians', 'information', 'learning', 'ml'].map((file) =>
    fs.readFileSync(new URL(`../../web/kernels/${file}.js`, import.meta.url), 'utf8'),
  );
  const called = [...new Set(sources.flatMap((text) => [...text.matchAll(/raw\.(\w+)\(/g)].map((m) => m[1])))];
  const internal = {
    heapBytesInUse: 'backs memoryUsage()',
    count_emval_handles: "Embind's own handle count, for memoryUsage()",
  };

  test('every binding the API calls has the name of a public function', () => {
    expect(called.length).toBeGreaterThan(40);
    const publicNames = Object.keys(api).filter((key) => typeof api[key] === 'function');
    for (const name of called) {
      expect([name, typeof raw[name]]).toEqual([name, 'function']);
      if (!(name in internal)) expect(publicNames).toContain(name);
    }
  });

  test('carries no test hooks and none of the old names', () => {
    for (const name of [
      'vectorLog',
      'scalarLog',
      'gaussianKl',
      'gaussianKlByQuadrature',
      'mixtureDensityAt',
      'mixtureKl',
      'uniformDistribution',
      'vaeKl',
    ]) {
      expect([name, raw[name]]).toEqual([name, undefined]);
    }
  });
});
