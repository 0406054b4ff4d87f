// Softmax, the cross-entropy loss and its gradient, sampling and the
// maximum-likelihood link, through the JS API on the wasm module.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('softmax and the loss', () => {
  test('softmax of logits log(1), log(2), log(3) is 1/6, 2/6, 3/6', () => {
    const q = api.softmax([0, Math.log(2), Math.log(3)]);
    [1 / 6, 2 / 6, 3 / 6].forEach((want, i) => expect(q[i]).toBeCloseTo(want, 15));
    expect(api.softmaxCrossEntropy([0, Math.log(2), Math.log(3)], 2)).toBeCloseTo(Math.log(2), 15);
  });

  test('logits of ±1e4 give exact, finite results', () => {
    const q = api.softmax([1e4, -1e4, 0]);
    expect(Array.from(q)).toEqual([1, 0, 0]);
    expect(api.softmaxCrossEntropy([1e4, -1e4, 0], 1)).toBe(2e4);
    expect(api.softmaxCrossEntropy([1e4, -1e4, 0], 0)).toBe(0);
  });

  test('the gradient is q̂ − onehot(k) and sums to 0', () => {
    const z = [2, 0.5, -1];
    const q = api.softmax(z);
    const g = api.softmaxCrossEntropyGradient(z, 1);
    expect(g[0]).toBe(q[0]);
    expect(g[1]).toBeCloseTo(q[1] - 1, 15);
    expect(Math.abs(g[0] + g[1] + g[2])).toBeLessThan(1e-15);
  });

  test('bad logits and classes are refused by name', () => {
    expect(() => api.softmaxCrossEntropy([0, 1], 2)).toThrow('softmaxCrossEntropy: trueClass = 2 is outside [0, 1]');
    expect(() => api.softmax([0, Infinity])).toThrow('softmax: logits[1] is Infinity');
    expect(() => api.logSoftmax('1,2')).toThrow('logSoftmax: logits must be an array or Float64Array of numbers');
  });
});

describe('sampling and maximum likelihood', () => {
  const P = [0.5, 0.3, 0.2];
  const Q = [0.2, 0.3, 0.5];

  test('counts are reproducible from the seed and sum to n', () => {
    const a = api.sampleCounts(P, { n: 1000, seed: 7 });
    expect(Array.from(a)).toEqual(Array.from(api.sampleCounts(P, { n: 1000, seed: 7 })));
    expect(a.reduce((s, c) => s + c, 0)).toBe(1000);
    expect(Array.from(api.sampleCounts(P, { n: 1000, seed: 8 }))).not.toEqual(Array.from(a));
  });

  test('the average loss at n is the cross-entropy of the sample frequencies', () => {
    const checkpoints = api.logSpacedCounts(5000, 30);
    const running = api.nllConvergence(P, Q, { seed: 3, checkpoints });
    const last = checkpoints.length - 1;
    const empirical = api.empiricalDistribution(api.sampleCounts(P, { n: 5000, seed: 3 }));
    expect(running[last]).toBeCloseTo(api.crossEntropy(empirical, Q), 12);
  });

  test('it converges to H(P, Q), and no model beats the sample frequencies', () => {
    const n = 200000;
    const running = api.nllConvergence(P, Q, { seed: 11, checkpoints: [n] });
    expect(Math.abs(running[0] - api.crossEntropy(P, Q))).toBeLessThan(0.01);
    const empirical = api.empiricalDistribution(api.sampleCounts(P, { n: 1000, seed: 5 }));
    const best = api.crossEntropy(empirical, empirical);
    for (let seed = 1; seed <= 20; seed++) {
      const model = api.randomDistribution(3, seed);
      expect(api.crossEntropy(empirical, model)).toBeGreaterThan(best);
    }
  });

  test('logitsFor gives logits whose softmax is the distribution', () => {
    const logits = api.logitsFor([0.5, 0.3, 0.2]);
    const q = api.softmax(logits);
    [0.5, 0.3, 0.2].forEach((want, i) => expect(q[i]).toBeCloseTo(want, 15));
  });
});
