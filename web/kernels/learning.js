// The learning API: softmax and the loss, sampling, trust regions, temperature, diagnostics
import { checkNumber, wantsBits, optionsObject } from './args.js';

/** The learning API, bound to the loaded module `raw` and its argument checks `a`. */
export function learningApi(raw, a) {
  const { toFloat64, unwrap, policyArgs } = a;
  return {
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

    /** The classification loss −log q̂_trueClass for the true class (0-based). */
    softmaxCrossEntropy(logits, trueClass, options) {
      const fn = 'softmaxCrossEntropy';
      const bits = wantsBits(fn, options);
      return unwrap(
        fn,
        raw.softmaxCrossEntropy(toFloat64(fn, 'logits', logits, false), checkNumber(fn, 'trueClass', trueClass), bits),
      );
    },

    /**
     * Gradient of the loss with respect to the logits: q̂ − onehot(trueClass) for the
     * loss in nats, that times log₂ e for the loss in bits (`{ units }`).
     */
    softmaxCrossEntropyGradient(logits, trueClass, options) {
      const fn = 'softmaxCrossEntropyGradient';
      const bits = wantsBits(fn, options);
      return unwrap(
        fn,
        raw.softmaxCrossEntropyGradient(
          toFloat64(fn, 'logits', logits, false),
          checkNumber(fn, 'trueClass', trueClass),
          bits,
        ),
      );
    },

    // --- Sampling and maximum likelihood --------------------------------------

    /** Counts per category of n seeded draws from P: sampleCounts(P, { n, seed }). */
    sampleCounts(P, options) {
      const fn = 'sampleCounts';
      const { n, seed } = optionsObject(fn, options, '{ n, seed }');
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
}
