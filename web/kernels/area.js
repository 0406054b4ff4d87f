// The area API (issue 13): entropy as expected surprise drawn as areas, and
// draws from P you can watch converge. Every number from the kernels; this
// file only checks arguments and splits the kernels' columns.
import { checkNumber, optionsObject, wantsBits } from './args.js';

/** Column names of surpriseTerms, in the kernel's order (cpp/area.hpp). */
const TERM_COLUMNS = ['left', 'p', 'surpriseP', 'entropy', 'surpriseQ', 'cross', 'kl'];
/** Column names of runningSurprise, in the kernel's order. */
const RUNNING_COLUMNS = ['surpriseP', 'surpriseQ', 'averageP', 'averageQ', 'gap'];

/** An options object `{ units }` (and nothing else) where a Q could stand. */
function isUnitsOnly(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || ArrayBuffer.isView(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => key === 'units');
}

/** Splits a flat Float64Array into named columns of equal length (views, no copy). */
function columns(flat, names) {
  const n = flat.length / names.length;
  return Object.fromEntries(names.map((name, c) => [name, flat.subarray(c * n, (c + 1) * n)]));
}

/** The area API, bound to the loaded module `raw` and its argument checks `a`. */
export function areaApi(raw, a) {
  const { toFloat64, unwrap } = a;
  return {
    /**
     * Per outcome i, as Float64Arrays: `left` (the bar's left edge, p₀ + … + pᵢ₋₁),
     * `p` (its width), `surpriseP` (−log pᵢ, ∞ at pᵢ = 0), `entropy` (−pᵢ log pᵢ,
     * 0 at pᵢ = 0), `surpriseQ` (−log qᵢ), `cross` (−pᵢ log qᵢ) and `kl`
     * (pᵢ log(pᵢ/qᵢ), can be negative; ∞ where qᵢ = 0 < pᵢ), in `{ units }`.
     * Without Q, Q = P. surpriseTerms([0.9, 0.1]).entropy → [0.0948…, 0.2302…].
     * @returns {{left: Float64Array, p: Float64Array, surpriseP: Float64Array, entropy: Float64Array,
     *            surpriseQ: Float64Array, cross: Float64Array, kl: Float64Array}}
     */
    surpriseTerms(P, Q, options) {
      const fn = 'surpriseTerms';
      if (isUnitsOnly(Q)) {
        // surpriseTerms(P, { units }): no model.
        options = Q;
        Q = undefined;
      }
      const bits = wantsBits(fn, options);
      // No Q: an empty model, which the kernel reads as Q = P. A Q given empty is refused.
      const q = Q === undefined ? new Float64Array(0) : toFloat64(fn, 'Q', Q);
      if (Q !== undefined && q.length === 0) {
        throw new Error(`${fn}: Q is empty; a distribution needs at least one category`);
      }
      return columns(unwrap(fn, raw.surpriseTerms(toFloat64(fn, 'P', P), q, bits)), TERM_COLUMNS);
    },

    /**
     * The first n seeded draws from P, as category indices (0-based) in a
     * Float64Array: the draws sampleCounts(P, { n, seed }) counts.
     */
    drawOutcomes(P, options) {
      const fn = 'drawOutcomes';
      const { n, seed } = optionsObject(fn, options, '{ n, seed }');
      return unwrap(
        fn,
        raw.drawOutcomes(toFloat64(fn, 'P', P), checkNumber(fn, 'n', n), checkNumber(fn, 'seed', seed)),
      );
    },

    /**
     * For draws `outcomes` (category indices, e.g. from drawOutcomes) the
     * surprise of each under P and Q (`surpriseP`, `surpriseQ`) and their
     * running averages (`averageP`, `averageQ`): Monte-Carlo estimates of H(P)
     * and H(P, Q), and `gap`, the running average of log(P(x)/Q(x)) (= averageQ −
     * averageP), an estimate of D(P‖Q), in `{ units }`. ∞ once a draw lands where Q = 0.
     */
    runningSurprise(P, Q, outcomes, options) {
      const fn = 'runningSurprise';
      const bits = wantsBits(fn, options);
      return columns(
        unwrap(
          fn,
          raw.runningSurprise(
            toFloat64(fn, 'P', P),
            toFloat64(fn, 'Q', Q),
            toFloat64(fn, 'outcomes', outcomes, false),
            bits,
          ),
        ),
        RUNNING_COLUMNS,
      );
    },
  };
}
