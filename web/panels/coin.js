// Panel: the biased coin. Binary entropy H(p) over p in [0, 1], a slider
// and a draggable marker, readouts in both units.
import { field } from '../state.js';
import { h } from '../dom.js';
import { buttonRow, probabilityControl } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import { unitName } from '../format.js';
import * as charts from '../charts/common.js';
import { entropyAreas, judgeNumber } from './area.js';

export const defaults = { p: 0.5, units: 'nats' };

/** What a link or an attribute may set (see ../state.js). */
export const schema = { p: field.probability() };

const OTHER_UNITS = { nats: 'bits', bits: 'nats' };

/**
 * Chart config, chart description and readout texts for `state` (in
 * state.lang), all numbers from the kernels.
 */
export function render(api, state) {
  const { p, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const curve = api.binaryEntropyCurve({ points: 201, units });
  const entropy = api.binaryEntropy(p, { units });
  const other = OTHER_UNITS[units];
  const entropyOther = api.binaryEntropy(p, { units: other });
  const ceiling = api.binaryEntropy(0.5, { units });
  const ceilingOther = api.binaryEntropy(0.5, { units: other });

  const chart = charts.curveWithMarker({
    curve,
    curveLabel: t('coin.curve'),
    marker: { x: p, y: entropy },
    markerLabel: t('coin.marker'),
    xTitle: t('coin.xAxis'),
    y: { suggestedMax: ceiling, grace: '8%', title: charts.axisTitle(t('coin.yAxis', { units: unitName(units) })) },
    lang: L.lang,
  });

  const h = L.info(entropy, units);
  const ceil = L.info(ceiling, units);
  let note;
  if (entropy === 0) note = L.say('coin.zero', {}, [claim.equal(h, 0)]);
  else if (p === 0.5) {
    const ceilOther = L.info(ceilingOther, other);
    note = L.say('coin.fair', { ceiling: ceil, other: ceilOther }, [
      claim.equal(h, ceil),
      claim.convert(ceil, ceilOther),
    ]);
  } else note = L.say('coin.less', { ceiling: ceil }, [claim.less(h, ceil), claim.greater(h, 0)]);
  const hOther = L.info(entropyOther, other);
  const value = L.say('coin.value', { p: L.probability(p), h, other: hOther }, [claim.convert(h, hOther)]);
  // Entropy as expected surprise: heads and tails as bars of width p and
  // height −log p; [p, 1 − p] from the kernel.
  const P = api.setProbability([0.5, 0.5], 0, p);
  const areas = entropyAreas(api, L, {
    P,
    units,
    labels: [t('area.coin.heads'), t('area.coin.tails')],
    series: t('area.coin.series'),
  });
  const [p0, p1] = Array.from(P, (x) => L.probability(x));
  const sum = L.say(units === 'bits' ? 'area.coin.sum.bits' : 'area.coin.sum', { p0, p1, terms: areas.terms, h }, [
    claim.sum(areas.terms.items, h),
  ]);
  const readouts = { value, note, sum, zeroTerm: areas.zeroNote };
  const [s0, s1] = areas.heights;
  const [a0, a1] = areas.terms.items;
  const descriptions = {
    chart: L.say('coin.describe', { ceiling: ceil, half: L.plain(0.5), p: L.probability(p), h }, [
      claim.atMost(h, ceil),
    ]),
    areas: L.say('area.coin.describe', { p0, p1, s0, s1, a0, a1, h }, [claim.sum([a0, a1], h)]),
  };
  return { charts: { chart, areas: areas.chart }, readouts, descriptions, announcement: value };
}

/** The self-check: which coin is most uncertain? Feedback in the state's units. */
export function selfCheck(api, state) {
  const { units } = state;
  const L = localize(state.lang);
  const biased = L.plain(0.9);
  const hBiased = L.info(api.binaryEntropy(0.9, { units }), units);
  const hFair = L.info(api.binaryEntropy(0.5, { units }), units);
  return {
    question: L.say('coin.check.question'),
    options: [
      {
        text: L.say('coin.check.biased', { p: biased }),
        correct: false,
        feedback: L.say('coin.check.biasedFeedback', { p: biased, h: hBiased }, [claim.less(hBiased, hFair)]),
      },
      {
        text: L.say('coin.check.fair', { p: L.plain(0.5) }),
        correct: true,
        feedback: L.say('coin.check.fairFeedback', { h: hFair.as('log n', { n: 2 }) }),
      },
      { text: L.say('coin.check.heads'), correct: false, feedback: L.say('coin.check.headsFeedback') },
    ],
    show: { text: L.say('coin.check.show'), patch: { p: 0.5 } },
  };
}

/**
 * Predict, then reveal (issue 13): the entropy of the coin set now, typed in
 * the page's units before the curve, the marker and the readouts show it.
 */
export function predict(api, state) {
  const { p, units } = state;
  const L = localize(state.lang);
  const P = api.setProbability([0.5, 0.5], 0, p);
  const terms = api.surpriseTerms(P, { units });
  const entropy = api.binaryEntropy(p, { units });
  const fair = L.info(api.binaryEntropy(0.5, { units }), units);
  const [a0, a1] = Array.from(terms.entropy, (x) => L.info(x, units));
  const why = L.say('area.predict.coin.why', { a0, a1, fair }, [claim.atMost(L.info(entropy, units), fair)]);
  return {
    id: 'coin-entropy-value',
    question: L.say('area.predict.coin.question', { p: L.probability(p), units: L.unit(units) }),
    answer: {
      kind: 'number',
      label: L.say('area.predict.coin.label', { p: L.probability(p), units: L.unit(units) }),
      min: 0,
      max: api.entropy(api.uniform(4), { units }),
      step: 0.01,
      units,
    },
    hides: {
      readouts: ['value', 'note', 'sum'],
      datasets: { chart: [0, 1], areas: [0, 2] },
      descriptions: ['chart', 'areas'],
    },
    judge: (guess) => judgeNumber(api, L, { guess, value: entropy, units, why }),
  };
}

/** The panel's controls and layout (see ../binder.js). */
export function mount(root, { store, L, view }) {
  const { t } = L;
  const state = () => store.get();
  const control = probabilityControl({
    label: t('coin.control'),
    name: 'coin-p',
    value: state().p,
    L,
    onChange: (p) => store.set({ p }),
  });
  const presets = buttonRow(t('coin.presets'), [
    { text: t('coin.preset.fair', { p: L.plain(0.5) }), onClick: () => store.set({ p: 0.5 }) },
    { text: t('coin.preset.biased', { p: L.plain(0.9) }), onClick: () => store.set({ p: 0.9 }) },
    { text: t('coin.preset.heads', { p: L.plain(1) }), onClick: () => store.set({ p: 1 }) },
  ]);
  const canvas = view.chart(
    'chart',
    { 'aria-label': t('coin.canvas') },
    { onDrag: (dataset, index, point) => store.set({ p: point.x }) },
  );
  view.keyboard('chart', {
    probability: true,
    axis: 'x',
    bars: () => [{ datasetIndex: 1, index: 0, label: t('coin.marker'), value: state().p }],
    set: (datasetIndex, index, p) => store.set({ p }),
  });
  root.replaceChildren(
    h('div', { class: 'chart' }, canvas),
    control.element,
    presets,
    view.readout('value'),
    view.readout('note', { className: 'note' }),
    h('div', { class: 'chart chart-areas' }, view.chart('areas', { role: 'img', 'aria-label': t('area.coin.canvas') })),
    view.readout('sum', { className: 'readout worked-sum' }),
    view.readout('zeroTerm', { tag: 'ul', className: 'notes' }),
  );
  return { sync: (s) => control.set(s.p) };
}
