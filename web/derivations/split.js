// Derivation: H(P, Q) = H(P) + D(P‖Q) from the definitions, with the live
// numbers of the decomposition panel's P and Q. Pure: steps(api, state) →
// [{ formula, text, changed, label }], every number from the kernels.
import { localize } from '../i18n.js';
import { Formula, claim } from '../statement.js';
import { firstUncovered } from '../panels/decomposition.js';

export const panel = 'decomposition';

export function steps(api, state) {
  const { P, Q, units } = state;
  const L = localize(state.lang);
  const d = api.decompose(P, Q, { units });
  const finite = d.kl !== Infinity;
  // Labelled for the statement checker's independent sums (tests/statements.js).
  const label = (q) => ({
    ce: q(d.crossEntropy).as('H(P,Q)', { P, Q }),
    h: q(d.entropy).as('H(P)', { P }),
    kl: q(d.kl).as('D(P‖Q)', { P, Q }),
  });
  const amounts = label((x) => L.amount(x, units));
  const infos = label((x) => L.info(x, units));
  const adds = (q) =>
    finite ? [claim.sum([q.h, q.kl], q.ce)] : [claim.equal(q.kl, Infinity), claim.equal(q.ce, Infinity)];
  const bits = units === 'bits' ? '.bits' : '';
  const missing = firstUncovered(P, Q);
  return [
    {
      label: L.say('derivation.split.1.label'),
      formula: new Formula('derive.split.1', { ce: amounts.ce }),
      text: L.say(`derivation.split.1${bits}`, { ce: infos.ce }),
      changed: ['def'],
    },
    {
      label: L.say('derivation.split.2.label'),
      formula: new Formula('derive.split.2'),
      text: L.say('derivation.split.2'),
      changed: ['ratio'],
    },
    {
      label: L.say('derivation.split.3.label'),
      formula: new Formula('derive.split.3'),
      text: L.say('derivation.split.3'),
      changed: ['logs'],
    },
    {
      label: L.say('derivation.split.4.label'),
      formula: new Formula('derive.split.4'),
      text: L.say('derivation.split.4'),
      changed: ['h', 'kl'],
    },
    {
      label: L.say('derivation.split.5.label'),
      formula: new Formula('derive.split.5', amounts, adds(amounts)),
      text: finite
        ? L.say('derivation.split.5', infos, adds(infos))
        : L.say('derivation.split.5.infinite', { ...infos, i: missing + 1, p: L.probability(P[missing]) }, adds(infos)),
      changed: ['h', 'kl'],
    },
  ];
}
