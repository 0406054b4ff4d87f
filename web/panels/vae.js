// Panel: the KL term of a VAE. An encoder outputs q = N(mu, sigma²) for one
// input; the ELBO subtracts KL(q ‖ N(0, 1)) = ½(mu² + sigma² − log sigma² − 1).
// The four terms, the two densities, a numerical-integration check, the
// general KL between two normals in both directions, and the differential
// entropy, which turns negative for narrow q.
import { field } from '../state.js';
import { h } from '../dom.js';
import { rangeControl } from '../controls.js';
import { formatAmount, formatInfo, formatNumber, unitName } from '../format.js';
import { COLORS, applyConfig, axisTitle, baseOptions, createChart, densityDataset } from './chart-common.js';

export const MU_RANGE = [-3, 3];
export const SIGMA_RANGE = [0.05, 3];
export const X_RANGE = [-6, 6];

/** The panel's name for people (embed page heading, iframe title). */
export const title = 'The KL term of a variational autoencoder';

export const defaults = { mu: 1, sigma: 0.5, mu2: 0, sigma2: 1, units: 'nats' };

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  mu: field.number(MU_RANGE[0], MU_RANGE[1]),
  sigma: field.number(SIGMA_RANGE[0], SIGMA_RANGE[1]),
  mu2: field.number(MU_RANGE[0], MU_RANGE[1]),
  sigma2: field.number(SIGMA_RANGE[0], SIGMA_RANGE[1]),
};

const fmt = (x) => formatNumber(x);
const signedAmount = (x) => (x < 0 ? `− ${formatAmount(-x)}` : `+ ${formatAmount(x)}`);

/** Chart config and readout texts for `state`, all numbers from the kernels. */
export function render(api, state) {
  const { mu, sigma, mu2, sigma2, units } = state;
  const opts = { units };
  const u = unitName(units);
  const terms = api.vaeKLTerms(mu, sigma, opts);
  const check = api.gaussianKLByQuadrature(mu, sigma, 0, 1, opts);
  const forward = api.gaussianKL(mu, sigma, mu2, sigma2, opts);
  const backward = api.gaussianKL(mu2, sigma2, mu, sigma, opts);
  const entropy = api.gaussianEntropy(sigma, opts);
  const range = { lo: X_RANGE[0], hi: X_RANGE[1], points: 481 };
  const isPrior = mu2 === 0 && sigma2 === 1;

  const chart = {
    type: 'line',
    data: {
      datasets: [
        densityDataset(
          'q = N(μ, σ²): the encoder’s posterior',
          api.gaussianDensityCurve(mu, sigma, range),
          COLORS.p,
          [],
          'rgba(0, 114, 178, 0.15)',
        ),
        densityDataset('p = N(0, 1): the prior', api.gaussianDensityCurve(0, 1, range), COLORS.q, [8, 5]),
        ...(isPrior
          ? []
          : [
              densityDataset(
                'N(μ₂, σ₂²): the other normal',
                api.gaussianDensityCurve(mu2, sigma2, range),
                COLORS.kl,
                [2, 3],
              ),
            ]),
      ],
    },
    options: {
      ...baseOptions(),
      scales: {
        x: { type: 'linear', min: X_RANGE[0], max: X_RANGE[1], title: axisTitle('z') },
        y: { type: 'linear', min: 0, grace: '5%', title: axisTitle('density') },
      },
    },
  };

  const readouts = {
    formula:
      `KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ log σ² − ½ = ${formatAmount(terms.mean)} ${signedAmount(terms.variance)} ` +
      `${signedAmount(terms.logVariance)} ${signedAmount(terms.constant)} = ${formatInfo(terms.total, units)}`,
    terms: [
      `½μ² = ${formatInfo(terms.mean, units)}: pulls the mean to 0`,
      `½σ² = ${formatInfo(terms.variance, units)}: penalises a wide posterior`,
      `−½ log σ² = ${formatInfo(terms.logVariance, units)}: penalises a narrow one (grows without bound as σ → 0)`,
      `−½ = ${formatInfo(terms.constant, units)}: makes the total exactly 0 at μ = 0, σ = 1`,
    ],
    check:
      `Check by numerical integration of q log(q/p): ${formatInfo(check.value, units)}, ` +
      `differing from the closed form by ${formatAmount(check.difference)} ${u} ` +
      `(estimated error ${formatAmount(check.errorEstimate)}, ${check.evaluations} evaluations).`,
    general: isPrior
      ? `With the second normal set to N(0, 1) (the prior), KL(q ‖ N(μ₂, σ₂²)) = ${formatInfo(forward, units)} is the VAE term; ` +
        `the other direction, KL(N(0, 1) ‖ q) = ${formatInfo(backward, units)}, differs.`
      : `KL(q ‖ N(${fmt(mu2)}, ${fmt(sigma2)}²)) = ${formatInfo(forward, units)}; ` +
        `KL(N(${fmt(mu2)}, ${fmt(sigma2)}²) ‖ q) = ${formatInfo(backward, units)}.`,
    entropy:
      `Differential entropy of q: ½ log(2πeσ²) = ${formatInfo(entropy, units)}` +
      (entropy < 0
        ? '. Negative: for σ below 1/√(2πe) ≈ 0.242 the density rises above 1, so −log q(z) is negative ' +
          'where q puts most of its mass. Unlike discrete entropy, differential entropy is not a count of ' +
          'bits and can go below 0; only differences such as the KL keep their meaning.'
        : '. It falls by one nat each time σ shrinks by a factor e, and turns negative below σ ≈ 0.242.'),
  };
  return { chart, readouts, values: { terms, check, forward, backward, entropy } };
}

/** Builds the panel inside `root` and keeps it in step with the store. */
export function mount(root, { api, store, Chart }) {
  const state = () => store.get();
  const control = (key, label, range, scale) =>
    rangeControl({
      label,
      name: `vae-${key}`,
      value: state()[key],
      min: range[0],
      max: range[1],
      step: scale === 'log' ? undefined : 0.01,
      scale,
      onChange: (v) => store.set({ [key]: v }),
    });
  const controls = {
    mu: control('mu', 'Mean μ of q', MU_RANGE),
    sigma: control('sigma', 'Width σ of q', SIGMA_RANGE, 'log'),
    mu2: control('mu2', 'Mean μ₂ of the other normal', MU_RANGE),
    sigma2: control('sigma2', 'Width σ₂ of the other normal', SIGMA_RANGE, 'log'),
  };
  const canvas = h('canvas', { role: 'img', 'aria-label': 'The posterior q, the prior N(0, 1) and the other normal' });
  const line = (name, cls = 'readout') => h('p', { class: cls, 'data-readout': `vae-${name}` });
  const formula = line('formula');
  formula.setAttribute('aria-live', 'polite');
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
    h('h3', {}, 'Between any two normals'),
    controls.mu2.element,
    controls.sigma2.element,
    general,
    entropy,
  );

  const chart = createChart(Chart, canvas, render(api, state()).chart);

  function update(s) {
    const { chart: config, readouts } = render(api, s);
    applyConfig(chart, config);
    for (const key of Object.keys(controls)) controls[key].set(s[key]);
    formula.textContent = readouts.formula;
    terms.replaceChildren(...readouts.terms.map((text) => h('li', {}, text)));
    check.textContent = readouts.check;
    general.textContent = readouts.general;
    entropy.textContent = readouts.entropy;
  }
  update(state());
  store.subscribe(update);
  return { charts: { chart }, update };
}
