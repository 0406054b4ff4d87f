// Panel: cross-entropy loss and maximum likelihood. A classifier's logits
// (draggable), its softmax prediction q̂ and the loss −log q̂_k for the true
// class k, with the gradient q̂ − onehot(k) as arrows. Then the same model
// judged on n labels drawn from P: its average loss converges to H(P, q̂),
// and on any one sample it is lowest when q̂ equals the sample's own
// frequencies P̂: minimising cross-entropy is maximum likelihood.
import { field } from '../state.js';
import { h } from '../dom.js';
import { buttonRow, rangeControl, selectControl } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import { unitName } from '../format.js';
import * as charts from '../charts/common.js';
import { MAX_SEED, clampToRange, nextSeed } from './values.js';

export const MIN_K = 2;
export const MAX_K = 6;
export const LOGIT_RANGE = [-8, 8];
export const N_RANGE = [10, 100000];
/** Temperatures T the logits may be divided by (section 3's path, narrower). */
export const T_RANGE = [0.1, 10];
/** Seeds run from 0 to this; "New sample" wraps round to 0 after it. */
/** Arrows show a gradient step of this size (in logits per unit of gradient). */
export const ARROW_SCALE = 5;

export const defaults = {
  logits: [2, 0.5, -1],
  trueClass: 0,
  P: [0.5, 0.3, 0.2],
  n: 1000,
  seed: 7,
  temperature: 1,
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  logits: field.numbers(MIN_K, MAX_K, LOGIT_RANGE[0], LOGIT_RANGE[1]),
  trueClass: field.integer(0, MAX_K - 1),
  P: field.distribution(MIN_K, MAX_K),
  n: field.integer(N_RANGE[0], N_RANGE[1]),
  seed: field.integer(0, MAX_SEED),
  temperature: field.number(T_RANGE[0], T_RANGE[1]),
};
export const constraints = [
  {
    fields: ['logits', 'P', 'trueClass'],
    check: (s) =>
      s.logits.length !== s.P.length ? 'note.lengths' : s.trueClass >= s.logits.length ? 'note.trueClass' : null,
  },
];

const classLabels = (L, k) => Array.from({ length: k }, (_, i) => L.t('loss.class', { i: i + 1 }));

/** The sample of n labels drawn from P, and its frequencies P̂. */
function sampleOf(api, { P, n, seed }) {
  return api.empiricalDistribution(api.sampleCounts(P, { n: n, seed: seed }));
}

/**
 * Chart configs, readout texts, chart descriptions and the text to announce
 * for `state` (in state.lang), all numbers from the kernels.
 */
export function render(api, state) {
  const { logits, trueClass: k, P, n, seed, units, temperature } = state;
  const L = localize(state.lang);
  const { t } = L;
  const info = (x) => L.info(x, units);
  const opts = { units };
  const K = logits.length;
  const q = api.softmax(logits);
  const loss = api.softmaxCrossEntropy(logits, k, opts);
  const gradient = api.softmaxCrossEntropyGradient(logits, k, opts);
  const u = unitName(units);
  const labels = classLabels(L, K);

  // The true class stands out in both charts.
  const classColours = Array.from(logits, (_, i) => (i === k ? charts.COLORS.entropy : charts.COLORS.p));
  const logitChart = charts.barChart({
    labels,
    datasets: [
      {
        label: t('loss.logitsLabel'),
        data: Array.from(logits),
        backgroundColor: classColours,
        // A gradient step moves each logit against its gradient.
        arrows: Array.from(gradient, (g) => -ARROW_SCALE * g),
      },
    ],
    y: { min: LOGIT_RANGE[0], max: LOGIT_RANGE[1], title: charts.axisTitle(t('loss.logitAxis')) },
    legend: false,
    draggable: true,
    lang: L.lang,
  });
  const predictionChart = charts.barChart({
    labels,
    datasets: [{ label: t('loss.predictionLabel'), data: Array.from(q), backgroundColor: classColours }],
    y: { min: 0, max: 1, title: charts.axisTitle(t('loss.predictionAxis')) },
    legend: false,
    lang: L.lang,
  });

  // Maximum likelihood: n labels drawn from P, scored by the model q̂.
  const empirical = sampleOf(api, { P, n, seed });
  const checkpoints = api.logSpacedCounts(n, 80);
  const running = api.nllConvergence(P, q, { seed, checkpoints, units });
  const limit = api.crossEntropy(P, q, opts); // H(P, q̂): where the average goes
  const sampleLoss = api.crossEntropy(empirical, q, opts); // H(P̂, q̂): the average at n
  const best = api.entropy(empirical, opts); // H(P̂): the least any model can score
  // Only P can be dragged: P̂ and q̂ follow from it and the logits.
  const mleChart = charts.barChart({
    labels,
    datasets: [
      { label: t('loss.trueLabel'), data: Array.from(P), backgroundColor: charts.COLORS.p },
      {
        label: t('loss.sampleLabel', { n }),
        data: Array.from(empirical),
        backgroundColor: charts.COLORS.cross,
        dragData: false,
      },
      { ...charts.modelBars(t('loss.modelLabel'), Array.from(q)), dragData: false },
    ],
    y: { min: 0, max: 1, title: charts.axisTitle(t('loss.probabilityAxis')) },
    draggable: true,
    lang: L.lang,
  });

  const base = charts.baseOptions(L.lang);
  const convergenceChart = {
    type: 'line',
    data: {
      datasets: [
        charts.lineDataset(
          t('loss.running'),
          Array.from(checkpoints, (c, i) => ({ x: c, y: running[i] })),
          charts.COLORS.p,
        ),
        charts.horizontalLine(t('loss.limit'), limit, [1, n], charts.COLORS.q),
        charts.horizontalLine(t('loss.bestLine'), best, [1, n], charts.COLORS.entropy, [2, 3]),
      ],
    },
    options: {
      ...base,
      scales: {
        x: {
          type: 'logarithmic',
          min: 1,
          max: n,
          ticks: charts.logTicks(L),
          title: charts.axisTitle(t('loss.drawsAxis')),
        },
        y: { type: 'linear', min: 0, grace: '5%', title: charts.axisTitle(t('loss.lossAxis', { units: u })) },
      },
    },
  };

  const probabilities = (values) => L.list(values, L.probability);
  const lossQ = info(loss);
  const sample = info(sampleLoss);
  const limitQ = info(limit);
  const bestQ = info(best);
  const gap = L.amount(api.klDivergence(empirical, q, opts), units);
  const readouts = {
    prediction: L.say('loss.prediction', { q: probabilities(q) }),
    temperature: temperatureStatement(api, L, { q, k, temperature, units }),
    loss: L.say('loss.loss', { k: k + 1, qk: L.probability(q[k]), loss: lossQ }),
    gradient: L.say(units === 'bits' ? 'loss.gradient.bits' : 'loss.gradient', {
      k: k + 1,
      gradient: L.list(gradient, (g) => L.perLogit(g, units)),
      units: L.unit(units),
    }),
    sample: L.say('loss.sample', { n, seed, empirical: probabilities(empirical) }),
    average: L.say('loss.average', { sample, limit: limitQ }),
    best: L.join(
      L.say('loss.best', { best: bestQ, gap, units: L.unit(units) }, [
        claim.sum([bestQ, gap], sample),
        claim.atMost(bestQ, sample),
      ]),
      ...(empirical.includes(0) ? [L.say('loss.neverDrawn')] : []),
    ),
  };
  const descriptions = {
    logits: L.say('loss.describe.logits', {
      count: K,
      logits: L.list(logits, (z) => L.number(z, 2)),
      k: k + 1,
    }),
    prediction: L.say('loss.describe.prediction', { q: probabilities(q), k: k + 1, qk: L.probability(q[k]) }),
    mle: L.say('loss.describe.mle', {
      P: probabilities(P),
      n,
      empirical: probabilities(empirical),
      q: probabilities(q),
    }),
    convergence: L.say('loss.describe.convergence', { n, sample, limit: limitQ, best: bestQ }, [
      claim.atMost(bestQ, sample),
    ]),
  };
  const announcement = L.say('loss.announce', { k: k + 1, loss: lossQ, sample, best: bestQ });
  return {
    charts: { logits: logitChart, prediction: predictionChart, mle: mleChart, convergence: convergenceChart },
    readouts,
    descriptions,
    announcement,
  };
}

/**
 * Dividing the logits by T is section 3's temperature path: softmax(z/T) ∝
 * q̂^(1/T), which the kernel computes by tempering q̂. Its entropy grows with T.
 */
function temperatureStatement(api, L, { q, k, temperature, units }) {
  const opts = { units };
  const tempered = api.temper(q, temperature);
  const hT = L.info(api.entropy(tempered, opts), units);
  const h1 = L.info(api.entropy(q, opts), units);
  const params = {
    T: L.number(temperature, 2),
    qT: L.list(tempered, L.probability),
    k: k + 1,
    qk: L.probability(tempered[k]),
    loss: L.info(api.surprise(tempered[k], opts), units),
    hT,
    h1,
  };
  if (temperature === 1) return L.say('loss.temperature.one', params);
  const claims = [temperature > 1 ? claim.atLeast(hT, h1) : claim.atMost(hT, h1)];
  return L.say(temperature > 1 ? 'loss.temperature.hot' : 'loss.temperature.cold', params, claims);
}

/** How close a typed loss must be to count as right: 5 % or 0.02, whichever is more. */
export const LOSS_TOLERANCE = { relative: 0.05, absolute: 0.02 };

/**
 * Predict, then reveal: the learner types the loss for the true class's q̂_k
 * before the loss readout shows it. Judged against the kernel's −log q̂_k.
 */
export function predict(api, state) {
  const { logits, trueClass: k, units } = state;
  const L = localize(state.lang);
  const q = api.softmax(logits);
  const loss = api.softmaxCrossEntropy(logits, k, { units });
  const other = units === 'bits' ? 'nats' : 'bits';
  const params = { k: k + 1, qk: L.probability(q[k]), units: L.unit(units) };
  return {
    id: 'loss-value',
    question: L.say('loss.predict.question', params),
    answer: { kind: 'number', label: L.say('loss.predict.label', params), min: 0, max: 20, step: 0.01, units },
    hides: { readouts: ['loss', 'temperature'], datasets: {}, descriptions: [] },
    judge(guess) {
      const lossQ = L.info(loss, units);
      const otherQ = L.info(api.convertInformation(loss, units, other), other);
      const guessQ = L.info(guess, units);
      const p = { ...params, guess: guessQ, loss: lossQ, other: otherQ };
      const slack = Math.max(LOSS_TOLERANCE.relative * loss, LOSS_TOLERANCE.absolute);
      const correct = Math.abs(guess - loss) <= slack;
      const conversion = claim.convert(lossQ, otherQ);
      if (correct) return { correct, feedback: L.say('loss.predict.right', p, [conversion]) };
      const high = guess > loss;
      return {
        correct,
        feedback: L.say(high ? 'loss.predict.high' : 'loss.predict.low', p, [
          high ? claim.greater(guessQ, lossQ) : claim.less(guessQ, lossQ),
          conversion,
        ]),
      };
    },
  };
}

/**
 * The self-check: which model has the lowest average loss on a sample? The
 * feedback is worked out for the sample the panel shows. When that sample's
 * frequencies equal P (or the uniform), that model is as good as P̂ itself.
 */
export function selfCheck(api, state) {
  const { P, n, seed, units } = state;
  const L = localize(state.lang);
  const opts = { units };
  const info = (x) => L.info(x, units);
  const empirical = sampleOf(api, { P, n, seed });
  const uniformDistribution = api.uniform(P.length);
  const p = {
    n,
    best: info(api.entropy(empirical, opts)),
    trueLoss: info(api.crossEntropy(empirical, P, opts)),
    gap: info(api.klDivergence(empirical, P, opts)),
    uniform: info(api.crossEntropy(empirical, uniformDistribution, opts)).as('log n', { n: P.length }),
    uniformGap: info(api.klDivergence(empirical, uniformDistribution, opts)),
    count: P.length,
  };
  const trueIsBest = p.gap.value === 0;
  const uniformIsBest = p.uniformGap.value === 0;
  return {
    question: L.say('loss.check.question'),
    options: [
      {
        text: L.say('loss.check.true'),
        correct: trueIsBest,
        feedback: trueIsBest
          ? L.say('loss.check.trueFeedbackEqual', p, [claim.equal(p.trueLoss, p.best)])
          : L.say('loss.check.trueFeedback', p, [claim.sum([p.best, p.gap], p.trueLoss), claim.greater(p.gap, 0)]),
      },
      {
        text: L.say('loss.check.sample'),
        correct: true,
        feedback: L.say('loss.check.sampleFeedback', p),
      },
      {
        text: L.say('loss.check.uniform'),
        correct: uniformIsBest,
        feedback: uniformIsBest
          ? L.say('loss.check.uniformFeedbackEqual', p, [claim.equal(p.uniform, p.best)])
          : L.say('loss.check.uniformFeedback', p, [claim.greater(p.uniform, p.best)]),
      },
    ],
    show: { text: L.say('loss.check.show'), patch: fittedLogits(api, state) },
  };
}

/** The logits that make q̂ = P̂, the maximum-likelihood model for the sample shown. */
function fittedLogits(api, state) {
  const empirical = sampleOf(api, state);
  // Floored at the chart's bottom, so every logit stays in range; not rounded.
  return { logits: Array.from(api.logitsFor(empirical, LOGIT_RANGE[0])) };
}

/** The panel's controls and layout (see ../binder.js). */
export function mount(root, { api, store, L, view }) {
  const { t } = L;
  const state = () => store.get();
  const setLogit = (i, z) => {
    const logits = [...state().logits];
    logits[i] = clampToRange(z, LOGIT_RANGE);
    store.set({ logits });
  };
  const setP = (i, p) => store.set({ P: Array.from(api.setProbability(state().P, i, p)) });

  const kControl = rangeControl({
    label: t('loss.kControl'),
    name: 'loss-k',
    value: state().logits.length,
    min: MIN_K,
    max: MAX_K,
    integer: true,
    L,
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
  const classSelect = (value) =>
    selectControl({
      label: t('loss.classControl'),
      name: 'loss-class',
      value,
      options: classLabels(L, state().logits.length).map((text, i) => ({ value: i, text })),
      onChange: (v) => store.set({ trueClass: Number(v) }),
    });
  let classControl = classSelect(state().trueClass);
  const classSlot = h('div', {}, classControl.element);
  const nControl = rangeControl({
    label: t('loss.nControl'),
    name: 'loss-n',
    value: state().n,
    min: N_RANGE[0],
    max: N_RANGE[1],
    scale: 'log',
    integer: true,
    L,
    onChange: (n) => store.set({ n }),
  });
  const seedControl = rangeControl({
    label: t('loss.seedControl'),
    name: 'loss-seed',
    value: state().seed,
    min: 0,
    max: MAX_SEED,
    integer: true,
    L,
    onChange: (seed) => store.set({ seed }),
  });
  const temperatureControl = rangeControl({
    label: t('loss.temperatureControl'),
    name: 'loss-temperature',
    value: state().temperature,
    min: T_RANGE[0],
    max: T_RANGE[1],
    scale: 'log',
    L,
    onChange: (temperature) => store.set({ temperature }),
  });
  const actions = buttonRow(t('loss.actions'), [
    { text: t('loss.newSample'), onClick: () => store.set({ seed: nextSeed(state().seed) }) },
    { text: t('loss.fit'), title: t('loss.fitTitle'), onClick: () => store.set(fittedLogits(api, state())) },
  ]);

  // Logits and P are keyboard sliders (their bars drag); the other two are pictures.
  const canvases = {
    logits: view.chart('logits', { 'aria-label': t('loss.logitsCanvas') }, { onDrag: (d, i, z) => setLogit(i, z) }),
    prediction: view.chart('prediction', { role: 'img', 'aria-label': t('loss.predictionCanvas') }),
    mle: view.chart('mle', { 'aria-label': t('loss.mleCanvas') }, { onDrag: (d, i, p) => setP(i, p) }),
    convergence: view.chart('convergence', { role: 'img', 'aria-label': t('loss.convergenceCanvas') }),
  };
  const logitBar = (i) => t('loss.logitBar', { i: i + 1 });
  view.keyboard('logits', {
    list: () => state().logits,
    label: logitBar,
    set: setLogit,
    range: LOGIT_RANGE,
    steps: [0.1, 1],
    digits: 2,
  });
  view.keyboard('mle', {
    probability: true,
    list: () => state().P,
    label: (i) => t('loss.pBar', { i: i + 1 }),
    set: setP,
  });
  root.replaceChildren(
    h('p', { class: 'try-this' }, t('loss.try')),
    h('p', { class: 'note' }, t('loss.words')),
    kControl.element,
    classSlot,
    h(
      'div',
      { class: 'chart-pair' },
      h('div', { class: 'chart' }, canvases.logits),
      h('div', { class: 'chart' }, canvases.prediction),
    ),
    view.readout('prediction'),
    view.readout('loss'),
    view.readout('gradient', { className: 'note' }),
    temperatureControl.element,
    view.readout('temperature', { className: 'note' }),
    h('h3', {}, t('loss.manyHeading')),
    h('p', { class: 'note', 'data-readout': 'loss-many' }, t('loss.manyIntro')),
    h('div', { class: 'chart chart-bars' }, canvases.mle),
    actions,
    h('details', { class: 'more-settings' }, [
      h('summary', {}, t('loss.moreSettings')),
      nControl.element,
      seedControl.element,
    ]),
    view.readout('sample', { className: 'note' }),
    view.readout('average'),
    view.readout('best', { className: 'note' }),
    h('div', { class: 'chart' }, canvases.convergence),
  );
  return {
    sync(s) {
      kControl.set(s.logits.length);
      if (classSlot.querySelectorAll('option').length !== s.logits.length) {
        classControl = classSelect(s.trueClass);
        classSlot.replaceChildren(classControl.element);
      }
      classControl.set(s.trueClass);
      nControl.set(s.n);
      seedControl.set(s.seed);
      temperatureControl.set(s.temperature);
    },
  };
}
