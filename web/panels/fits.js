// Panel: forward vs reverse KL. P is a mixture of two Gaussians; two single
// Gaussians are fitted to it, one minimising D(P‖Q) (it must cover all of P:
// mass-covering, mean-seeking) and one minimising D(Q‖P) (it must not put
// mass where P has little: mode-seeking). A heat map shows the KL over
// every candidate Q = N(mu, sigma²).
import { field } from '../state.js';
import { h, richText } from '../dom.js';
import { buttonRow, probabilityControl, rangeControl, selectControl } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import * as charts from '../charts/common.js';
import { clampToRange } from './values.js';
import { unitName } from '../format.js';

/** The integrand figure's points (over X_RANGE). */
const INTEGRAND_POINTS = 361;
/** An integrand dip shallower than this is not called negative (it would read −0.000). */
const VISIBLE_DIP = -1e-3;
/** Shading of an integrand below 0, the same for both directions (reddish purple). */
const NEGATIVE_FILL = 'rgba(204, 121, 167, 0.55)';
/** A guessed position is right when its Gaussian's D(Q‖P) is within this many nats of the fit's. */
export const GUESS_SLACK_NATS = 0.1;

/** The density chart's x range, and the range the means can be moved in. */
export const X_RANGE = [-9, 9];
/** The mixture KL kernels' absolute accuracy (README: within 3.3e-15 of a long-double integral). */
export const MIXTURE_KL_ACCURACY = 1e-14;
export const MEAN_RANGE = [-5, 5];
export const SIGMA_RANGE = [0.2, 2.5];
/** The landscape: mu over [-6, 6], sigma over [0.1, 10] on a log axis. */
export const LANDSCAPE = { muLo: -6, muHi: 6, nMu: 61, logSigmaLo: -Math.LN10, logSigmaHi: Math.LN10, nLogSigma: 41 };
/** The landscape while a drag goes on (render's draft): a quarter of the points, refined when the drag pauses. */
export const DRAFT_LANDSCAPE = { ...LANDSCAPE, nMu: 31, nLogSigma: 21 };
const SIGMA_AXIS = [0.1, 10];

export const defaults = {
  weights: [0.5, 0.5],
  means: [-2.5, 2.5],
  sigmas: [0.8, 0.8],
  // The forward landscape by default: the reverse one would show where the
  // reverse fit lands before the learner has guessed (predict()).
  landscape: 'forward',
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  weights: field.distribution(2, 2),
  means: field.numbers(2, 2, MEAN_RANGE[0], MEAN_RANGE[1]),
  sigmas: field.numbers(2, 2, SIGMA_RANGE[0], SIGMA_RANGE[1]),
  landscape: field.choice('reverse', 'forward', 'off'),
};

/** The presets; APART is also what the self-check shows. */
const APART = { means: [-3, 3], sigmas: [0.7, 0.7], weights: [0.5, 0.5] };
const CLOSE = { means: [-0.8, 0.8], sigmas: [1, 1], weights: [0.5, 0.5] };
const UNEQUAL = { means: [-3, 2], sigmas: [0.6, 1.2], weights: [0.3, 0.7] };
/** A preset as a state patch of fresh arrays (the constants are never shared with the store). */
const patch = ({ means, sigmas, weights }) => ({ means: [...means], sigmas: [...sigmas], weights: [...weights] });

// The last fit in each direction: render() and predict() ask for the same
// fits on every move, and a reverse fit costs about 1 ms (a search over both
// modes). Same API, mixture and units, same fit: a copy of the kept one.
const lastFits = new Map();

/** api.fitGaussian, remembering the last fit in each direction. */
function fitGaussian(api, mixture, direction, opts) {
  const key = JSON.stringify([mixture.weights, mixture.means, mixture.sigmas, opts.units ?? 'nats']);
  const last = lastFits.get(direction);
  if (last?.api === api && last.key === key) return { ...last.fit };
  const fit = api.fitGaussian(mixture, direction, opts);
  lastFits.set(direction, { api, key, fit });
  return { ...fit };
}

/** Both fits of `mixture`, each also judged by the other direction's KL. */
function fitBoth(api, mixture, opts) {
  const forward = fitGaussian(api, mixture, 'forward', opts);
  const reverse = fitGaussian(api, mixture, 'reverse', opts);
  forward.reverseKl = api.mixtureKL(mixture, forward.mu, forward.sigma, 'reverse', opts);
  reverse.forwardKl = api.mixtureKL(mixture, reverse.mu, reverse.sigma, 'forward', opts);
  return { forward, reverse };
}

/**
 * Chart configs, landscape grid, readout texts, chart descriptions and the
 * text to announce for `state` (in state.lang), all numbers from the kernels.
 * A `draft` (while a drag goes on) has a coarser landscape (DRAFT_LANDSCAPE).
 */
export function render(api, state, { draft = false } = {}) {
  const { weights, means, sigmas, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const num = (x) => L.number(x);
  const info = (x) => L.info(x, units);
  const mixture = { weights, means, sigmas };
  const opts = { units };
  const range = { lo: X_RANGE[0], hi: X_RANGE[1], points: 361 };
  const { forward, reverse } = fitBoth(api, mixture, opts);

  const handles = means.map((m) => ({ x: m, y: api.mixtureDensity(mixture, m) }));
  const base = charts.baseOptions(L.lang);
  const densities = {
    type: 'line',
    data: {
      datasets: [
        charts.densityDataset(
          t('fits.mixture'),
          api.mixtureDensityCurve(mixture, range),
          charts.COLORS.p,
          [],
          'rgba(0, 114, 178, 0.15)',
        ),
        charts.densityDataset(
          t('fits.forwardCurve'),
          api.gaussianDensityCurve(forward.mu, forward.sigma, range),
          charts.COLORS.q,
          [8, 5],
        ),
        charts.densityDataset(
          t('fits.reverseCurve'),
          api.gaussianDensityCurve(reverse.mu, reverse.sigma, range),
          charts.COLORS.entropy,
          [2, 3],
        ),
        charts.markerDataset(t('fits.handles'), handles, { pointStyle: 'rectRot', color: charts.COLORS.p }),
      ],
    },
    options: {
      ...base,
      layout: { padding: { top: 12 } },
      scales: {
        x: { type: 'linear', min: X_RANGE[0], max: X_RANGE[1], title: charts.axisTitle(t('fits.xAxis')) },
        y: { type: 'linear', min: 0, grace: '8%', title: charts.axisTitle(t('fits.yAxis')) },
      },
      plugins: { ...base.plugins, dragData: { dragX: true, dragY: false, showTooltip: false } },
    },
  };

  const fitPoints = [
    { label: t('fits.point.forward'), fit: forward, color: charts.COLORS.q, style: 'rect' },
    { label: t('fits.point.reverse'), fit: reverse, color: charts.COLORS.entropy, style: 'circle' },
  ];
  if (reverse.tie) {
    fitPoints.push({
      label: t('fits.point.other'),
      fit: { mu: reverse.otherMu, sigma: reverse.otherSigma },
      color: charts.COLORS.entropy,
      style: 'triangle',
    });
  }
  const direction = state.landscape;
  const landscapeGrid = draft ? DRAFT_LANDSCAPE : LANDSCAPE;
  const grid =
    direction === 'off'
      ? null
      : {
          values: api.klLandscape(mixture, direction, { ...landscapeGrid, units }),
          columns: landscapeGrid.nMu,
          rows: landscapeGrid.nLogSigma,
          x: [landscapeGrid.muLo, landscapeGrid.muHi],
          y: SIGMA_AXIS,
        };
  const landscape = {
    type: 'scatter',
    data: {
      datasets: fitPoints.map(({ label, fit, color, style }) =>
        charts.markerDataset(label, [{ x: fit.mu, y: fit.sigma }], { pointStyle: style, color, draggable: false }),
      ),
    },
    options: {
      ...base,
      plugins: { ...base.plugins, heatmap: { grid } },
      scales: {
        x: { type: 'linear', min: LANDSCAPE.muLo, max: LANDSCAPE.muHi, title: charts.axisTitle(t('fits.muAxis')) },
        y: {
          type: 'logarithmic',
          min: SIGMA_AXIS[0],
          max: SIGMA_AXIS[1],
          ticks: charts.logTicks(L),
          title: charts.axisTitle(t('fits.sigmaAxis')),
        },
      },
    },
  };

  // Where each divergence comes from: its integrand along x, for its own fit.
  const integrandRange = { lo: X_RANGE[0], hi: X_RANGE[1], points: INTEGRAND_POINTS };
  const curves = {
    forward: api.klIntegrandCurve(mixture, forward.mu, forward.sigma, 'forward', integrandRange, opts),
    reverse: api.klIntegrandCurve(mixture, reverse.mu, reverse.sigma, 'reverse', integrandRange, opts),
  };
  const integrandDataset = (label, curve, color, dash, fill) => ({
    ...charts.lineDataset(label, charts.points(curve), color, dash),
    fill: { target: 'origin', above: fill, below: NEGATIVE_FILL },
  });
  const integrands = {
    type: 'line',
    data: {
      datasets: [
        integrandDataset(
          t('fits.integrand.forwardCurve'),
          curves.forward,
          charts.COLORS.q,
          [8, 5],
          'rgba(213, 94, 0, 0.18)',
        ),
        integrandDataset(
          t('fits.integrand.reverseCurve'),
          curves.reverse,
          charts.COLORS.entropy,
          [2, 3],
          'rgba(0, 158, 115, 0.18)',
        ),
      ],
    },
    options: {
      ...base,
      scales: {
        x: { type: 'linear', min: X_RANGE[0], max: X_RANGE[1], title: charts.axisTitle(t('fits.xAxis')) },
        y: {
          type: 'linear',
          grace: '8%',
          title: charts.axisTitle(t('fits.integrand.yAxis', { units: unitName(units) })),
        },
      },
    },
  };

  // The numbers every text draws on.
  // What the reverse fit did, as the kernel classifies it (mixture_fit.hpp):
  // it sits on one component, covers both modes as the forward fit does, or neither.
  const behaviourKind = { sitsOnComponent: 'seeking', coversBoth: 'covering', neither: 'differ' }[reverse.behaviour];
  const mode = num(means[Math.max(reverse.component, 0)]);
  const fitsParams = {
    fmu: num(forward.mu),
    fsigma: num(forward.sigma),
    rmu: num(reverse.mu),
    rsigma: num(reverse.sigma),
  };

  // The forward fit minimises D(P‖Q) and the reverse fit D(Q‖P): each is at
  // most what the other fit scores in its own direction.
  const kls = {
    forward: info(forward.kl),
    forwardOther: info(forward.reverseKl),
    reverse: info(reverse.kl),
    reverseOther: info(reverse.forwardKl),
  };
  // (The mixture divergences are numerical integrals, accurate to about 1e-14
  // absolutely: two identical modes give 3e-32 for one fit and 0 for the other.)
  const slack = MIXTURE_KL_ACCURACY;
  const optimal = [
    claim.atMost(kls.forward, kls.reverseOther, slack),
    claim.atMost(kls.reverse, kls.forwardOther, slack),
  ];
  const readouts = {
    forward: L.say(
      'fits.forward',
      { mu: num(forward.mu), sigma: num(forward.sigma), kl: kls.forward, other: kls.forwardOther },
      optimal,
    ),
    reverse: L.say(
      'fits.reverse',
      { mu: num(reverse.mu), sigma: num(reverse.sigma), kl: kls.reverse, other: kls.reverseOther },
      optimal,
    ),
    behaviour: {
      seeking: () =>
        L.say('fits.modeSeeking', {
          mu: num(reverse.mu),
          mode,
          forwardMu: num(forward.mu),
          forwardSigma: num(forward.sigma),
        }),
      covering: () => L.say('fits.overlap'),
      differ: () => L.say('fits.differ', fitsParams),
    }[behaviourKind](),
    tie: reverse.tie ? L.say('fits.tie', { mu: num(reverse.mu), other: num(reverse.otherMu) }) : '',
    landscape: direction === 'off' ? '' : L.say(`fits.shading.${direction}`, { units: L.unit(units) }),
  };

  // The integrands: where each pays most, where it dips below 0, and the
  // integral (the divergence) that is still at least 0.
  const integrandText = (direction, kl) => {
    const { highX, highY } = curves[direction].extremes;
    const y = num(highY);
    return highY > -VISIBLE_DIP
      ? L.say(`fits.integrand.${direction}`, { kl, x: num(highX), y }, [claim.greater(y, 0), claim.atLeast(kl, 0)])
      : L.say(`fits.integrand.${direction}Flat`, { kl }, [claim.atLeast(kl, 0)]);
  };
  readouts.integrandForward = integrandText('forward', kls.forward);
  readouts.integrandReverse = integrandText('reverse', kls.reverse);
  readouts.negative = ['forward', 'reverse'].flatMap((direction) => {
    const { lowX, lowY } = curves[direction].extremes;
    if (!(lowY < VISIBLE_DIP)) return [];
    const y = num(lowY);
    const kl = kls[direction];
    return [L.say(`fits.negative.${direction}`, { y, x: num(lowX), kl }, [claim.less(y, 0), claim.atLeast(kl, 0)])];
  });
  // Not a distance: the same pair, both orders.
  readouts.asymmetry =
    kls.forward.text === kls.forwardOther.text
      ? L.say('fits.asymmetry.same', { a: kls.forward, b: kls.forwardOther }, [
          claim.equal(kls.forward, kls.forwardOther),
        ])
      : L.say('fits.asymmetry', { a: kls.forward, b: kls.forwardOther }, [claim.differ(kls.forward, kls.forwardOther)]);

  const modes = { m1: num(means[0]), m2: num(means[1]) };
  let landscapeText;
  if (direction === 'off') {
    landscapeText = L.say('fits.describe.landscape.off', fitsParams);
  } else if (direction === 'forward') {
    landscapeText = L.say('fits.describe.landscape.forward', { ...fitsParams, kl: info(forward.kl) });
  } else if (reverse.tie) {
    landscapeText = L.say('fits.describe.landscape.reverseTie', {
      ...fitsParams,
      otherMu: num(reverse.otherMu),
      otherSigma: num(reverse.otherSigma),
      kl: info(reverse.kl),
    });
  } else {
    landscapeText = L.say('fits.describe.landscape.reverse', { ...fitsParams, kl: info(reverse.kl) });
  }
  const descriptions = {
    densities: L.say(`fits.describe.${behaviourKind}`, { ...modes, ...fitsParams, mode }),
    landscape: landscapeText,
    integrands: L.say('fits.describe.integrands', {
      fx: num(curves.forward.extremes.highX),
      rx: num(curves.reverse.extremes.highX),
      kl: kls.forward,
      rkl: kls.reverse,
    }),
  };
  const announcement = L.say(`fits.announce.${behaviourKind}`, { ...fitsParams, mode });
  return {
    charts: { densities, landscape, integrands },
    readouts,
    descriptions,
    announcement,
    fits: { forward, reverse },
    integrandCurves: curves,
    // A draft's coarse landscape is drawn again in full when the input pauses (binder.js).
    draft: draft && grid !== null,
  };
}

/** The self-check: with the modes far apart, does the reverse-KL fit cover both? */
export function selfCheck(api, state) {
  const { units } = state;
  const L = localize(state.lang);
  const info = (x) => L.info(x, units);
  const { forward, reverse } = fitBoth(api, APART, { units });
  const params = {
    m1: L.number(APART.means[0]),
    m2: L.number(APART.means[1]),
    width: L.number(APART.sigmas[0]),
    fmu: L.number(forward.mu),
    fsigma: L.number(forward.sigma),
    rmu: L.number(reverse.mu),
    rsigma: L.number(reverse.sigma),
    kl: info(reverse.kl),
    coverKl: info(forward.reverseKl),
  };
  return {
    question: L.say('fits.check.question'),
    options: [
      { text: L.say('fits.check.cover'), correct: false, feedback: L.say('fits.check.coverFeedback', params) },
      { text: L.say('fits.check.pick'), correct: true, feedback: L.say('fits.check.pickFeedback', params) },
      { text: L.say('fits.check.middle'), correct: false, feedback: L.say('fits.check.middleFeedback', params) },
    ],
    show: { text: L.say('fits.check.show'), patch: { ...patch(APART), landscape: 'reverse' } },
  };
}

/**
 * Predict, then reveal: drag where the reverse fit's centre will land. Not
 * asked while the reverse landscape is shown (its valleys are the answer).
 * Judged by the kernels: a Gaussian of the reverse fit's width at the
 * learner's x is right when its D(Q‖P) is within GUESS_SLACK_NATS of the fit's.
 */
export function predict(api, state) {
  if (state.landscape === 'reverse') return null;
  const { weights, means, sigmas, units } = state;
  const L = localize(state.lang);
  const mixture = { weights, means, sigmas };
  const reverse = fitGaussian(api, mixture, 'reverse', { units });
  const slack = api.convertInformation(GUESS_SLACK_NATS, 'nats', units);
  return {
    id: 'fits-reverse-position',
    question: L.say('fits.predict.question'),
    answer: {
      kind: 'position',
      label: L.say('fits.predict.label'),
      chart: 'densities',
      axis: 'x',
      min: X_RANGE[0],
      max: X_RANGE[1],
      step: 0.1,
    },
    hides: {
      readouts: ['reverse', 'behaviour', 'tie', 'integrandReverse', 'negative'],
      datasets: { densities: [2], landscape: reverse.tie ? [1, 2] : [1], integrands: [1] },
      descriptions: ['densities', 'landscape', 'integrands'],
    },
    judge(guess) {
      const cost = api.mixtureKL(mixture, guess, reverse.sigma, 'reverse', { units });
      const yours = L.info(cost, units);
      const best = L.info(reverse.kl, units);
      const correct = cost <= reverse.kl + slack;
      const params = { guess: L.number(guess), mu: L.number(reverse.mu), yours, best };
      if (reverse.tie) params.other = L.number(reverse.otherMu);
      const key = `fits.predict.${correct ? 'right' : 'wrong'}${reverse.tie ? 'Tie' : ''}`;
      return { correct, feedback: L.say(key, params, [claim.atMost(best, yours, MIXTURE_KL_ACCURACY)]) };
    },
  };
}

/** The panel's controls and layout (see ../binder.js). */
export function mount(root, { api, store, L, view }) {
  const { t } = L;
  const state = () => store.get();
  const setPair = (field, index, value) => {
    const pair = [...state()[field]];
    pair[index] = value;
    store.set({ [field]: pair });
  };
  const meanControls = [0, 1].map((i) =>
    rangeControl({
      label: t('fits.meanControl', { i: i + 1 }),
      name: `fits-mean-${i + 1}`,
      value: state().means[i],
      min: MEAN_RANGE[0],
      max: MEAN_RANGE[1],
      step: 0.01,
      L,
      onChange: (m) => setPair('means', i, m),
    }),
  );
  const sigmaControls = [0, 1].map((i) =>
    rangeControl({
      label: t('fits.sigmaControl', { i: i + 1 }),
      name: `fits-sigma-${i + 1}`,
      value: state().sigmas[i],
      min: SIGMA_RANGE[0],
      max: SIGMA_RANGE[1],
      scale: 'log',
      kind: 'width',
      L,
      onChange: (s) => setPair('sigmas', i, s),
    }),
  );
  const weightControl = probabilityControl({
    label: t('fits.weightControl'),
    name: 'fits-weight',
    value: state().weights[0],
    min: 0.05,
    max: 0.95,
    step: 0.01,
    L,
    // The pair [w, 1 - w] comes from the kernels, as every distribution does.
    onChange: (w) => store.set({ weights: Array.from(api.setProbability([0.5, 0.5], 0, w)) }),
  });
  const landscapeControl = selectControl({
    label: t('fits.landscapeControl'),
    name: 'fits-landscape',
    value: state().landscape,
    options: ['reverse', 'forward', 'off'].map((value) => ({ value, text: t(`fits.landscape.${value}`) })),
    onChange: (landscape) => store.set({ landscape }),
  });
  const presets = buttonRow(t('fits.presets'), [
    { text: t('fits.preset.apart'), onClick: () => store.set(patch(APART)) },
    { text: t('fits.preset.close'), onClick: () => store.set(patch(CLOSE)) },
    { text: t('fits.preset.unequal'), onClick: () => store.set(patch(UNEQUAL)) },
  ]);

  // The density chart is a keyboard slider (its mode handles); the heat map is a picture.
  const densityCanvas = view.chart(
    'densities',
    { 'aria-label': t('fits.densityCanvas') },
    { onDrag: (datasetIndex, index, point) => setPair('means', index, clampToRange(point.x, MEAN_RANGE)) },
  );
  const handle = (i) => t('fits.handle', { i: i + 1 });
  const setMean = (i, m) => setPair('means', i, m);
  view.keyboard('densities', {
    axis: 'x',
    list: () => state().means,
    datasetIndex: 3,
    label: handle,
    set: setMean,
    range: MEAN_RANGE,
    steps: [0.1, 1],
  });
  root.replaceChildren(
    h('p', { class: 'try' }, t('fits.try')),
    h('div', { class: 'chart' }, densityCanvas),
    presets,
    ...meanControls.map((c) => c.element),
    h(
      'details',
      { class: 'more-controls' },
      h('summary', {}, t('fits.moreControls')),
      ...sigmaControls.map((c) => c.element),
      weightControl.element,
    ),
    view.readout('forward'),
    view.readout('reverse'),
    view.readout('behaviour', { className: 'note' }),
    view.readout('tie', { className: 'note' }),
    h('h3', { class: 'figure-heading' }, t('fits.integrand.heading')),
    h(
      'div',
      { class: 'chart chart-integrands' },
      view.chart('integrands', { role: 'img', 'aria-label': t('fits.integrandCanvas') }),
    ),
    view.readout('integrandForward'),
    view.readout('integrandReverse'),
    view.readout('negative', { tag: 'ul', className: 'notes' }),
    view.readout('asymmetry', { className: 'note' }),
    h('p', { class: 'note' }, richText(t('fits.zeroForcing'))),
    landscapeControl.element,
    h(
      'div',
      { class: 'chart chart-square' },
      view.chart('landscape', { role: 'img', 'aria-label': t('fits.landscapeCanvas') }),
    ),
    view.readout('landscape', { className: 'note' }),
    h('details', { class: 'how-computed' }, h('summary', {}, t('fits.how.summary')), h('p', {}, t('fits.how.text'))),
  );
  return {
    sync(s) {
      meanControls.forEach((c, i) => c.set(s.means[i]));
      sigmaControls.forEach((c, i) => c.set(s.sigmas[i]));
      weightControl.set(s.weights[0]);
      landscapeControl.set(s.landscape);
    },
  };
}
