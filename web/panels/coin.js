// Panel 2: the biased coin. Binary entropy H(p) over p in [0, 1], a slider
// and a draggable marker, readouts in both units.
import { field } from '../state.js';
import { h } from '../dom.js';
import { buttonRow, probabilityControl } from '../controls.js';
import { formatInfo, formatProbability, unitName } from '../format.js';
import { applyConfig, axisTitle, createChart, curveWithMarker } from './chart-common.js';

/** The panel's name for people (embed page heading, iframe title). */
export const title = 'Entropy of a biased coin';

export const defaults = { p: 0.5, units: 'nats' };

/** What a link or an attribute may set (see ../state.js). */
export const schema = { p: field.probability() };

const OTHER_UNITS = { nats: 'bits', bits: 'nats' };

/** Chart config and readout texts for `state`, all numbers from the kernels. */
export function render(api, state) {
  const { p, units } = state;
  const curve = api.binaryEntropyCurve({ points: 201, units });
  const entropy = api.binaryEntropy(p, { units });
  const other = OTHER_UNITS[units];
  const entropyOther = api.binaryEntropy(p, { units: other });
  const ceiling = api.binaryEntropy(0.5, { units });
  const ceilingOther = api.binaryEntropy(0.5, { units: other });
  const u = unitName(units);

  const chart = curveWithMarker({
    curve,
    curveLabel: 'H(p) = −p log p − (1 − p) log(1 − p)',
    marker: { x: p, y: entropy },
    markerLabel: 'your coin',
    xTitle: 'probability of heads p',
    y: { suggestedMax: ceiling, grace: '8%', title: axisTitle(`entropy H(p) in ${u}`) },
  });

  let note;
  if (entropy === 0) {
    note = 'No uncertainty at all: this coin always lands the same way, so watching it teaches you nothing.';
  } else if (p === 0.5) {
    note = `The most uncertain coin: a fair flip carries the most information, ${formatInfo(ceiling, units)} = ${formatInfo(ceilingOther, other)}.`;
  } else {
    note =
      `Less than the fair coin's ${formatInfo(ceiling, units)}: the more lopsided the coin, ` +
      'the easier its flips are to predict.';
  }
  const readouts = {
    value: `H(${formatProbability(p)}) = ${formatInfo(entropy, units)} = ${formatInfo(entropyOther, other)}`,
    note,
  };
  return { chart, readouts };
}

/** Builds the panel inside `root` and keeps it in step with the store. */
export function mount(root, { api, store, Chart }) {
  const state = () => store.get();
  const control = probabilityControl({
    label: 'Probability of heads p',
    name: 'coin-p',
    value: state().p,
    onChange: (p) => store.set({ p }),
  });
  const presets = buttonRow('Coins:', [
    { text: 'Fair (0.5)', onClick: () => store.set({ p: 0.5 }) },
    { text: 'Biased (0.9)', onClick: () => store.set({ p: 0.9 }) },
    { text: 'Always heads (1)', onClick: () => store.set({ p: 1 }) },
  ]);
  const canvas = h('canvas', { role: 'img', 'aria-label': 'The binary entropy curve H(p) with your coin on it' });
  const value = h('p', { class: 'readout', 'data-readout': 'coin-value', 'aria-live': 'polite' });
  const note = h('p', { class: 'note', 'data-readout': 'coin-note' });
  root.replaceChildren(h('div', { class: 'chart' }, canvas), control.element, presets, value, note);

  const chart = createChart(Chart, canvas, render(api, state()).chart, (dataset, index, point) =>
    store.set({ p: point.x }),
  );

  function update(s) {
    const { chart: config, readouts } = render(api, s);
    applyConfig(chart, config);
    control.set(s.p);
    value.textContent = readouts.value;
    note.textContent = readouts.note;
  }
  update(state());
  store.subscribe(update);
  return { charts: { chart }, update };
}
