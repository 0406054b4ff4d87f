// The ml API: the ELBO of a linear-Gaussian VAE, every term in closed form
import { checkNumber, wantsBits } from './args.js';

/** The ml API, bound to the loaded module `raw` and its argument checks `a`. */
export function mlApi(raw, a) {
  const { toFloat64, unwrap } = a;
  // Several states as the kernels take them: concatenated policies and
  // advantages, the number of actions of each state, and how often each is visited.
  function statesArgs(fn, { piOld, advantages, weights }) {
    if (!Array.isArray(piOld) || !Array.isArray(advantages) || piOld.length !== advantages.length) {
      throw new Error(`${fn}: piOld and advantages must be arrays with one array per state, of equal length`);
    }
    const sizes = piOld.map((p, s) => {
      if (!p || typeof p.length !== 'number') throw new Error(`${fn}: piOld[${s}] must be an array of probabilities`);
      return p.length;
    });
    const flat = (lists, name) =>
      toFloat64(
        fn,
        name,
        lists.flatMap((list) => Array.from(list)),
        name === 'piOld',
      );
    return [
      flat(piOld, 'piOld'),
      flat(advantages, 'advantages'),
      Float64Array.from(sizes),
      toFloat64(fn, 'weights', weights),
    ];
  }
  return {
    /**
     * The ELBO of the VAE with prior N(0, I), decoder p(x | z) = N(x; z, s² I)
     * and encoder q = N(mu, diag(sigma²)), summed over the latent dimensions:
     * `{ reconstruction: E_q[log p(x | z)], kl: KL(q ‖ N(0, I)),
     * elbo: reconstruction − kl, logEvidence: log p(x), gap: KL(q ‖ posterior) }`;
     * logEvidence = elbo + gap. `{ units }` as elsewhere.
     */
    vaeElbo(x, mu, sigma, s, options) {
      const fn = 'vaeElbo';
      const bits = wantsBits(fn, options);
      return unwrap(
        fn,
        raw.vaeElbo(
          toFloat64(fn, 'x', x, false),
          toFloat64(fn, 'mu', mu, false),
          toFloat64(fn, 'sigma', sigma, false),
          checkNumber(fn, 's', s),
          bits,
        ),
      );
    },

    /**
     * TRPO's constraint over several states: E_s D(π_old(·|s) ‖ π_α(·|s)) at
     * each step α in `alphas`, for `states = { piOld: [[…], …], advantages:
     * [[…], …], weights }` (weights: how often π_old visits each state).
     */
    expectedKlAlongUpdate(states, alphas, options) {
      const fn = 'expectedKlAlongUpdate';
      const bits = wantsBits(fn, options);
      return unwrap(
        fn,
        raw.expectedKlAlongUpdate(...statesArgs(fn, states), toFloat64(fn, 'alphas', alphas, false), bits),
      );
    },

    /** Each state's D(π_old ‖ π_α) at step α and its share ρ(s)·D: `{ kl, share }` Float64Arrays. */
    klPerState(states, alpha, options) {
      const fn = 'klPerState';
      const bits = wantsBits(fn, options);
      const out = unwrap(fn, raw.klPerState(...statesArgs(fn, states), checkNumber(fn, 'alpha', alpha), bits));
      const n = out.length / 2;
      return { kl: out.subarray(0, n), share: out.subarray(n) };
    },

    /** The largest α with E_s D(π_old ‖ π_α) ≤ delta (delta in `{ units }`); Infinity if no state can move. */
    maxStepWithinExpectedBudget(states, delta, options) {
      const fn = 'maxStepWithinExpectedBudget';
      const bits = wantsBits(fn, options);
      return unwrap(
        fn,
        raw.maxStepWithinExpectedBudget(...statesArgs(fn, states), checkNumber(fn, 'delta', delta), bits),
      );
    },

    /**
     * The importance weights r = π_α/π_old at step α: `{ surrogate: E_s E_π_old[r·A],
     * oldValue: E_s E_π_old[A], expectedKl, maxRatio, secondMoment: E[r²],
     * effectiveFraction: 1/E[r²] }`.
     */
    importanceWeightsAt(states, alpha, options) {
      const fn = 'importanceWeightsAt';
      const bits = wantsBits(fn, options);
      return unwrap(fn, raw.importanceWeightsAt(...statesArgs(fn, states), checkNumber(fn, 'alpha', alpha), bits));
    },

    /** The true posterior of one latent dimension: `{ mean: x/(1+s²), sd: s/√(1+s²) }`. */
    vaePosterior(x, s) {
      const fn = 'vaePosterior';
      return unwrap(fn, raw.vaePosterior(checkNumber(fn, 'x', x), checkNumber(fn, 's', s)));
    },
  };
}
