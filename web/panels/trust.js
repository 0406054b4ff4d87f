// Panel: KL trust regions. A categorical policy π_old over K actions and an
// advantage per action; the update π_α ∝ π_old·exp(α·A). TRPO allows the
// largest step whose D(π_old ‖ π_α) stays within a budget δ; PPO instead
// clips the probability ratio in its surrogate objective (optionally
// subtracting β·KL). Sample estimators k1 and k3 of the KL, from draws of
// π_old, are set against the exact value.
import { field } from '../state.js';
import { h } from '../dom.js';
import { rangeControl } from '../controls.js';
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
  modelBars,
} from './chart-common.js';

export const ALPHA_MAX = 3;
export const ADVANTAGE_RANGE = [-2, 2];
export const DELTA_RANGE = [0.001, 1];
export const EPSILON_RANGE = [0.05, 0.5];
export const BETA_RANGE = [0, 5];
export const SAMPLES = [10, 100000];

/** The panel's name for people (embed page heading, iframe title). */
export const title = 'Trust regions in policy optimisation';

export const defaults = {
  piOld: [0.4, 0.3, 0.2, 0.1],
  advantages: [-0.5, 1, 0.2, -1],
  alpha: 0.5,
  delta: 0.02,
  epsilon: 0.2,
  beta: 0,
  n: 1000,
  seed: 3,
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  piOld: field.distribution(2, 8),
  advantages: field.numbers(2, 8, ADVANTAGE_RANGE[0], ADVANTAGE_RANGE[1]),
  alpha: field.number(0, ALPHA_MAX),
  delta: field.number(DELTA_RANGE[0], DELTA_RANGE[1]),
  epsilon: field.number(EPSILON_RANGE[0], EPSILON_RANGE[1]),
  beta: field.number(BETA_RANGE[0], BETA_RANGE[1]),
  n: field.integer(SAMPLES[0], SAMPLES[1]),
  seed: field.integer(0, 1000000),
};
export const constraints = [
  {
    fields: ['piOld', 'advantages'],
    check: (s) => (s.piOld.length === s.advantages.length ? null : 'note.lengths'),
  },
];

const actionLabels = (k) => Array.from({ length: k }, (_, i) => `action ${i + 1}`);
const fmt = (x) => formatNumber(x);
/** Chart configs and readout texts for `state`, all numbers from the kernels. */
export function render(api, state) {
  const { piOld, advantages, alpha, delta, epsilon, beta, n, seed, units } = state;
  const opts = { units };
  const u = unitName(units);
  const K = piOld.length;
  const alphas = api.logSpace(1e-3, ALPHA_MAX, 200);
  const kls = api.klAlongUpdate(piOld, advantages, alphas, opts);
  const maxStep = api.maxStepWithinBudget(piOld, advantages, delta, opts);
  const piNew = api.policyUpdate(piOld, advantages, alpha);
  const klNow = api.klDivergence(piOld, piNew, opts);
  const surrogate = api.ppoSurrogate(piOld, advantages, { epsilon, beta, alphas });
  const estimates = api.klEstimators(piOld, advantages, alpha, { n, seed, units });
  const inside = klNow <= delta;
  const stepShown = Math.min(maxStep, ALPHA_MAX);

  const dot = (label, point) => ({
    label,
    data: [point],
    showLine: false,
    pointRadius: 7,
    pointHitRadius: 20,
    backgroundColor: COLORS.marker,
    borderColor: '#ffffff',
    borderWidth: 2,
  });
  const klChart = {
    type: 'line',
    data: {
      datasets: [
        lineDataset(
          'D(π_old ‖ π_α)',
          Array.from(alphas, (a, i) => ({ x: a, y: kls[i] })),
          COLORS.p,
        ),
        horizontalLine(`budget δ = ${formatAmount(delta)} ${u}`, delta, [0, ALPHA_MAX], COLORS.q),
        lineDataset(
          `largest step within δ: α = ${fmt(maxStep)}`,
          [
            { x: stepShown, y: 0 },
            { x: stepShown, y: delta },
          ],
          COLORS.entropy,
          [4, 4],
        ),
        dot('your step α', { x: alpha, y: klNow }),
      ],
    },
    options: {
      ...baseOptions(),
      scales: {
        x: { type: 'linear', min: 0, max: ALPHA_MAX, title: axisTitle('step size α') },
        // Zoomed on the budget: the curve leaves the top once it is well past δ.
        y: { type: 'linear', min: 0, max: 5 * delta, title: axisTitle(`KL in ${u}`) },
      },
      plugins: { ...baseOptions().plugins, dragData: { dragX: true, dragY: false, showTooltip: false } },
    },
  };

  const curve = (label, values, color, dash) =>
    lineDataset(
      label,
      Array.from(alphas, (a, i) => ({ x: a, y: values[i] })),
      color,
      dash,
    );
  const ppoChart = {
    type: 'line',
    data: {
      datasets: [
        curve('unclipped surrogate Σ π_old·r·A', surrogate.unclipped, COLORS.p, []),
        curve(`clipped surrogate (ε = ${epsilon})`, surrogate.clipped, COLORS.q, [8, 5]),
        ...(beta > 0 ? [curve(`clipped − β·KL (β = ${beta})`, surrogate.penalized, COLORS.kl, [2, 3])] : []),
      ],
    },
    options: {
      ...baseOptions(),
      scales: {
        x: { type: 'linear', min: 0, max: ALPHA_MAX, title: axisTitle('step size α') },
        y: { type: 'linear', grace: '5%', title: axisTitle('surrogate objective') },
      },
    },
  };

  const policyChart = barChart({
    labels: actionLabels(K),
    datasets: [
      { label: 'π_old (drag)', data: Array.from(piOld), backgroundColor: COLORS.p },
      { ...modelBars(`π_α at α = ${fmt(alpha)}`, Array.from(piNew)), dragData: false },
    ],
    y: { min: 0, max: 1, title: axisTitle('probability') },
    draggable: true,
  });
  const advantageChart = barChart({
    labels: actionLabels(K),
    datasets: [
      {
        label: 'advantage A (drag)',
        data: Array.from(advantages),
        backgroundColor: Array.from(advantages, (a) => (a >= 0 ? COLORS.entropy : COLORS.kl)),
      },
    ],
    y: { min: ADVANTAGE_RANGE[0], max: ADVANTAGE_RANGE[1], title: axisTitle('advantage') },
    legend: false,
    draggable: true,
  });

  const readouts = {
    step:
      `At α = ${fmt(alpha)}: D(π_old ‖ π_α) = ${formatInfo(klNow, units)}, ` +
      (inside ? `inside the budget δ = ${formatAmount(delta)}.` : `outside the budget δ = ${formatAmount(delta)}.`),
    budget:
      maxStep === Infinity
        ? 'No step ever leaves the budget: with these advantages the update cannot move the policy that far.'
        : `TRPO’s trust region allows steps up to α = ${fmt(maxStep)} (found by a line search in the kernels), ` +
          `where the KL reaches δ exactly.`,
    ppo:
      'The clipped objective stops rewarding a step once the probability ratio r = π_α/π_old of an action with ' +
      `positive advantage passes 1 + ε = ${fmt(1 + epsilon)} (or one with negative advantage drops below ` +
      `1 − ε = ${fmt(1 - epsilon)}): PPO’s soft version of the trust region.` +
      (beta > 0 ? ' The KL penalty bends the objective down as the policy moves away.' : ''),
    estimators:
      `From ${n} draws of π_old (seed ${seed}): k1 = −log r averages ${formatAmount(estimates.k1Mean)} ` +
      `± ${formatAmount(estimates.k1StdError)}, k3 = (r − 1) − log r averages ${formatAmount(estimates.k3Mean)} ` +
      `± ${formatAmount(estimates.k3StdError)}; the exact KL is ${formatInfo(estimates.exact, units)}. ` +
      'Both are unbiased; k3 is never negative and usually has the smaller spread.',
    policy: `π_α = ${'[' + Array.from(piNew, formatProbability).join(', ') + ']'}`,
  };
  return { klChart, ppoChart, policyChart, advantageChart, readouts, maxStep };
}

/** Builds the panel inside `root` and keeps it in step with the store. */
export function mount(root, { api, store, Chart }) {
  const state = () => store.get();
  const setPi = (i, p) => store.set({ piOld: Array.from(api.setProbability(state().piOld, i, p)) });
  const setAdvantage = (i, a) => {
    const advantages = [...state().advantages];
    advantages[i] = Math.min(ADVANTAGE_RANGE[1], Math.max(ADVANTAGE_RANGE[0], Number(a.toFixed(3))));
    store.set({ advantages });
  };
  const control = (key, label, min, max, extra = {}) =>
    rangeControl({
      label,
      name: `trust-${key}`,
      value: state()[key],
      min,
      max,
      onChange: (v) => store.set({ [key]: v }),
      ...extra,
    });
  const controls = {
    alpha: control('alpha', 'Step size α', 0, ALPHA_MAX, { step: 0.01 }),
    delta: control('delta', 'KL budget δ', DELTA_RANGE[0], DELTA_RANGE[1], { scale: 'log' }),
    epsilon: control('epsilon', 'PPO clip ε', EPSILON_RANGE[0], EPSILON_RANGE[1], { step: 0.01 }),
    beta: control('beta', 'KL penalty β', BETA_RANGE[0], BETA_RANGE[1], { step: 0.1 }),
    n: control('n', 'Draws for the estimators', SAMPLES[0], SAMPLES[1], { scale: 'log', integer: true }),
    seed: control('seed', 'Seed', 0, 1000000, { integer: true }),
  };
  const canvases = {
    policy: h('canvas', { 'aria-label': 'Old policy (drag) and updated policy over the actions' }),
    advantage: h('canvas', { 'aria-label': 'Advantage of each action; drag a bar to change it' }),
    kl: h('canvas', {
      role: 'img',
      'aria-label': 'KL divergence of the update against the step size, with the budget and the largest allowed step',
    }),
    ppo: h('canvas', { role: 'img', 'aria-label': 'PPO surrogate objectives against the step size' }),
  };
  const line = (name, cls = 'readout') => h('p', { class: cls, 'data-readout': `trust-${name}` });
  const out = {
    policy: line('policy', 'note'),
    step: line('step'),
    budget: line('budget'),
    ppo: line('ppo', 'note'),
    estimators: line('estimators', 'note'),
  };
  out.step.setAttribute('aria-live', 'polite');
  root.replaceChildren(
    h(
      'div',
      { class: 'chart-pair' },
      h('div', { class: 'chart' }, canvases.policy),
      h('div', { class: 'chart' }, canvases.advantage),
    ),
    out.policy,
    controls.alpha.element,
    controls.delta.element,
    h('div', { class: 'chart' }, canvases.kl),
    out.step,
    out.budget,
    h('h3', {}, 'PPO: clipping instead of a hard budget'),
    controls.epsilon.element,
    controls.beta.element,
    h('div', { class: 'chart' }, canvases.ppo),
    out.ppo,
    h('h3', {}, 'Estimating the KL from samples'),
    controls.n.element,
    controls.seed.element,
    out.estimators,
  );

  const first = render(api, state());
  const charts = {
    policy: createChart(Chart, canvases.policy, first.policyChart, (d, i, p) => setPi(i, p)),
    advantage: createChart(Chart, canvases.advantage, first.advantageChart, (d, i, a) => setAdvantage(i, a)),
    kl: createChart(Chart, canvases.kl, first.klChart, (d, i, point) =>
      store.set({ alpha: Math.min(ALPHA_MAX, Math.max(0, Number(point.x.toFixed(3)))) }),
    ),
    ppo: createChart(Chart, canvases.ppo, first.ppoChart),
  };
  const keyboards = [
    keyboardProbabilityBars({
      canvas: canvases.policy,
      chart: charts.policy,
      bars: () =>
        state().piOld.map((p, i) => ({ datasetIndex: 0, index: i, label: `π_old of action ${i + 1}`, value: p })),
      set: (d, i, p) => setPi(i, p),
    }),
    keyboardBars({
      canvas: canvases.advantage,
      chart: charts.advantage,
      bars: () =>
        state().advantages.map((a, i) => ({
          datasetIndex: 0,
          index: i,
          label: `advantage of action ${i + 1}`,
          value: a,
        })),
      min: ADVANTAGE_RANGE[0],
      max: ADVANTAGE_RANGE[1],
      step: 0.05,
      bigStep: 0.5,
      format: (a) => formatNumber(a, 2),
      set: (d, i, a) => setAdvantage(i, a),
    }),
  ];

  function update(s) {
    const { klChart, ppoChart, policyChart, advantageChart, readouts } = render(api, s);
    applyConfig(charts.policy, policyChart);
    applyConfig(charts.advantage, advantageChart);
    applyConfig(charts.kl, klChart);
    applyConfig(charts.ppo, ppoChart);
    for (const key of Object.keys(controls)) controls[key].set(s[key]);
    for (const [key, element] of Object.entries(out)) element.textContent = readouts[key];
    keyboards.forEach((keyboard) => keyboard.refresh());
  }
  update(state());
  store.subscribe(update);
  return { charts, update };
}
