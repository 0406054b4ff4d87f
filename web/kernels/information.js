// The information API: surprise, entropy, cross-entropy, KL, curves and distributions
import { checkNumber, wantsBits } from './args.js';

/** The information API, bound to the loaded module `raw` and its argument checks `a`. */
export function informationApi(raw, a) {
  const { toFloat64, unwrap, splitCurve } = a;
  return {
    /**
     * An amount of information given in `from` units, in `to` units
     * (1 bit = ln 2 nats): convertInformation(0.02, 'nats', 'bits') ≈ 0.0289.
     */
    convertInformation(amount, from, to) {
      const fn = 'convertInformation';
      const fromBits = wantsBits(fn, { units: from });
      const toBits = wantsBits(fn, { units: to });
      return unwrap(fn, raw.convertInformation(checkNumber(fn, 'amount', amount), fromBits, toBits));
    },

    /**
     * Surprise (self-information) I(p) = −log p of an event of probability p.
     * 0 for p = 1, Infinity for p = 0.
     * @param {number} p probability in [0, 1]
     * @param {{units?: 'nats'|'bits'}} [options]
     */
    surprise(p, options) {
      const bits = wantsBits('surprise', options);
      return unwrap('surprise', raw.surprise(checkNumber('surprise', 'p', p), bits));
    },

    /**
     * Two independent events: `{ probability: p1·p2, joint: I(p1·p2),
     * sum: I(p1) + I(p2) }`. Information adds, so joint equals sum.
     */
    jointSurprise(p1, p2, options) {
      const fn = 'jointSurprise';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.jointSurprise(checkNumber(fn, 'p1', p1), checkNumber(fn, 'p2', p2), bits));
    },

    /**
     * Entropy H(P) = −Σ P log P, with 0·log 0 = 0.
     * @param {number[]|Float64Array} P a distribution (entries in [0, 1], sum 1 ± 1e-9)
     */
    entropy(P, options) {
      const bits = wantsBits('entropy', options);
      return unwrap('entropy', raw.entropy(toFloat64('entropy', 'P', P), bits));
    },

    /** Entropy of a coin with P(heads) = p: H(p) = −p log p − (1−p) log(1−p). */
    binaryEntropy(p, options) {
      const fn = 'binaryEntropy';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.binaryEntropy(checkNumber(fn, 'p', p), bits));
    },

    /**
     * Cross-entropy H(P, Q) = −Σ P log Q. Infinity where Q = 0 but P > 0.
     */
    crossEntropy(P, Q, options) {
      const fn = 'crossEntropy';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.crossEntropy(toFloat64(fn, 'P', P), toFloat64(fn, 'Q', Q), bits));
    },

    /**
     * Kullback–Leibler divergence D(P‖Q) = Σ P log(P/Q) ≥ 0; exactly 0 when
     * Q equals P, Infinity where Q = 0 but P > 0.
     */
    klDivergence(P, Q, options) {
      const fn = 'klDivergence';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.klDivergence(toFloat64(fn, 'P', P), toFloat64(fn, 'Q', Q), bits));
    },

    /**
     * All of it at once: `{ entropy: H(P), crossEntropy: H(P,Q), kl: D(P‖Q),
     * reverseKl: D(Q‖P) }`, where crossEntropy = entropy + kl.
     */
    decompose(P, Q, options) {
      const fn = 'decompose';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.decompose(toFloat64(fn, 'P', P), toFloat64(fn, 'Q', Q), bits));
    },

    /**
     * The curve I(p) for p from e^(−maxNats) to 1 (where I falls from maxNats
     * to 0), in `points` points: `{ x: Float64Array, y: Float64Array }`.
     */
    surpriseCurve({ points = 200, maxNats = 7, units } = {}) {
      const fn = 'surpriseCurve';
      const bits = wantsBits(fn, { units });
      checkNumber(fn, 'points', points);
      checkNumber(fn, 'maxNats', maxNats);
      return splitCurve(unwrap(fn, raw.surpriseCurve(points, maxNats, bits)));
    },

    /** The curve H(p) for p = 0, 1/(n−1), …, 1: `{ x, y }` Float64Arrays. */
    binaryEntropyCurve({ points = 201, units } = {}) {
      const fn = 'binaryEntropyCurve';
      const bits = wantsBits(fn, { units });
      checkNumber(fn, 'points', points);
      return splitCurve(unwrap(fn, raw.binaryEntropyCurve(points, bits)));
    },

    /** n points from lo to hi evenly spaced in log (for log-scale axes). */
    logSpace(lo, hi, n) {
      const fn = 'logSpace';
      return unwrap(fn, raw.logSpace(checkNumber(fn, 'lo', lo), checkNumber(fn, 'hi', hi), checkNumber(fn, 'n', n)));
    },

    /** Up to `count` whole numbers from 1 to nMax, ascending, spaced in log. */
    logSpacedCounts(nMax, count) {
      const fn = 'logSpacedCounts';
      return unwrap(fn, raw.logSpacedCounts(checkNumber(fn, 'nMax', nMax), checkNumber(fn, 'count', count)));
    },

    /** Logits whose softmax is P: log P shifted to a largest logit of 0, floored at `floor` (< 0). */
    logitsFor(P, floor = -10) {
      const fn = 'logitsFor';
      return unwrap(fn, raw.logitsFor(toFloat64(fn, 'P', P), checkNumber(fn, 'floor', floor)));
    },

    /** The uniform distribution over k categories. */
    uniform(k) {
      return unwrap('uniform', raw.uniform(checkNumber('uniform', 'k', k)));
    },

    /** All mass on category `index` (0-based) of k. */
    pointMass(k, index) {
      const fn = 'pointMass';
      return unwrap(fn, raw.pointMass(checkNumber(fn, 'k', k), checkNumber(fn, 'index', index)));
    },

    /**
     * A random distribution, uniform over the simplex (flat Dirichlet).
     * The same whole-number seed gives the same distribution everywhere.
     */
    randomDistribution(k, seed) {
      const fn = 'randomDistribution';
      return unwrap(fn, raw.randomDistribution(checkNumber(fn, 'k', k), checkNumber(fn, 'seed', seed)));
    },

    /**
     * P with category `index` set to `value`; the other categories share
     * 1 − value in their old proportions (equally if they were all 0).
     */
    setProbability(P, index, value) {
      const fn = 'setProbability';
      return unwrap(
        fn,
        raw.setProbability(toFloat64(fn, 'P', P), checkNumber(fn, 'index', index), checkNumber(fn, 'value', value)),
      );
    },

    /**
     * P moved to k categories: growing keeps P's shape and gives each new
     * category 1/k; shrinking drops the last categories and rescales.
     */
    resizeDistribution(P, k) {
      const fn = 'resizeDistribution';
      return unwrap(fn, raw.resizeDistribution(toFloat64(fn, 'P', P), checkNumber(fn, 'k', k)));
    },

    /** The empirical distribution of observed counts: counts / total. */
    empiricalDistribution(counts) {
      const fn = 'empiricalDistribution';
      return unwrap(fn, raw.empiricalDistribution(toFloat64(fn, 'counts', counts, false)));
    },
  };
}
