// The policy update, the KL budget, PPO's surrogate and the KL estimators,
// and tempering, through the JS API on the wasm module.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';

let api;
beforeAll(async () => {
  api = await load();
});

const piOld = [0.4, 0.3, 0.2, 0.1];
const advantages = [-0.5, 1, 0.2, -1];

describe('trust region', () => {
  test('the update tilts the policy towards positive advantages', () => {
    const pi = api.policyUpdate(piOld, advantages, 1);
    expect(pi.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 14);
    expect(pi[1] / piOld[1]).toBeGreaterThan(pi[0] / piOld[0]);
    expect(Array.from(api.policyUpdate(piOld, advantages, 0))).toEqual(piOld.map((p) => expect.closeTo(p, 15)));
  });

  test('the largest step within the budget meets it exactly', () => {
    for (const delta of [0.001, 0.02, 0.3]) {
      const alpha = api.maxStepWithinBudget(piOld, advantages, delta);
      const [at, beyond] = api.klAlongUpdate(piOld, advantages, [alpha, alpha * 1.001]);
      expect(Math.abs(at - delta)).toBeLessThanOrEqual(1e-10 * delta);
      expect(beyond).toBeGreaterThan(delta);
    }
  });

  test('equal advantages never leave the budget', () => {
    expect(api.maxStepWithinBudget(piOld, [1, 1, 1, 1], 0.01)).toBe(Infinity);
  });

  test('the clipped surrogate never exceeds the unclipped one and they agree at α = 0', () => {
    const alphas = api.logSpace(1e-3, 5, 50);
    const { unclipped, clipped, penalized } = api.ppoSurrogate(piOld, advantages, { epsilon: 0.2, beta: 1, alphas });
    for (let i = 0; i < alphas.length; i++) {
      expect(clipped[i]).toBeLessThanOrEqual(unclipped[i] + 1e-15);
      expect(penalized[i]).toBeLessThanOrEqual(clipped[i]);
    }
    const atZero = api.ppoSurrogate(piOld, advantages, { alphas: [0] });
    const expected = piOld.reduce((s, p, i) => s + p * advantages[i], 0);
    expect(atZero.unclipped[0]).toBeCloseTo(expected, 15);
    expect(atZero.clipped[0]).toBeCloseTo(expected, 15);
  });

  test('k1 and k3 estimate the exact KL; k3 is never negative', () => {
    const e = api.klEstimators(piOld, advantages, 0.5, { n: 100000, seed: 2 });
    expect(e.exact).toBeCloseTo(api.klDivergence(piOld, api.policyUpdate(piOld, advantages, 0.5)), 14);
    expect(Math.abs(e.k1Mean - e.exact)).toBeLessThan(5 * e.k1StdError);
    expect(Math.abs(e.k3Mean - e.exact)).toBeLessThan(5 * e.k3StdError);
    expect(e.k3Mean).toBeGreaterThanOrEqual(0);
    expect(e.k3StdError).toBeLessThan(e.k1StdError);
  });

  test('bad inputs are refused by name', () => {
    expect(() => api.policyUpdate(piOld, [1, 2], 1)).toThrow('policyUpdate:');
    expect(() => api.maxStepWithinBudget(piOld, advantages, 0)).toThrow('maxStepWithinBudget: delta');
    expect(() => api.ppoSurrogate(piOld, advantages, { epsilon: 1.5, alphas: [0] })).toThrow('ppoSurrogate: epsilon');
  });
});

describe('temperature', () => {
  const P = [0.3, 0.2, 0.15, 0.12, 0.1, 0.07, 0.04, 0.02];

  test('T = 1 keeps P; small T sharpens towards a point mass; large T flattens towards uniform', () => {
    api.temper(P, 1).forEach((p, i) => expect(p).toBeCloseTo(P[i], 15));
    expect(api.temper(P, 0.01)[0]).toBeGreaterThan(0.999);
    api.temper(P, 1000).forEach((p) => expect(p).toBeCloseTo(1 / 8, 3));
  });

  test('entropy rises along the temperature path from 0 towards log N', () => {
    const ts = api.logSpace(0.01, 1000, 60);
    const h = api.entropyAlongTemperature(P, ts);
    for (let i = 1; i < h.length; i++) expect(h[i]).toBeGreaterThanOrEqual(h[i - 1] - 1e-15);
    expect(h[0]).toBeLessThan(1e-3);
    expect(h[h.length - 1]).toBeCloseTo(Math.log(8), 3);
  });

  test('temperatures out of range are refused', () => {
    expect(() => api.temper(P, 0)).toThrow('temper: T = 0 is outside [0.001, 1000]');
  });
});
