// The JS API over the wasm kernels: loading, argument handling, units, the
// numerical contract at scale, and that errors leave the module usable.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('load', () => {
  test('is memoised: every call resolves to the same frozen API', async () => {
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).toBe(b);
    expect(a).toBe(api);
    expect(Object.isFrozen(api)).toBe(true);
  });
});

describe('arguments', () => {
  test('accepts plain arrays, Float64Arrays and Float32Arrays alike', () => {
    const want = api.entropy([0.25, 0.75]);
    expect(api.entropy(new Float64Array([0.25, 0.75]))).toBe(want);
    expect(api.entropy(new Float32Array([0.25, 0.75]))).toBe(want); // both exact in float32
  });

  test('a string inside an array is refused with its index', () => {
    expect(() => api.entropy([0.5, '0.5'])).toThrow('entropy: P[1] must be a number, got "0.5"');
  });

  test('a non-array distribution is refused, naming the argument', () => {
    expect(() => api.klDivergence([1], undefined)).toThrow(
      'klDivergence: Q must be an array or Float64Array of probabilities, got undefined',
    );
    expect(() => api.crossEntropy('0.5,0.5', [0.5, 0.5])).toThrow('crossEntropy: P must be an array');
    expect(() => api.entropy(new Map())).toThrow(
      'entropy: P must be an array or Float64Array of probabilities, got a Map',
    );
    expect(() => api.entropy({})).toThrow('got an Object');
  });

  test('a string where a number belongs is refused', () => {
    expect(() => api.binaryEntropy('0.9')).toThrow('binaryEntropy: p must be a number, got "0.9"');
    expect(() => api.jointSurprise(0.5, null)).toThrow('jointSurprise: p2 must be a number, got null');
  });

  test('units must be nats or bits', () => {
    expect(() => api.entropy([1], { units: 'bytes' })).toThrow(
      `entropy: options.units must be 'nats' or 'bits', got "bytes"`,
    );
    expect(() => api.entropy([1], 'bits')).toThrow('entropy: options must be an object');
    expect(api.entropy([0.5, 0.5], {})).toBe(api.entropy([0.5, 0.5], { units: 'nats' }));
  });

  test('arrays longer than maxCategories are refused before they are copied', () => {
    const tooLong = new Array(api.maxCategories + 1); // holey: costs no memory
    expect(() => api.entropy(tooLong)).toThrow(`entropy: P has ${api.maxCategories + 1} categories; at most`);
  });
});

describe('units', () => {
  test('bits are nats divided by log 2', () => {
    const P = [0.1, 0.2, 0.3, 0.4];
    const Q = [0.4, 0.3, 0.2, 0.1];
    const nats = api.decompose(P, Q);
    const bits = api.decompose(P, Q, { units: 'bits' });
    for (const key of ['entropy', 'crossEntropy', 'kl', 'reverseKl']) {
      expect(bits[key]).toBeCloseTo(nats[key] / Math.LN2, 14);
    }
  });

  test('the seed values: a fair coin is 0.693 nats = 1 bit, a 0.9 coin 0.325 nats', () => {
    expect(api.binaryEntropy(0.5).toFixed(3)).toBe('0.693');
    expect(api.binaryEntropy(0.5, { units: 'bits' })).toBeCloseTo(1, 15);
    expect(api.binaryEntropy(0.9).toFixed(3)).toBe('0.325');
  });
});

describe('numerical contract', () => {
  test('entropy of the uniform over 10^6 categories is log 10^6 to 1e-14', () => {
    const P = api.uniform(1e6);
    expect(P).toHaveLength(1e6);
    const h = api.entropy(P);
    expect(Math.abs(h - Math.log(1e6)) / Math.log(1e6)).toBeLessThanOrEqual(1e-14);
  });

  test('H(P,Q) = H(P) + KL(P‖Q) to 1e-14 on random distributions', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const k = 2 + (seed % 200);
      const P = api.randomDistribution(k, seed);
      const Q = api.randomDistribution(k, seed + 100000);
      const d = api.decompose(P, Q);
      expect(Math.abs(d.entropy + d.kl - d.crossEntropy) / d.crossEntropy).toBeLessThanOrEqual(1e-14);
      expect(d.kl).toBeGreaterThan(0);
    }
  });

  test('KL is exactly 0 when Q = P, and infinite where Q misses mass of P', () => {
    const P = api.randomDistribution(10, 5);
    expect(api.klDivergence(P, P)).toBe(0);
    expect(api.crossEntropy(P, P)).toBe(api.entropy(P));
    const d = api.decompose([0.2, 0.8], [1, 0]);
    expect(d.kl).toBe(Infinity);
    expect(d.crossEntropy).toBe(Infinity);
    expect(d.reverseKl).toBeCloseTo(-Math.log(0.2), 15);
  });
});

describe('errors leave the module usable', () => {
  test('a thousand refused calls, then correct answers', () => {
    const bad = [[0.5, -0.5, 1], [NaN], [], [0.5, 0.4], [Infinity, 0]];
    for (let i = 0; i < 1000; i++) {
      expect(() => api.entropy(bad[i % bad.length])).toThrow(/^entropy: P/);
    }
    expect(api.entropy([0.5, 0.5])).toBe(Math.LN2);
    expect(api.klDivergence([0.5, 0.5], [0.9, 0.1])).toBeCloseTo(0.5 * Math.log(25 / 9), 15);
  });
});

describe('curves', () => {
  test('the binary entropy curve is sampled on an even grid including both ends and the peak', () => {
    const { x, y } = api.binaryEntropyCurve({ points: 101, units: 'bits' });
    expect(x).toHaveLength(101);
    expect([x[0], x[50], x[100]]).toEqual([0, 0.5, 1]);
    expect([y[0], y[100]]).toEqual([0, 0]);
    expect(y[50]).toBeCloseTo(1, 15);
    expect(y[37]).toBe(api.binaryEntropy(x[37], { units: 'bits' }));
  });

  test('the surprise curve starts at the top of the chart and ends at (1, 0)', () => {
    const { x, y } = api.surpriseCurve({ points: 100, maxNats: 7 });
    expect(y[0]).toBeCloseTo(7, 13);
    expect(x[99]).toBe(1);
    expect(y[99]).toBe(0);
    for (let i = 1; i < 100; i++) expect(x[i]).toBeGreaterThan(x[i - 1]);
  });

  test('bad point counts are refused', () => {
    expect(() => api.binaryEntropyCurve({ points: 2.5 })).toThrow(
      'binaryEntropyCurve: points = 2.5 is not a whole number in [4, 100000]',
    );
    expect(() => api.surpriseCurve({ points: 3 })).toThrow(
      'surpriseCurve: points = 3 is not a whole number in [4, 100000]',
    );
  });
});

describe('building and editing distributions', () => {
  test('uniform, point mass and seeded random', () => {
    expect(Array.from(api.uniform(4))).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(Array.from(api.pointMass(3, 1))).toEqual([0, 1, 0]);
    expect(Array.from(api.randomDistribution(5, 9))).toEqual(Array.from(api.randomDistribution(5, 9)));
    expect(() => api.pointMass(3, 3)).toThrow('pointMass: index = 3 is outside [0, 2]');
    expect(() => api.uniform(0)).toThrow('uniform: k = 0 is not a whole number in [1, 10000000]');
    expect(() => api.randomDistribution(3, -1)).toThrow('randomDistribution: seed = -1 is not a whole number');
  });

  test('setProbability rescales the others and keeps a distribution', () => {
    const out = api.setProbability([0.1, 0.2, 0.3, 0.4], 3, 0.7);
    expect(out[3]).toBe(0.7);
    expect(out[0]).toBeCloseTo(0.05, 16);
    expect(out[1]).toBeCloseTo(0.1, 16);
    expect(() => api.entropy(out)).not.toThrow();
    expect(() => api.setProbability([0.5, 0.5], 0, 1.2)).toThrow('setProbability: value = 1.2 is greater than 1');
    expect(() => api.setProbability([0.5, 0.5], 5, 0.2)).toThrow('setProbability: index = 5 is outside [0, 1]');
  });

  test('resizeDistribution grows and shrinks', () => {
    expect(Array.from(api.resizeDistribution([0.5, 0.5], 4))).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(Array.from(api.resizeDistribution([0.2, 0.2, 0.6], 2))).toEqual([0.5, 0.5]);
  });

  test('results are fresh arrays, not views into the wasm heap', () => {
    const a = api.uniform(3);
    const b = api.uniform(3);
    expect(a.buffer).not.toBe(b.buffer);
    expect(a.buffer.byteLength).toBe(24);
  });
});
