// The coding API (prefix codes built from a model, sample messages and what
// they cost) and the KL integrand along x for the mixture fits.
import { checkNumber, isReverse, mixtureArgs, optionsObject, wantsBits } from './args.js';

/** The coding and integrand API, bound to the loaded module `raw` and its argument checks `a`. */
export function fitscodeApi(raw, a) {
  const { toFloat64, unwrap, splitCurve, range } = a;
  return {
    // --- Prefix codes -------------------------------------------------------

    /**
     * Shannon's prefix code for the model Q: symbol i gets ⌈−log₂ q_i⌉ binary
     * digits (none where q_i = 0: its length is Infinity), codewords assigned
     * shortest first. `{ lengths: Float64Array, codewords: string[], kraftSum }`,
     * kraftSum = Σ 2^−length ≤ 1 (Kraft's inequality).
     * @param {number[]|Float64Array} Q a distribution
     */
    shannonCode(Q) {
      const fn = 'shannonCode';
      return unwrap(fn, raw.shannonCode(toFloat64(fn, 'Q', Q)));
    },

    /** Huffman's code lengths for Q: the optimal prefix code (Infinity where q_i = 0). */
    huffmanLengths(Q) {
      const fn = 'huffmanLengths';
      return unwrap(fn, raw.huffmanLengths(toFloat64(fn, 'Q', Q)));
    },

    /**
     * Σ p_i·lengths_i: the average number of binary digits per symbol when the
     * symbols come from P (Infinity if P sends a symbol without a codeword).
     */
    averageCodeLength(P, lengths) {
      const fn = 'averageCodeLength';
      return unwrap(fn, raw.averageCodeLength(toFloat64(fn, 'P', P), toFloat64(fn, 'lengths', lengths, false)));
    },

    /** A message of n symbols drawn from P (indices 0..k−1), seeded: sampleMessage(P, { n, seed }). */
    sampleMessage(P, options) {
      const fn = 'sampleMessage';
      const { n, seed } = optionsObject(fn, options, '{ n, seed }');
      return unwrap(
        fn,
        raw.sampleMessage(toFloat64(fn, 'P', P), checkNumber(fn, 'n', n), checkNumber(fn, 'seed', seed)),
      );
    },

    /** The binary digits a message (symbol indices) takes with a code of `lengths`. */
    messageLength(lengths, symbols) {
      const fn = 'messageLength';
      return unwrap(
        fn,
        raw.messageLength(toFloat64(fn, 'lengths', lengths, false), toFloat64(fn, 'symbols', symbols, false)),
      );
    },

    // --- Where a mixture divergence comes from --------------------------------

    /**
     * The integrand of D(P‖Q) ('forward': p·log(p/q)) or D(Q‖P) ('reverse':
     * q·log(q/p)) along x, for the mixture P and Q = N(mu, sigma²), on
     * { lo, hi, points }: `{ x, y, extremes: { lowX, lowY, highX, highY } }`, its
     * lowest point (where it is most negative) and its highest (where it pays most).
     */
    klIntegrandCurve(mixture, mu, sigma, direction, spec, options) {
      const fn = 'klIntegrandCurve';
      const args = mixtureArgs(fn, mixture);
      const reverse = isReverse(fn, direction);
      const bits = wantsBits(fn, options);
      const xy = unwrap(
        fn,
        raw.klIntegrandCurve(
          ...args,
          checkNumber(fn, 'mu', mu),
          checkNumber(fn, 'sigma', sigma),
          reverse,
          ...range(fn, spec),
          bits,
        ),
      );
      const { x, y } = splitCurve(xy);
      return { x, y, extremes: unwrap(fn, raw.curveExtremes(x, y)) };
    },

    /** The lowest and the highest point of a sampled curve: `{ lowX, lowY, highX, highY }` (the first of ties). */
    curveExtremes(x, y) {
      const fn = 'curveExtremes';
      return unwrap(fn, raw.curveExtremes(toFloat64(fn, 'x', x, false), toFloat64(fn, 'y', y, false)));
    },
  };
}
