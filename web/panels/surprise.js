// Panel 1: surprise I(p) = −log p. The curve, a draggable point on it, the
// four properties as live numbers, and two independent events whose
// surprises add.
import { field } from '../state.js';
import { h } from '../dom.js';
import { probabilityControl } from '../controls.js';
import { formatInfo, formatProbability, unitName } from '../format.js';
import { applyConfig, axisTitle, createChart, curveWithMarker } from './chart-common.js';

/** The chart's y axis stops where I(p) reaches this many nats (p ≈ 0.0009). */
export const TOP_NATS = 7;

/** The panel's name for people (embed page heading, iframe title). */
export const title = 'Surprise: how much an outcome tells you';

export const defaults = { p: 0.25, p1: 0.5, p2: 0.25, units: 'nats' };

/** What a link or an attribute may set (see ../state.js). */
export const schema = { p: field.probability(), p1: field.probability(), p2: field.probability() };

/**
 * Everything the panel shows for `state`, computed by the kernels: the chart
 * config (pure data) and the texts of the readouts.
 */
export function render(api, state) {
  const { p, p1, p2, units } = state;
  const opts = { units };
  const curve = api.surpriseCurve({ points: 240, maxNats: TOP_NATS, units });
  const top = curve.y[0]; // I at the left end of the curve: the top of the axis
  const pAtTop = curve.x[0];
  const surprise = api.surprise(p, opts);
  const clipped = surprise > top;
  const joint = api.jointSurprise(p1, p2, opts);
  const s1 = api.surprise(p1, opts);
  const s2 = api.surprise(p2, opts);
  const u = unitName(units);

  const chart = curveWithMarker({
    curve,
    curveLabel: 'I(p) = −log p',
    marker: { x: p, y: clipped ? top : surprise },
    markerLabel: 'your p',
    offChart: clipped,
    offChartLabel: 'your p (I(p) above the chart)',
    xTitle: 'probability p of the event',
    y: { max: top, title: axisTitle(`surprise I(p) in ${u}`) },
  });

  const readouts = {
    value: `I(${formatProbability(p)}) = ${formatInfo(surprise, units)}`,
    clip: clipped
      ? `I(${formatProbability(p)}) = ${formatInfo(surprise, units)} lies above the top of the chart, ` +
        `which is cut at ${formatInfo(top, units)}: as p → 0 the surprise grows without bound` +
        (surprise === Infinity ? ', and an impossible event would be infinitely surprising.' : '.')
      : `The chart is cut at ${formatInfo(top, units)} (p = ${formatProbability(pAtTop)}); ` +
        'the curve keeps rising past it, without bound, as p → 0.',
    properties: [
      `Never negative: I(${formatProbability(p)}) = ${formatInfo(surprise, units)} ≥ 0, since p ≤ 1.`,
      `A certain event tells you nothing: I(1) = ${formatInfo(api.surprise(1, opts), units)}.`,
      `Rare events are very surprising: I(0.001) = ${formatInfo(api.surprise(0.001, opts), units)}, ` +
        `I(0.000001) = ${formatInfo(api.surprise(1e-6, opts), units)}, I(0) = ∞.`,
      'Surprises of independent events add (below).',
    ],
    joint:
      `I(p₁) + I(p₂) = ${formatInfo(s1, units)} + ${formatInfo(s2, units)} = ${formatInfo(joint.sum, units)}; ` +
      `both together: I(p₁·p₂) = I(${formatProbability(joint.probability)}) = ${formatInfo(joint.joint, units)}.`,
  };
  return { chart, readouts };
}

/**
 * The view: builds the panel's controls inside `root`, draws the chart and
 * keeps both in step with the store.
 * @param {HTMLElement} root
 * @param {{api: object, store: object, Chart: Function}} context
 */
export function mount(root, { api, store, Chart }) {
  const state = () => store.get();
  const pControl = probabilityControl({
    label: 'Probability p of the event',
    name: 'surprise-p',
    value: state().p,
    onChange: (p) => store.set({ p }),
  });
  const p1Control = probabilityControl({
    label: 'p₁, first event',
    name: 'surprise-p1',
    value: state().p1,
    onChange: (p1) => store.set({ p1 }),
  });
  const p2Control = probabilityControl({
    label: 'p₂, second event',
    name: 'surprise-p2',
    value: state().p2,
    onChange: (p2) => store.set({ p2 }),
  });
  const canvas = h('canvas', { role: 'img', 'aria-label': 'The surprise curve I(p) = −log p with your point on it' });
  const value = h('p', { class: 'readout', 'data-readout': 'surprise-value', 'aria-live': 'polite' });
  const clip = h('p', { class: 'note', 'data-readout': 'surprise-clip' });
  const properties = h('ul', { class: 'properties', 'data-readout': 'surprise-properties' });
  const joint = h('p', { class: 'readout', 'data-readout': 'surprise-joint' });

  root.replaceChildren(
    h('div', { class: 'chart' }, canvas),
    pControl.element,
    value,
    clip,
    properties,
    h('h3', {}, 'Two independent events'),
    p1Control.element,
    p2Control.element,
    joint,
  );

  // The store update redraws the point on the curve, at I(p) from the kernel.
  const chart = createChart(Chart, canvas, render(api, state()).chart, (dataset, index, point) =>
    store.set({ p: point.x }),
  );

  function update(s) {
    const { chart: config, readouts } = render(api, s);
    applyConfig(chart, config);
    pControl.set(s.p);
    p1Control.set(s.p1);
    p2Control.set(s.p2);
    value.textContent = readouts.value;
    clip.textContent = readouts.clip;
    properties.replaceChildren(...readouts.properties.map((text) => h('li', {}, text)));
    joint.textContent = readouts.joint;
  }
  update(state());
  store.subscribe(update);
  return { charts: { chart }, update };
}
