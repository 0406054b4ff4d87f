// Panel 3: cross-entropy decomposed. Two distributions P and Q over K
// categories as draggable bars; a stacked bar shows H(P) + D(P‖Q) = H(P,Q);
// D(Q‖P) beside D(P‖Q) shows that KL is not symmetric.
import { field } from '../state.js';
import { h, isFocused, uniqueId } from '../dom.js';
import { buttonRow } from '../controls.js';
import { keyboardProbabilityBars } from '../bar-keyboard.js';
import { formatInfo, formatProbability, unitName } from '../format.js';
import { COLORS, applyConfig, axisTitle, barChart, createChart, modelBars } from './chart-common.js';

export const MIN_K = 2;
export const MAX_K = 10;

/** The panel's name for people (embed page heading, iframe title). */
export const title = 'Cross-entropy = entropy + KL divergence';

export const defaults = {
  P: [0.4, 0.3, 0.2, 0.1],
  Q: [0.25, 0.25, 0.25, 0.25],
  seed: 1,
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  P: field.distribution(MIN_K, MAX_K),
  Q: field.distribution(MIN_K, MAX_K),
  seed: field.integer(0, 1e9),
};
export const constraints = [{ fields: ['P', 'Q'], check: (s) => (s.P.length === s.Q.length ? null : 'note.lengths') }];

const NAMES = { P: 'P (what really happens)', Q: 'Q (the model)' };

/** Category labels as learners count them: 1, 2, …, K. */
function categoryLabels(k) {
  return Array.from({ length: k }, (_, i) => String(i + 1));
}

/** First category where `a` has mass and `b` has none, or -1. */
export function firstUncovered(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] > 0 && b[i] === 0) return i;
  return -1;
}

/** Index of the largest entry (the first, on ties). */
export function largest(values) {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

/** Chart configs and readout texts for `state`, all numbers from the kernels. */
export function render(api, state) {
  const { P, Q, units } = state;
  const k = P.length;
  const opts = { units };
  const d = api.decompose(P, Q, opts);
  const ceiling = api.entropy(api.uniform(k), opts); // log K
  const u = unitName(units);
  const finite = d.kl !== Infinity;

  const bars = barChart({
    labels: categoryLabels(k),
    datasets: [
      { label: NAMES.P, data: Array.from(P), backgroundColor: COLORS.p, borderColor: COLORS.p, borderWidth: 2 },
      modelBars(NAMES.Q, Array.from(Q)),
    ],
    x: { title: axisTitle('category') },
    y: { min: 0, max: 1, title: axisTitle('probability') },
    draggable: true,
  });

  const stack = barChart({
    labels: ['H(P) + D(P‖Q)', 'H(P, Q)'],
    datasets: [
      {
        label: 'H(P): entropy, the cost nobody can avoid',
        data: [d.entropy, null],
        valueLabels: [formatInfo(d.entropy, units), null],
        backgroundColor: COLORS.entropy,
      },
      {
        label: 'D(P‖Q): KL divergence, the penalty for the wrong model',
        data: [finite ? d.kl : null, null],
        valueLabels: [finite ? formatInfo(d.kl, units) : null, null],
        backgroundColor: COLORS.kl,
      },
      {
        label: 'H(P, Q): cross-entropy',
        data: [null, finite ? d.crossEntropy : null],
        valueLabels: [null, finite ? formatInfo(d.crossEntropy, units) : '∞: off the scale'],
        backgroundColor: COLORS.cross,
      },
    ],
    x: { stacked: true, min: 0, suggestedMax: ceiling, grace: '12%', title: axisTitle(`information in ${u}`) },
    y: { stacked: true },
    horizontal: true,
  });

  const notes = [];
  const missing = firstUncovered(P, Q);
  if (missing >= 0) {
    notes.push(
      `Q gives category ${missing + 1} probability 0, but P gives it ${formatProbability(P[missing])}: ` +
        'the model calls impossible something that happens, so D(P‖Q) and H(P, Q) are infinite.',
    );
  }
  const reverseMissing = firstUncovered(Q, P);
  if (reverseMissing >= 0) {
    notes.push(
      `D(Q‖P) is infinite: P gives category ${reverseMissing + 1} probability 0 where Q gives ` +
        `${formatProbability(Q[reverseMissing])}.`,
    );
  }
  if (d.kl === 0) {
    notes.push('Q equals P: no penalty at all, and the cross-entropy is just the entropy.');
  } else if (d.kl !== d.reverseKl) {
    notes.push('D(P‖Q) and D(Q‖P) differ: KL divergence depends on which distribution comes first.');
  }

  const readouts = {
    sum: finite
      ? `H(P) + D(P‖Q) = ${formatInfo(d.entropy, units)} + ${formatInfo(d.kl, units)} = ${formatInfo(d.crossEntropy, units)} = H(P, Q)`
      : `H(P) + D(P‖Q) = ${formatInfo(d.entropy, units)} + ∞ = ∞ = H(P, Q)`,
    entropy: formatInfo(d.entropy, units),
    crossEntropy: formatInfo(d.crossEntropy, units),
    kl: formatInfo(d.kl, units),
    reverseKl: formatInfo(d.reverseKl, units),
    ceiling: `Largest possible H(P) with ${k} categories: log ${k} = ${formatInfo(ceiling, units)}.`,
    notes,
  };
  return { bars, stack, readouts, decomposition: d };
}

/** Builds the panel inside `root` and keeps it in step with the store. */
export function mount(root, { api, store, Chart }) {
  const state = () => store.get();
  // Every change to P or Q goes through the kernels, which keep it a distribution.
  const setDistribution = (which, values) => store.set({ [which]: Array.from(values) });
  const setEntry = (which, index, value) => setDistribution(which, api.setProbability(state()[which], index, value));

  const kId = uniqueId('decomposition-k');
  const kSelect = h(
    'select',
    {
      id: kId,
      name: 'k',
      onchange: () => {
        const k = Number(kSelect.value);
        store.set({
          P: Array.from(api.resizeDistribution(state().P, k)),
          Q: Array.from(api.resizeDistribution(state().Q, k)),
        });
      },
    },
    Array.from({ length: MAX_K - MIN_K + 1 }, (_, i) => h('option', { value: String(MIN_K + i) }, String(MIN_K + i))),
  );
  const nextSeed = () => {
    const seed = state().seed + 1;
    store.set({ seed });
    return seed;
  };
  const presets = (which) => [
    { text: 'Uniform', onClick: () => setDistribution(which, api.uniform(state()[which].length)) },
    {
      text: 'Point mass',
      title: 'All probability on the currently largest category',
      onClick: () => setDistribution(which, api.pointMass(state()[which].length, largest(state()[which]))),
    },
    {
      text: 'Random',
      onClick: () => setDistribution(which, api.randomDistribution(state()[which].length, nextSeed())),
    },
  ];
  const pButtons = buttonRow('P:', presets('P'));
  const qButtons = buttonRow('Q:', [
    ...presets('Q'),
    { text: 'Set Q = P', onClick: () => setDistribution('Q', state().P) },
  ]);

  const barsCanvas = h('canvas', {
    role: 'img',
    'aria-label': 'Bar chart of P and Q over the categories; drag a bar to change it',
  });
  const stackCanvas = h('canvas', {
    role: 'img',
    'aria-label': 'Stacked bar: entropy plus KL divergence equals cross-entropy',
  });
  const sum = h('p', { class: 'readout', 'data-readout': 'decomposition-sum', 'aria-live': 'polite' });
  const cell = (name) => h('dd', { 'data-readout': `decomposition-${name}` });
  const values = {
    entropy: cell('entropy'),
    crossEntropy: cell('cross-entropy'),
    kl: cell('kl'),
    reverseKl: cell('reverse-kl'),
  };
  const numbers = h(
    'dl',
    { class: 'numbers' },
    h('dt', {}, 'Entropy H(P)'),
    values.entropy,
    h('dt', {}, 'Cross-entropy H(P, Q)'),
    values.crossEntropy,
    h('dt', {}, 'KL divergence D(P‖Q)'),
    values.kl,
    h('dt', {}, 'Reverse KL D(Q‖P)'),
    values.reverseKl,
  );
  const ceiling = h('p', { class: 'note', 'data-readout': 'decomposition-ceiling' });
  const notes = h('ul', { class: 'notes', 'data-readout': 'decomposition-notes' });
  const tableBody = h('tbody');
  const tableMessage = h('p', { class: 'message', role: 'status' });
  const table = h(
    'table',
    { class: 'distribution-table' },
    h('caption', {}, 'P and Q by category (type a value; the others rescale to keep the sum 1)'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Category'),
        h('th', { scope: 'col' }, 'P'),
        h('th', { scope: 'col' }, 'Q'),
      ),
    ),
    tableBody,
  );

  root.replaceChildren(
    h('div', { class: 'control' }, h('label', { for: kId }, 'Number of categories K'), kSelect),
    h('div', { class: 'chart chart-bars' }, barsCanvas),
    pButtons,
    qButtons,
    h('div', { class: 'chart chart-stack' }, stackCanvas),
    sum,
    numbers,
    ceiling,
    notes,
    h('details', { class: 'table-details' }, h('summary', {}, 'Edit the values in a table'), table, tableMessage),
  );

  const first = render(api, state());
  // The store update redraws every bar, renormalised by the kernel.
  const bars = createChart(Chart, barsCanvas, first.bars, (datasetIndex, index, value) =>
    setEntry(datasetIndex === 0 ? 'P' : 'Q', index, value),
  );
  const stack = createChart(Chart, stackCanvas, first.stack);
  const keyboard = keyboardProbabilityBars({
    canvas: barsCanvas,
    chart: bars,
    bars: () =>
      state().P.flatMap((p, i) => [
        { datasetIndex: 0, index: i, label: `P of category ${i + 1}`, value: p },
        { datasetIndex: 1, index: i, label: `Q of category ${i + 1}`, value: state().Q[i] },
      ]),
    set: (datasetIndex, index, value) => setEntry(datasetIndex === 0 ? 'P' : 'Q', index, value),
  });

  // Table rows are rebuilt only when K changes, so typing is never interrupted.
  let inputs = [];
  function buildTable(k) {
    inputs = [];
    tableBody.replaceChildren(
      ...Array.from({ length: k }, (_, i) => {
        const row = h('tr', {}, h('th', { scope: 'row' }, String(i + 1)));
        const pair = {};
        for (const which of ['P', 'Q']) {
          const input = h('input', {
            type: 'number',
            class: 'number',
            min: 0,
            max: 1,
            step: 0.01,
            'aria-label': `${which} of category ${i + 1}`,
            onchange: () => {
              const value = Number(input.value);
              if (input.value.trim() === '' || !(value >= 0 && value <= 1)) {
                input.setAttribute('aria-invalid', 'true');
                tableMessage.textContent = `${which} of category ${i + 1} must be a probability from 0 to 1.`;
                return;
              }
              input.removeAttribute('aria-invalid');
              tableMessage.textContent = '';
              setEntry(which, i, value);
            },
          });
          pair[which] = input;
          row.append(h('td', {}, input));
        }
        inputs.push(pair);
        return row;
      }),
    );
  }

  function update(s) {
    const { bars: barsConfig, stack: stackConfig, readouts } = render(api, s);
    const k = s.P.length;
    applyConfig(bars, barsConfig);
    applyConfig(stack, stackConfig);
    kSelect.value = String(k);
    if (inputs.length !== k) buildTable(k);
    inputs.forEach((pair, i) => {
      for (const which of ['P', 'Q']) {
        const input = pair[which];
        const value = s[which][i];
        if (!isFocused(input) || Number(input.value) !== value) {
          input.value = String(Number(value.toFixed(6)));
        }
      }
    });
    sum.textContent = readouts.sum;
    for (const key of Object.keys(values)) values[key].textContent = readouts[key];
    ceiling.textContent = readouts.ceiling;
    notes.replaceChildren(...readouts.notes.map((text) => h('li', {}, text)));
    keyboard.refresh();
  }
  update(state());
  store.subscribe(update);
  return { charts: { bars, stack }, update };
}
