// Panel: cross-entropy decomposed. Two distributions P and Q over K
// categories as draggable bars; a stacked bar shows H(P) + D(P‖Q) = H(P,Q);
// D(Q‖P) beside D(P‖Q) shows that KL is not symmetric.
import { field } from '../state.js';
import { h, isFocused, uniqueId } from '../dom.js';
import { buttonRow } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import { unitName } from '../format.js';
import * as charts from '../charts/common.js';
import { MAX_SEED, largest, nextSeed } from './values.js';

export const MIN_K = 2;
export const MAX_K = 10;

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

  const bars = charts.barChart({
    labels: categoryLabels(k),
    datasets: [
      {
        label: t('decomposition.P'),
        data: Array.from(P),
        backgroundColor: charts.COLORS.p,
        borderColor: charts.COLORS.p,
        borderWidth: 2,
      },
      charts.modelBars(t('decomposition.Q'), Array.from(Q)),
    ],
    x: { title: charts.axisTitle(t('decomposition.xAxis')) },
    y: { min: 0, max: 1, title: charts.axisTitle(t('decomposition.yAxis')) },
    draggable: true,
    lang: L.lang,
  });

  const stack = charts.barChart({
    labels: ['H(P) + D(P‖Q)', 'H(P, Q)'],
    datasets: [
      {
        label: t('decomposition.stack.entropy'),
        data: [d.entropy, null],
        valueLabels: [String(info(d.entropy)), null],
        backgroundColor: charts.COLORS.entropy,
      },
      {
        label: t('decomposition.stack.kl'),
        data: [finite ? d.kl : null, null],
        valueLabels: [finite ? String(info(d.kl)) : null, null],
        backgroundColor: charts.COLORS.kl,
      },
      {
        label: t('decomposition.stack.cross'),
        data: [null, finite ? d.crossEntropy : null],
        valueLabels: [null, finite ? String(info(d.crossEntropy)) : t('decomposition.stack.offScale')],
        backgroundColor: charts.COLORS.cross,
      },
    ],
    x: {
      stacked: true,
      min: 0,
      suggestedMax: ceiling,
      grace: '12%',
      title: charts.axisTitle(t('decomposition.stack.xAxis', { units: unitName(units) })),
    },
    y: { stacked: true },
    horizontal: true,
    lang: L.lang,
  });

  const parts = { h: info(d.entropy), kl: info(d.kl), cross: info(d.crossEntropy) };
  const reverse = info(d.reverseKl);
  const notes = [];
  const missing = firstUncovered(P, Q);
  if (missing >= 0) {
    notes.push(
      L.say('decomposition.note.uncovered', { i: missing + 1, p: L.probability(P[missing]) }, [
        claim.equal(parts.kl, Infinity),
      ]),
    );
  }
  const reverseMissing = firstUncovered(Q, P);
  if (reverseMissing >= 0) {
    notes.push(
      L.say('decomposition.note.reverseUncovered', { i: reverseMissing + 1, q: L.probability(Q[reverseMissing]) }, [
        claim.equal(reverse, Infinity),
      ]),
    );
  }
  if (d.kl === 0) {
    notes.push(L.say('decomposition.note.equal', {}, [claim.equal(parts.kl, 0), claim.equal(parts.cross, parts.h)]));
  } else if (d.kl !== d.reverseKl) {
    notes.push(L.say('decomposition.note.asymmetric'));
  }

  const sum = finite
    ? L.say('decomposition.sum', parts, [claim.sum([parts.h, parts.kl], parts.cross)])
    : L.say('decomposition.sum.infinite', parts, [claim.equal(parts.kl, Infinity), claim.equal(parts.cross, Infinity)]);
  const ceil = info(ceiling);
  const readouts = {
    sum,
    entropy: parts.h,
    crossEntropy: parts.cross,
    kl: parts.kl,
    reverseKl: reverse,
    ceiling: L.say('decomposition.ceiling', { k, ceiling: ceil.as('log n', { n: k }) }, [claim.atMost(parts.h, ceil)]),
    notes,
  };

  const shape = L.say('decomposition.describe.bars', {
    k,
    P: L.list(P, L.probability),
    Q: L.list(Q, L.probability),
  });
  let shapeNote;
  if (missing >= 0) {
    shapeNote = L.say('decomposition.describe.uncovered', { i: missing + 1, p: L.probability(P[missing]) }, [
      claim.equal(parts.kl, Infinity),
    ]);
  } else if (d.kl === 0)
    shapeNote = L.say('decomposition.describe.equal', { kl: parts.kl }, [claim.equal(parts.kl, 0)]);
  else shapeNote = L.say('decomposition.describe.kl', { kl: parts.kl }, [claim.greater(parts.kl, 0)]);
  const descriptions = {
    bars: L.join(shape, shapeNote),
    stack: finite
      ? L.say('decomposition.describe.stack', parts, [claim.sum([parts.h, parts.kl], parts.cross)])
      : L.say('decomposition.describe.stackInfinite', parts, [claim.equal(parts.cross, Infinity)]),
  };
  return { charts: { bars, stack }, readouts, descriptions, announcement: sum, decomposition: d };
}

/** The self-check: the KL divergence of a distribution from itself (for the P set now). */
export function selfCheck(api, state) {
  const { units, P } = state;
  const L = localize(state.lang);
  const same = api.decompose(P, P, { units });
  const kl = L.info(same.kl, units);
  const h = L.info(same.entropy, units);
  const params = { P: L.list(P, L.probability), kl, h };
  const claims = [claim.equal(kl, 0)];
  return {
    question: L.say('decomposition.check.question'),
    options: [
      {
        text: L.say('decomposition.check.entropy'),
        correct: false,
        feedback: L.say('decomposition.check.entropyFeedback', params, claims),
      },
      {
        text: L.say('decomposition.check.zero'),
        correct: true,
        feedback: L.say('decomposition.check.zeroFeedback', params, claims),
      },
      {
        text: L.say('decomposition.check.small'),
        correct: false,
        feedback: L.say('decomposition.check.smallFeedback', params, claims),
      },
    ],
    show: { text: L.say('decomposition.check.show'), patch: { Q: Array.from(P) } },
  };
}

/** The panel's controls and layout (see ../binder.js). */
export function mount(root, { api, store, L, view }) {
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
  const stepSeed = () => {
    const seed = nextSeed(state().seed);
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
      onClick: () => setDistribution(which, api.randomDistribution(state()[which].length, stepSeed())),
    },
  ];
  const pButtons = buttonRow(t('decomposition.presets.P'), presets('P'));
  const qButtons = buttonRow(t('decomposition.presets.Q'), [
    ...presets('Q'),
    { text: t('decomposition.preset.copy'), onClick: () => setDistribution('Q', state().P) },
  ]);

  // The bars are a keyboard slider (keyboardProbabilityBars gives the role).
  // The store update redraws every bar, renormalised by the kernel.
  const barsCanvas = view.chart(
    'bars',
    { 'aria-label': t('decomposition.barsCanvas') },
    { onDrag: (datasetIndex, index, value) => setEntry(datasetIndex === 0 ? 'P' : 'Q', index, value) },
  );
  view.keyboard('bars', {
    probability: true,
    bars: () =>
      state().P.flatMap((p, i) => [
        { datasetIndex: 0, index: i, label: entry('P', i), value: p },
        { datasetIndex: 1, index: i, label: entry('Q', i), value: state().Q[i] },
      ]),
    set: (datasetIndex, index, value) => setEntry(datasetIndex === 0 ? 'P' : 'Q', index, value),
  });
  const stackCanvas = view.chart('stack', { role: 'img', 'aria-label': t('decomposition.stackCanvas') });
  const cell = (name) => view.readout(name, { tag: 'dd', className: null });
  const numbers = h(
    'dl',
    { class: 'numbers' },
    h('dt', {}, t('decomposition.number.entropy')),
    cell('entropy'),
    h('dt', {}, t('decomposition.number.crossEntropy')),
    cell('crossEntropy'),
    h('dt', {}, t('decomposition.number.kl')),
    cell('kl'),
    h('dt', {}, t('decomposition.number.reverseKl')),
    cell('reverseKl'),
  );
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
    view.readout('sum'),
    numbers,
    view.readout('ceiling', { className: 'note' }),
    view.readout('notes', { tag: 'ul', className: 'notes' }),
    h('details', { class: 'table-details' }, h('summary', {}, t('decomposition.table.summary')), table, tableMessage),
  );

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

  return {
    sync(s) {
      const k = s.P.length;
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
    },
  };
}
