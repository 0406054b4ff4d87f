// The one way in: `load()` resolves, once, to the information-theory API.
// Every number comes from the C++ kernels compiled to WebAssembly; this file
// only checks argument types, converts arrays, and turns a refused input
// (returned by the kernels as a message string) into a thrown Error.

import createKernels from '../build/wasm/infotheory-kernels.js';

let loading = null;

/**
 * Loads the WebAssembly kernels (memoised: every call returns the same
 * promise) and resolves to the API object. Works in browsers and in Node.
 * @returns {Promise<InfotheoryAPI>}
 */
export function load() {
  if (!loading) {
    loading = createKernels().then(wrap, (error) => {
      loading = null; // let a later call try again
      throw error;
    });
  }
  return loading;
}

const UNITS = ['nats', 'bits'];

// Reads `{ units }`; returns true for bits.
function wantsBits(fn, options) {
  if (options === undefined || options === null) return false;
  if (typeof options !== 'object') {
    throw new Error(`${fn}: options must be an object like { units: 'bits' }, got ${describe(options)}`);
  }
  const units = options.units === undefined ? 'nats' : options.units;
  if (!UNITS.includes(units)) {
    throw new Error(`${fn}: options.units must be 'nats' or 'bits', got ${describe(units)}`);
  }
  return units === 'bits';
}

function describe(value) {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') {
    const type = value.constructor?.name ?? 'Object';
    return `${/^(?:[AEIO]|U(?!int))/.test(type) ? 'an' : 'a'} ${type}`;
  }
  return String(value);
}

const DIRECTIONS = ['forward', 'reverse'];

// 'forward' -> false, 'reverse' -> true.
function isReverse(fn, direction) {
  if (!DIRECTIONS.includes(direction)) {
    throw new Error(`${fn}: direction must be 'forward' or 'reverse', got ${describe(direction)}`);
  }
  return direction === 'reverse';
}

// A two-component mixture { weights, means, sigmas } as the kernels' six numbers.
function mixtureArgs(fn, mixture) {
  if (mixture === null || typeof mixture !== 'object') {
    throw new Error(
      `${fn}: mixture must be an object { weights: [w1, w2], means: [m1, m2], sigmas: [s1, s2] }, got ${describe(mixture)}`,
    );
  }
  const out = [];
  for (const field of ['weights', 'means', 'sigmas']) {
    const pair = mixture[field];
    if (!(Array.isArray(pair) || pair instanceof Float64Array) || pair.length !== 2) {
      throw new Error(`${fn}: mixture.${field} must be an array of 2 numbers, got ${describe(pair)}`);
    }
    out.push(checkNumber(fn, `mixture.${field}[0]`, pair[0]), checkNumber(fn, `mixture.${field}[1]`, pair[1]));
  }
  const [w1, w2, m1, m2, s1, s2] = out;
  return [w1, w2, m1, m2, s1, s2];
}

/** checkNumber for each of { name: value, ... }, returning the values in order. */
function checkNumbers(fn, named) {
  return Object.entries(named).map(([name, value]) => checkNumber(fn, name, value));
}

function checkNumber(fn, name, value) {
  if (typeof value !== 'number') {
    throw new Error(`${fn}: ${name} must be a number, got ${describe(value)}`);
  }
  return value;
}

function wrap(raw) {
  const maxLength = raw.maxCategories;

  // Accepts a plain array of numbers, a Float64Array or a Float32Array, and
  // returns a Float64Array that the kernels copy in once.
  function toFloat64(fn, name, values, probabilities = true) {
    if (values instanceof Float64Array) {
      checkLength(fn, name, values.length);
      return values;
    }
    if (values instanceof Float32Array) {
      checkLength(fn, name, values.length);
      return Float64Array.from(values);
    }
    if (!Array.isArray(values)) {
      const of = probabilities ? 'probabilities' : 'numbers';
      throw new Error(`${fn}: ${name} must be an array or Float64Array of ${of}, got ${describe(values)}`);
    }
    checkLength(fn, name, values.length);
    for (let i = 0; i < values.length; i++) {
      if (typeof values[i] !== 'number') {
        throw new Error(`${fn}: ${name}[${i}] must be a number, got ${describe(values[i])}`);
      }
    }
    return Float64Array.from(values);
  }

  function checkLength(fn, name, length) {
    if (length > maxLength) {
      throw new Error(`${fn}: ${name} has ${length} categories; at most ${maxLength} are allowed`);
    }
  }

  // A kernel's reply: the result, or a string saying why the input was refused.
  function unwrap(fn, reply) {
    if (typeof reply === 'string') throw new Error(`${fn}: ${reply}`);
    return reply;
  }

  // A policy and its advantages, as the trust-region kernels take them.
  function policyArgs(fn, piOld, advantages) {
    return [toFloat64(fn, 'piOld', piOld), toFloat64(fn, 'advantages', advantages, false)];
  }

  function splitCurve(xy) {
    const n = xy.length / 2;
    return { x: xy.subarray(0, n), y: xy.subarray(n) };
  }

  // Curve options { lo, hi, points } shared by the density curves.
  function range(fn, { lo, hi, points = 241 } = {}) {
    return [checkNumber(fn, 'lo', lo), checkNumber(fn, 'hi', hi), checkNumber(fn, 'points', points)];
  }

  /** @namespace InfotheoryAPI */
  const api = {
    /** Most categories a distribution may have (10^7). */
    maxCategories: maxLength,

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
      return unwrap('uniform', raw.uniformDistribution(checkNumber('uniform', 'k', k)));
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

    // --- Gaussians ---------------------------------------------------------

    /**
     * KL(N(mu1, sigma1²) ‖ N(mu2, sigma2²)), in a form that stays accurate as
     * the two normals approach each other (exactly 0 when equal).
     */
    gaussianKL(mu1, sigma1, mu2, sigma2, options) {
      const fn = 'gaussianKL';
      const bits = wantsBits(fn, options);
      const args = checkNumbers(fn, { mu1, sigma1, mu2, sigma2 });
      return unwrap(fn, raw.gaussianKl(...args, bits));
    },

    /** The VAE's KL term KL(N(mu, sigma²) ‖ N(0, 1)) = ½(mu² + sigma² − log sigma² − 1). */
    vaeKL(mu, sigma, options) {
      return api.vaeKLTerms(mu, sigma, options).total;
    },

    /**
     * The VAE KL term by term: `{ mean: mu²/2, variance: sigma²/2,
     * logVariance: −log(sigma²)/2, constant: −1/2, total }`.
     */
    vaeKLTerms(mu, sigma, options) {
      const fn = 'vaeKL';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.vaeKl(checkNumber(fn, 'mu', mu), checkNumber(fn, 'sigma', sigma), bits));
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
      return unwrap(fn, raw.gaussianKlByQuadrature(...args, bits));
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
      return unwrap(fn, raw.mixtureDensityAt(...mixtureArgs(fn, mixture), checkNumber(fn, 'x', x)));
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
        raw.mixtureKl(
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

    // --- Softmax and the cross-entropy loss ---------------------------------

    /** log softmax(z), stable for logits as large as ±1e4 (no overflow, no NaN). */
    logSoftmax(logits) {
      const fn = 'logSoftmax';
      return unwrap(fn, raw.logSoftmax(toFloat64(fn, 'logits', logits, false)));
    },

    /** softmax(z): the predicted probabilities q̂. */
    softmax(logits) {
      const fn = 'softmax';
      return unwrap(fn, raw.softmax(toFloat64(fn, 'logits', logits, false)));
    },

    /** The classification loss −log q̂_k for true class k (0-based). */
    softmaxCrossEntropy(logits, k, options) {
      const fn = 'softmaxCrossEntropy';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.softmaxCrossEntropy(toFloat64(fn, 'logits', logits, false), checkNumber(fn, 'k', k), bits));
    },

    /**
     * Gradient of the loss with respect to the logits: q̂ − onehot(k) for the
     * loss in nats, that times log₂ e for the loss in bits (`{ units }`).
     */
    softmaxCrossEntropyGradient(logits, k, options) {
      const fn = 'softmaxCrossEntropyGradient';
      const bits = wantsBits(fn, options);
      return unwrap(
        fn,
        raw.softmaxCrossEntropyGradient(toFloat64(fn, 'logits', logits, false), checkNumber(fn, 'k', k), bits),
      );
    },

    // --- Sampling and maximum likelihood --------------------------------------

    /** Counts per category of n seeded draws from P. */
    sampleCounts(P, n, seed) {
      const fn = 'sampleCounts';
      return unwrap(
        fn,
        raw.sampleCounts(toFloat64(fn, 'P', P), checkNumber(fn, 'n', n), checkNumber(fn, 'seed', seed)),
      );
    },

    /**
     * Average negative log-likelihood of model Q over the first n seeded draws
     * from P, at each n in `checkpoints`: converges to H(P, Q).
     */
    nllConvergence(P, Q, { seed, checkpoints, units } = {}) {
      const fn = 'nllConvergence';
      const bits = wantsBits(fn, { units });
      return unwrap(
        fn,
        raw.nllConvergence(
          toFloat64(fn, 'P', P),
          toFloat64(fn, 'Q', Q),
          checkNumber(fn, 'seed', seed),
          toFloat64(fn, 'checkpoints', checkpoints, false),
          bits,
        ),
      );
    },

    // --- Trust regions and PPO ----------------------------------------------

    /** The updated policy π_α ∝ π_old · exp(α·A). */
    policyUpdate(piOld, advantages, alpha) {
      const fn = 'policyUpdate';
      return unwrap(fn, raw.policyUpdate(...policyArgs(fn, piOld, advantages), checkNumber(fn, 'alpha', alpha)));
    },

    /** D(π_old ‖ π_α) at each step size α in `alphas`. */
    klAlongUpdate(piOld, advantages, alphas, options) {
      const fn = 'klAlongUpdate';
      const bits = wantsBits(fn, options);
      return unwrap(
        fn,
        raw.klAlongUpdate(...policyArgs(fn, piOld, advantages), toFloat64(fn, 'alphas', alphas, false), bits),
      );
    },

    /** The largest step α with D(π_old ‖ π_α) ≤ delta (TRPO's trust region); Infinity if none leaves it. */
    maxStepWithinBudget(piOld, advantages, delta, options) {
      const fn = 'maxStepWithinBudget';
      const bits = wantsBits(fn, options);
      return unwrap(
        fn,
        raw.maxStepWithinBudget(...policyArgs(fn, piOld, advantages), checkNumber(fn, 'delta', delta), bits),
      );
    },

    /**
     * PPO's surrogate objectives at each α: `{ unclipped, clipped, penalized }`
     * Float64Arrays (penalized = clipped − beta·KL).
     */
    ppoSurrogate(piOld, advantages, { epsilon = 0.2, beta = 0, alphas } = {}) {
      const fn = 'ppoSurrogate';
      const out = unwrap(
        fn,
        raw.ppoSurrogate(
          ...policyArgs(fn, piOld, advantages),
          checkNumber(fn, 'epsilon', epsilon),
          checkNumber(fn, 'beta', beta),
          toFloat64(fn, 'alphas', alphas, false),
        ),
      );
      const n = out.length / 3;
      return { unclipped: out.subarray(0, n), clipped: out.subarray(n, 2 * n), penalized: out.subarray(2 * n) };
    },

    /**
     * Sample estimates of D(π_old ‖ π_α) from n seeded draws of π_old:
     * `{ exact, k1Mean, k1StdError, k3Mean, k3StdError }`.
     */
    klEstimators(piOld, advantages, alpha, { n = 1000, seed = 1, units } = {}) {
      const fn = 'klEstimators';
      const bits = wantsBits(fn, { units });
      return unwrap(
        fn,
        raw.klEstimators(
          ...policyArgs(fn, piOld, advantages),
          checkNumber(fn, 'alpha', alpha),
          checkNumber(fn, 'n', n),
          checkNumber(fn, 'seed', seed),
          bits,
        ),
      );
    },

    // --- Temperature ----------------------------------------------------------

    /** P tempered: P_T ∝ P^(1/T); T < 1 sharpens, T > 1 flattens. */
    temper(P, T) {
      const fn = 'temper';
      return unwrap(fn, raw.temper(toFloat64(fn, 'P', P), checkNumber(fn, 'T', T)));
    },

    /** H(P_T) at each temperature in `temperatures`. */
    entropyAlongTemperature(P, temperatures, options) {
      const fn = 'entropyAlongTemperature';
      const bits = wantsBits(fn, options);
      return unwrap(
        fn,
        raw.entropyAlongTemperature(toFloat64(fn, 'P', P), toFloat64(fn, 'temperatures', temperatures, false), bits),
      );
    },

    // --- Diagnostics ------------------------------------------------------------

    /**
     * What the kernels hold in memory, to check that long use leaks nothing:
     * `{ wasmBytes, bytesInUse, handles }`: the size of the WebAssembly memory
     * (it grows, never shrinks), the bytes malloc has handed out and not taken
     * back, and the JS values Embind holds handles to. Between calls the last
     * two return to the same numbers however many calls were made.
     */
    memoryUsage() {
      return {
        wasmBytes: raw.HEAP8.buffer.byteLength,
        bytesInUse: raw.heapBytesInUse(),
        handles: raw.count_emval_handles(),
      };
    },
  };
  return Object.freeze(api);
}
