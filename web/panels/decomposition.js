// Panel 3: cross-entropy decomposed. Two distributions P and Q over K
// categories as draggable bars; a stacked bar shows H(P) + D(P‖Q) = H(P,Q);
// D(Q‖P) beside D(P‖Q) shows that KL is not symmetric.
import { field } from '../state.js';
import { h, isFocused, setListItems, uniqueId } from '../dom.js';
import { buttonRow } from '../controls.js';
import { keyboardProbabilityBars } from '../bar-keyboard.js';
import { describeChart } from '../chart-a11y.js';
import { localize } from '../i18n.js';
import { unitName } from '../format.js';
import { COLORS, applyConfig, axisTitle, barChart, createChart, modelBars } from './chart-common.js';

export const MIN_K = 2;
export const MAX_K = 10;
/** Seeds run from 0 to this; "Random" wraps round to 0 after it. */
export const MAX_SEED = 1e9;

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
  seed: field.integer(0, MAX_SEED),
};
export const constraints = [{ fields: ['P', 'Q'], check: (s) => (s.P.length === s.Q.length ? null : 'note.lengths') }];

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

/**
 * Chart configs, chart descriptions, readout texts and the text to announce
 * for `state` (in state.lang), all numbers from the kernels.
 */
export function render(api, state) {
  const { P, Q, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const info = (x) => L.info(x, units);
  const k = P.length;
  const opts = { units };
  const d = api.decompose(P, Q, opts);
  const ceiling = api.entropy(api.uniform(k), opts); // log K
  const finite = d.kl !== Infinity;

  const bars = barChart({
    labels: categoryLabels(k),
    datasets: [
      {
        label: t('decomposition.P'),
        data: Array.from(P),
        backgroundColor: COLORS.p,
        borderColor: COLORS.p,
        borderWidth: 2,
      },
      modelBars(t('decomposition.Q'), Array.from(Q)),
    ],
    x: { title: axisTitle(t('decomposition.xAxis')) },
    y: { min: 0, max: 1, title: axisTitle(t('decomposition.yAxis')) },
    draggable: true,
    lang: L.lang,
  });

  const stack = barChart({
    labels: ['H(P) + D(P‖Q)', 'H(P, Q)'],
    datasets: [
      {
        label: t('decomposition.stack.entropy'),
        data: [d.entropy, null],
        valueLabels: [info(d.entropy), null],
        backgroundColor: COLORS.entropy,
      },
      {
        label: t('decomposition.stack.kl'),
        data: [finite ? d.kl : null, null],
        valueLabels: [finite ? info(d.kl) : null, null],
        backgroundColor: COLORS.kl,
      },
      {
        label: t('decomposition.stack.cross'),
        data: [null, finite ? d.crossEntropy : null],
        valueLabels: [null, finite ? info(d.crossEntropy) : t('decomposition.stack.offScale')],
        backgroundColor: COLORS.cross,
      },
    ],
    x: {
      stacked: true,
      min: 0,
      suggestedMax: ceiling,
      grace: '12%',
      title: axisTitle(t('decomposition.stack.xAxis', { units: unitName(units) })),
    },
    y: { stacked: true },
    horizontal: true,
    lang: L.lang,
  });

  const notes = [];
  const missing = firstUncovered(P, Q);
  if (missing >= 0) {
    notes.push(t('decomposition.note.uncovered', { i: missing + 1, p: L.probability(P[missing]) }));
  }
  const reverseMissing = firstUncovered(Q, P);
  if (reverseMissing >= 0) {
    notes.push(
      t('decomposition.note.reverseUncovered', { i: reverseMissing + 1, q: L.probability(Q[reverseMissing]) }),
    );
  }
  if (d.kl === 0) {
    notes.push(t('decomposition.note.equal'));
  } else if (d.kl !== d.reverseKl) {
    notes.push(t('decomposition.note.asymmetric'));
  }

  const parts = { h: info(d.entropy), kl: info(d.kl), cross: info(d.crossEntropy) };
  const sum = t(finite ? 'decomposition.sum' : 'decomposition.sum.infinite', parts);
  const readouts = {
    sum,
    entropy: info(d.entropy),
    crossEntropy: info(d.crossEntropy),
    kl: info(d.kl),
    reverseKl: info(d.reverseKl),
    ceiling: t('decomposition.ceiling', { k, ceiling: info(ceiling) }),
    notes,
  };

  const shape = t('decomposition.describe.bars', {
    k,
    P: L.list(P, L.probability),
    Q: L.list(Q, L.probability),
  });
  const descriptions = {
    bars:
      missing >= 0
        ? `${shape} ${t('decomposition.describe.uncovered', { i: missing + 1, p: L.probability(P[missing]) })}`
        : `${shape} ${t(d.kl === 0 ? 'decomposition.describe.equal' : 'decomposition.describe.kl', { kl: parts.kl })}`,
    stack: t(finite ? 'decomposition.describe.stack' : 'decomposition.describe.stackInfinite', parts),
  };
  return { bars, stack, readouts, descriptions, announcement: sum, decomposition: d };
}

/** The self-check: the KL divergence of a distribution from itself (shown for the default P). */
export function selfCheck(L, store, api) {
  const { t } = L;
  const { units } = store.get();
  const example = defaults.P;
  const same = api.decompose(example, example, { units });
  const params = { P: L.list(example, L.probability), kl: L.info(same.kl, units), h: L.info(same.entropy, units) };
  return {
    question: t('decomposition.check.question'),
    options: [
      {
        text: t('decomposition.check.entropy'),
        correct: false,
        feedback: t('decomposition.check.entropyFeedback', params),
      },
      { text: t('decomposition.check.zero'), correct: true, feedback: t('decomposition.check.zeroFeedback', params) },
      {
        text: t('decomposition.check.small'),
        correct: false,
        feedback: t('decomposition.check.smallFeedback', params),
      },
    ],
    show: { text: t('decomposition.check.show'), apply: () => store.set({ Q: Array.from(store.get().P) }) },
  };
}

/** Builds the panel inside `root` and keeps it in step with the store. */
export function mount(root, { api, store, Chart, L = localize(store.get().lang), announce = () => {} }) {
  const { t } = L;
  const state = () => store.get();
  // Every change to P or Q goes through the kernels, which keep it a distribution.
  const setDistribution = (which, values) => store.set({ [which]: Array.from(values) });
  const setEntry = (which, index, value) => setDistribution(which, api.setProbability(state()[which], index, value));
  const entry = (which, i) => t('decomposition.entry', { which, i: i + 1 });

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
    const seed = (state().seed + 1) % (MAX_SEED + 1);
    store.set({ seed });
    return seed;
  };
  const presets = (which) => [
    {
      text: t('decomposition.preset.uniform'),
      onClick: () => setDistribution(which, api.uniform(state()[which].length)),
    },
    {
      text: t('decomposition.preset.pointMass'),
      title: t('decomposition.preset.pointMassTitle'),
      onClick: () => setDistribution(which, api.pointMass(state()[which].length, largest(state()[which]))),
    },
    {
      text: t('decomposition.preset.random'),
      onClick: () => setDistribution(which, api.randomDistribution(state()[which].length, nextSeed())),
    },
  ];
  const pButtons = buttonRow(t('decomposition.presets.P'), presets('P'));
  const qButtons = buttonRow(t('decomposition.presets.Q'), [
    ...presets('Q'),
    { text: t('decomposition.preset.copy'), onClick: () => setDistribution('Q', state().P) },
  ]);

  // The bars are a keyboard slider (keyboardProbabilityBars gives the role).
  const barsCanvas = h('canvas', { 'aria-label': t('decomposition.barsCanvas') });
  const stackCanvas = h('canvas', { role: 'img', 'aria-label': t('decomposition.stackCanvas') });
  const sum = h('p', { class: 'readout', 'data-readout': 'decomposition-sum' });
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
    h('dt', {}, t('decomposition.number.entropy')),
    values.entropy,
    h('dt', {}, t('decomposition.number.crossEntropy')),
    values.crossEntropy,
    h('dt', {}, t('decomposition.number.kl')),
    values.kl,
    h('dt', {}, t('decomposition.number.reverseKl')),
    values.reverseKl,
  );
  const ceiling = h('p', { class: 'note', 'data-readout': 'decomposition-ceiling' });
  const notes = h('ul', { class: 'notes', 'data-readout': 'decomposition-notes' });
  const tableBody = h('tbody');
  const tableMessage = h('p', { class: 'message', role: 'status' });
  const table = h(
    'table',
    { class: 'distribution-table' },
    h('caption', {}, t('decomposition.table.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, t('decomposition.table.category')),
        h('th', { scope: 'col' }, 'P'),
        h('th', { scope: 'col' }, 'Q'),
      ),
    ),
    tableBody,
  );

  root.replaceChildren(
    h('div', { class: 'control' }, h('label', { for: kId }, t('decomposition.control')), kSelect),
    h('div', { class: 'chart chart-bars' }, barsCanvas),
    pButtons,
    qButtons,
    h('div', { class: 'chart chart-stack' }, stackCanvas),
    sum,
    numbers,
    ceiling,
    notes,
    h('details', { class: 'table-details' }, h('summary', {}, t('decomposition.table.summary')), table, tableMessage),
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
        { datasetIndex: 0, index: i, label: entry('P', i), value: p },
        { datasetIndex: 1, index: i, label: entry('Q', i), value: state().Q[i] },
      ]),
    L,
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
            'aria-label': entry(which, i),
            onchange: () => {
              const value = Number(input.value);
              if (input.value.trim() === '' || !(value >= 0 && value <= 1)) {
                input.setAttribute('aria-invalid', 'true');
                tableMessage.textContent = t('decomposition.table.invalid', { entry: entry(which, i) });
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
    const { bars: barsConfig, stack: stackConfig, readouts, descriptions, announcement } = render(api, s);
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
    setListItems(notes, readouts.notes);
    describeChart(barsCanvas, descriptions.bars);
    describeChart(stackCanvas, descriptions.stack);
    keyboard.refresh();
    announce(announcement);
  }
  update(state());
  store.subscribe(update);
  return { charts: { bars, stack }, update };
}
