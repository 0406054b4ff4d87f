// Panel: KL trust regions. Three states, each with a categorical policy
// π_old(·|s) over its actions and an advantage per action, visited with
// weights ρ(s); the update π_α ∝ π_old·exp(α·A) in every state. TRPO allows
// the largest step whose expected E_s D(π_old ‖ π_α) stays within a budget δ;
// the ratio r = π_α/π_old is the importance weight of the surrogate. PPO instead
// clips the probability ratio in its surrogate objective (optionally
// subtracting β·KL). Sample estimators k1 and k3 of the KL, from draws of
// π_old, are set against the exact value.
import { field } from '../state.js';
import { h } from '../dom.js';
import { rangeControl, selectControl } from '../controls.js';
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

/** The states, their fields in the state, and how many there are. */
export const STATE_FIELDS = [
  ['piOld', 'advantages'],
  ['piOld2', 'advantages2'],
  ['piOld3', 'advantages3'],
];

export const defaults = {
  piOld: [0.4, 0.3, 0.2, 0.1],
  advantages: [-0.5, 1, 0.2, -1],
  piOld2: [0.7, 0.2, 0.1],
  advantages2: [0.3, -0.6, 1.5],
  piOld3: [0.5, 0.5],
  advantages3: [0.4, -0.4],
  visits: [0.5, 0.3, 0.2],
  selected: 0,
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
  piOld2: field.distribution(2, 8),
  advantages2: field.numbers(2, 8, ADVANTAGE_RANGE[0], ADVANTAGE_RANGE[1]),
  piOld3: field.distribution(2, 8),
  advantages3: field.numbers(2, 8, ADVANTAGE_RANGE[0], ADVANTAGE_RANGE[1]),
  visits: field.distribution(3, 3),
  selected: field.integer(0, 2),
  alpha: field.number(0, ALPHA_MAX),
  delta: field.number(DELTA_RANGE[0], DELTA_RANGE[1]),
  epsilon: field.number(EPSILON_RANGE[0], EPSILON_RANGE[1]),
  beta: field.number(BETA_RANGE[0], BETA_RANGE[1]),
  n: field.integer(SAMPLES[0], SAMPLES[1]),
  seed: field.integer(0, MAX_SEED),
};
export const constraints = STATE_FIELDS.map(([pi, adv]) => ({
  fields: [pi, adv],
  check: (s) => (s[pi].length === s[adv].length ? null : 'note.lengths'),
}));

/** The three states as the kernels take them: `{ piOld: [...], advantages: [...], weights }`. */
export function statesOf(state) {
  return {
    piOld: STATE_FIELDS.map(([pi]) => state[pi]),
    advantages: STATE_FIELDS.map(([, adv]) => state[adv]),
    weights: state.visits,
  };
}

/** The selected state's policy and advantages, and the fields they live in. */
export function selectedOf(state) {
  const [piField, advField] = STATE_FIELDS[state.selected];
  return { piOld: state[piField], advantages: state[advField], piField, advField };
}

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
  const { alpha, delta, epsilon, beta, n, seed, units, visits, selected } = state;
  const { piOld, advantages } = selectedOf(state);
  const states = statesOf(state);
  const L = localize(state.lang);
  const { t } = L;
  const num = (x) => L.number(x);
  const info = (x) => L.info(x, units);
  const opts = { units };
  const u = unitName(units);
  const K = piOld.length;
  const alphas = api.logSpace(1e-3, ALPHA_MAX, 200);
  const kls = api.expectedKlAlongUpdate(states, alphas, opts);
  const klsHere = api.klAlongUpdate(piOld, advantages, alphas, opts);
  // The budget δ is set in nats (state.delta), so switching units converts
  // it instead of changing its meaning; it is shown in the page's units.
  const maxStep = api.maxStepWithinExpectedBudget(states, delta);
  const budget = api.convertInformation(delta, 'nats', units);
  const piNew = api.policyUpdate(piOld, advantages, alpha);
  const weightsNow = api.importanceWeightsAt(states, alpha, opts);
  const klNow = weightsNow.expectedKl;
  const perState = api.klPerState(states, alpha, opts);
  const surrogate = api.ppoSurrogate(piOld, advantages, { epsilon, beta, alphas });
  const estimates = api.klEstimators(piOld, advantages, alpha, { n, seed, units });
  const inside = api.importanceWeightsAt(states, alpha).expectedKl <= delta;
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
        charts.lineDataset(
          t('trust.klCurveState', { s: selected + 1 }),
          Array.from(alphas, (a, i) => ({ x: a, y: klsHere[i] })),
          charts.COLORS.kl,
          [2, 3],
        ),
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
    policy: L.say('trust.policy', { s: selected + 1, policy: L.list(piNew, L.probability) }),
    states: statesStatement(L, { perState, visits, klQ, units, alpha }),
    importance: importanceStatement(L, weightsNow, { alpha, units, inside }),
  };

  const probabilities = (values) => L.list(values, L.probability);
  const clippedPeak = peak(alphas, surrogate.clipped);
  const clippedFlat = surrogate.clipped.every((v) => v === surrogate.clipped[0]);
  const penalizedPeak = peak(alphas, surrogate.penalized);
  const position = L.say(inside ? 'trust.describe.inside' : 'trust.describe.outside');
  const descriptions = {
    policy: L.say('trust.describe.policy', {
      s: selected + 1,
      piOld: probabilities(piOld),
      piNew: probabilities(piNew),
      alpha: num(alpha),
    }),
    advantage: L.say('trust.describe.advantage', {
      s: selected + 1,
      advantages: L.list(advantages, (a) => L.number(a, 2)),
    }),
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

/** Each state's KL at α and its share ρ(s)·D, adding up to the expectation. */
function statesStatement(L, { perState, visits, klQ, units, alpha }) {
  const p = { alpha: L.number(alpha), total: klQ };
  const shares = [];
  Array.from(perState.kl, (kl, s) => {
    p[`rho${s + 1}`] = L.probability(visits[s]);
    p[`kl${s + 1}`] = L.info(kl, units);
    p[`share${s + 1}`] = L.info(perState.share[s], units);
    shares.push(p[`share${s + 1}`]);
  });
  return L.say('trust.states', p, [claim.sum(shares, klQ)]);
}

/** The ratio r = π_α/π_old as an importance weight, and what the budget does for it. */
function importanceStatement(L, w, { alpha, units, inside }) {
  const p = {
    alpha: L.number(alpha),
    surrogate: L.number(w.surrogate),
    old: L.number(w.oldValue),
    maxRatio: L.number(w.maxRatio),
    second: L.number(w.secondMoment),
    share: L.probability(w.effectiveFraction),
    kl: L.info(w.expectedKl, units),
  };
  const claims = [claim.atLeast(p.second, L.plain(1)), claim.atMost(p.share, L.plain(1))];
  return L.say(inside ? 'trust.importance.inside' : 'trust.importance.outside', p, claims);
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
  const { delta, units } = state;
  const states = statesOf(state);
  const L = localize(state.lang);
  const info = (x) => L.info(x, units);
  const [small, large] = api.expectedKlAlongUpdate(states, CHECK_STEPS, { units });
  const maxStep = api.maxStepWithinExpectedBudget(states, delta);
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
  const selected = () => selectedOf(state());
  const setPi = (i, p) => {
    const { piOld, piField } = selected();
    store.set({ [piField]: Array.from(api.setProbability(piOld, i, p)) });
  };
  const setAdvantage = (i, a) => {
    const { advantages, advField } = selected();
    const next = [...advantages];
    next[i] = clampToRange(a, ADVANTAGE_RANGE);
    store.set({ [advField]: next });
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
  const stateOptions = () =>
    STATE_FIELDS.map((_, s) => ({
      value: s,
      text: t('trust.stateOption', { s: s + 1, rho: L.probability(state().visits[s]).text }),
    }));
  const stateSelect = selectControl({
    label: t('trust.control.state'),
    name: 'trust-state',
    value: state().selected,
    options: stateOptions(),
    onChange: (v) => store.set({ selected: Number(v) }),
  });
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
  view.keyboard('policy', { probability: true, list: () => selected().piOld, label: piOldBar, set: setPi });
  view.keyboard('advantage', {
    list: () => selected().advantages,
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
  const step = (title, ...children) =>
    h('li', { class: 'task-step' }, h('p', { class: 'task-title' }, title), children);
  root.replaceChildren(
    h('p', { class: 'try-this' }, t('trust.try')),
    h('p', { class: 'note' }, t('trust.words')),
    h(
      'ol',
      { class: 'guided-task' },
      step(
        t('trust.task.pick'),
        stateSelect.element,
        h(
          'div',
          { class: 'chart-pair' },
          h('div', { class: 'chart' }, canvases.policy),
          h('div', { class: 'chart' }, canvases.advantage),
        ),
        view.readout('policy', { className: 'note' }),
      ),
      step(
        t('trust.task.budget'),
        controls.alpha.element,
        controls.delta.element,
        h('div', { class: 'chart' }, canvases.kl),
        view.readout('step'),
        view.readout('budget'),
        view.readout('states', { className: 'note' }),
        view.readout('importance', { className: 'note' }),
      ),
      step(
        t('trust.task.ppo'),
        controls.epsilon.element,
        h('div', { class: 'chart' }, canvases.ppo),
        view.readout('ppo', { className: 'note' }),
      ),
    ),
    h('details', { class: 'more-settings' }, [
      h('summary', {}, t('trust.moreSettings')),
      controls.beta.element,
      h('h3', {}, t('trust.estimatorsHeading')),
      controls.n.element,
      controls.seed.element,
      view.readout('estimators', { className: 'note' }),
    ]),
  );
  return {
    sync: (s) => {
      Object.entries(controls).forEach(([key, c]) => c.set(s[key]));
      stateSelect.set(s.selected);
    },
  };
}

/**
 * Predict, then reveal: what halving the budget δ does to the largest step.
 * Near α = 0 the expected KL is about ½α²·E_s Var(A), so the step shrinks by
 * about √2. The answer judged right is the option nearest the kernels' own
 * ratio for this state; the largest-step line and readout stay hidden until
 * the guess. No question when no step ever reaches the budget.
 */
export function predict(api, state) {
  const { delta, units } = state;
  const L = localize(state.lang);
  const states = statesOf(state);
  const full = api.maxStepWithinExpectedBudget(states, delta);
  const halfStep = api.maxStepWithinExpectedBudget(states, delta / 2);
  if (!Number.isFinite(full) || !Number.isFinite(halfStep) || full === 0) return null;
  const info = (x) => L.info(api.convertInformation(x, 'nats', units), units);
  const p = {
    delta: info(delta).as('δ', { delta }),
    half: info(delta / 2),
    full: L.number(full),
    halfStep: L.number(halfStep),
  };
  // Which option the kernels' answer is nearest to: α(δ/2)/α(δ) against ½, 1/√2 and 1.
  const ratio = halfStep / full;
  const targets = [0.5, Math.SQRT1_2, 1];
  const nearest = targets.reduce((best, x, i) => (Math.abs(x - ratio) < Math.abs(targets[best] - ratio) ? i : best), 0);
  return {
    id: 'trust-half-budget',
    question: L.say('trust.predict.question'),
    answer: {
      kind: 'choice',
      options: [L.say('trust.predict.half'), L.say('trust.predict.root'), L.say('trust.predict.same')],
    },
    hides: { readouts: ['budget'], datasets: { kl: [2] }, descriptions: ['kl'] },
    judge(guess) {
      const correct = guess === nearest;
      // The usual case: the quadratic regime, a factor of about √2.
      const key = nearest === 1 ? 'trust.predict' : 'trust.predict.other';
      return {
        correct,
        feedback: L.say(`${key}.${correct ? 'right' : 'wrong'}`, p, [claim.less(p.halfStep, p.full)]),
      };
    },
  };
}
