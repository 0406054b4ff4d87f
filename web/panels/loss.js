// Panel: cross-entropy loss and maximum likelihood. A classifier's logits
// (draggable), its softmax prediction q̂ and the loss −log q̂_k for the true
// class k, with the gradient q̂ − onehot(k) as arrows. Then the same model
// judged on n labels drawn from P: its average loss converges to H(P, q̂),
// and on any one sample it is lowest when q̂ equals the sample's own
// frequencies P̂: minimising cross-entropy is maximum likelihood.
import { field } from '../state.js';
import { h } from '../dom.js';
import { buttonRow, rangeControl, selectControl } from '../controls.js';
import { keyboardBars, keyboardProbabilityBars } from '../bar-keyboard.js';
import { formatAmount, formatInfo, formatNumber, formatProbability, unitName } from '../format.js';
import {
  COLORS,
  applyConfig,
  axisTitle,
  barChart,
  baseOptions,
  createChart,
  horizontalLine,
  lineDataset,
  logTicks,
  modelBars,
} from './chart-common.js';

export const MIN_K = 2;
export const MAX_K = 6;
export const LOGIT_RANGE = [-8, 8];
export const N_RANGE = [10, 100000];
/** Arrows show a gradient step of this size (in logits per unit of gradient). */
export const ARROW_SCALE = 5;

/** The panel's name for people (embed page heading, iframe title). */
export const title = 'Cross-entropy loss is maximum likelihood';

export const defaults = {
  logits: [2, 0.5, -1],
  trueClass: 0,
  P: [0.5, 0.3, 0.2],
  n: 1000,
  seed: 7,
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  logits: field.numbers(MIN_K, MAX_K, LOGIT_RANGE[0], LOGIT_RANGE[1]),
  trueClass: field.integer(0, MAX_K - 1),
  P: field.distribution(MIN_K, MAX_K),
  n: field.integer(N_RANGE[0], N_RANGE[1]),
  seed: field.integer(0, 1000000),
};
export const constraints = [
  {
    fields: ['logits', 'P', 'trueClass'],
    check: (s) =>
      s.logits.length !== s.P.length ? 'note.lengths' : s.trueClass >= s.logits.length ? 'note.trueClass' : null,
  },
];

const classLabels = (k) => Array.from({ length: k }, (_, i) => `class ${i + 1}`);
const listOf = (values, format) => `[${Array.from(values, format).join(', ')}]`;
const signed = (x) => (x > 0 ? `+${formatNumber(x)}` : formatNumber(x));

/** Chart configs and readout texts for `state`, all numbers from the kernels. */
export function render(api, state) {
  const { logits, trueClass: k, P, n, seed, units } = state;
  const opts = { units };
  const K = logits.length;
  const q = api.softmax(logits);
  const loss = api.softmaxCrossEntropy(logits, k, opts);
  const gradient = api.softmaxCrossEntropyGradient(logits, k);
  const u = unitName(units);

  // The true class stands out in both charts.
  const classColours = Array.from(logits, (_, i) => (i === k ? COLORS.entropy : COLORS.p));
  const logitChart = barChart({
    labels: classLabels(K),
    datasets: [
      {
        label: 'logits z (drag)',
        data: Array.from(logits),
        backgroundColor: classColours,
        // A gradient step moves each logit against its gradient.
        arrows: Array.from(gradient, (g) => -ARROW_SCALE * g),
      },
    ],
    y: { min: LOGIT_RANGE[0], max: LOGIT_RANGE[1], title: axisTitle('logit') },
    legend: false,
    draggable: true,
  });
  const predictionChart = barChart({
    labels: classLabels(K),
    datasets: [{ label: 'q̂ = softmax(z)', data: Array.from(q), backgroundColor: classColours }],
    y: { min: 0, max: 1, title: axisTitle('predicted probability') },
    legend: false,
  });

  // Maximum likelihood: n labels drawn from P, scored by the model q̂.
  const counts = api.sampleCounts(P, n, seed);
  const empirical = api.empiricalDistribution(counts);
  const checkpoints = api.logSpacedCounts(n, 80);
  const running = api.nllConvergence(P, q, { seed, checkpoints, units });
  const limit = api.crossEntropy(P, q, opts); // H(P, q̂): where the average goes
  const sampleLoss = api.crossEntropy(empirical, q, opts); // H(P̂, q̂): the average at n
  const best = api.entropy(empirical, opts); // H(P̂): the least any model can score
  // Only P can be dragged: P̂ and q̂ follow from it and the logits.
  const mleChart = barChart({
    labels: classLabels(K),
    datasets: [
      { label: 'P (true label frequencies)', data: Array.from(P), backgroundColor: COLORS.p },
      {
        label: `P̂ (frequencies in ${n} draws)`,
        data: Array.from(empirical),
        backgroundColor: COLORS.cross,
        dragData: false,
      },
      { ...modelBars('q̂ (the model)', Array.from(q)), dragData: false },
    ],
    y: { min: 0, max: 1, title: axisTitle('probability') },
    draggable: true,
  });

  const convergenceChart = {
    type: 'line',
    data: {
      datasets: [
        lineDataset(
          'average loss over the first n draws',
          Array.from(checkpoints, (c, i) => ({ x: c, y: running[i] })),
          COLORS.p,
        ),
        horizontalLine('H(P, q̂): its limit', limit, [1, n], COLORS.q),
        horizontalLine('H(P̂): the best any model can do on this sample', best, [1, n], COLORS.entropy, [2, 3]),
      ],
    },
    options: {
      ...baseOptions(),
      scales: {
        x: {
          type: 'logarithmic',
          min: 1,
          max: n,
          ticks: logTicks(),
          title: axisTitle('number of draws n (log scale)'),
        },
        y: { type: 'linear', min: 0, grace: '5%', title: axisTitle(`average loss in ${u}`) },
      },
    },
  };

  const readouts = {
    prediction: `q̂ = softmax(z) = ${listOf(q, formatProbability)}`,
    loss: `True class ${k + 1}: loss −log q̂_${k + 1} = −log ${formatProbability(q[k])} = ${formatInfo(loss, units)}`,
    gradient:
      `Gradient ∂loss/∂z = q̂ − onehot(${k + 1}) = ${listOf(gradient, signed)}. The arrows point the way a ` +
      'gradient step moves each logit: the true class up, every other class down.',
    sample: `n = ${n} draws from P (seed ${seed}): P̂ = ${listOf(empirical, formatProbability)}`,
    average:
      `Average loss of q̂ over the sample: H(P̂, q̂) = ${formatInfo(sampleLoss, units)}; ` +
      `as n grows it tends to H(P, q̂) = ${formatInfo(limit, units)}.`,
    best:
      `On this sample no model scores below H(P̂) = ${formatInfo(best, units)}, reached only by q̂ = P̂: ` +
      'the model that minimises the average cross-entropy loss is the maximum-likelihood one. ' +
      `This q̂ is ${formatAmount(api.klDivergence(empirical, q, opts))} ${u} above it: D(P̂‖q̂).` +
      (empirical.includes(0)
        ? ' Some class was never drawn, so P̂ gives it 0; a softmax never outputs exactly 0, so finite ' +
          'logits can only come close to that minimum.'
        : ''),
  };
  return { logitChart, predictionChart, mleChart, convergenceChart, readouts };
}

/** Builds the panel inside `root` and keeps it in step with the store. */
export function mount(root, { api, store, Chart }) {
  const state = () => store.get();
  const clampLogit = (z) => Math.min(LOGIT_RANGE[1], Math.max(LOGIT_RANGE[0], Number(z.toFixed(3))));
  const setLogit = (i, z) => {
    const logits = [...state().logits];
    logits[i] = clampLogit(z);
    store.set({ logits });
  };
  const setP = (i, p) => store.set({ P: Array.from(api.setProbability(state().P, i, p)) });

  const kControl = rangeControl({
    label: 'Number of classes K',
    name: 'loss-k',
    value: state().logits.length,
    min: MIN_K,
    max: MAX_K,
    integer: true,
    onChange: (K) => {
      const { logits, trueClass, P } = state();
      const resized = Array.from({ length: K }, (_, i) => logits[i] ?? 0);
      store.set({
        logits: resized,
        trueClass: Math.min(trueClass, K - 1),
        P: Array.from(api.resizeDistribution(P, K)),
      });
    },
  });
  const classOptions = () => classLabels(state().logits.length).map((text, i) => ({ value: i, text }));
  let classControl = selectControl({
    label: 'True class k',
    name: 'loss-class',
    value: state().trueClass,
    options: classOptions(),
    onChange: (v) => store.set({ trueClass: Number(v) }),
  });
  const classSlot = h('div', {}, classControl.element);
  const nControl = rangeControl({
    label: 'Number of draws n',
    name: 'loss-n',
    value: state().n,
    min: N_RANGE[0],
    max: N_RANGE[1],
    scale: 'log',
    integer: true,
    onChange: (n) => store.set({ n }),
  });
  const seedControl = rangeControl({
    label: 'Seed',
    name: 'loss-seed',
    value: state().seed,
    min: 0,
    max: 1000000,
    integer: true,
    onChange: (seed) => store.set({ seed }),
  });
  const actions = buttonRow('Sample:', [
    { text: 'New sample', onClick: () => store.set({ seed: state().seed + 1 }) },
    {
      text: 'Fit q̂ to the sample',
      title: 'Set the logits so that q̂ = P̂: the maximum-likelihood model for this sample',
      onClick: () => {
        const { P, n, seed } = state();
        const empirical = api.empiricalDistribution(api.sampleCounts(P, n, seed));
        // Floored at the chart's bottom, so every logit stays in range; not rounded.
        store.set({ logits: Array.from(api.logitsFor(empirical, LOGIT_RANGE[0])) });
      },
    },
  ]);

  const canvases = {
    logits: h('canvas', { 'aria-label': 'Logits of each class; drag a bar to change it' }),
    prediction: h('canvas', { role: 'img', 'aria-label': 'Predicted probabilities q̂ = softmax of the logits' }),
    mle: h('canvas', { 'aria-label': 'True label frequencies P (drag), sample frequencies P̂ and the model q̂' }),
    convergence: h('canvas', {
      role: 'img',
      'aria-label': 'Average loss over the first n draws, converging to the cross-entropy H(P, q̂)',
    }),
  };
  const line = (name, cls = 'readout') => h('p', { class: cls, 'data-readout': `loss-${name}` });
  const out = {
    prediction: line('prediction'),
    loss: line('loss'),
    gradient: line('gradient', 'note'),
    sample: line('sample', 'note'),
    average: line('average'),
    best: line('best', 'note'),
  };
  out.loss.setAttribute('aria-live', 'polite');
  root.replaceChildren(
    kControl.element,
    classSlot,
    h(
      'div',
      { class: 'chart-pair' },
      h('div', { class: 'chart' }, canvases.logits),
      h('div', { class: 'chart' }, canvases.prediction),
    ),
    out.prediction,
    out.loss,
    out.gradient,
    h('h3', {}, 'Many examples: the average loss and maximum likelihood'),
    h('div', { class: 'chart chart-bars' }, canvases.mle),
    nControl.element,
    seedControl.element,
    actions,
    out.sample,
    out.average,
    out.best,
    h('div', { class: 'chart' }, canvases.convergence),
  );

  const first = render(api, state());
  const charts = {
    logits: createChart(Chart, canvases.logits, first.logitChart, (d, i, z) => setLogit(i, z)),
    prediction: createChart(Chart, canvases.prediction, first.predictionChart),
    mle: createChart(Chart, canvases.mle, first.mleChart, (d, i, p) => setP(i, p)),
    convergence: createChart(Chart, canvases.convergence, first.convergenceChart),
  };
  const keyboards = [
    keyboardBars({
      canvas: canvases.logits,
      chart: charts.logits,
      bars: () =>
        state().logits.map((z, i) => ({ datasetIndex: 0, index: i, label: `logit of class ${i + 1}`, value: z })),
      min: LOGIT_RANGE[0],
      max: LOGIT_RANGE[1],
      step: 0.1,
      bigStep: 1,
      format: (z) => formatNumber(z, 2),
      set: (d, i, z) => setLogit(i, z),
    }),
    keyboardProbabilityBars({
      canvas: canvases.mle,
      chart: charts.mle,
      bars: () => state().P.map((p, i) => ({ datasetIndex: 0, index: i, label: `P of class ${i + 1}`, value: p })),
      set: (d, i, p) => setP(i, p),
    }),
  ];

  function update(s) {
    const { logitChart, predictionChart, mleChart, convergenceChart, readouts } = render(api, s);
    applyConfig(charts.logits, logitChart);
    applyConfig(charts.prediction, predictionChart);
    applyConfig(charts.mle, mleChart);
    applyConfig(charts.convergence, convergenceChart);
    kControl.set(s.logits.length);
    if (classSlot.querySelectorAll('option').length !== s.logits.length) {
      classControl = selectControl({
        label: 'True class k',
        name: 'loss-class',
        value: s.trueClass,
        options: classOptions(),
        onChange: (v) => store.set({ trueClass: Number(v) }),
      });
      classSlot.replaceChildren(classControl.element);
    }
    classControl.set(s.trueClass);
    nControl.set(s.n);
    seedControl.set(s.seed);
    for (const [key, element] of Object.entries(out)) element.textContent = readouts[key];
    keyboards.forEach((keyboard) => keyboard.refresh());
  }
  update(state());
  store.subscribe(update);
  return { charts, update };
}
