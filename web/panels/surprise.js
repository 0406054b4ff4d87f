// Panel 1: surprise I(p) = −log p. The curve, a draggable point on it, the
// four properties as live numbers, and two independent events whose
// surprises add.
import { field } from '../state.js';
import { h, setListItems } from '../dom.js';
import { probabilityControl } from '../controls.js';
import { keyboardBars } from '../bar-keyboard.js';
import { describeChart } from '../chart-a11y.js';
import { localize } from '../i18n.js';
import { unitName } from '../format.js';
import { applyConfig, axisTitle, createChart, curveWithMarker } from './chart-common.js';

/** The chart's y axis stops where I(p) reaches this many nats (p ≈ 0.0009). */
export const TOP_NATS = 7;

export const defaults = { p: 0.25, p1: 0.5, p2: 0.25, units: 'nats' };

/** What a link or an attribute may set (see ../state.js). */
export const schema = { p: field.probability(), p1: field.probability(), p2: field.probability() };

/** The rare events of the third property. */
const RARE = [0.001, 1e-6];

/**
 * Everything the panel shows for `state` (in state.lang), computed by the
 * kernels: the chart config (pure data), the texts of the readouts, the
 * chart's description and the text to announce.
 */
export function render(api, state) {
  const { p, p1, p2, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const opts = { units };
  const info = (x) => L.info(x, units);
  const curve = api.surpriseCurve({ points: 240, maxNats: TOP_NATS, units });
  const top = curve.y[0]; // I at the left end of the curve: the top of the axis
  const pAtTop = curve.x[0];
  const surprise = api.surprise(p, opts);
  const clipped = surprise > top;
  const joint = api.jointSurprise(p1, p2, opts);
  const s1 = api.surprise(p1, opts);
  const s2 = api.surprise(p2, opts);

  const chart = curveWithMarker({
    curve,
    curveLabel: t('surprise.curve'),
    marker: { x: p, y: clipped ? top : surprise },
    markerLabel: t('surprise.marker'),
    offChart: clipped,
    offChartLabel: t('surprise.offChart'),
    xTitle: t('surprise.xAxis'),
    y: { max: top, title: axisTitle(t('surprise.yAxis', { units: unitName(units) })) },
    lang: L.lang,
  });

  const at = { p: L.probability(p), i: info(surprise) };
  let clip;
  if (!clipped) clip = t('surprise.clip.below', { top: info(top), p: L.probability(pAtTop) });
  else if (surprise === Infinity) clip = t('surprise.clip.infinite', { ...at, top: info(top) });
  else clip = t('surprise.clip.above', { ...at, top: info(top) });

  const value = t('surprise.value', at);
  const readouts = {
    value,
    clip,
    properties: [
      t('surprise.property.positive', at),
      t('surprise.property.certain', { i: info(api.surprise(1, opts)) }),
      t('surprise.property.rare', {
        p1: L.plain(RARE[0]),
        i1: info(api.surprise(RARE[0], opts)),
        p2: L.plain(RARE[1]),
        i2: info(api.surprise(RARE[1], opts)),
      }),
      t('surprise.property.additive'),
    ],
    joint: t('surprise.joint', {
      i1: info(s1),
      i2: info(s2),
      sum: info(joint.sum),
      p: L.probability(joint.probability),
      joint: info(joint.joint),
    }),
  };
  const descriptions = {
    chart: t(clipped ? 'surprise.describe.above' : 'surprise.describe', {
      top: info(top),
      pTop: L.probability(pAtTop),
      ...at,
    }),
  };
  return { chart, readouts, descriptions, announcement: value };
}

/** The self-check: two independent fair events, how surprising together? */
export function selfCheck(L, store, api) {
  const { t } = L;
  const bits = { units: 'bits' };
  const half = 0.5;
  const one = api.surprise(half, bits);
  const both = api.jointSurprise(half, half, bits);
  const params = {
    p: L.plain(half),
    one: L.info(one, 'bits'),
    both: L.probability(both.probability),
    sum: L.info(both.sum, 'bits'),
    joint: L.info(both.joint, 'bits'),
  };
  return {
    question: t('surprise.check.question', params),
    options: [
      { text: t('surprise.check.same', params), correct: false, feedback: t('surprise.check.sameFeedback', params) },
      { text: t('surprise.check.add', params), correct: true, feedback: t('surprise.check.addFeedback', params) },
      { text: t('surprise.check.less', params), correct: false, feedback: t('surprise.check.lessFeedback', params) },
    ],
    show: { text: t('surprise.check.show', params), apply: () => store.set({ p1: half, p2: half, units: 'bits' }) },
  };
}

/**
 * The view: builds the panel's controls inside `root`, draws the chart and
 * keeps both in step with the store.
 * @param {HTMLElement} root
 * @param {{api: object, store: object, Chart: Function, L?: object, announce?: (text: string) => void}} context
 */
export function mount(root, { api, store, Chart, L = localize(store.get().lang), announce = () => {} }) {
  const { t } = L;
  const state = () => store.get();
  const pControl = probabilityControl({
    label: t('surprise.control'),
    name: 'surprise-p',
    value: state().p,
    L,
    onChange: (p) => store.set({ p }),
  });
  const p1Control = probabilityControl({
    label: t('surprise.control.p1'),
    name: 'surprise-p1',
    value: state().p1,
    L,
    onChange: (p1) => store.set({ p1 }),
  });
  const p2Control = probabilityControl({
    label: t('surprise.control.p2'),
    name: 'surprise-p2',
    value: state().p2,
    L,
    onChange: (p2) => store.set({ p2 }),
  });
  const canvas = h('canvas', { 'aria-label': t('surprise.canvas') });
  const value = h('p', { class: 'readout', 'data-readout': 'surprise-value' });
  const clip = h('p', { class: 'note', 'data-readout': 'surprise-clip' });
  const properties = h('ul', { class: 'properties', 'data-readout': 'surprise-properties' });
  const joint = h('p', { class: 'readout', 'data-readout': 'surprise-joint' });

  root.replaceChildren(
    h('div', { class: 'chart' }, canvas),
    pControl.element,
    value,
    clip,
    properties,
    h('h3', {}, t('surprise.twoEvents')),
    p1Control.element,
    p2Control.element,
    joint,
  );

  // The store update redraws the point on the curve, at I(p) from the kernel.
  // The drag plugin holds on to the dragged point by dataset and index, so a
  // point that crossed between the disc (1) and the triangle (2) mid-drag
  // left it holding nothing (a TypeError at every move): during a drag the
  // point stays in the dataset it was grabbed in, and takes its shape on release.
  let grabbed = null;
  const config = render(api, state()).chart;
  Object.assign(config.options.plugins.dragData, {
    onDragStart: (event, datasetIndex) => {
      grabbed = datasetIndex;
    },
    onDragEnd: () => {
      grabbed = null;
      update(state());
    },
  });
  const chart = createChart(Chart, canvas, config, (dataset, index, point) => store.set({ p: point.x }));
  // The point drags sideways; off the chart it lives in the triangle dataset (2).
  const keyboard = keyboardBars({
    canvas,
    chart,
    axis: 'x',
    bars: () => [
      {
        datasetIndex: chart.data.datasets[1].data.length > 0 ? 1 : 2,
        index: 0,
        label: t('surprise.marker'),
        value: state().p,
      },
    ],
    min: 0,
    max: 1,
    step: 0.01,
    bigStep: 0.1,
    format: L.probability,
    L,
    set: (datasetIndex, index, p) => store.set({ p }),
  });

  let previous = null;
  function update(s) {
    const { chart: config, readouts, descriptions, announcement } = render(api, s);
    const datasets = config.data.datasets;
    if (grabbed !== null && datasets[grabbed].data.length === 0) {
      const other = grabbed === 1 ? 2 : 1;
      [datasets[grabbed].data, datasets[other].data] = [datasets[other].data, []];
    }
    applyConfig(chart, config);
    pControl.set(s.p);
    p1Control.set(s.p1);
    p2Control.set(s.p2);
    value.textContent = readouts.value;
    clip.textContent = readouts.clip;
    setListItems(properties, readouts.properties);
    joint.textContent = readouts.joint;
    describeChart(canvas, descriptions.chart);
    keyboard.refresh();
    // Moving p₁ or p₂ (and not p) changes only the two-events readout: speak that.
    const twoEvents = previous && previous.p === s.p && (previous.p1 !== s.p1 || previous.p2 !== s.p2);
    announce(twoEvents ? readouts.joint : announcement);
    previous = s;
  }
  update(state());
  store.subscribe(update);
  return { charts: { chart }, update };
}
