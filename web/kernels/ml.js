// The ml API: the ELBO of a linear-Gaussian VAE, every term in closed form
import { checkNumber, wantsBits } from './args.js';

/** The ml API, bound to the loaded module `raw` and its argument checks `a`. */
export function mlApi(raw, a) {
  const { toFloat64, unwrap } = a;
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

    /** The true posterior of one latent dimension: `{ mean: x/(1+s²), sd: s/√(1+s²) }`. */
    vaePosterior(x, s) {
      const fn = 'vaePosterior';
      return unwrap(fn, raw.vaePosterior(checkNumber(fn, 'x', x), checkNumber(fn, 's', s)));
    },
  };
}
