// The area API in wasm (web/kernels/area.js): per-outcome surprise terms,
// seeded draws and their running averages, against formulas written here.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('surpriseTerms', () => {
  test('each column is its formula; the areas add up to H, H(P, Q) and D', () => {
    const P = [0.5, 0.3, 0.2];
    const Q = [0.2, 0.5, 0.3];
    const t = api.surpriseTerms(P, Q, { units: 'bits' });
    let h = 0;
    let cross = 0;
    let kl = 0;
    P.forEach((p, i) => {
      const q = Q[i];
      expect(t.p[i]).toBe(p);
      expect(t.surpriseP[i]).toBeCloseTo(-Math.log2(p), 14);
      expect(t.entropy[i]).toBeCloseTo(-p * Math.log2(p), 14);
      expect(t.surpriseQ[i]).toBeCloseTo(-Math.log2(q), 14);
      expect(t.cross[i]).toBeCloseTo(-p * Math.log2(q), 14);
      expect(t.kl[i]).toBeCloseTo(p * Math.log2(p / q), 14);
      h += t.entropy[i];
      cross += t.cross[i];
      kl += t.kl[i];
    });
    expect(Array.from(t.left)).toEqual([0, 0.5, 0.8]);
    expect(t.kl[1]).toBeLessThan(0); // q > p: this outcome's term is negative
    expect(h).toBeCloseTo(api.entropy(P, { units: 'bits' }), 14);
    expect(cross).toBeCloseTo(api.crossEntropy(P, Q, { units: 'bits' }), 14);
    expect(kl).toBeCloseTo(api.klDivergence(P, Q, { units: 'bits' }), 14);
  });

  test('without Q the model is P; zeros follow 0 log 0 = 0 and q = 0 < p gives ∞', () => {
    const t = api.surpriseTerms([0.9, 0.1], { units: 'nats' });
    expect(t.entropy[0] + t.entropy[1]).toBeCloseTo(-(0.9 * Math.log(0.9) + 0.1 * Math.log(0.1)), 15);
    expect(Array.from(t.kl)).toEqual([0, 0]);
    const z = api.surpriseTerms([0, 0.5, 0.5], [0.5, 0.5, 0]);
    expect(z.surpriseP[0]).toBe(Infinity);
    expect(z.entropy[0]).toBe(0);
    expect(z.cross[2]).toBe(Infinity);
    expect(z.kl[2]).toBe(Infinity);
  });

  test('bad input throws an Error naming the function and the argument', () => {
    expect(() => api.surpriseTerms([0.5, 0.4])).toThrow(/^surpriseTerms: P sums to 0.9/);
    expect(() => api.surpriseTerms([0.5, 0.5], [])).toThrow(/^surpriseTerms: Q is empty/);
    expect(() => api.surpriseTerms([0.5, 0.5], null)).toThrow(/^surpriseTerms: Q must be an array/);
    expect(() => api.surpriseTerms([0.5, 0.5], [1])).toThrow(/^surpriseTerms: P and Q have different lengths/);
    expect(() => api.surpriseTerms([0.5, 0.5], { units: 'furlongs' })).toThrow(/^surpriseTerms: options.units/);
  });
});

describe('drawOutcomes and runningSurprise', () => {
  test('the draws are the ones sampleCounts counts, and reproducible', () => {
    const P = [0.2, 0, 0.5, 0.3];
    const x = api.drawOutcomes(P, { n: 1000, seed: 9 });
    const counts = api.sampleCounts(P, { n: 1000, seed: 9 });
    const tally = [0, 0, 0, 0];
    for (const i of x) tally[i] += 1;
    expect(tally).toEqual(Array.from(counts));
    expect(Array.from(api.drawOutcomes(P, { n: 1000, seed: 9 }))).toEqual(Array.from(x));
    expect(() => api.drawOutcomes(P, { n: -1, seed: 1 })).toThrow(/^drawOutcomes: n = -1/);
  });

  test('running averages are the means of the surprises so far', () => {
    const P = [0.6, 0.3, 0.1];
    const Q = [0.2, 0.2, 0.6];
    const x = api.drawOutcomes(P, { n: 50, seed: 3 });
    const r = api.runningSurprise(P, Q, x, { units: 'bits' });
    let sp = 0;
    let sq = 0;
    x.forEach((i, t) => {
      sp += -Math.log2(P[i]);
      sq += -Math.log2(Q[i]);
      expect(r.surpriseP[t]).toBeCloseTo(-Math.log2(P[i]), 13);
      expect(r.surpriseQ[t]).toBeCloseTo(-Math.log2(Q[i]), 13);
      expect(r.averageP[t]).toBeCloseTo(sp / (t + 1), 12);
      expect(r.averageQ[t]).toBeCloseTo(sq / (t + 1), 12);
      expect(r.gap[t]).toBeCloseTo((sq - sp) / (t + 1), 12);
    });
    // The averages converge to H(P) and H(P, Q).
    const many = api.runningSurprise(P, Q, api.drawOutcomes(P, { n: 100000, seed: 5 }));
    expect(many.averageP[99999]).toBeCloseTo(api.entropy(P), 1);
    expect(many.averageQ[99999]).toBeCloseTo(api.crossEntropy(P, Q), 1);
    expect(() => api.runningSurprise([1, 0], [0.5, 0.5], [1])).toThrow(/^runningSurprise: outcomes\[0\] = 1 .*P is 0/);
  });
});
