// Gaussian KL, the VAE term, differential entropy, the mixture divergences and fits,
// through the JS API on the wasm module.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';

let api;
beforeAll(async () => {
  api = await load();
});

const separated = { weights: [0.5, 0.5], means: [-3, 3], sigmas: [0.7, 0.7] };
const unequal = { weights: [0.3, 0.7], means: [-3, 2], sigmas: [0.6, 1.2] };

describe('gaussianKL and vaeKL', () => {
  test('the VAE term equals the general KL against N(0, 1), term by term', () => {
    const terms = api.vaeKLTerms(1, 0.5);
    expect(terms.mean).toBe(0.5);
    expect(terms.variance).toBe(0.125);
    expect(terms.logVariance).toBeCloseTo(Math.log(2), 15);
    expect(terms.constant).toBe(-0.5);
    expect(terms.total).toBeCloseTo(terms.mean + terms.variance + terms.logVariance + terms.constant, 15);
    expect(api.vaeKL(1, 0.5)).toBe(terms.total);
    expect(api.gaussianKL(1, 0.5, 0, 1)).toBe(terms.total);
  });

  test('is 0 for equal normals and asymmetric otherwise', () => {
    expect(api.gaussianKL(0.3, 2, 0.3, 2)).toBe(0);
    expect(api.gaussianKL(0, 1, 0, 2)).not.toBeCloseTo(api.gaussianKL(0, 2, 0, 1), 3);
  });

  test('stays accurate for nearly equal normals, where the textbook formula cancels', () => {
    // KL(N(0, s²) ‖ N(0, 1)) = ½(s² − 1 − 2 log s) ≈ (s − 1)² for s near 1.
    const s = 1 + 1e-7;
    const got = api.gaussianKL(0, s, 0, 1);
    expect(Math.abs(got / 1e-14 - 1)).toBeLessThan(1e-6);
  });

  test('the quadrature check agrees with the closed form to 1e-9', () => {
    for (const [m1, s1, m2, s2] of [
      [1, 0.5, 0, 1],
      [0, 3, 0.5, 0.2],
      [-2, 0.05, 1, 1.5],
    ]) {
      const check = api.gaussianKLByQuadrature(m1, s1, m2, s2);
      const closed = api.gaussianKL(m1, s1, m2, s2);
      expect(Math.abs(check.value - closed)).toBeLessThanOrEqual(1e-9 * closed);
      expect(check.evaluations).toBeGreaterThan(0);
    }
  });

  test('differential entropy turns negative below sigma = 1/sqrt(2 pi e)', () => {
    expect(api.gaussianEntropy(1)).toBeCloseTo(0.5 * Math.log(2 * Math.PI * Math.E), 15);
    expect(api.gaussianEntropy(0.2)).toBeLessThan(0);
    expect(api.gaussianEntropy(0.3)).toBeGreaterThan(0);
    expect(api.gaussianEntropy(1, { units: 'bits' })).toBeCloseTo(api.gaussianEntropy(1) / Math.LN2, 14);
  });

  test('bad widths and means are refused by name', () => {
    expect(() => api.vaeKL(0, 0)).toThrow('vaeKL: sigma = 0 must be positive');
    expect(() => api.gaussianKL(0, 1, 0, '1')).toThrow('gaussianKL: sigma2 must be a number, got "1"');
    expect(() => api.gaussianEntropy(NaN)).toThrow('gaussianEntropy: sigma is NaN');
  });
});

describe('mixtureKL', () => {
  // References from the C++ suite's independent long-double integral (referenceKl in
  // tests/cpp/mixture_test.cpp). The wasm module must match them as the native build does: emcc's
  // -O3 -msimd128 can miscompile the Gauss-Kronrod panel (see CMakeLists.txt), which left these up to
  // 4e-7 off and a hundred times slower.
  const far = { weights: [0.5, 0.5], means: [-5, 5], sigmas: [0.2, 0.2] };
  test.each([
    [unequal, 0, 1, 'forward', 2.23109658429014874256],
    [unequal, 0, 1, 'reverse', 1.49275121597496681248],
    [unequal, 0.5, 2.5230933395338346, 'reverse', 0.60948442372097605868], // at the forward fit
    [unequal, 2, 0.3, 'reverse', 1.27421930505764417025],
    [far, 0, 10, 'reverse', 561.425160678099306022], // wide Q over a sharp crossover
    [far, 4.5, 0.5, 'forward', 90.3031435513142096971],
  ])('matches an independent integral to 1e-12 (case %#)', (p, mu, sigma, direction, want) => {
    expect(Math.abs(api.mixtureKL(p, mu, sigma, direction) / want - 1)).toBeLessThan(1e-12);
  });
});

describe('fitGaussian', () => {
  test('forward fit is the mixture mean and standard deviation', () => {
    const fit = api.fitGaussian(unequal, 'forward');
    const mean = 0.3 * -3 + 0.7 * 2;
    const variance = 0.3 * (0.36 + (-3 - mean) ** 2) + 0.7 * (1.44 + (2 - mean) ** 2);
    expect(fit.mu).toBeCloseTo(mean, 12);
    expect(fit.sigma).toBeCloseTo(Math.sqrt(variance), 12);
    expect(fit.kl).toBeGreaterThan(0);
    expect(fit.tie).toBe(false);
  });

  test('reverse fit seeks a mode; forward fit covers both', () => {
    const reverse = api.fitGaussian(unequal, 'reverse');
    expect(reverse.mu).toBeGreaterThan(1.5); // the heavier, wider mode at 2
    expect(reverse.mu).toBeLessThan(2.5);
    expect(reverse.sigma).toBeLessThan(1.5);
    const forward = api.fitGaussian(unequal, 'forward');
    expect(forward.sigma).toBeGreaterThan(2);
  });

  test('each fit is the better one in its own direction', () => {
    const forward = api.fitGaussian(unequal, 'forward');
    const reverse = api.fitGaussian(unequal, 'reverse');
    expect(api.mixtureKL(unequal, forward.mu, forward.sigma, 'forward')).toBeCloseTo(forward.kl, 12);
    expect(api.mixtureKL(unequal, reverse.mu, reverse.sigma, 'reverse')).toBeCloseTo(reverse.kl, 12);
    expect(api.mixtureKL(unequal, reverse.mu, reverse.sigma, 'forward')).toBeGreaterThan(forward.kl);
    expect(api.mixtureKL(unequal, forward.mu, forward.sigma, 'reverse')).toBeGreaterThan(reverse.kl);
  });

  test('a symmetric mixture gives a tie between the two modes', () => {
    const fit = api.fitGaussian(separated, 'reverse');
    expect(fit.tie).toBe(true);
    expect(Math.sign(fit.mu)).toBe(-Math.sign(fit.otherMu));
    expect(Math.abs(Math.abs(fit.mu) - 3)).toBeLessThan(0.1);
  });

  test('the landscape has its minimum near the reverse fit', () => {
    const spec = { muLo: -6, muHi: 6, nMu: 121, logSigmaLo: -Math.LN10, logSigmaHi: Math.LN10, nLogSigma: 81 };
    const grid = api.klLandscape(unequal, 'reverse', spec);
    expect(grid).toHaveLength(121 * 81);
    let best = 0;
    for (let i = 1; i < grid.length; i++) if (grid[i] < grid[best]) best = i;
    const fit = api.fitGaussian(unequal, 'reverse');
    expect(grid[best]).toBeGreaterThanOrEqual(fit.kl - 1e-12);
    const mu = -6 + (best % 121) * 0.1;
    expect(Math.abs(mu - fit.mu)).toBeLessThanOrEqual(0.1);
  });

  test('bad mixtures and directions are refused by name', () => {
    expect(() => api.fitGaussian({ weights: [0.5, 0.6], means: [0, 1], sigmas: [1, 1] }, 'forward')).toThrow(
      'fitGaussian: weights sum to 1.1',
    );
    expect(() => api.fitGaussian({ ...separated, sigmas: [1, 0] }, 'reverse')).toThrow(
      'sigmas[1] = 0 must be positive',
    );
    expect(() => api.fitGaussian(separated, 'sideways')).toThrow(
      `fitGaussian: direction must be 'forward' or 'reverse', got "sideways"`,
    );
    expect(() => api.fitGaussian({ weights: [1], means: [0], sigmas: [1] }, 'forward')).toThrow(
      'fitGaussian: mixture.weights must be an array of 2 numbers',
    );
  });
});
