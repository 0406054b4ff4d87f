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
    return `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}`;
  }
  return String(value);
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
  function toFloat64(fn, name, values) {
    if (values instanceof Float64Array) {
      checkLength(fn, name, values.length);
      return values;
    }
    if (values instanceof Float32Array) {
      checkLength(fn, name, values.length);
      return Float64Array.from(values);
    }
    if (!Array.isArray(values)) {
      throw new Error(`${fn}: ${name} must be an array or Float64Array of probabilities, got ${describe(values)}`);
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

  function splitCurve(xy) {
    const n = xy.length / 2;
    return { x: xy.subarray(0, n), y: xy.subarray(n) };
  }

  /** @namespace InfotheoryAPI */
  return Object.freeze({
    /** Most categories a distribution may have (10^7). */
    maxCategories: maxLength,

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
  });
}
