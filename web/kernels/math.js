// The derivations' API (web/derivations/): Jensen's inequality behind
// D(P‖Q) ≥ 0 and the log-likelihood of a sample.
import { checkNumber, wantsBits } from './args.js';

/** The derivations' API, bound to the loaded module `raw` and its argument checks `a`. */
export function mathApi(raw, a) {
  const { toFloat64, unwrap, splitCurve } = a;
  return {
    /**
     * Jensen's picture of D(P‖Q) ≥ 0: over the categories with P_i > 0
     * (`indices`), the points x_i = Q_i/P_i (`xs`) at height log x_i (`logs`,
     * −Infinity where Q_i = 0) weighted by P_i (`weights`), and their
     * P-weighted means: `meanX` = Σ_{P>0} Q ≤ 1, `meanLog` = −D(P‖Q) and
     * `logMean` = log meanX ≥ meanLog. Logs in `units` (base 2 for bits).
     * @returns {{indices: Float64Array, xs: Float64Array, logs: Float64Array,
     *   weights: Float64Array, meanX: number, meanLog: number, logMean: number}}
     */
    jensenPoints(P, Q, options) {
      const fn = 'jensenPoints';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.jensenPoints(toFloat64(fn, 'P', P), toFloat64(fn, 'Q', Q), bits));
    },

    /** The curve y = log x for x evenly spaced in [lo, hi] (0 < lo < hi): `{ x, y }` Float64Arrays. */
    logCurve({ lo, hi, points = 121, units } = {}) {
      const fn = 'logCurve';
      const bits = wantsBits(fn, { units });
      return splitCurve(
        unwrap(
          fn,
          raw.logCurve(checkNumber(fn, 'lo', lo), checkNumber(fn, 'hi', hi), checkNumber(fn, 'points', points), bits),
        ),
      );
    },

    /**
     * The log-likelihood Σ_k counts_k · log Q_k of a sample with these counts
     * under the model Q (≤ 0; −Infinity if a category was drawn where Q = 0).
     */
    logLikelihood(counts, Q, options) {
      const fn = 'logLikelihood';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.logLikelihood(toFloat64(fn, 'counts', counts, false), toFloat64(fn, 'Q', Q), bits));
    },
  };
}
