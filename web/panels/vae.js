// Panel: the KL term of a VAE. An encoder outputs q = N(mu, sigma²) for one
// input; the ELBO subtracts KL(q ‖ N(0, 1)) = ½(mu² + sigma² − log sigma² − 1).
// The four terms, the two densities, a numerical-integration check, the
// general KL between two normals in both directions, and the differential
// entropy, which turns negative for narrow q.
import { field } from '../state.js';
import { h, setListItems } from '../dom.js';
import { rangeControl } from '../controls.js';
import { describeChart } from '../chart-a11y.js';
import { localize } from '../i18n.js';
import { unitName } from '../format.js';
import { COLORS, applyConfig, axisTitle, baseOptions, createChart, densityDataset } from './chart-common.js';

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
  const signedAmount = (x) => (x < 0 ? `− ${L.amount(-x)}` : `+ ${L.amount(x)}`);
  const opts = { units };
  const u = unitName(units);
  const terms = api.vaeKLTerms(mu, sigma, opts);
  const check = api.gaussianKLByQuadrature(mu, sigma, 0, 1, opts);
  const forward = api.gaussianKL(mu, sigma, mu2, sigma2, opts);
  const backward = api.gaussianKL(mu2, sigma2, mu, sigma, opts);
  const entropy = api.gaussianEntropy(sigma, opts);
  const range = { lo: X_RANGE[0], hi: X_RANGE[1], points: 481 };
  const isPrior = mu2 === 0 && sigma2 === 1;

  const base = baseOptions(L.lang);
  const chart = {
    type: 'line',
    data: {
      datasets: [
        densityDataset(
          t('vae.posterior'),
          api.gaussianDensityCurve(mu, sigma, range),
          COLORS.p,
          [],
          'rgba(0, 114, 178, 0.15)',
        ),
        densityDataset(t('vae.prior'), api.gaussianDensityCurve(0, 1, range), COLORS.q, [8, 5]),
        ...(isPrior
          ? []
          : [densityDataset(t('vae.other'), api.gaussianDensityCurve(mu2, sigma2, range), COLORS.kl, [2, 3])]),
      ],
    },
    options: {
      ...base,
      scales: {
        x: { type: 'linear', min: X_RANGE[0], max: X_RANGE[1], title: axisTitle(t('vae.xAxis')) },
        y: { type: 'linear', min: 0, grace: '5%', title: axisTitle(t('vae.yAxis')) },
      },
    },
  };

  const other = { mu2: num(mu2), sigma2: num(sigma2), forward: info(forward), backward: info(backward) };
  const readouts = {
    formula: t('vae.formula', {
      mean: L.amount(terms.mean),
      variance: signedAmount(terms.variance),
      logVariance: signedAmount(terms.logVariance),
      constant: signedAmount(terms.constant),
      total: info(terms.total),
    }),
    terms: [
      t('vae.term.mean', { value: info(terms.mean) }),
      t('vae.term.variance', { value: info(terms.variance) }),
      t('vae.term.logVariance', { value: info(terms.logVariance) }),
      t('vae.term.constant', { value: info(terms.constant) }),
    ],
    check: t('vae.quadrature', {
      value: info(check.value),
      difference: L.amount(check.difference),
      units: u,
      error: L.amount(check.errorEstimate),
      evaluations: check.evaluations,
    }),
    general: t(isPrior ? 'vae.general.prior' : 'vae.general.other', other),
    entropy: t(entropy < 0 ? 'vae.entropy.negative' : 'vae.entropy.positive', { h: info(entropy) }),
  };
  const q = { mu: num(mu), sigma: num(sigma), kl: info(terms.total) };
  const descriptions = {
    chart: isPrior ? t('vae.describe', q) : t('vae.describe.other', { ...q, ...other }),
  };
  const announcement = isPrior
    ? t('vae.announce', { kl: info(terms.total) })
    : t('vae.announce.other', { kl: info(terms.total), ...other });
  return { chart, readouts, descriptions, announcement, values: { terms, check, forward, backward, entropy } };
}

/** The self-check: for which q is the KL term exactly 0? */
export function selfCheck(L, store, api) {
  const { t } = L;
  const units = store.get().units;
  const info = (x) => L.info(x, units);
  const opts = { units };
  const prior = api.vaeKLTerms(0, 1, opts);
  const narrow = api.vaeKLTerms(0, NARROW, opts);
  const params = {
    zero: info(prior.total),
    mean: L.amount(prior.mean),
    logVariance: L.amount(prior.logVariance),
    variance: L.amount(prior.variance),
    constant: L.amount(-prior.constant),
    narrow: L.plain(NARROW),
    narrowKl: info(narrow.total),
    narrowLog: info(narrow.logVariance),
    wide: L.plain(WIDE),
    wideKl: info(api.vaeKL(0, WIDE, opts)),
  };
  return {
    question: t('vae.check.question'),
    options: [
      { text: t('vae.check.narrow'), correct: false, feedback: t('vae.check.narrowFeedback', params) },
      { text: t('vae.check.meanZero'), correct: false, feedback: t('vae.check.meanZeroFeedback', params) },
      { text: t('vae.check.prior'), correct: true, feedback: t('vae.check.priorFeedback', params) },
    ],
    show: { text: t('vae.check.show'), apply: () => store.set({ mu: 0, sigma: 1 }) },
  };
}

/** Builds the panel inside `root` and keeps it in step with the store. */
export function mount(root, { api, store, Chart, L = localize(store.get().lang), announce = () => {} }) {
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
  const canvas = h('canvas', { role: 'img', 'aria-label': t('vae.canvas') });
  const line = (name, cls = 'readout') => h('p', { class: cls, 'data-readout': `vae-${name}` });
  const formula = line('formula');
  const terms = h('ul', { class: 'properties', 'data-readout': 'vae-terms' });
  const check = line('check', 'note');
  const general = line('general');
  const entropy = line('entropy', 'note');
  root.replaceChildren(
    h('div', { class: 'chart' }, canvas),
    controls.mu.element,
    controls.sigma.element,
    formula,
    terms,
    check,
    h('h3', {}, t('vae.twoNormals')),
    controls.mu2.element,
    controls.sigma2.element,
    general,
    entropy,
  );

  const chart = createChart(Chart, canvas, render(api, state()).chart);

  function update(s) {
    const { chart: config, readouts, descriptions, announcement } = render(api, s);
    applyConfig(chart, config);
    for (const key of Object.keys(controls)) controls[key].set(s[key]);
    formula.textContent = readouts.formula;
    setListItems(terms, readouts.terms);
    check.textContent = readouts.check;
    general.textContent = readouts.general;
    entropy.textContent = readouts.entropy;
    describeChart(canvas, descriptions.chart);
    announce(announcement);
  }
  update(state());
  store.subscribe(update);
  return { charts: { chart }, update };
}
