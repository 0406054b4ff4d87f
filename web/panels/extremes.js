// Panel: the extremes of entropy. An editable distribution over N categories
// (N = 2..64), its entropy against the ceiling log N, and the temperature
// path that runs from a point mass (H = 0) to the uniform (H = log N).
import { field } from '../state.js';
import { h } from '../dom.js';
import { buttonRow, rangeControl } from '../controls.js';
import { keyboardProbabilityBars } from '../bar-keyboard.js';
import { formatInfo, formatProbability, unitName } from '../format.js';
import {
  COLORS,
  applyConfig,
  axisTitle,
  barChart,
  baseOptions,
  createChart,
  horizontalLine,
  lineDataset,
  logTicks,
} from './chart-common.js';
import { largest } from './decomposition.js';

export const MIN_N = 2;
export const MAX_N = 64;
/** The temperature path is drawn for T from 1/20 to 20. */
export const T_RANGE = [0.05, 20];
/** "Sharpen" and "Flatten" temper P by these temperatures. */
export const SHARPEN_T = 0.5;
export const FLATTEN_T = 2;

/** The panel's name for people (embed page heading, iframe title). */
export const title = 'The extremes of entropy';

export const defaults = {
  P: [0.3, 0.2, 0.15, 0.12, 0.1, 0.07, 0.04, 0.02],
  seed: 1,
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = { P: field.distribution(MIN_N, MAX_N), seed: field.integer(0, 1e9) };

/** Chart configs and readout texts for `state`, all numbers from the kernels. */
export function render(api, state) {
  const { P, units } = state;
  const n = P.length;
  const opts = { units };
  const entropy = api.entropy(P, opts);
  const ceiling = api.entropy(api.uniform(n), opts);
  const temperatures = api.logSpace(T_RANGE[0], T_RANGE[1], 121);
  const path = api.entropyAlongTemperature(P, temperatures, opts);
  const support = P.filter((p) => p > 0).length;
  const supportCeiling = api.entropy(api.uniform(support), opts);
  const u = unitName(units);

  const bars = barChart({
    labels: Array.from({ length: n }, (_, i) => String(i + 1)),
    datasets: [{ label: 'P', data: Array.from(P), backgroundColor: COLORS.p, borderColor: COLORS.p, borderWidth: 1 }],
    x: { title: axisTitle('category'), ticks: { autoSkip: true, maxRotation: 0 } },
    y: { min: 0, max: 1, title: axisTitle('probability') },
    legend: false,
    draggable: true,
  });

  const pathChart = {
    type: 'line',
    data: {
      datasets: [
        lineDataset(
          'H(P_T): entropy of P tempered by T',
          Array.from(temperatures, (t, i) => ({ x: t, y: path[i] })),
          COLORS.p,
        ),
        horizontalLine(`ceiling log ${n} (uniform)`, ceiling, T_RANGE, COLORS.q),
        {
          label: 'your P (T = 1)',
          data: [{ x: 1, y: entropy }],
          showLine: false,
          pointRadius: 7,
          backgroundColor: COLORS.marker,
          borderColor: '#ffffff',
          borderWidth: 2,
        },
      ],
    },
    options: {
      ...baseOptions(),
      scales: {
        x: {
          type: 'logarithmic',
          min: T_RANGE[0],
          max: T_RANGE[1],
          ticks: logTicks(),
          title: axisTitle('temperature T (log scale)'),
        },
        y: { type: 'linear', min: 0, suggestedMax: ceiling, grace: '5%', title: axisTitle(`entropy in ${u}`) },
      },
    },
  };

  let note;
  if (entropy === 0) {
    note = 'A point mass: one outcome is certain, so there is nothing to learn from a draw. H = 0 is the minimum.';
  } else if (support === n && entropy === ceiling) {
    note = `The uniform distribution: every outcome equally likely, the most uncertainty ${n} categories allow.`;
  } else {
    note =
      `Between the extremes: below the ceiling log ${n} = ${formatInfo(ceiling, units)} because some outcomes ` +
      'are likelier than others, above 0 because more than one can happen.';
  }
  const readouts = {
    value: `H(P) = ${formatInfo(entropy, units)}; ceiling log ${n} = ${formatInfo(ceiling, units)}`,
    note,
    path:
      support < n
        ? `P puts 0 on ${n - support} of the ${n} categories. Tempering never revives a zero, so as T grows the ` +
          `path flattens towards log ${support} = ${formatInfo(supportCeiling, units)}, the uniform over the ` +
          `${support} outcomes left, not towards log ${n}.`
        : 'As T → 0 the path falls to 0 (all mass on the likeliest category); as T grows it rises towards the ' +
          `ceiling log ${n}: tempering runs from the point mass to the uniform.`,
  };
  return { bars, path: pathChart, readouts };
}

/** Builds the panel inside `root` and keeps it in step with the store. */
export function mount(root, { api, store, Chart }) {
  const state = () => store.get();
  const setP = (values) => store.set({ P: Array.from(values) });
  const setEntry = (index, value) => setP(api.setProbability(state().P, index, value));

  const nControl = rangeControl({
    label: 'Number of categories N',
    name: 'extremes-n',
    value: state().P.length,
    min: MIN_N,
    max: MAX_N,
    integer: true,
    onChange: (n) => setP(api.resizeDistribution(state().P, n)),
  });
  const presets = buttonRow('P:', [
    { text: 'Uniform', onClick: () => setP(api.uniform(state().P.length)) },
    {
      text: 'Point mass',
      title: 'All probability on the currently largest category',
      onClick: () => setP(api.pointMass(state().P.length, largest(state().P))),
    },
    {
      text: 'Random',
      onClick: () => {
        const seed = state().seed + 1;
        store.set({ seed, P: Array.from(api.randomDistribution(state().P.length, seed)) });
      },
    },
    {
      text: 'Sharpen',
      title: `Temper by T = ${SHARPEN_T}: likely outcomes gain, unlikely ones lose`,
      onClick: () => setP(api.temper(state().P, SHARPEN_T)),
    },
    {
      text: 'Flatten',
      title: `Temper by T = ${FLATTEN_T}: the distribution evens out`,
      onClick: () => setP(api.temper(state().P, FLATTEN_T)),
    },
  ]);
  const barsCanvas = h('canvas', { 'aria-label': 'Bar chart of P over the categories; drag a bar to change it' });
  const pathCanvas = h('canvas', {
    role: 'img',
    'aria-label': 'Entropy of P tempered by T, from the point mass to the uniform',
  });
  const value = h('p', { class: 'readout', 'data-readout': 'extremes-value', 'aria-live': 'polite' });
  const note = h('p', { class: 'note', 'data-readout': 'extremes-note' });
  const pathNote = h('p', { class: 'note', 'data-readout': 'extremes-path' });
  root.replaceChildren(
    nControl.element,
    h('div', { class: 'chart chart-bars' }, barsCanvas),
    presets,
    value,
    note,
    h('div', { class: 'chart' }, pathCanvas),
    pathNote,
  );

  const first = render(api, state());
  const bars = createChart(Chart, barsCanvas, first.bars, (datasetIndex, index, v) => setEntry(index, v));
  const path = createChart(Chart, pathCanvas, first.path);
  const keyboard = keyboardProbabilityBars({
    canvas: barsCanvas,
    chart: bars,
    bars: () => state().P.map((p, i) => ({ datasetIndex: 0, index: i, label: `P of category ${i + 1}`, value: p })),
    set: (datasetIndex, index, v) => setEntry(index, v),
  });

  function update(s) {
    const { bars: barsConfig, path: pathConfig, readouts } = render(api, s);
    applyConfig(bars, barsConfig);
    applyConfig(path, pathConfig);
    nControl.set(s.P.length);
    value.textContent = readouts.value;
    note.textContent = readouts.note;
    pathNote.textContent = readouts.path;
    keyboard.refresh();
  }
  update(state());
  store.subscribe(update);
  return { charts: { bars, path }, update };
}
