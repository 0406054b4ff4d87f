// Panel: forward vs reverse KL. P is a mixture of two Gaussians; two single
// Gaussians are fitted to it, one minimising D(P‖Q) (it must cover all of P:
// mass-covering, mean-seeking) and one minimising D(Q‖P) (it must not put
// mass where P has little: mode-seeking). A heat map shows the KL over
// every candidate Q = N(mu, sigma²).
import { field } from '../state.js';
import { h } from '../dom.js';
import { buttonRow, probabilityControl, rangeControl, selectControl } from '../controls.js';
import { formatInfo, formatNumber, unitName } from '../format.js';
import { COLORS, applyConfig, axisTitle, baseOptions, createChart, densityDataset, logTicks } from './chart-common.js';

/** The density chart's x range, and the range the means can be moved in. */
export const X_RANGE = [-9, 9];
export const MEAN_RANGE = [-5, 5];
export const SIGMA_RANGE = [0.2, 2.5];
/** The landscape: mu over [-6, 6], sigma over [0.1, 10] on a log axis. */
export const LANDSCAPE = { muLo: -6, muHi: 6, nMu: 61, logSigmaLo: -Math.LN10, logSigmaHi: Math.LN10, nLogSigma: 41 };
const SIGMA_AXIS = [0.1, 10];

/** The panel's name for people (embed page heading, iframe title). */
export const title = 'Forward or reverse KL: covering the modes or picking one';

export const defaults = {
  weights: [0.5, 0.5],
  means: [-2.5, 2.5],
  sigmas: [0.8, 0.8],
  landscape: 'reverse',
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  weights: field.distribution(2, 2),
  means: field.numbers(2, 2, MEAN_RANGE[0], MEAN_RANGE[1]),
  sigmas: field.numbers(2, 2, SIGMA_RANGE[0], SIGMA_RANGE[1]),
  landscape: field.choice('reverse', 'forward', 'off'),
};

const fmt = (x) => formatNumber(x);

/** Chart configs, landscape grid and readout texts for `state`, all numbers from the kernels. */
export function render(api, state) {
  const { weights, means, sigmas, units } = state;
  const mixture = { weights, means, sigmas };
  const opts = { units };
  const range = { lo: X_RANGE[0], hi: X_RANGE[1], points: 361 };
  const forward = api.fitGaussian(mixture, 'forward', opts);
  const reverse = api.fitGaussian(mixture, 'reverse', opts);
  // Each fit judged both ways.
  forward.reverseKl = api.mixtureKL(mixture, forward.mu, forward.sigma, 'reverse', opts);
  reverse.forwardKl = api.mixtureKL(mixture, reverse.mu, reverse.sigma, 'forward', opts);
  const u = unitName(units);

  const handles = means.map((m) => ({ x: m, y: api.mixtureDensity(mixture, m) }));
  const densities = {
    type: 'line',
    data: {
      datasets: [
        densityDataset(
          'P: mixture of two Gaussians',
          api.mixtureDensityCurve(mixture, range),
          COLORS.p,
          [],
          'rgba(0, 114, 178, 0.15)',
        ),
        densityDataset(
          'forward fit: argmin D(P‖Q)',
          api.gaussianDensityCurve(forward.mu, forward.sigma, range),
          COLORS.q,
          [8, 5],
        ),
        densityDataset(
          'reverse fit: argmin D(Q‖P)',
          api.gaussianDensityCurve(reverse.mu, reverse.sigma, range),
          COLORS.entropy,
          [2, 3],
        ),
        {
          label: 'drag to move a mode',
          data: handles,
          showLine: false,
          pointRadius: 8,
          pointHoverRadius: 10,
          pointHitRadius: 24,
          pointStyle: 'rectRot',
          backgroundColor: COLORS.p,
          borderColor: '#ffffff',
          borderWidth: 2,
          clip: false,
        },
      ],
    },
    options: {
      ...baseOptions(),
      layout: { padding: { top: 12 } },
      scales: {
        x: { type: 'linear', min: X_RANGE[0], max: X_RANGE[1], title: axisTitle('x') },
        y: { type: 'linear', min: 0, grace: '8%', title: axisTitle('density') },
      },
      plugins: { ...baseOptions().plugins, dragData: { dragX: true, dragY: false, showTooltip: false } },
    },
  };

  const fitPoints = [
    { label: 'forward fit', fit: forward, color: COLORS.q, style: 'rect' },
    { label: 'reverse fit', fit: reverse, color: COLORS.entropy, style: 'circle' },
  ];
  if (reverse.tie) {
    fitPoints.push({
      label: 'reverse fit, other mode',
      fit: { mu: reverse.otherMu, sigma: reverse.otherSigma },
      color: COLORS.entropy,
      style: 'triangle',
    });
  }
  const direction = state.landscape;
  const grid =
    direction === 'off'
      ? null
      : {
          values: api.klLandscape(mixture, direction, { ...LANDSCAPE, units }),
          columns: LANDSCAPE.nMu,
          rows: LANDSCAPE.nLogSigma,
          x: [LANDSCAPE.muLo, LANDSCAPE.muHi],
          y: SIGMA_AXIS,
        };
  const landscape = {
    type: 'scatter',
    data: {
      datasets: fitPoints.map(({ label, fit, color, style }) => ({
        label,
        data: [{ x: fit.mu, y: fit.sigma }],
        pointStyle: style,
        pointRadius: 8,
        backgroundColor: color,
        borderColor: '#ffffff',
        borderWidth: 2,
      })),
    },
    options: {
      ...baseOptions(),
      scales: {
        x: { type: 'linear', min: LANDSCAPE.muLo, max: LANDSCAPE.muHi, title: axisTitle('mean μ of Q') },
        y: {
          type: 'logarithmic',
          min: SIGMA_AXIS[0],
          max: SIGMA_AXIS[1],
          ticks: logTicks(),
          title: axisTitle('width σ of Q (log scale)'),
        },
      },
    },
  };

  const describe = (fit) => `μ = ${fmt(fit.mu)}, σ = ${fmt(fit.sigma)}`;
  let behaviour;
  const nearMode = means.map((m, i) => Math.abs(reverse.mu - m) < sigmas[i]);
  if (nearMode[0] !== nearMode[1]) {
    const which = nearMode[0] ? 0 : 1;
    behaviour =
      `Mode-seeking: the reverse fit sits on one mode (μ = ${fmt(reverse.mu)}, near ${fmt(means[which])}) and ` +
      `ignores the other, while the forward fit spreads over both (μ = ${fmt(forward.mu)}, the mean of P, ` +
      `σ = ${fmt(forward.sigma)}).`;
  } else {
    behaviour =
      'The modes overlap enough that one Gaussian can cover both: the two fits are close. ' +
      'Pull the modes apart to see the reverse fit pick one.';
  }
  const readouts = {
    forward: `Forward fit Q = N(${describe(forward)}²): D(P‖Q) = ${formatInfo(forward.kl, units)}, D(Q‖P) = ${formatInfo(forward.reverseKl, units)}`,
    reverse: `Reverse fit Q = N(${describe(reverse)}²): D(Q‖P) = ${formatInfo(reverse.kl, units)}, D(P‖Q) = ${formatInfo(reverse.forwardKl, units)}`,
    behaviour,
    tie: reverse.tie
      ? `The two modes fit equally well: D(Q‖P) has two minima, at μ = ${fmt(reverse.mu)} and μ = ${fmt(reverse.otherMu)} ` +
        '(both drawn on the landscape). An optimiser lands on whichever its start is nearer.'
      : '',
    landscape:
      direction === 'off'
        ? ''
        : `Shading: ${direction === 'reverse' ? 'D(Q‖P)' : 'D(P‖Q)'} in ${u} for every Q = N(μ, σ²), dark = small.` +
          (direction === 'reverse'
            ? ' With separated modes it has a valley at each mode.'
            : ' It has a single valley, at the mean and spread of P.'),
  };
  return { densities, landscape, grid, readouts, fits: { forward, reverse } };
}

/** Builds the panel inside `root` and keeps it in step with the store. */
export function mount(root, { api, store, Chart }) {
  const state = () => store.get();
  const setPair = (field, index, value) => {
    const pair = [...state()[field]];
    pair[index] = value;
    store.set({ [field]: pair });
  };
  const clampMean = (x) => Math.min(MEAN_RANGE[1], Math.max(MEAN_RANGE[0], Number(x.toFixed(3))));
  const meanControls = [0, 1].map((i) =>
    rangeControl({
      label: `Mean of mode ${i + 1}`,
      name: `fits-mean-${i + 1}`,
      value: state().means[i],
      min: MEAN_RANGE[0],
      max: MEAN_RANGE[1],
      step: 0.01,
      onChange: (m) => setPair('means', i, m),
    }),
  );
  const sigmaControls = [0, 1].map((i) =>
    rangeControl({
      label: `Width σ of mode ${i + 1}`,
      name: `fits-sigma-${i + 1}`,
      value: state().sigmas[i],
      min: SIGMA_RANGE[0],
      max: SIGMA_RANGE[1],
      scale: 'log',
      kind: 'width',
      onChange: (s) => setPair('sigmas', i, s),
    }),
  );
  const weightControl = probabilityControl({
    label: 'Weight of mode 1',
    name: 'fits-weight',
    value: state().weights[0],
    min: 0.05,
    max: 0.95,
    step: 0.01,
    // The pair [w, 1 - w] comes from the kernels, as every distribution does.
    onChange: (w) => store.set({ weights: Array.from(api.setProbability([0.5, 0.5], 0, w)) }),
  });
  const landscapeControl = selectControl({
    label: 'Landscape',
    name: 'fits-landscape',
    value: state().landscape,
    options: [
      { value: 'reverse', text: 'reverse KL D(Q‖P)' },
      { value: 'forward', text: 'forward KL D(P‖Q)' },
      { value: 'off', text: 'off' },
    ],
    onChange: (landscape) => store.set({ landscape }),
  });
  const presets = buttonRow('P:', [
    { text: 'Modes apart', onClick: () => store.set({ means: [-3, 3], sigmas: [0.7, 0.7], weights: [0.5, 0.5] }) },
    { text: 'Modes close', onClick: () => store.set({ means: [-0.8, 0.8], sigmas: [1, 1], weights: [0.5, 0.5] }) },
    {
      text: 'Unequal modes',
      onClick: () => store.set({ means: [-3, 2], sigmas: [0.6, 1.2], weights: [0.3, 0.7] }),
    },
  ]);

  const densityCanvas = h('canvas', {
    role: 'img',
    'aria-label': 'The mixture P and its forward and reverse Gaussian fits; drag a diamond to move a mode',
  });
  const landscapeCanvas = h('canvas', {
    role: 'img',
    'aria-label': 'Heat map of the KL divergence over the mean and width of Q, with both fits marked',
  });
  const line = (name, cls = 'readout') => h('p', { class: cls, 'data-readout': `fits-${name}` });
  const out = {
    forward: line('forward'),
    reverse: line('reverse'),
    behaviour: line('behaviour', 'note'),
    tie: line('tie', 'note'),
    landscape: line('landscape', 'note'),
  };
  out.behaviour.setAttribute('aria-live', 'polite');
  root.replaceChildren(
    h('div', { class: 'chart' }, densityCanvas),
    presets,
    ...meanControls.map((c) => c.element),
    ...sigmaControls.map((c) => c.element),
    weightControl.element,
    out.forward,
    out.reverse,
    out.behaviour,
    out.tie,
    landscapeControl.element,
    h('div', { class: 'chart chart-square' }, landscapeCanvas),
    out.landscape,
  );

  const first = render(api, state());
  const densities = createChart(Chart, densityCanvas, first.densities, (datasetIndex, index, point) =>
    setPair('means', index, clampMean(point.x)),
  );
  const landscape = createChart(Chart, landscapeCanvas, first.landscape);

  function update(s) {
    const { densities: densityConfig, landscape: landscapeConfig, grid, readouts } = render(api, s);
    applyConfig(densities, densityConfig);
    landscape.$heatmap = grid;
    applyConfig(landscape, landscapeConfig);
    meanControls.forEach((c, i) => c.set(s.means[i]));
    sigmaControls.forEach((c, i) => c.set(s.sigmas[i]));
    weightControl.set(s.weights[0]);
    landscapeControl.set(s.landscape);
    for (const [key, element] of Object.entries(out)) element.textContent = readouts[key];
  }
  update(state());
  store.subscribe(update);
  return { charts: { densities, landscape }, update };
}
