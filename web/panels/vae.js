// Panel: the KL term of a VAE. An encoder outputs q = N(mu, sigma²) for one
// input; the ELBO subtracts KL(q ‖ N(0, 1)) = ½(mu² + sigma² − log sigma² − 1).
// The four terms, the two densities, a numerical-integration check, the
// general KL between two normals in both directions, and the differential
// entropy, which turns negative for narrow q.
import { field } from '../state.js';
import { h } from '../dom.js';
import { rangeControl } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import * as charts from '../charts/common.js';

export const MU_RANGE = [-3, 3];
export const SIGMA_RANGE = [0.05, 3];
export const X_RANGE = [-6, 6];

export const defaults = { mu: 1, sigma: 0.5, mu2: 0, sigma2: 1, units: 'nats' };

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  mu: field.number(MU_RANGE[0], MU_RANGE[1]),
  sigma: field.number(SIGMA_RANGE[0], SIGMA_RANGE[1]),
  mu2: field.number(MU_RANGE[0], MU_RANGE[1]),
  sigma2: field.number(SIGMA_RANGE[0], SIGMA_RANGE[1]),
};

/** The self-check's wrong answers: a narrow q, and a wide one centred on 0. */
const NARROW = 0.1;
const WIDE = 2;

/**
 * Chart config, readout texts, chart description and the text to announce
 * for `state` (in state.lang), all numbers from the kernels.
 */
export function render(api, state) {
  const { mu, sigma, mu2, sigma2, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const num = (x) => L.number(x);
  const info = (x) => L.info(x, units);
  const opts = { units };
  // The closed form is written with the natural log: its terms are numbers
  // of nats whatever the page's units; only the total is converted.
  const terms = api.vaeKLTerms(mu, sigma);
  const totalInUnits = api.vaeKL(mu, sigma, opts);
  const check = api.gaussianKLByQuadrature(mu, sigma, 0, 1, opts);
  const forward = api.gaussianKL(mu, sigma, mu2, sigma2, opts);
  const backward = api.gaussianKL(mu2, sigma2, mu, sigma, opts);
  const entropy = api.gaussianEntropy(sigma, opts);
  const peak = api.gaussianDensityCurve(mu, sigma, { lo: mu, hi: mu + 1, points: 4 }).y[0];
  const range = { lo: X_RANGE[0], hi: X_RANGE[1], points: 481 };
  const isPrior = mu2 === 0 && sigma2 === 1;

  const base = charts.baseOptions(L.lang);
  const chart = {
    type: 'line',
    data: {
      datasets: [
        charts.densityDataset(
          t('vae.posterior'),
          api.gaussianDensityCurve(mu, sigma, range),
          charts.COLORS.p,
          [],
          'rgba(0, 114, 178, 0.15)',
        ),
        charts.densityDataset(t('vae.prior'), api.gaussianDensityCurve(0, 1, range), charts.COLORS.q, [8, 5]),
        ...(isPrior
          ? []
          : [
              charts.densityDataset(
                t('vae.other'),
                api.gaussianDensityCurve(mu2, sigma2, range),
                charts.COLORS.kl,
                [2, 3],
              ),
            ]),
      ],
    },
    options: {
      ...base,
      scales: {
        x: { type: 'linear', min: X_RANGE[0], max: X_RANGE[1], title: charts.axisTitle(t('vae.xAxis')) },
        y: { type: 'linear', min: 0, grace: '5%', title: charts.axisTitle(t('vae.yAxis')) },
      },
    },
  };

  const other = { mu2: num(mu2), sigma2: num(sigma2), forward: info(forward), backward: info(backward) };
  const q = {
    mean: L.term(terms.mean).as('½μ²', { mu }),
    variance: L.signedTerm(terms.variance).as('½σ²', { sigma }),
    logVariance: L.signedTerm(terms.logVariance).as('−½ ln σ²', { sigma }),
    constant: L.signedTerm(terms.constant).as('−½'),
    nats: L.info(terms.total, 'nats'),
  };
  const formulaClaims = [claim.sum([q.mean, q.variance, q.logVariance, q.constant], q.nats)];
  let formula;
  if (units === 'nats') formula = L.say('vae.formula', { ...q, total: q.nats }, formulaClaims);
  else {
    const bits = info(totalInUnits);
    formula = L.say('vae.formula.bits', { ...q, total: q.nats, bits }, [...formulaClaims, claim.convert(bits, q.nats)]);
  }
  const total = info(totalInUnits);
  const checkValue = info(check.value);
  const difference = L.amount(check.difference, units);
  const h = info(entropy).as('gaussian.entropy', { sigma });
  const zeroWidth = L.number(0.242, 4).as('1/√(2πe)'); // 1/√(2πe) = 0.24197…, shown to 4 decimals
  const sigmaQ = num(sigma);
  const peakQ = L.number(peak).as('gaussian.peak', { sigma });
  let entropyNote;
  if (entropy < 0) {
    entropyNote = L.say('vae.entropy.negative', { h, zeroWidth, peak: peakQ }, [
      claim.less(h, 0),
      claim.less(sigmaQ, zeroWidth),
      claim.greater(peakQ, 1),
    ]);
  } else if (peak > 1) {
    entropyNote = L.say('vae.entropy.peak', { h, zeroWidth, peak: peakQ }, [
      claim.atLeast(h, 0),
      claim.greater(peakQ, 1),
    ]);
  } else {
    // ½ log(2πeσ²) falls by ½ log e² = 1 nat when σ shrinks by a factor e.
    const fall = info(api.convertInformation(1, 'nats', units));
    entropyNote = L.say('vae.entropy.positive', { h, zeroWidth, fall }, [claim.greater(h, 0), claim.atMost(peakQ, 1)]);
  }
  const readouts = {
    formula,
    terms: [
      L.say('vae.term.mean', { value: q.mean }),
      L.say('vae.term.variance', { value: L.term(terms.variance).as('½σ²', { sigma }) }),
      L.say('vae.term.logVariance', { value: L.term(terms.logVariance).as('−½ ln σ²', { sigma }) }),
      L.say('vae.term.constant', { value: L.term(terms.constant).as('−½') }),
    ],
    check: L.say(
      'vae.quadrature',
      {
        value: checkValue,
        difference,
        units: L.unit(units),
        error: L.amount(check.errorEstimate, units),
        evaluations: check.evaluations,
      },
      [claim.atMost(difference, 1e-6)],
    ),
    general: generalStatement(L, isPrior, other, total),
    entropy: entropyNote,
  };
  const described = { mu: num(mu), sigma: sigmaQ, kl: total };
  const descriptions = {
    chart: isPrior ? L.say('vae.describe', described) : L.say('vae.describe.other', { ...described, ...other }),
  };
  const announcement = isPrior
    ? L.say('vae.announce', { kl: total })
    : L.say('vae.announce.other', { kl: total, ...other });
  return {
    charts: { chart },
    readouts,
    descriptions,
    announcement,
    values: { terms, check, forward, backward, entropy },
  };
}

/**
 * The general KL sentence: with the second normal at the prior it is the VAE
 * term, and the other direction differs (both give ½μ² when σ = 1).
 */
function generalStatement(L, isPrior, other, total) {
  if (!isPrior) return L.say('vae.general.other', other);
  const claims = [claim.equal(other.forward, total)];
  return other.forward.text === other.backward.text
    ? L.say('vae.general.priorEqual', other, [...claims, claim.equal(other.forward, other.backward)])
    : L.say('vae.general.prior', other, [...claims, claim.differ(other.forward, other.backward)]);
}

/** The self-check: for which q is the KL term exactly 0? */
export function selfCheck(api, state) {
  const { units } = state;
  const L = localize(state.lang);
  const info = (x) => L.info(x, units);
  const opts = { units };
  const prior = api.vaeKLTerms(0, 1);
  const zero = info(api.vaeKL(0, 1, opts));
  const params = {
    zero,
    mean: L.term(prior.mean).as('½μ²', { mu: 0 }),
    logVariance: L.term(prior.logVariance).as('−½ ln σ²', { sigma: 1 }),
    variance: L.term(prior.variance).as('½σ²', { sigma: 1 }),
    constant: L.term(-prior.constant).as('½'),
    narrow: L.plain(NARROW),
    narrowKl: info(api.vaeKL(0, NARROW, opts)),
    // What the term adds to the KL, in the page's units.
    narrowLog: info(api.vaeKLTerms(0, NARROW, opts).logVariance),
    wide: L.plain(WIDE),
    wideKl: info(api.vaeKL(0, WIDE, opts)),
  };
  return {
    question: L.say('vae.check.question'),
    options: [
      {
        text: L.say('vae.check.narrow'),
        correct: false,
        feedback: L.say('vae.check.narrowFeedback', params, [claim.greater(params.narrowKl, 0)]),
      },
      {
        text: L.say('vae.check.meanZero'),
        correct: false,
        feedback: L.say('vae.check.meanZeroFeedback', params, [claim.greater(params.wideKl, 0)]),
      },
      {
        text: L.say('vae.check.prior'),
        correct: true,
        feedback: L.say('vae.check.priorFeedback', params, [claim.equal(zero, 0)]),
      },
    ],
    show: { text: L.say('vae.check.show'), patch: { mu: 0, sigma: 1 } },
  };
}

/** The panel's controls and layout (see ../binder.js). */
export function mount(root, { store, L, view }) {
  const { t } = L;
  const state = () => store.get();
  const control = (key, range, scale) =>
    rangeControl({
      label: t(`vae.control.${key}`),
      name: `vae-${key}`,
      value: state()[key],
      min: range[0],
      max: range[1],
      step: scale === 'log' ? undefined : 0.01,
      scale,
      L,
      onChange: (v) => store.set({ [key]: v }),
    });
  const controls = {
    mu: control('mu', MU_RANGE),
    sigma: control('sigma', SIGMA_RANGE, 'log'),
    mu2: control('mu2', MU_RANGE),
    sigma2: control('sigma2', SIGMA_RANGE, 'log'),
  };
  root.replaceChildren(
    h('div', { class: 'chart' }, view.chart('chart', { role: 'img', 'aria-label': t('vae.canvas') })),
    controls.mu.element,
    controls.sigma.element,
    view.readout('formula'),
    view.readout('terms', { tag: 'ul', className: 'properties' }),
    view.readout('check', { className: 'note' }),
    h('h3', {}, t('vae.twoNormals')),
    controls.mu2.element,
    controls.sigma2.element,
    view.readout('general'),
    view.readout('entropy', { className: 'note' }),
  );
  return { sync: (s) => Object.entries(controls).forEach(([key, c]) => c.set(s[key])) };
}
