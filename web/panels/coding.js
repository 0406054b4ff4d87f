// Panel: coding, as the reading's summary means it. Symbols A–D come from P;
// a code built from a model Q gives symbol i a codeword of ⌈−log₂ q_i⌉ binary
// digits (Shannon's code, a prefix code). With P's own code a symbol costs
// about H(P) bits on average, with Q's code about H(P, Q) bits; the bits
// wasted are D(P‖Q). A sample message from P is sent with both codes.
//
// Units: code lengths are counts of binary digits whatever the page's units
// (they are never converted); entropies are in the page's units, and on a
// page in nats also in bits (a stated conversion), so that they can be
// compared with the digits.
import { field } from '../state.js';
import { h, isFocused } from '../dom.js';
import { buttonRow, probabilityEntry } from '../controls.js';
import { localize } from '../i18n.js';
import { claim } from '../statement.js';
import * as charts from '../charts/common.js';
import { MAX_SEED, nextSeed } from './values.js';

/** The alphabet. */
export const SYMBOLS = ['A', 'B', 'C', 'D'];
/** Symbols in a sample message. */
export const MESSAGE_LENGTH = 16;
/** Codewords longer than this are shown by their start and their length. */
const LONGEST_SHOWN = 16;
/** An encoded message longer than this many digits is shown by its start. */
const STREAM_SHOWN = 120;
/** A guess within this many digits of the average counts as right. */
export const GUESS_TOLERANCE = 0.05;
/** How far a computed entropy in bits may sit from the exact value (a few ulps of a few bits). */
const ROUNDING = 1e-12;

export const defaults = {
  P: [0.5, 0.25, 0.125, 0.125],
  Q: [0.25, 0.25, 0.25, 0.25],
  seed: 1,
  units: 'nats',
};

/** What a link or an attribute may set (see ../state.js). */
export const schema = {
  P: field.distribution(SYMBOLS.length, SYMBOLS.length),
  Q: field.distribution(SYMBOLS.length, SYMBOLS.length),
  seed: field.integer(0, MAX_SEED),
};

const DYADIC = [0.5, 0.25, 0.125, 0.125];

/** Everything the panel shows, from the kernels: codes, averages, the message. */
export function codes(api, { P, Q, seed, units }) {
  const codeP = shannonCodeOrNull(api, P);
  const codeQ = shannonCodeOrNull(api, Q);
  if (!codeP || !codeQ) return { codeP, codeQ, averageQ: Infinity };
  const message = api.sampleMessage(P, { n: MESSAGE_LENGTH, seed });
  return {
    codeP,
    codeQ,
    averageP: api.averageCodeLength(P, codeP.lengths),
    averageQ: api.averageCodeLength(P, codeQ.lengths),
    huffman: api.averageCodeLength(P, api.huffmanLengths(P)),
    ideal: Array.from(Q, (q) => api.surprise(q, { units: 'bits' })),
    page: api.decompose(P, Q, { units }),
    bits: api.decompose(P, Q, { units: 'bits' }),
    message,
    messageP: api.messageLength(codeP.lengths, message),
    messageQ: api.messageLength(codeQ.lengths, message),
  };
}

/**
 * Shannon's code for D, or null where its lengths leave no room for a prefix
 * code: only when D sums to a hair above 1 (within the 1e-9 the kernels
 * allow) and has a symbol below 2^−29 (the kernel refuses it, saying so).
 */
function shannonCodeOrNull(api, D) {
  try {
    return api.shannonCode(D);
  } catch {
    return null;
  }
}

/** A codeword cell: the digits, or what stands for them. */
function codewordText(L, word, length) {
  if (length === Infinity) return L.say('coding.codeword.none');
  if (length === 0) return L.say('coding.codeword.empty');
  if (word.length > LONGEST_SHOWN) {
    return L.say('coding.codeword.long', { start: word.slice(0, LONGEST_SHOWN), n: L.number(length, 0) });
  }
  return L.say('coding.codeword', { word });
}

/** The message's symbols encoded one codeword after another (a space between codewords, to read them). */
function stream(code, message) {
  const text = Array.from(message, (s) => code.codewords[s]).join(' ');
  return text.length > STREAM_SHOWN ? `${text.slice(0, STREAM_SHOWN)}…` : text;
}

/** P and Q as draggable bars over the symbols. */
function barsChart(L, { P, Q }) {
  const { t } = L;
  return charts.barChart({
    labels: SYMBOLS,
    datasets: [
      {
        label: t('coding.P'),
        data: Array.from(P),
        backgroundColor: charts.COLORS.p,
        borderColor: charts.COLORS.p,
        borderWidth: 2,
      },
      charts.modelBars(t('coding.Q'), Array.from(Q)),
    ],
    x: { title: charts.axisTitle(t('coding.xAxis')) },
    y: { min: 0, max: 1, title: charts.axisTitle(t('coding.yAxis')) },
    draggable: true,
    lang: L.lang,
  });
}

function describeBars(L, { P, Q }) {
  return L.say('coding.describe.bars', { P: L.list(P, L.probability), Q: L.list(Q, L.probability) });
}

/** The first symbol P sends that Q's code has no codeword for, or -1. */
function uncoded(P, code) {
  return P.findIndex((p, i) => p > 0 && code.lengths[i] === Infinity);
}

/**
 * Chart configs, readouts, chart descriptions and the text to announce for
 * `state` (in state.lang), all numbers from the kernels.
 */
export function render(api, state) {
  const { P, Q, units } = state;
  const L = localize(state.lang);
  const { t } = L;
  const c = codes(api, state);
  const nats = units === 'nats';
  if (!c.codeP || !c.codeQ) return noCode(L, state, c);
  const suffix = nats ? '' : '.bits';
  const digits = (x) => L.number(x);
  const info = (x) => L.info(x, units);
  const inBits = (x) => L.info(x, 'bits');

  const bars = barsChart(L, state);
  // The averages against their ideals: at least the entropy, less than one digit above it.
  // (The entropies are sums of logs, a few ulps from the exact value; the
  // averages of whole digits are exact on dyadic models, where the two agree.)
  const bounded = (average, idealBits) => [
    claim.atLeast(average, idealBits - ROUNDING),
    claim.less(average, idealBits + 1),
  ];
  const h = info(c.page.entropy);
  const hb = inBits(c.bits.entropy);
  const ce = info(c.page.crossEntropy);
  const ceb = inBits(c.bits.crossEntropy);
  const kl = info(c.page.kl);
  const avgP = digits(c.averageP);
  const avgQ = digits(c.averageQ);
  const conversion = (a, b) => (nats ? [claim.convert(a, b)] : []);

  const ownCode = L.say(`coding.ownCode${suffix}`, { avg: avgP, h, hb }, [
    ...conversion(h, hb),
    ...bounded(avgP, c.bits.entropy),
  ]);
  const missing = uncoded(P, c.codeQ);
  const modelCode =
    missing >= 0
      ? L.say('coding.modelCode.none', { symbol: SYMBOLS[missing], ce }, [claim.equal(ce, Infinity)])
      : L.say(`coding.modelCode${suffix}`, { avg: avgQ, ce, ceb }, [
          ...conversion(ce, ceb),
          ...bounded(avgQ, c.bits.crossEntropy),
        ]);
  const wasted =
    c.page.kl === Infinity
      ? L.say('coding.wasted.infinite', { kl }, [claim.equal(kl, Infinity)])
      : L.say('coding.wasted', { ce, h, kl }, [claim.sum([ce, { q: h, sign: -1 }], kl), claim.atLeast(kl, 0)]);
  const kp = digits(c.codeP.kraftSum);
  const kq = digits(c.codeQ.kraftSum);
  const huffman = digits(c.huffman);

  const messageText = Array.from(c.message, (s) => SYMBOLS[s]).join('');
  const messageSymbolMissing = Array.from(c.message).find((s) => c.codeQ.lengths[s] === Infinity);
  const readouts = {
    ownCode,
    modelCode,
    wasted,
    kraft: L.say('coding.kraft', { kp, kq }, [claim.atMost(kp, 1), claim.atMost(kq, 1)]),
    huffman: L.say('coding.huffman', { huffman, own: avgP }, [
      claim.atMost(huffman, c.averageP),
      claim.atLeast(huffman, c.bits.entropy - ROUNDING),
    ]),
    message: L.say('coding.message', { n: MESSAGE_LENGTH, symbols: messageText }),
    streamP: L.say('coding.stream.P', { n: L.number(c.messageP, 0), bits: stream(c.codeP, c.message) }),
    streamQ:
      messageSymbolMissing === undefined
        ? L.say('coding.stream.Q', { n: L.number(c.messageQ, 0), bits: stream(c.codeQ, c.message) })
        : L.say('coding.stream.none', { symbol: SYMBOLS[messageSymbolMissing] }),
  };
  SYMBOLS.forEach((symbol, i) => {
    readouts[`ideal${i}`] = digits(c.ideal[i]);
    readouts[`codeQ${i}`] = codewordText(L, c.codeQ.codewords[i], c.codeQ.lengths[i]);
    readouts[`codeP${i}`] = codewordText(L, c.codeP.codewords[i], c.codeP.lengths[i]);
  });

  const descriptions = { bars: describeBars(L, state) };
  return { charts: { bars }, readouts, descriptions, announcement: L.join(modelCode, wasted), coding: c };
}

/** What render() shows when a code cannot be built (see shannonCodeOrNull). */
function noCode(L, state, c) {
  const note = L.say('coding.note.noCode', { which: c.codeP ? 'Q' : 'P' });
  const readouts = {
    ownCode: note,
    modelCode: '',
    wasted: '',
    kraft: '',
    huffman: '',
    message: '',
    streamP: '',
    streamQ: '',
  };
  SYMBOLS.forEach((symbol, i) => Object.assign(readouts, { [`ideal${i}`]: '', [`codeQ${i}`]: '', [`codeP${i}`]: '' }));
  const bars = barsChart(L, state);
  const descriptions = { bars: describeBars(L, state) };
  return { charts: { bars }, readouts, descriptions, announcement: note, coding: c };
}

/** The self-check: how long is the codeword of a symbol the model gives 1/8? */
export function selfCheck(api, state) {
  const L = localize(state.lang);
  const ideal = L.number(api.surprise(0.125, { units: 'bits' }));
  const params = { ideal };
  const claims = [claim.equal(ideal, 3)];
  return {
    question: L.say('coding.check.question'),
    options: [
      {
        text: L.say('coding.check.three'),
        correct: true,
        feedback: L.say('coding.check.threeFeedback', params, claims),
      },
      {
        text: L.say('coding.check.eight'),
        correct: false,
        feedback: L.say('coding.check.eightFeedback', params, claims),
      },
      {
        text: L.say('coding.check.eighth'),
        correct: false,
        feedback: L.say('coding.check.eighthFeedback', params, claims),
      },
    ],
    show: { text: L.say('coding.check.show'), patch: { Q: [...DYADIC] } },
  };
}

/**
 * Predict, then reveal: how many binary digits per symbol Q's code takes on
 * average for symbols from P (none when some symbol P sends has no codeword).
 */
export function predict(api, state) {
  const L = localize(state.lang);
  const c = codes(api, state);
  if (c.averageQ === Infinity) return null;
  const avg = L.number(c.averageQ);
  return {
    id: 'coding-average-length',
    question: L.say('coding.predict.question'),
    answer: {
      kind: 'number',
      label: L.say('coding.predict.label'),
      min: 0,
      max: 64,
      step: 0.01,
      units: null,
    },
    hides: { readouts: ['modelCode', 'wasted', 'streamQ'], datasets: {}, descriptions: [] },
    judge(guess) {
      const yours = L.number(guess);
      const correct = guess >= c.averageQ - GUESS_TOLERANCE && guess <= c.averageQ + GUESS_TOLERANCE;
      const feedback = correct
        ? L.say('coding.predict.right', { avg, guess: yours })
        : L.say(`coding.predict.${guess < c.averageQ ? 'low' : 'high'}`, { avg, guess: yours }, [
            claim[guess < c.averageQ ? 'less' : 'greater'](yours, avg),
          ]);
      return { correct, feedback };
    },
  };
}

/** The panel's controls and layout (see ../binder.js). */
export function mount(root, { api, store, L, view }) {
  const { t } = L;
  const state = () => store.get();
  // Every change to P or Q goes through the kernels, which keep it a distribution.
  const setDistribution = (which, values) => store.set({ [which]: Array.from(values) });
  const setEntry = (which, index, value) => setDistribution(which, api.setProbability(state()[which], index, value));
  const entry = (which, i) => t('coding.entry', { which, symbol: SYMBOLS[i] });

  const barsCanvas = view.chart(
    'bars',
    { 'aria-label': t('coding.barsCanvas') },
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
  const qButtons = buttonRow(t('coding.presets.Q'), [
    { text: t('coding.preset.uniform'), onClick: () => setDistribution('Q', api.uniform(SYMBOLS.length)) },
    { text: t('coding.preset.copy'), onClick: () => setDistribution('Q', state().P) },
    { text: t('coding.preset.reversed'), onClick: () => setDistribution('Q', [...state().P].reverse()) },
  ]);
  const pButtons = buttonRow(t('coding.presets.P'), [
    { text: t('coding.preset.dyadic'), onClick: () => setDistribution('P', DYADIC) },
    { text: t('coding.preset.uniform'), onClick: () => setDistribution('P', api.uniform(SYMBOLS.length)) },
  ]);

  // The code table: P and Q typed per symbol, the ideal length and both codewords.
  const tableMessage = h('p', { class: 'message', role: 'status' });
  const inputs = SYMBOLS.map((symbol, i) => {
    const pair = {};
    for (const which of ['P', 'Q']) {
      const input = probabilityEntry({
        label: entry(which, i),
        message: tableMessage,
        invalid: t('coding.table.invalid', { entry: entry(which, i) }),
        onValue: (value) => setEntry(which, i, value),
      });
      pair[which] = input;
    }
    return pair;
  });
  const cell = (name) => view.readout(name, { tag: 'td', className: 'codeword' });
  const table = h(
    'table',
    { class: 'code-table' },
    h('caption', {}, t('coding.table.caption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ...['symbol', 'p', 'q', 'ideal', 'codeQ', 'codeP'].map((c) =>
          h('th', { scope: 'col' }, t(`coding.table.${c}`)),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      ...SYMBOLS.map((symbol, i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, symbol),
          h('td', {}, inputs[i].P),
          h('td', {}, inputs[i].Q),
          view.readout(`ideal${i}`, { tag: 'td', className: null }),
          cell(`codeQ${i}`),
          cell(`codeP${i}`),
        ),
      ),
    ),
  );
  const newMessage = buttonRow(t('coding.messageButtons'), [
    { text: t('coding.newMessage'), onClick: () => store.set({ seed: nextSeed(state().seed) }) },
  ]);

  root.replaceChildren(
    h('p', { class: 'try' }, t('coding.try')),
    h('div', { class: 'chart chart-bars' }, barsCanvas),
    qButtons,
    view.readout('ownCode'),
    view.readout('modelCode'),
    view.readout('wasted'),
    h('div', { class: 'table-scroll' }, table),
    tableMessage,
    view.readout('message', { className: 'note' }),
    h(
      'div',
      { class: 'streams' },
      view.readout('streamP', { className: 'stream' }),
      view.readout('streamQ', { className: 'stream' }),
    ),
    newMessage,
    h(
      'details',
      { class: 'how-computed' },
      h('summary', {}, t('coding.how.summary')),
      h('p', {}, t('coding.how.text')),
      view.readout('kraft', { className: 'note' }),
      view.readout('huffman', { className: 'note' }),
      pButtons,
    ),
  );

  return {
    sync(s) {
      inputs.forEach((pair, i) => {
        for (const which of ['P', 'Q']) {
          const input = pair[which];
          const value = s[which][i];
          if (!isFocused(input) || Number(input.value) !== value) input.value = String(Number(value.toFixed(6)));
        }
      });
    },
  };
}
