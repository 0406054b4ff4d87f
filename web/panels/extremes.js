// Panel: the extremes of entropy. An editable distribution over N categories
// (N = 2..64), its entropy against the ceiling log N, and the temperature
// path that runs from a point mass (H = 0) to the uniform (H = log N).
import { field } from '../state.js';
import { h } from '../dom.js';
import { buttonRow, rangeControl } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import { unitName } from '../format.js';
import * as charts from '../charts/common.js';
import { MAX_SEED, largest, nextSeed } from './values.js';
import { entropyAreas, judgeNumber } from './area.js';

export const MIN_N = 2;
export const MAX_N = 64;
/** The temperature path is drawn for T from 1/20 to 20. */
export const T_RANGE = [0.05, 20];
/** "Sharpen" and "Flatten" temper P by these temperatures. */
export const SHARPEN_T = 0.5;
export const FLATTEN_T = 2;
/** Bar chart descriptions list every probability up to this many categories, else name the largest. */
export const LIST_UP_TO = 10;

export const defaults = {
  P: [0.3, 0.2, 0.15, 0.12, 0.1, 0.07, 0.04, 0.02],
  seed: 1,
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = { P: field.distribution(MIN_N, MAX_N), seed: field.integer(0, MAX_SEED) };

/**
 * Chart configs, chart descriptions, readout texts and the text to announce
 * for `state` (in state.lang), all numbers from the kernels.
 */
export function render(api, state) {
  const { P, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const info = (x) => L.info(x, units);
  const n = P.length;
  const opts = { units };
  const entropy = api.entropy(P, opts);
  const ceiling = api.entropy(api.uniform(n), opts);
  const temperatures = api.logSpace(T_RANGE[0], T_RANGE[1], 121);
  const path = api.entropyAlongTemperature(P, temperatures, opts);
  const support = P.filter((p) => p > 0).length;

  const bars = charts.barChart({
    labels: Array.from({ length: n }, (_, i) => String(i + 1)),
    datasets: [
      {
        label: 'P',
        data: Array.from(P),
        backgroundColor: charts.COLORS.p,
        borderColor: charts.COLORS.p,
        borderWidth: 1,
      },
    ],
    x: { title: charts.axisTitle(t('extremes.xAxis')), ticks: { autoSkip: true, maxRotation: 0 } },
    y: { min: 0, max: 1, title: charts.axisTitle(t('extremes.yAxis')) },
    legend: false,
    draggable: true,
    lang: L.lang,
  });

  const pathChart = {
    type: 'line',
    data: {
      datasets: [
        charts.lineDataset(
          t('extremes.path.curve'),
          Array.from(temperatures, (T, i) => ({ x: T, y: path[i] })),
          charts.COLORS.p,
        ),
        charts.horizontalLine(t('extremes.path.ceiling', { n }), ceiling, T_RANGE, charts.COLORS.q),
        charts.markerDataset(t('extremes.path.marker'), [{ x: 1, y: entropy }], { draggable: false }),
      ],
    },
    options: {
      ...charts.baseOptions(L.lang),
      scales: {
        x: {
          type: 'logarithmic',
          min: T_RANGE[0],
          max: T_RANGE[1],
          ticks: charts.logTicks(L),
          title: charts.axisTitle(t('extremes.path.xAxis')),
        },
        y: {
          type: 'linear',
          min: 0,
          suggestedMax: ceiling,
          grace: '5%',
          title: charts.axisTitle(t('extremes.path.yAxis', { units: unitName(units) })),
        },
      },
    },
  };

  const h = info(entropy);
  const ceil = info(ceiling).as('log n', { n: n });
  let note;
  if (entropy === 0) note = L.say('extremes.note.pointMass', {}, [claim.equal(h, 0)]);
  else if (support === n && entropy === ceiling) note = L.say('extremes.note.uniform', { n }, [claim.equal(h, ceil)]);
  else note = L.say('extremes.note.between', { n, ceiling: ceil }, [claim.less(h, ceil), claim.greater(h, 0)]);
  const value = L.say('extremes.value', { h, n, ceiling: ceil }, [claim.atMost(h, ceil)]);
  // As T → 0 the mass gathers evenly on the m categories tied for the largest
  // probability: the path's limit is log m (0 only when one is largest).
  const top = largest(P);
  const tied = P.filter((x) => x === P[top]).length;
  const limit = info(api.entropy(api.uniform(tied), opts)).as('log n', { n: tied });
  let pathNote;
  if (support === 1) {
    pathNote = L.say('extremes.path.pointMass', { limit }, [claim.equal(limit, 0), claim.equal(h, 0)]);
  } else if (support < n) {
    const supportCeiling = info(api.entropy(api.uniform(support), opts)).as('log n', { n: support });
    pathNote = L.say('extremes.path.zeros', { zeros: n - support, n, support, supportCeiling }, [
      claim.greater(supportCeiling, 0),
      claim.less(supportCeiling, ceil),
    ]);
  } else if (tied === n) {
    pathNote = L.say('extremes.path.uniform', { n, limit }, [claim.equal(limit, ceil), claim.equal(h, ceil)]);
  } else if (tied === 1) pathNote = L.say('extremes.path.full', { n, limit }, [claim.equal(limit, 0)]);
  else
    pathNote = L.say('extremes.path.tied', { n, m: tied, limit }, [claim.greater(limit, 0), claim.less(limit, ceil)]);
  const readouts = { value, note, path: pathNote };

  // The path's ends, as read (a flat path has the same text at both).
  const low = info(path[0]);
  const high = info(path[path.length - 1]);
  const summary = { n, h, ceiling: ceil };
  const descriptions = {
    bars:
      n <= LIST_UP_TO
        ? L.say('extremes.describe.bars', { ...summary, P: L.list(P, L.probability) }, [claim.atMost(h, ceil)])
        : L.say(
            'extremes.describe.barsMany',
            { ...summary, i: top + 1, p: L.probability(P[top]), zeros: n - support },
            [claim.atMost(h, ceil)],
          ),
    path:
      low.text === high.text
        ? L.say('extremes.describe.pathFlat', { ...summary, tMin: L.plain(T_RANGE[0]), tMax: L.plain(T_RANGE[1]) })
        : L.say(
            'extremes.describe.path',
            { ...summary, tMin: L.plain(T_RANGE[0]), tMax: L.plain(T_RANGE[1]), low, high },
            [claim.less(low, high), claim.atMost(high, ceil)],
          ),
  };
  // Entropy as expected surprise: each outcome a bar of width p, height −log p.
  const areas = entropyAreas(api, L, {
    P,
    units,
    labels: Array.from({ length: n }, (_, i) => String(i + 1)),
    series: t('area.extremes.series'),
  });
  const big = areas.largest;
  const bigArea = areas.terms.items[big];
  readouts.sum =
    n <= LIST_UP_TO
      ? L.say(units === 'bits' ? 'area.extremes.sum.bits' : 'area.extremes.sum', { terms: areas.terms, h }, [
          claim.sum(areas.terms.items, h),
        ])
      : L.say('area.extremes.sumMany', { n, h, a: bigArea, i: big + 1, p: L.probability(P[big]) }, [
          claim.atMost(bigArea, h),
        ]);
  readouts.zeroTerm = areas.zeroNote;
  descriptions.areas = L.say('area.extremes.describe', { n, i: big + 1, a: bigArea, h }, [claim.atMost(bigArea, h)]);
  return { charts: { bars, path: pathChart, areas: areas.chart }, readouts, descriptions, announcement: value };
}

/** The self-check: which distribution over 8 outcomes is the most uncertain? */
export function selfCheck(api, state) {
  const { units } = state;
  const L = localize(state.lang);
  const n = 8;
  const info = (x) => L.info(x, units);
  const favourite = 0.5;
  // One outcome at ½, the other seven sharing the rest equally.
  const skewed = api.setProbability(api.uniform(n), 0, favourite);
  const ceiling = info(api.entropy(api.uniform(n), { units })).as('log n', { n: n });
  const pointMass = info(api.entropy(api.pointMass(n, 0), { units }));
  const skewedH = info(api.entropy(skewed, { units }));
  return {
    question: L.say('extremes.check.question', { n }),
    options: [
      {
        text: L.say('extremes.check.pointMass'),
        correct: false,
        feedback: L.say('extremes.check.pointMassFeedback', { h: pointMass }, [claim.equal(pointMass, 0)]),
      },
      {
        text: L.say('extremes.check.skewed', { p: L.plain(favourite), others: n - 1 }),
        correct: false,
        feedback: L.say('extremes.check.skewedFeedback', { h: skewedH, n, ceiling }, [claim.less(skewedH, ceiling)]),
      },
      {
        text: L.say('extremes.check.uniform', { n }),
        correct: true,
        feedback: L.say('extremes.check.uniformFeedback', { n, ceiling }),
      },
    ],
    show: { text: L.say('extremes.check.show'), patch: { P: Array.from(api.uniform(n)) } },
  };
}

/**
 * Predict, then reveal (issue 13): the entropy of the uniform distribution
 * over the N set now, typed in the page's units before the ceiling shows.
 */
export function predict(api, state) {
  const { units } = state;
  const n = state.P.length;
  const L = localize(state.lang);
  const ceilingValue = api.entropy(api.uniform(n), { units });
  const ceiling = L.info(ceilingValue, units).as('log n', { n });
  const s = L.info(api.surprise(api.uniform(n)[0], { units }), units).as('log n', { n });
  const why = L.say('area.predict.extremes.why', { n, s, ceiling }, [claim.equal(s, ceiling)]);
  return {
    id: 'extremes-uniform-value',
    question: L.say('area.predict.extremes.question', { n, units: L.unit(units) }),
    answer: {
      kind: 'number',
      label: L.say('area.predict.extremes.label', { n, units: L.unit(units) }),
      min: 0,
      max: api.entropy(api.uniform(MAX_N), { units }),
      step: 0.01,
      units,
    },
    hides: {
      readouts: ['value', 'note', 'path', 'sum'],
      datasets: { path: [1], areas: [0, 2] },
      descriptions: ['bars', 'path', 'areas'],
    },
    judge: (guess) => judgeNumber(api, L, { guess, value: ceilingValue, units, why }),
  };
}

/** The panel's controls and layout (see ../binder.js). */
export function mount(root, { api, store, L, view }) {
  const { t } = L;
  const state = () => store.get();
  const setP = (values) => store.set({ P: Array.from(values) });
  const setEntry = (index, value) => setP(api.setProbability(state().P, index, value));

  const nControl = rangeControl({
    label: t('extremes.control'),
    name: 'extremes-n',
    value: state().P.length,
    min: MIN_N,
    max: MAX_N,
    integer: true,
    L,
    onChange: (n) => setP(api.resizeDistribution(state().P, n)),
  });
  const presets = buttonRow(t('extremes.presets'), [
    { text: t('extremes.preset.uniform'), onClick: () => setP(api.uniform(state().P.length)) },
    {
      text: t('extremes.preset.pointMass'),
      title: t('extremes.preset.pointMassTitle'),
      onClick: () => setP(api.pointMass(state().P.length, largest(state().P))),
    },
    {
      text: t('extremes.preset.random'),
      onClick: () => {
        const seed = nextSeed(state().seed);
        store.set({ seed, P: Array.from(api.randomDistribution(state().P.length, seed)) });
      },
    },
    {
      text: t('extremes.preset.sharpen'),
      title: t('extremes.preset.sharpenTitle', { T: L.plain(SHARPEN_T) }),
      onClick: () => setP(api.temper(state().P, SHARPEN_T)),
    },
    {
      text: t('extremes.preset.flatten'),
      title: t('extremes.preset.flattenTitle', { T: L.plain(FLATTEN_T) }),
      onClick: () => setP(api.temper(state().P, FLATTEN_T)),
    },
  ]);
  const barsCanvas = view.chart(
    'bars',
    { 'aria-label': t('extremes.barsCanvas') },
    { onDrag: (datasetIndex, index, v) => setEntry(index, v) },
  );
  view.keyboard('bars', {
    probability: true,
    list: () => state().P,
    label: (i) => t('extremes.bar', { i: i + 1 }),
    set: setEntry,
  });
  root.replaceChildren(
    nControl.element,
    h('div', { class: 'chart chart-bars' }, barsCanvas),
    presets,
    view.readout('value'),
    view.readout('note', { className: 'note' }),
    h('div', { class: 'chart' }, view.chart('path', { role: 'img', 'aria-label': t('extremes.pathCanvas') })),
    view.readout('path', { className: 'note' }),
    h(
      'div',
      { class: 'chart chart-areas' },
      view.chart('areas', { role: 'img', 'aria-label': t('area.extremes.canvas') }),
    ),
    view.readout('sum', { className: 'readout worked-sum' }),
    view.readout('zeroTerm', { tag: 'ul', className: 'notes' }),
  );
  return { sync: (s) => nControl.set(s.P.length) };
}
