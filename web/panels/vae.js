// Panel: the ELBO of a VAE, with both its terms. A linear-Gaussian model where
// everything is exact: prior N(0, I), decoder p(x | z) = N(x; z, s²) per
// dimension, encoder q = N(mu_j, sigma_j²) in two latent dimensions. ELBO =
// reconstruction − KL(q ‖ N(0, I)) ≤ log p(x), the gap being KL(q ‖ posterior).
// Then the KL term of dimension 1, KL(q ‖ N(0, 1)) = ½(mu² + sigma² − log sigma² − 1),
// The four terms, the two densities, a numerical-integration check, the
// general KL between two normals in both directions, and the differential
// entropy, which turns negative for narrow q.
import { field } from '../state.js';
import { h } from '../dom.js';
import { buttonRow, rangeControl } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import * as charts from '../charts/common.js';

export const MU_RANGE = [-3, 3];
export const SIGMA_RANGE = [0.05, 3];
export const X_RANGE = [-6, 6];
/** The data point x (one coordinate per latent dimension) and the decoder's noise s. */
export const DATA_RANGE = [-3, 3];
export const NOISE_RANGE = [0.2, 2];

export const defaults = {
  mu: 1,
  sigma: 0.5,
  muB: 0,
  sigmaB: 1,
  x1: 1.5,
  x2: -0.5,
  noise: 0.7,
  mu2: 0,
  sigma2: 1,
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  mu: field.number(MU_RANGE[0], MU_RANGE[1]),
  sigma: field.number(SIGMA_RANGE[0], SIGMA_RANGE[1]),
  mu2: field.number(MU_RANGE[0], MU_RANGE[1]),
  sigma2: field.number(SIGMA_RANGE[0], SIGMA_RANGE[1]),
  muB: field.number(MU_RANGE[0], MU_RANGE[1]),
  sigmaB: field.number(SIGMA_RANGE[0], SIGMA_RANGE[1]),
  x1: field.number(DATA_RANGE[0], DATA_RANGE[1]),
  x2: field.number(DATA_RANGE[0], DATA_RANGE[1]),
  noise: field.number(NOISE_RANGE[0], NOISE_RANGE[1]),
};

/** The encoder's q, one mean and width per latent dimension, and the data point. */
function encoderOf({ mu, sigma, muB, sigmaB, x1, x2 }) {
  return { x: [x1, x2], mu: [mu, muB], sigma: [sigma, sigmaB] };
}

/** The q that closes the gap: the true posterior in each dimension (from the kernel). */
export function bestQ(api, state) {
  const one = api.vaePosterior(state.x1, state.noise);
  const two = api.vaePosterior(state.x2, state.noise);
  return { mu: one.mean, sigma: one.sd, muB: two.mean, sigmaB: two.sd };
}

/**
 * The ELBO's readouts: its two terms, the bound on log p(x) and its gap, and
 * the KL summed over the latent dimensions.
 */
function elboReadouts(api, state, L) {
  const { units, noise } = state;
  const info = (x) => L.info(x, units);
  const opts = { units };
  const enc = encoderOf(state);
  const e = api.vaeElbo(enc.x, enc.mu, enc.sigma, noise, opts);
  const q = {
    reconstruction: info(e.reconstruction),
    kl: info(e.kl),
    elbo: info(e.elbo),
    evidence: info(e.logEvidence),
    gap: info(e.gap),
  };
  const perDim = enc.mu.map((m, j) => info(api.vaeKL(m, enc.sigma[j], opts)));
  const post = [api.vaePosterior(state.x1, noise), api.vaePosterior(state.x2, noise)];
  // Closed only at the posterior itself (up to rounding in the last bits).
  const closed = e.gap <= 1e-12;
  return {
    values: e,
    quantities: q,
    readouts: {
      elbo: L.say('vae.elbo.terms', q, [claim.sum([q.elbo, q.kl], q.reconstruction)]),
      evidence: L.say(closed ? 'vae.elbo.closed' : 'vae.elbo.bound', q, [
        claim.sum([q.elbo, q.gap], q.evidence),
        claim.atMost(q.elbo, q.evidence),
      ]),
      dimensions: L.say('vae.elbo.dimensions', { kl1: perDim[0], kl2: perDim[1], kl: q.kl }, [claim.sum(perDim, q.kl)]),
      posterior: L.say('vae.elbo.posterior', {
        x1: L.number(state.x1, 2),
        x2: L.number(state.x2, 2),
        s: L.number(noise, 2),
        m1: L.number(post[0].mean),
        s1: L.number(post[0].sd),
        m2: L.number(post[1].mean),
        s2: L.number(post[1].sd),
      }),
    },
    posterior: post,
  };
}

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
  const elbo = elboReadouts(api, state, L);
  const post = elbo.posterior[0];

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
        charts.densityDataset(
          t('vae.truePosterior'),
          api.gaussianDensityCurve(post.mean, post.sd, range),
          charts.COLORS.entropy,
          [4, 2],
        ),
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
    ...elbo.readouts,
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
  const described = {
    mu: num(mu),
    sigma: sigmaQ,
    kl: total,
    m1: L.number(post.mean),
    s1: L.number(post.sd),
  };
  const descriptions = {
    chart: isPrior ? L.say('vae.describe', described) : L.say('vae.describe.other', { ...described, ...other }),
  };
  const said = { kl: total, elbo: elbo.quantities.elbo, gap: elbo.quantities.gap };
  const announcement = isPrior ? L.say('vae.announce', said) : L.say('vae.announce.other', { ...said, ...other });
  return {
    charts: { chart },
    readouts,
    descriptions,
    announcement,
    values: { terms, check, forward, backward, entropy, elbo: elbo.values },
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
export function mount(root, { api, store, L, view }) {
  const { t } = L;
  const state = () => store.get();
  const control = (key, range, scale = undefined) =>
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
    muB: control('muB', MU_RANGE),
    sigmaB: control('sigmaB', SIGMA_RANGE, 'log'),
    x1: control('x1', DATA_RANGE),
    x2: control('x2', DATA_RANGE),
    noise: control('noise', NOISE_RANGE),
    mu2: control('mu2', MU_RANGE),
    sigma2: control('sigma2', SIGMA_RANGE, 'log'),
  };
  const actions = buttonRow(t('vae.actions'), [
    { text: t('vae.best'), title: t('vae.bestTitle'), onClick: () => store.set(bestQ(api, state())) },
  ]);
  root.replaceChildren(
    h('p', { class: 'try-this' }, t('vae.try')),
    h('p', { class: 'note' }, t('vae.words')),
    h('div', { class: 'chart' }, view.chart('chart', { role: 'img', 'aria-label': t('vae.canvas') })),
    h('div', { class: 'control-group', role: 'group', 'aria-label': t('vae.dim1') }, [
      controls.mu.element,
      controls.sigma.element,
    ]),
    h('div', { class: 'control-group', role: 'group', 'aria-label': t('vae.dim2') }, [
      controls.muB.element,
      controls.sigmaB.element,
    ]),
    actions,
    view.readout('elbo'),
    view.readout('evidence'),
    view.readout('dimensions', { className: 'note' }),
    h('details', { class: 'more-settings' }, [
      h('summary', {}, t('vae.moreSettings')),
      view.readout('posterior', { className: 'note' }),
      controls.x1.element,
      controls.x2.element,
      controls.noise.element,
    ]),
    h('h3', {}, t('vae.klHeading')),
    view.readout('formula'),
    view.readout('terms', { tag: 'ul', className: 'properties' }),
    h('details', { class: 'how-computed' }, [
      h('summary', {}, t('vae.howComputed')),
      h('p', { class: 'note' }, t('vae.howComputedText')),
      view.readout('check', { className: 'note' }),
    ]),
    h('h3', {}, t('vae.twoNormals')),
    controls.mu2.element,
    controls.sigma2.element,
    view.readout('general'),
    view.readout('entropy', { className: 'note' }),
  );
  return { sync: (s) => Object.entries(controls).forEach(([key, c]) => c.set(s[key])) };
}

/** Where the predict question looks: a q this narrow, at the learner's μ. */
export const PREDICT_NARROW = 0.05;

/**
 * Predict, then reveal: which term of the KL grows without bound as σ → 0?
 * The term-by-term readouts stay hidden until the guess; the feedback states
 * the terms at σ = PREDICT_NARROW and the learner's own μ, from the kernel.
 */
export function predict(api, state) {
  const L = localize(state.lang);
  const terms = api.vaeKLTerms(state.mu, PREDICT_NARROW);
  const p = {
    narrow: L.plain(PREDICT_NARROW),
    mean: L.term(terms.mean).as('½μ²', { mu: state.mu }),
    variance: L.term(terms.variance).as('½σ²', { sigma: PREDICT_NARROW }),
    logVariance: L.term(terms.logVariance).as('−½ ln σ²', { sigma: PREDICT_NARROW }),
  };
  const options = ['mean', 'variance', 'logVariance'];
  return {
    id: 'vae-narrow-term',
    question: L.say('vae.predict.question'),
    answer: { kind: 'choice', options: options.map((o) => L.say(`vae.predict.${o}`)) },
    hides: { readouts: ['formula', 'terms'], datasets: {}, descriptions: [] },
    judge(guess) {
      const picked = options[guess];
      if (picked === 'logVariance') {
        return {
          correct: true,
          feedback: L.say('vae.predict.right', p, [claim.greater(p.logVariance, p.variance)]),
        };
      }
      return {
        correct: false,
        feedback: L.say('vae.predict.wrong', { ...p, picked: p[picked] }, [claim.greater(p.logVariance, p[picked])]),
      };
    },
  };
}
