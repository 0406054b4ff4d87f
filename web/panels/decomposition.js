// Panel: cross-entropy decomposed. Two distributions P and Q over K
// categories as draggable bars; a stacked bar shows H(P) + D(P‖Q) = H(P,Q);
// D(Q‖P) beside D(P‖Q) shows that KL is not symmetric.
import { field } from '../state.js';
import { h, isFocused, uniqueId } from '../dom.js';
import { buttonRow, probabilityEntry, rangeControl } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import { unitName } from '../format.js';
import * as charts from '../charts/common.js';
import { MAX_SEED, largest, nextSeed } from './values.js';
import { crossAreas } from './area.js';

/** Most draws the watchable sampler makes (a link may hold up to this many). */
export const MAX_DRAWS = 2000;
/** Play mode draws one outcome every this many milliseconds. */
export const PLAY_MS = 400;
/** In play mode a screen reader hears a summary every this many draws. */
export const ANNOUNCE_EVERY = 10;
/** With reduced motion, Play draws this many at once instead of animating. */
export const REDUCED_BATCH = 50;

export const MIN_K = 2;
export const MAX_K = 10;

export const defaults = {
  P: [0.4, 0.3, 0.2, 0.1],
  Q: [0.25, 0.25, 0.25, 0.25],
  seed: 1,
  draws: 0,
  drawSeed: 1,
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  P: field.distribution(MIN_K, MAX_K),
  Q: field.distribution(MIN_K, MAX_K),
  seed: field.integer(0, MAX_SEED),
  draws: field.integer(0, MAX_DRAWS),
  drawSeed: field.integer(0, MAX_SEED),
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
  const draws = drawsOutput(api, L, state, d, parts);
  const areas = areaOutput(api, L, state, d, parts, draws.last);
  Object.assign(readouts, areas.readouts, draws.readouts);
  Object.assign(descriptions, areas.descriptions, draws.descriptions);
  return {
    charts: { bars, stack, areas: areas.chart, draws: draws.chart },
    readouts,
    descriptions,
    announcement: sum,
    drawAnnouncement: draws.announcement,
    drawSummary: draws.summary,
    decomposition: d,
  };
}

/**
 * Cross-entropy as area (issue 13): on widths p, heights −log p and −log q;
 * the band between is D(P‖Q), negative per outcome where q > p.
 */
function areaOutput(api, L, state, d, parts, highlight) {
  const { P, Q, units } = state;
  const { chart, terms } = crossAreas(api, L, { P, Q, units, labels: categoryLabels(P.length), highlight });
  const missing = firstUncovered(P, Q);
  const notes = [];
  let reading;
  let description;
  if (missing >= 0) {
    const p = L.probability(P[missing]);
    reading = L.say('area.decomposition.readingInfinite', { i: missing + 1, p }, [
      claim.equal(parts.kl, Infinity),
      claim.equal(parts.cross, Infinity),
    ]);
    description = L.say('area.decomposition.describeInfinite', { i: missing + 1 }, [
      claim.equal(parts.cross, Infinity),
    ]);
  } else {
    reading = L.say('area.decomposition.reading', parts, [claim.sum([parts.h, parts.kl], parts.cross)]);
    description = L.say('area.decomposition.describe', { k: P.length, ...parts }, [
      claim.sum([parts.h, parts.kl], parts.cross),
    ]);
    const negative = Array.from(terms.kl).findIndex((x) => x < 0);
    if (negative >= 0) {
      const term = L.amount(terms.kl[negative], state.units);
      notes.push(
        L.say(
          'area.decomposition.negative',
          { i: negative + 1, q: L.probability(Q[negative]), p: L.probability(P[negative]), term, kl: parts.kl },
          [claim.less(term, 0), claim.atLeast(parts.kl, 0), claim.greater(Q[negative], P[negative])],
        ),
      );
    }
  }
  if (Array.from(terms.p).some((p) => p === 0)) notes.push(L.say('area.zeroTerm'));
  return { chart, readouts: { areas: reading, areaNotes: notes }, descriptions: { areas: description } };
}

/**
 * Draws you can watch (issue 13): state.draws seeded draws from P (seed
 * state.drawSeed), each one's surprise under P and Q, and their running
 * averages against H(P) and H(P, Q); all from the kernels.
 */
function drawsOutput(api, L, state, d, parts) {
  const { P, Q, units, draws: n, drawSeed } = state;
  const { t } = L;
  const info = (x) => L.info(x, units);
  const xEnd = Math.max(n, 10);
  const finiteCross = d.crossEntropy !== Infinity;
  const lines = [
    charts.horizontalLine(t('area.draws.entropy'), d.entropy, [1, xEnd], charts.COLORS.entropy),
    finiteCross
      ? charts.horizontalLine(t('area.draws.cross'), d.crossEntropy, [1, xEnd], charts.COLORS.cross)
      : { ...charts.lineDataset(t('area.draws.cross'), [], charts.COLORS.cross, [6, 4]) },
  ];
  const averages = [[], []];
  const readouts = {};
  let description;
  let announcement = null;
  let summary = null;
  let lastOutcome = null;
  if (n === 0) {
    readouts.lastDraw = L.say('area.draws.none');
    readouts.drawAverage = L.say('area.draws.noAverage');
    readouts.drawNotes = [];
    description = L.say('area.draws.describeEmpty', { h: parts.h, cross: parts.cross });
  } else {
    const outcomes = api.drawOutcomes(P, { n, seed: drawSeed });
    const r = api.runningSurprise(P, Q, outcomes, { units });
    for (let i = 0; i < n; i++) {
      averages[0].push({ x: i + 1, y: r.averageP[i] });
      if (Number.isFinite(r.averageQ[i])) averages[1].push({ x: i + 1, y: r.averageQ[i] });
    }
    const last = n - 1;
    lastOutcome = outcomes[last];
    const x = outcomes[last] + 1;
    const sp = info(r.surpriseP[last]);
    const sq = info(r.surpriseQ[last]);
    readouts.lastDraw = L.say('area.draws.last', { t: n, x, sp, sq }, [claim.atLeast(sp, 0), claim.atLeast(sq, 0)]);
    const avgP = info(r.averageP[last]);
    const avgQ = info(r.averageQ[last]);
    const gap = info(r.gap[last]);
    const notes = [];
    if (Number.isFinite(r.averageQ[last])) {
      readouts.drawAverage = L.say(
        'area.draws.average',
        { n, avgP, h: parts.h, avgQ, cross: parts.cross, gap, kl: parts.kl },
        [claim.sum([avgP, gap], avgQ)],
      );
      description = L.say('area.draws.describe', { n, avgP, h: parts.h, avgQ, cross: parts.cross });
      if (r.gap[last] < 0)
        notes.push(L.say('area.draws.negativeGap', {}, [claim.less(gap, 0), claim.atLeast(parts.kl, 0)]));
    } else {
      readouts.drawAverage = L.say('area.draws.averageInfinite', { n, avgP, h: parts.h }, [
        claim.equal(avgQ, Infinity),
      ]);
      description = L.say('area.draws.describeInfinite', { n, avgP, h: parts.h });
    }
    readouts.drawNotes = notes;
    // The draw itself; the averages are on the chart and in their readout
    // (which a pending prediction may hide).
    announcement = readouts.lastDraw;
    summary = L.say('area.draws.summary', { n, avgP, avgQ });
  }
  const chart = {
    type: 'line',
    data: {
      datasets: [
        charts.lineDataset(t('area.draws.averageP'), averages[0], charts.COLORS.entropy),
        charts.lineDataset(t('area.draws.averageQ'), averages[1], charts.COLORS.cross),
        ...lines,
      ],
    },
    options: {
      ...charts.baseOptions(L.lang),
      scales: {
        x: { type: 'linear', min: 1, max: xEnd, title: charts.axisTitle(t('area.draws.xAxis')) },
        y: {
          type: 'linear',
          min: 0,
          // At least up to log K: with only subnormal values (H(P) = 3.7e-321) the
          // axis would have no span and Chart.js's tick loop never ends.
          suggestedMax: api.entropy(api.uniform(state.P.length), { units }),
          grace: '10%',
          title: charts.axisTitle(t('area.draws.yAxis', { units: unitName(units) })),
        },
      },
    },
  };
  return { chart, readouts, descriptions: { draws: description }, announcement, summary, last: lastOutcome };
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

/**
 * Predict, then reveal (issue 13): where the running average of −log Q(x)
 * over draws from P settles, asked before the draws chart shows its lines.
 * The feedback names the kernels' H(P, Q), H(P) and D(P‖Q) for the P and Q set now.
 */
export function predict(api, state) {
  const { P, Q, units } = state;
  const L = localize(state.lang);
  const d = api.decompose(P, Q, { units });
  const parts = { h: L.info(d.entropy, units), kl: L.info(d.kl, units), cross: L.info(d.crossEntropy, units) };
  const claims =
    d.kl === Infinity ? [claim.equal(parts.cross, Infinity)] : [claim.sum([parts.h, parts.kl], parts.cross)];
  const right = L.say('area.predict.draws.right', parts, claims);
  const wrong = L.say('area.predict.draws.wrong', parts, claims);
  const random = L.say('area.predict.draws.random', parts, claims);
  const options = [
    L.say('area.predict.draws.entropy'),
    L.say('area.predict.draws.cross'),
    L.say('area.predict.draws.kl'),
    L.say('area.predict.draws.zero'),
  ];
  const feedback = [wrong, right, wrong, random];
  return {
    id: 'draws-average-under-q',
    question: L.say('area.predict.draws.question'),
    answer: { kind: 'choice', options },
    hides: {
      readouts: ['drawAverage', 'drawNotes'],
      datasets: { draws: [1, 3] },
      descriptions: ['draws'],
    },
    judge: (guess) => ({ correct: guess === 1, feedback: feedback[guess] }),
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

  const draws = drawControls({ store, L, root });
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
    h(
      'div',
      { class: 'chart chart-areas' },
      view.chart('areas', { role: 'img', 'aria-label': t('area.decomposition.canvas') }),
    ),
    view.readout('areas'),
    view.readout('areaNotes', { tag: 'ul', className: 'notes' }),
    h(
      'div',
      { class: 'draws', role: 'group', 'aria-labelledby': draws.headingId },
      h('p', { class: 'draws-heading', id: draws.headingId }, t('area.draws.heading')),
      h('p', { class: 'note' }, t('area.draws.intro')),
      draws.buttons,
      h('div', { class: 'chart' }, view.chart('draws', { role: 'img', 'aria-label': t('area.draws.canvas') })),
      view.readout('lastDraw'),
      view.readout('drawAverage'),
      view.readout('drawNotes', { tag: 'ul', className: 'notes' }),
      draws.more,
    ),
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
          const input = probabilityEntry({
            label: entry(which, i),
            message: tableMessage,
            invalid: t('decomposition.table.invalid', { entry: entry(which, i) }),
            onValue: (value) => setEntry(which, i, value),
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
    announcement(s, output, previous) {
      // A change of the draws alone: the draw, or in play mode a summary
      // every ANNOUNCE_EVERY draws (and none in between).
      const onlyDraws = previous && previous.draws !== s.draws && previous.P === s.P && previous.Q === s.Q;
      if (!onlyDraws) return output.announcement;
      if (draws.playing()) return s.draws % ANNOUNCE_EVERY === 0 ? output.drawSummary : null;
      return output.drawAnnouncement ?? output.readouts.lastDraw;
    },
    sync(s) {
      draws.sync(s);
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

/**
 * The draw buttons (Draw one, Draw 10, Play/Pause, Start over) and the "More
 * settings" disclosure (the draws' seed and count). Play draws one every
 * PLAY_MS; where the reader asks for reduced motion it does not animate but
 * draws REDUCED_BATCH at once (the button says so).
 */
function drawControls({ store, L, root }) {
  const { t } = L;
  const state = () => store.get();
  const headingId = uniqueId('draws-heading');
  const reduced = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)') ?? { matches: false };
  let timer = null;
  const setDraws = (n) => store.set({ draws: Math.min(MAX_DRAWS, n) });
  const stop = () => {
    if (timer !== null) clearInterval(timer);
    timer = null;
    showPlay();
  };
  const tick = () => {
    if (!root.isConnected || state().draws >= MAX_DRAWS) {
      stop();
      return;
    }
    setDraws(state().draws + 1);
    if (state().draws >= MAX_DRAWS) stop();
  };
  const playButton = h('button', { type: 'button', class: 'draws-play' });
  function showPlay() {
    if (reduced.matches) {
      playButton.textContent = t('area.draws.batch', { n: REDUCED_BATCH });
      playButton.title = t('area.draws.batchTitle');
    } else {
      playButton.textContent = t(timer === null ? 'area.draws.play' : 'area.draws.pause');
      playButton.removeAttribute('title');
    }
  }
  playButton.addEventListener('click', () => {
    if (reduced.matches) {
      setDraws(state().draws + REDUCED_BATCH);
      return;
    }
    if (timer !== null) {
      stop();
      return;
    }
    timer = setInterval(tick, PLAY_MS);
    showPlay();
    tick();
  });
  reduced.addEventListener?.('change', () => {
    stop();
  });
  showPlay();
  const buttons = h(
    'div',
    { class: 'buttons', role: 'group', 'aria-label': t('area.draws.buttons') },
    h('span', { class: 'buttons-label', 'aria-hidden': 'true' }, t('area.draws.buttons')),
    h(
      'button',
      { type: 'button', class: 'draws-one', onclick: () => setDraws(state().draws + 1) },
      t('area.draws.one'),
    ),
    h(
      'button',
      { type: 'button', class: 'draws-ten', onclick: () => setDraws(state().draws + 10) },
      t('area.draws.ten'),
    ),
    playButton,
    h(
      'button',
      {
        type: 'button',
        class: 'draws-reset',
        onclick: () => {
          stop();
          store.set({ draws: 0 });
        },
      },
      t('area.draws.reset'),
    ),
  );
  const seed = rangeControl({
    label: t('area.draws.seed'),
    name: 'draw-seed',
    value: state().drawSeed,
    min: 0,
    max: MAX_SEED,
    integer: true,
    L,
    onChange: (drawSeed) => store.set({ drawSeed }),
  });
  const count = rangeControl({
    label: t('area.draws.count'),
    name: 'draw-count',
    value: state().draws,
    min: 0,
    max: MAX_DRAWS,
    integer: true,
    L,
    onChange: (n) => store.set({ draws: n }),
  });
  const more = h('details', { class: 'more-settings' }, h('summary', {}, t('area.more')), seed.element, count.element);
  return {
    headingId,
    buttons,
    more,
    playing: () => timer !== null,
    sync(s) {
      seed.set(s.drawSeed);
      count.set(s.draws);
    },
  };
}
