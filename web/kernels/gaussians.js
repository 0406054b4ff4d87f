// The Gaussian API: KL between normals, the VAE term, mixtures and their fits
import { checkNumber, checkNumbers, isReverse, mixtureArgs, wantsBits } from './args.js';

/** The Gaussian API, bound to the loaded module `raw` and its argument checks `a`. */
export function gaussiansApi(raw, a) {
  const { unwrap, splitCurve, range } = a;
  // The VAE term's parts, refused input named after the function called (fn).
  function vaeTerms(fn, mu, sigma, options) {
    const bits = wantsBits(fn, options);
    return unwrap(fn, raw.vaeKLTerms(checkNumber(fn, 'mu', mu), checkNumber(fn, 'sigma', sigma), bits));
  }

  return {
    // --- Gaussians ---------------------------------------------------------

    /**
     * KL(N(mu1, sigma1²) ‖ N(mu2, sigma2²)), in a form that stays accurate as
     * the two normals approach each other (exactly 0 when equal).
     */
    gaussianKL(mu1, sigma1, mu2, sigma2, options) {
      const fn = 'gaussianKL';
      const bits = wantsBits(fn, options);
      const args = checkNumbers(fn, { mu1, sigma1, mu2, sigma2 });
      return unwrap(fn, raw.gaussianKL(...args, bits));
    },

    /** The VAE's KL term KL(N(mu, sigma²) ‖ N(0, 1)) = ½(mu² + sigma² − log sigma² − 1). */
    vaeKL(mu, sigma, options) {
      return vaeTerms('vaeKL', mu, sigma, options).total;
    },

    /**
     * The VAE KL term by term: `{ mean: mu²/2, variance: sigma²/2,
     * logVariance: −log(sigma²)/2, constant: −1/2, total }`.
     */
    vaeKLTerms(mu, sigma, options) {
      return vaeTerms('vaeKLTerms', mu, sigma, options);
    },

    /** Differential entropy of N(mu, sigma²): ½ log(2πe sigma²); negative for sigma < 0.242. */
    gaussianEntropy(sigma, options) {
      const fn = 'gaussianEntropy';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.gaussianEntropy(checkNumber(fn, 'sigma', sigma), bits));
    },

    /**
     * gaussianKL by numerical integration of q log(q/p), independent of the
     * closed form: `{ value, errorEstimate, evaluations, closedForm,
     * difference }` (difference = |value − closedForm|).
     */
    gaussianKLByQuadrature(mu1, sigma1, mu2, sigma2, options) {
      const fn = 'gaussianKLByQuadrature';
      const bits = wantsBits(fn, options);
      const args = checkNumbers(fn, { mu1, sigma1, mu2, sigma2 });
      return unwrap(fn, raw.gaussianKLByQuadrature(...args, bits));
    },

    /** The density of N(mu, sigma²) on [lo, hi]: `{ x, y }` Float64Arrays. */
    gaussianDensityCurve(mu, sigma, spec) {
      const fn = 'gaussianDensityCurve';
      return splitCurve(
        unwrap(
          fn,
          raw.gaussianDensityCurve(checkNumber(fn, 'mu', mu), checkNumber(fn, 'sigma', sigma), ...range(fn, spec)),
        ),
      );
    },

    /** The density of a two-component mixture on [lo, hi]: `{ x, y }`. */
    mixtureDensityCurve(mixture, spec) {
      const fn = 'mixtureDensityCurve';
      return splitCurve(unwrap(fn, raw.mixtureDensityCurve(...mixtureArgs(fn, mixture), ...range(fn, spec))));
    },

    /** The mixture's density p(x) at one point x. */
    mixtureDensity(mixture, x) {
      const fn = 'mixtureDensity';
      return unwrap(fn, raw.mixtureDensity(...mixtureArgs(fn, mixture), checkNumber(fn, 'x', x)));
    },

    /**
     * The single Gaussian Q that best fits a two-component mixture P:
     * 'forward' minimises D(P‖Q) (moment matching: mass-covering), 'reverse'
     * minimises D(Q‖P) (numerically, from several starts: mode-seeking).
     * Returns `{ mu, sigma, kl, tie }`, and `otherMu, otherSigma` when two
     * modes fit equally well.
     * @param {{weights: number[], means: number[], sigmas: number[]}} mixture
     * @param {'forward'|'reverse'} direction
     */
    fitGaussian(mixture, direction, options) {
      const fn = 'fitGaussian';
      const args = mixtureArgs(fn, mixture);
      const reverse = isReverse(fn, direction);
      return unwrap(fn, raw.fitGaussian(...args, reverse, wantsBits(fn, options)));
    },

    /** D(P‖Q) ('forward') or D(Q‖P) ('reverse') for the mixture P and Q = N(mu, sigma²). */
    mixtureKL(mixture, mu, sigma, direction, options) {
      const fn = 'mixtureKL';
      const args = mixtureArgs(fn, mixture);
      const reverse = isReverse(fn, direction);
      return unwrap(
        fn,
        raw.mixtureKL(
          ...args,
          checkNumber(fn, 'mu', mu),
          checkNumber(fn, 'sigma', sigma),
          reverse,
          wantsBits(fn, options),
        ),
      );
    },

    /**
     * The KL of `direction` over a grid of Q = N(mu, sigma²): a Float64Array
     * of nLogSigma rows (log sigma from logSigmaLo up) by nMu columns.
     */
    klLandscape(mixture, direction, { muLo, muHi, nMu, logSigmaLo, logSigmaHi, nLogSigma, units } = {}) {
      const fn = 'klLandscape';
      const args = mixtureArgs(fn, mixture);
      const reverse = isReverse(fn, direction);
      const bits = wantsBits(fn, { units });
      const grid = checkNumbers(fn, { muLo, muHi, nMu, logSigmaLo, logSigmaHi, nLogSigma });
      return unwrap(fn, raw.klLandscape(...args, reverse, ...grid, bits));
    },
  };
}
