// Panel: KL trust regions. A categorical policy π_old over K actions and an
// advantage per action; the update π_α ∝ π_old·exp(α·A). TRPO allows the
// largest step whose D(π_old ‖ π_α) stays within a budget δ; PPO instead
// clips the probability ratio in its surrogate objective (optionally
// subtracting β·KL). Sample estimators k1 and k3 of the KL, from draws of
// π_old, are set against the exact value.
import { field } from '../state.js';
import { h } from '../dom.js';
import { rangeControl } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import { unitName } from '../format.js';
import * as charts from '../charts/common.js';
import { MAX_SEED, clampToRange } from './values.js';

export const ALPHA_MAX = 3;
export const ADVANTAGE_RANGE = [-2, 2];
export const DELTA_RANGE = [0.001, 1];
export const EPSILON_RANGE = [0.05, 0.5];
export const BETA_RANGE = [0, 5];
export const SAMPLES = [10, 100000];

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
  seed: field.integer(0, MAX_SEED),
};
export const constraints = [
  {
    fields: ['piOld', 'advantages'],
    check: (s) => (s.piOld.length === s.advantages.length ? null : 'note.lengths'),
  },
];

/** The two steps the self-check compares. */
const CHECK_STEPS = [0.5, 1];

const actionLabels = (L, k) => Array.from({ length: k }, (_, i) => L.t('trust.action', { i: i + 1 }));

/** The highest of `values` and the α where it is reached. */
function peak(alphas, values) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return { alpha: alphas[best], value: values[best] };
}

/**
 * Chart configs, readout texts, chart descriptions and the text to announce
 * for `state` (in state.lang), all numbers from the kernels.
 */
export function render(api, state) {
  const { piOld, advantages, alpha, delta, epsilon, beta, n, seed, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const num = (x) => L.number(x);
  const info = (x) => L.info(x, units);
  const opts = { units };
  const u = unitName(units);
  const K = piOld.length;
  const alphas = api.logSpace(1e-3, ALPHA_MAX, 200);
  const kls = api.klAlongUpdate(piOld, advantages, alphas, opts);
  // The budget δ is set in nats (state.delta), so switching units converts
  // it instead of changing its meaning; it is shown in the page's units.
  const maxStep = api.maxStepWithinBudget(piOld, advantages, delta);
  const budget = api.convertInformation(delta, 'nats', units);
  const piNew = api.policyUpdate(piOld, advantages, alpha);
  const klNow = api.klDivergence(piOld, piNew, opts);
  const surrogate = api.ppoSurrogate(piOld, advantages, { epsilon, beta, alphas });
  const estimates = api.klEstimators(piOld, advantages, alpha, { n, seed, units });
  const inside = api.klDivergence(piOld, piNew) <= delta;
  const stepShown = Math.min(maxStep, ALPHA_MAX);
  const base = charts.baseOptions(L.lang);
  const labels = actionLabels(L, K);

  const klChart = {
    type: 'line',
    data: {
      datasets: [
        charts.lineDataset(
          t('trust.klCurve'),
          Array.from(alphas, (a, i) => ({ x: a, y: kls[i] })),
          charts.COLORS.p,
        ),
        charts.horizontalLine(
          t('trust.budgetLine', { delta: L.amount(budget, units), units: u }),
          budget,
          [0, ALPHA_MAX],
          charts.COLORS.q,
        ),
        charts.lineDataset(
          t(maxStep > ALPHA_MAX ? 'trust.maxStepLineBeyond' : 'trust.maxStepLine', { alpha: num(maxStep) }),
          [
            { x: stepShown, y: 0 },
            { x: stepShown, y: budget },
          ],
          charts.COLORS.entropy,
          [4, 4],
        ),
        charts.markerDataset(t('trust.dot'), [{ x: alpha, y: klNow }]),
      ],
    },
    options: {
      ...base,
      scales: {
        x: { type: 'linear', min: 0, max: ALPHA_MAX, title: charts.axisTitle(t('trust.stepAxis')) },
        // Zoomed on the budget: the curve leaves the top once it is well past δ.
        y: {
          type: 'linear',
          min: 0,
          max: 5 * budget,
          ticks: { includeBounds: false },
          title: charts.axisTitle(t('trust.klAxis', { units: u })),
        },
      },
      plugins: { ...base.plugins, dragData: { dragX: true, dragY: false, showTooltip: false } },
    },
  };

  const curve = (label, values, color, dash) =>
    charts.lineDataset(
      label,
      Array.from(alphas, (a, i) => ({ x: a, y: values[i] })),
      color,
      dash,
    );
  const ppoChart = {
    type: 'line',
    data: {
      datasets: [
        curve(t('trust.unclipped'), surrogate.unclipped, charts.COLORS.p, []),
        curve(t('trust.clipped', { epsilon: L.plain(epsilon) }), surrogate.clipped, charts.COLORS.q, [8, 5]),
        ...(beta > 0
          ? [curve(t('trust.penalized', { beta: L.plain(beta) }), surrogate.penalized, charts.COLORS.kl, [2, 3])]
          : []),
      ],
    },
    options: {
      ...base,
      scales: {
        x: { type: 'linear', min: 0, max: ALPHA_MAX, title: charts.axisTitle(t('trust.stepAxis')) },
        y: { type: 'linear', grace: '5%', title: charts.axisTitle(t('trust.surrogateAxis')) },
      },
    },
  };

  const policyChart = charts.barChart({
    labels,
    datasets: [
      { label: t('trust.piOldLabel'), data: Array.from(piOld), backgroundColor: charts.COLORS.p },
      { ...charts.modelBars(t('trust.piNewLabel', { alpha: num(alpha) }), Array.from(piNew)), dragData: false },
    ],
    y: { min: 0, max: 1, title: charts.axisTitle(t('trust.probabilityAxis')) },
    draggable: true,
    lang: L.lang,
  });
  const advantageChart = charts.barChart({
    labels,
    datasets: [
      {
        label: t('trust.advantageLabel'),
        data: Array.from(advantages),
        backgroundColor: Array.from(advantages, (a) => (a >= 0 ? charts.COLORS.entropy : charts.COLORS.kl)),
      },
    ],
    y: { min: ADVANTAGE_RANGE[0], max: ADVANTAGE_RANGE[1], title: charts.axisTitle(t('trust.advantageAxis')) },
    legend: false,
    draggable: true,
    lang: L.lang,
  });

  const klQ = info(klNow);
  const deltaQ = info(budget).as('δ', { delta });
  const step = { alpha: num(alpha), kl: klQ, delta: deltaQ };
  const estimatorKey = units === 'bits' ? 'trust.estimators.bits' : 'trust.estimators';
  const readouts = {
    step: inside
      ? L.say('trust.step.inside', step, [claim.atMost(klQ, deltaQ)])
      : L.say('trust.step.outside', step, [claim.greater(klQ, deltaQ)]),
    budget:
      maxStep === Infinity
        ? L.say('trust.budget.never', {}, [claim.equal(klQ, 0)])
        : L.say('trust.budget', { alpha: num(maxStep) }),
    ppo: L.join(
      L.say('trust.ppo', { upper: num(1 + epsilon), lower: num(1 - epsilon) }),
      ...(beta > 0 ? [L.say('trust.ppo.penalty')] : []),
    ),
    estimators: L.say(estimatorKey, {
      n,
      seed,
      k1: L.amount(estimates.k1Mean, units),
      k1Error: L.amount(estimates.k1StdError, units),
      k3: L.amount(estimates.k3Mean, units),
      k3Error: L.amount(estimates.k3StdError, units),
      exact: info(estimates.exact),
    }),
    policy: L.say('trust.policy', { policy: L.list(piNew, L.probability) }),
  };

  const probabilities = (values) => L.list(values, L.probability);
  const clippedPeak = peak(alphas, surrogate.clipped);
  const clippedFlat = surrogate.clipped.every((v) => v === surrogate.clipped[0]);
  const penalizedPeak = peak(alphas, surrogate.penalized);
  const position = L.say(inside ? 'trust.describe.inside' : 'trust.describe.outside');
  const descriptions = {
    policy: L.say('trust.describe.policy', {
      piOld: probabilities(piOld),
      piNew: probabilities(piNew),
      alpha: num(alpha),
    }),
    advantage: L.say('trust.describe.advantage', { advantages: L.list(advantages, (a) => L.number(a, 2)) }),
    kl:
      maxStep === Infinity
        ? L.say('trust.describe.klNever', { delta: deltaQ, alpha: num(alpha), kl: klQ, position }, [
            claim.equal(klQ, 0),
          ])
        : L.say('trust.describe.kl', { delta: deltaQ, maxStep: num(maxStep), alpha: num(alpha), kl: klQ, position }),
    ppo: L.join(
      // A clipped objective that never changes has no peak to point at.
      L.say(clippedFlat ? 'trust.describe.ppoFlat' : 'trust.describe.ppo', {
        max: L.plain(ALPHA_MAX),
        unclipped: num(surrogate.unclipped[alphas.length - 1]),
        epsilon: L.plain(epsilon),
        clipped: num(clippedPeak.value),
        clippedAt: num(clippedPeak.alpha),
      }),
      ...(beta > 0
        ? [
            L.say('trust.describe.ppoPenalty', {
              beta: L.plain(beta),
              penalized: num(penalizedPeak.value),
              penalizedAt: num(penalizedPeak.alpha),
            }),
          ]
        : []),
    ),
  };
  return {
    charts: { policy: policyChart, advantage: advantageChart, kl: klChart, ppo: ppoChart },
    readouts,
    descriptions,
    announcement: readouts.step,
    maxStep,
  };
}

/** The largest step within the budget, `maxStep`, capped at the chart's edge and rounded down (never above δ). */
function largestStep(maxStep) {
  return Math.min(ALPHA_MAX, Math.floor(maxStep * 1000) / 1000);
}

/**
 * The self-check: how does D(π_old ‖ π_α) change as α grows? The feedback
 * is worked out for the policy and advantages the panel shows. When every
 * action π_old can take has the same advantage, the update leaves the policy
 * as it is: then D stays 0.
 */
export function selfCheck(api, state) {
  const { piOld, advantages, delta, units } = state;
  const L = localize(state.lang);
  const info = (x) => L.info(x, units);
  const [small, large] = api.klAlongUpdate(piOld, advantages, CHECK_STEPS, { units });
  const maxStep = api.maxStepWithinBudget(piOld, advantages, delta);
  // The update changes nothing when every action π_old can take has the same advantage.
  const flat = small === 0 && large === 0;
  const p = {
    a: L.plain(CHECK_STEPS[0]),
    b: L.plain(CHECK_STEPS[1]),
    small: info(small),
    large: info(large),
    delta: info(api.convertInformation(delta, 'nats', units)).as('δ', { delta }),
    maxStep: L.number(maxStep),
  };
  const grows = [claim.less(p.small, p.large)];
  const still = [claim.equal(p.small, 0), claim.equal(p.large, 0)];
  let growsFeedback;
  // (The budget is reached by some step unless the update changes nothing.)
  if (flat) growsFeedback = L.say('trust.check.growsFeedbackFlat', p, still);
  else growsFeedback = L.say('trust.check.growsFeedback', p, grows);
  return {
    question: L.say('trust.check.question'),
    options: [
      {
        text: L.say('trust.check.same'),
        correct: flat,
        feedback: flat ? L.say('trust.check.sameFeedbackFlat', p, still) : L.say('trust.check.sameFeedback', p, grows),
      },
      {
        text: L.say('trust.check.shrinks'),
        correct: false,
        feedback: flat
          ? L.say('trust.check.shrinksFeedbackFlat', p, still)
          : L.say('trust.check.shrinksFeedback', p, grows),
      },
      { text: L.say('trust.check.grows'), correct: !flat, feedback: growsFeedback },
    ],
    show: {
      text:
        maxStep > ALPHA_MAX
          ? L.say('trust.check.showBeyond', { alpha: L.number(ALPHA_MAX) })
          : L.say('trust.check.show'),
      patch: { alpha: largestStep(maxStep) },
    },
  };
}

/** The panel's controls and layout (see ../binder.js). */
export function mount(root, { api, store, L, view }) {
  const { t } = L;
  const state = () => store.get();
  const setPi = (i, p) => store.set({ piOld: Array.from(api.setProbability(state().piOld, i, p)) });
  const setAdvantage = (i, a) => {
    const advantages = [...state().advantages];
    advantages[i] = clampToRange(a, ADVANTAGE_RANGE);
    store.set({ advantages });
  };
  const setAlpha = (a) => store.set({ alpha: clampToRange(a, [0, ALPHA_MAX]) });
  const control = (key, min, max, extra = {}) =>
    rangeControl({
      label: t(`trust.control.${key}`),
      name: `trust-${key}`,
      value: state()[key],
      min,
      max,
      L,
      onChange: (v) => store.set({ [key]: v }),
      ...extra,
    });
  const controls = {
    alpha: control('alpha', 0, ALPHA_MAX, { step: 0.01 }),
    delta: control('delta', DELTA_RANGE[0], DELTA_RANGE[1], { scale: 'log' }),
    epsilon: control('epsilon', EPSILON_RANGE[0], EPSILON_RANGE[1], { step: 0.01 }),
    beta: control('beta', BETA_RANGE[0], BETA_RANGE[1], { step: 0.1 }),
    n: control('n', SAMPLES[0], SAMPLES[1], { scale: 'log', integer: true }),
    seed: control('seed', 0, MAX_SEED, { integer: true }),
  };
  // Policy, advantage and KL charts are keyboard sliders (their bars and the
  // α point drag); the PPO chart is a picture.
  const canvases = {
    policy: view.chart('policy', { 'aria-label': t('trust.policyCanvas') }, { onDrag: (d, i, p) => setPi(i, p) }),
    advantage: view.chart(
      'advantage',
      { 'aria-label': t('trust.advantageCanvas') },
      { onDrag: (d, i, a) => setAdvantage(i, a) },
    ),
    kl: view.chart('kl', { 'aria-label': t('trust.klCanvas') }, { onDrag: (d, i, point) => setAlpha(point.x) }),
    ppo: view.chart('ppo', { role: 'img', 'aria-label': t('trust.ppoCanvas') }),
  };
  const piOldBar = (i) => t('trust.piOldBar', { i: i + 1 });
  const advantageBar = (i) => t('trust.advantageBar', { i: i + 1 });
  view.keyboard('policy', { probability: true, list: () => state().piOld, label: piOldBar, set: setPi });
  view.keyboard('advantage', {
    list: () => state().advantages,
    label: advantageBar,
    set: setAdvantage,
    range: ADVANTAGE_RANGE,
    steps: [0.05, 0.5],
    digits: 2,
  });
  view.keyboard('kl', {
    axis: 'x',
    list: () => [state().alpha],
    datasetIndex: 3,
    label: () => t('trust.dot'),
    set: (i, a) => setAlpha(a),
    range: [0, ALPHA_MAX],
    steps: [0.01, 0.1],
    digits: 2,
  });
  root.replaceChildren(
    h(
      'div',
      { class: 'chart-pair' },
      h('div', { class: 'chart' }, canvases.policy),
      h('div', { class: 'chart' }, canvases.advantage),
    ),
    view.readout('policy', { className: 'note' }),
    controls.alpha.element,
    controls.delta.element,
    h('div', { class: 'chart' }, canvases.kl),
    view.readout('step'),
    view.readout('budget'),
    h('h3', {}, t('trust.ppoHeading')),
    controls.epsilon.element,
    controls.beta.element,
    h('div', { class: 'chart' }, canvases.ppo),
    view.readout('ppo', { className: 'note' }),
    h('h3', {}, t('trust.estimatorsHeading')),
    controls.n.element,
    controls.seed.element,
    view.readout('estimators', { className: 'note' }),
  );
  return { sync: (s) => Object.entries(controls).forEach(([key, c]) => c.set(s[key])) };
}
