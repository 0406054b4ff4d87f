// The ml kernels as JS sees them: vaeElbo and vaePosterior return plain
// objects with exactly their keys, agree with the formulas written out, and
// refuse bad input with an Error naming the argument.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';

let api;
beforeAll(async () => {
  api = await load();
});

const shape = (o) => Object.entries(o).map(([key, value]) => [key, typeof value]);
const numbers = (...keys) => keys.map((key) => [key, 'number']);

describe('vaeElbo', () => {
  test('a plain object with exactly its keys', () => {
    const e = api.vaeElbo([1.5, -0.5], [1, 0], [0.5, 1], 0.7);
    expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
    expect(shape(e)).toEqual(numbers('reconstruction', 'kl', 'elbo', 'logEvidence', 'gap'));
    expect(shape(api.vaePosterior(1.5, 0.7))).toEqual(numbers('mean', 'sd'));
  });

  test('one dimension, written out: log p(x) = ELBO + KL(q ‖ posterior)', () => {
    const [x, m, sd, s] = [0.8, -0.4, 1.3, 0.5];
    const e = api.vaeElbo([x], [m], [sd], s);
    const s2 = s * s;
    const rec = -0.5 * Math.log(2 * Math.PI * s2) - ((x - m) ** 2 + sd * sd) / (2 * s2);
    const kl = 0.5 * (m * m + sd * sd - Math.log(sd * sd) - 1);
    const ev = -0.5 * Math.log(2 * Math.PI * (1 + s2)) - (x * x) / (2 * (1 + s2));
    expect(e.reconstruction).toBeCloseTo(rec, 12);
    expect(e.kl).toBeCloseTo(kl, 12);
    expect(e.logEvidence).toBeCloseTo(ev, 12);
    expect(e.gap).toBeCloseTo(ev - (rec - kl), 11);
    const bits = api.vaeElbo([x], [m], [sd], s, { units: 'bits' });
    expect(bits.gap).toBeCloseTo(e.gap / Math.LN2, 12);
  });

  test('bad input throws an Error naming the argument', () => {
    expect(() => api.vaeElbo([1], [1, 2], [1], 1)).toThrow(/^vaeElbo: mu has 2 entries but x has 1/);
    expect(() => api.vaeElbo([1], [1], [0], 1)).toThrow(/^vaeElbo: sigma/);
    expect(() => api.vaeElbo([1], [1], [1], -2)).toThrow(/^vaeElbo: s /);
    expect(() => api.vaeElbo('x', [1], [1], 1)).toThrow(/^vaeElbo: x must be an array/);
    expect(() => api.vaeElbo([], [], [], 1)).toThrow(/^vaeElbo: x is empty/);
    expect(() => api.vaeElbo([1], [1], [1], 1, { units: 'bytes' })).toThrow(/^vaeElbo: /);
    expect(() => api.vaePosterior(NaN, 1)).toThrow(/^vaePosterior: x/);
    expect(() => api.vaePosterior(1, 0)).toThrow(/^vaePosterior: s /);
  });
});
