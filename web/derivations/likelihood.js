// Derivation: minimising cross-entropy on a sample maximises the likelihood:
// the average −log q̂(xᵢ) = −(1/n) log Πᵢ q̂(xᵢ) = H(P̂, q̂), with the live
// sample of the loss panel (n labels drawn from P with its seed, scored by
// its model q̂ = softmax(logits)). Three kernels give the three sides: the
// draw-by-draw average (nllConvergence), the log-likelihood from the counts
// (logLikelihood) and the cross-entropy of the frequencies (crossEntropy), so
// the equalities the steps claim are checked, not assumed. Pure.
import { localize } from '../i18n.js';
import { Formula, claim } from '../statement.js';

export const panel = 'loss';

export function steps(api, state) {
  const { logits, P, n, seed, units } = state;
  const L = localize(state.lang);
  const opts = { units };
  const q = api.softmax(logits);
  const counts = api.sampleCounts(P, { n, seed });
  const empirical = api.empiricalDistribution(counts);
  const [average] = api.nllConvergence(P, q, { seed, checkpoints: [n], units });
  const logLikelihood = api.logLikelihood(counts, q, opts);
  const crossEntropy = api.crossEntropy(empirical, q, opts);
  const best = api.entropy(empirical, opts);
  const gap = api.klDivergence(empirical, q, opts);

  // Labelled for the statement checker's independent sums (tests/statements.js).
  const labelled = (format) => ({
    average: format(average),
    logLikelihood: format(logLikelihood).as('log Π q̂(x_i)', { counts, q }),
    crossEntropy: format(crossEntropy).as('H(P,Q)', { P: empirical, Q: q }),
    best: format(best).as('H(P)', { P: empirical }),
    gap: format(gap).as('D(P‖Q)', { P: empirical, Q: q }),
  });
  const amounts = labelled((x) => L.amount(x, units));
  const infos = labelled((x) => L.info(x, units));
  const count = L.plain(n);
  const probabilities = (values) => L.list(values, L.probability);
  const drawn = L.list(counts, (c) => L.plain(c));
  // The average of the losses is the crossEntropy of the frequencies, as written.
  const same = (s) => [claim.equal(s.average, s.crossEntropy)];
  const bits = units === 'bits' ? '.bits' : '';
  return [
    {
      label: L.say('derivation.likelihood.1.label'),
      formula: new Formula('derive.likelihood.1', { average: amounts.average, n: count }),
      text: L.say('derivation.likelihood.1', { n: count, seed: L.plain(seed), average: infos.average }),
      changed: ['avg'],
    },
    {
      label: L.say('derivation.likelihood.2.label'),
      formula: new Formula('derive.likelihood.2', { logLikelihood: amounts.logLikelihood }),
      text: L.say(`derivation.likelihood.2${bits}`, { n: count, logLikelihood: infos.logLikelihood }),
      changed: ['product'],
    },
    {
      label: L.say('derivation.likelihood.3.label'),
      formula: new Formula('derive.likelihood.3'),
      text: L.say('derivation.likelihood.3', { counts: drawn }),
      changed: ['counts'],
    },
    {
      label: L.say('derivation.likelihood.4.label'),
      formula: new Formula('derive.likelihood.4', { crossEntropy: amounts.crossEntropy }),
      text: L.say(
        'derivation.likelihood.4',
        { empirical: probabilities(empirical), average: infos.average, crossEntropy: infos.crossEntropy },
        same(infos),
      ),
      changed: ['freq', 'phat'],
    },
    {
      label: L.say('derivation.likelihood.5.label'),
      formula: new Formula('derive.likelihood.5', { best: amounts.best }, [
        claim.atMost(amounts.best, amounts.crossEntropy),
      ]),
      text: L.say('derivation.likelihood.5', { best: infos.best, crossEntropy: infos.crossEntropy, gap: infos.gap }, [
        claim.sum([infos.best, infos.gap], infos.crossEntropy),
        claim.atMost(infos.best, infos.crossEntropy),
      ]),
      changed: ['argmax'],
    },
  ];
}
