// Predict, then reveal (web/predict.js): every panel that exports predict(),
// over many random states drawn from its schema (as tests/js/statements.test.js
// draws them), in nats and bits and every language:
// - the question, the answer's labels and options and every feedback judge()
//   gives pass the statement checker (tests/statements.js);
// - the answer has one of the three kinds, with a sane range and the page's units;
// - `hides` names readouts, chart datasets and descriptions render() really has;
// - judge() calls some guesses right and others wrong, and for the questions
//   with an independent answer here (ORACLES), the right answer right, a wrong
//   one wrong, and the feedback's numbers as the formula says.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';
import { LANGUAGES } from '../../web/i18n.js';
import { PANELS } from '../../web/panels/index.js';
import { Statement } from '../../web/statement.js';
import { checkOutput } from '../statements.js';
import { generator, randomState } from '../random-states.js';

const STATES_PER_PANEL = 120;
const WITH_PREDICT = Object.keys(PANELS).filter((name) => typeof PANELS[name].predict === 'function');

let api;
beforeAll(async () => {
  api = await load();
});

function* states(name, count = STATES_PER_PANEL) {
  const r = generator(name.length * 104729 + 7);
  for (let i = 0; i < count; i++) {
    const base = i === 0 ? { ...PANELS[name].defaults } : randomState(api, name, r);
    for (const units of ['nats', 'bits']) {
      for (const lang of LANGUAGES) {
        if (lang !== 'en' && i % 4 !== 0) continue;
        yield { ...base, units, lang };
      }
    }
  }
}

/** Guesses to try: every option, or a grid over the range plus its ends. */
function guesses(answer) {
  if (answer.kind === 'choice') return answer.options.map((_, i) => i);
  const n = 400;
  return Array.from({ length: n + 1 }, (_, i) => answer.min + ((answer.max - answer.min) * i) / n);
}

/**
 * Independent answers, by question id: the right guess and a wrong one for
 * `state`, and a check of the feedback's numbers.
 */
const LOG2E = Math.LOG2E;
const inUnits = (nats, units) => (units === 'bits' ? nats * LOG2E : nats);
function shannonAverage({ P, Q }) {
  let sum = 0;
  P.forEach((p, i) => {
    if (p === 0) return;
    if (!(Q[i] > 0)) {
      sum = Infinity;
      return;
    }
    let length = 0;
    while (2 ** -length > Q[i]) length += 1;
    sum += p * length;
  });
  return sum;
}
function softmaxLoss(logits, k) {
  const top = Math.max(...logits);
  const total = logits.reduce((a, z) => a + Math.exp(z - top), 0);
  return -(logits[k] - top - Math.log(total));
}
function binaryEntropy(p) {
  const term = (x) => (x > 0 ? -x * Math.log(x) : 0);
  return term(p) + term(1 - p);
}

const ORACLES = {
  'surprise-one-in-a-million': {
    right: (state) => inUnits(-Math.log(1e-6), state.units),
    wrong: (state) => 1.25 * inUnits(-Math.log(1e-6), state.units),
    numbers(feedback, state) {
      const { exact, perTen } = feedback.params;
      expect(exact.value).toBeCloseTo(inUnits(6 * Math.log(10), state.units), 9);
      expect(perTen.value).toBeCloseTo(inUnits(Math.log(10), state.units), 9);
    },
  },
  'summary-only-q': {
    // H(P) = −Σ P log P has no Q: only cross-entropy and KL move (option 1).
    right: () => 1,
    wrong: () => 2,
    numbers(feedback, state) {
      const example = feedback.params.parts[1];
      const h = -state.P.reduce((sum, p) => sum + (p > 0 ? p * Math.log(p) : 0), 0);
      const cross = -state.P.reduce((sum, p, i) => sum + (p > 0 ? p * Math.log(state.Q[i]) : 0), 0);
      expect(example.params.h.value).toBeCloseTo(inUnits(h, state.units), 9);
      if (Number.isFinite(cross)) expect(example.params.cross.value).toBeCloseTo(inUnits(cross, state.units), 9);
      else expect(example.params.cross.value).toBe(Infinity);
      // The changed Q leaves H(P) where it was.
      expect(example.params.hThen.value).toBeCloseTo(example.params.h.value, 12);
    },
  },
  // Σ P ⌈−log₂ q⌉, each length the smallest L with 2^−L ≤ q (exact powers of two).
  'coding-average-length': {
    right: (state) => shannonAverage(state),
    wrong: (state) => shannonAverage(state) + 0.5,
    numbers() {},
  },
  'loss-value': {
    right: (state) => inUnits(softmaxLoss(state.logits, state.trueClass), state.units),
    wrong: (state) => 1.5 * inUnits(softmaxLoss(state.logits, state.trueClass), state.units) + 0.1,
    numbers() {},
  },
  'coin-entropy-value': {
    right: (state) => inUnits(binaryEntropy(state.p), state.units),
    wrong: (state) => inUnits(binaryEntropy(state.p), state.units) + 0.2,
    numbers() {},
  },
  'extremes-uniform-value': {
    right: (state) => inUnits(Math.log(state.P.length), state.units),
    wrong: (state) => 2 * inUnits(Math.log(state.P.length), state.units) + 0.3,
    numbers() {},
  },
};

test('some panel asks a question (the tests below are not empty)', () => {
  expect(WITH_PREDICT).toEqual(expect.arrayContaining(['surprise', 'summary']));
});

describe.each(WITH_PREDICT)('%s: predict()', (name) => {
  const panel = PANELS[name];

  test('questions and feedback are true, hides names what render() shows, judge tells right from wrong', () => {
    const problems = [];
    let asked = 0;
    for (const state of states(name)) {
      const q = panel.predict(api, state);
      if (q === null) continue;
      asked += 1;
      const where = `in ${JSON.stringify(state)}`;
      const output = panel.render(api, state);
      expect(typeof q.id).toBe('string');
      expect(q.question).toBeInstanceOf(Statement);
      const { answer, hides } = q;
      expect(['choice', 'number', 'position']).toContain(answer.kind);
      if (answer.kind === 'choice') {
        expect(answer.options.length).toBeGreaterThanOrEqual(2);
        for (const option of answer.options) expect(option).toBeInstanceOf(Statement);
      } else {
        expect(answer.label).toBeInstanceOf(Statement);
        expect(answer.min).toBeLessThan(answer.max);
        if (answer.kind === 'number') expect([state.units, null]).toContain(answer.units);
        if (answer.kind === 'position') {
          expect(answer.axis).toBe('x');
          expect(Object.keys(output.charts)).toContain(answer.chart);
        }
      }
      // hides: real readouts, datasets and descriptions.
      for (const key of hides.readouts ?? []) {
        if (!(key in output.readouts)) problems.push(`hides readout "${key}" that render() lacks ${where}`);
      }
      for (const [chart, indices] of Object.entries(hides.datasets ?? {})) {
        const count = output.charts[chart]?.data.datasets.length ?? -1;
        for (const i of indices) if (!(i >= 0 && i < count)) problems.push(`hides ${chart}[${i}] ${where}`);
      }
      for (const chart of hides.descriptions ?? []) {
        if (output.descriptions[chart] === undefined) problems.push(`hides description "${chart}" ${where}`);
      }
      // judge: some guesses right, some wrong; every feedback true.
      const verdicts = guesses(answer).map((guess) => [guess, q.judge(guess)]);
      // A narrow right answer can fall between the grid's guesses: an oracle's right guess counts too.
      const rightGuess = ORACLES[q.id] ? [[null, q.judge(ORACLES[q.id].right(state))]] : [];
      if (![...verdicts, ...rightGuess].some(([, v]) => v.correct)) problems.push(`no guess is right ${where}`);
      if (!verdicts.some(([, v]) => !v.correct)) problems.push(`every guess is right ${where}`);
      const feedbacks = verdicts.filter((_, i) => answer.kind === 'choice' || i % 40 === 0).map(([, v]) => v.feedback);
      for (const feedback of feedbacks) expect(feedback).toBeInstanceOf(Statement);
      const checked = { question: q.question, answer, feedbacks };
      for (const problem of checkOutput(checked, state)) problems.push(`${problem}\n    ${where}`);
      const oracle = ORACLES[q.id];
      if (oracle) {
        const right = q.judge(oracle.right(state));
        const wrong = q.judge(oracle.wrong(state));
        if (!right.correct) problems.push(`the right answer ${oracle.right(state)} is judged wrong ${where}`);
        if (wrong.correct) problems.push(`the wrong answer ${oracle.wrong(state)} is judged right ${where}`);
        oracle.numbers(right.feedback, state);
        oracle.numbers(wrong.feedback, state);
        for (const problem of checkOutput([right.feedback, wrong.feedback], state)) problems.push(problem);
      }
    }
    expect(asked).toBeGreaterThan(0);
    expect(problems.slice(0, 10)).toEqual([]);
  });

  test('the question is the same fact in every state: its id does not depend on the numbers', () => {
    const ids = new Set();
    for (const state of states(name, 30)) {
      const q = panel.predict(api, state);
      if (q) ids.add(q.id);
    }
    expect(ids.size).toBeGreaterThan(0);
    expect(ids.size).toBeLessThanOrEqual(3);
  });
});

describe('no two panels ask the same question', () => {
  test('ids are unique across panels', () => {
    const owner = new Map();
    for (const name of WITH_PREDICT) {
      const q = PANELS[name].predict(api, { ...PANELS[name].defaults, units: 'nats', lang: 'en' });
      if (!q) continue;
      expect(owner.has(q.id) ? `${q.id} in ${owner.get(q.id)} and ${name}` : null).toBeNull();
      owner.set(q.id, name);
    }
  });
});

describe('the surprise question: a guess is judged by its distance from I(10⁻⁶)', () => {
  test.each(['nats', 'bits'])('in %s: within 5% is right, above and below are said so', (units) => {
    const q = PANELS.surprise.predict(api, { ...PANELS.surprise.defaults, units, lang: 'en' });
    const exact = inUnits(6 * Math.log(10), units);
    expect(q.judge(exact * 1.04).correct).toBe(true);
    expect(q.judge(exact * 0.96).correct).toBe(true);
    expect(q.judge(exact * 1.1)).toMatchObject({ correct: false });
    expect(q.judge(exact * 1.1).feedback.key).toBe('surprise.predict.above');
    expect(q.judge(exact * 0.5).feedback.key).toBe('surprise.predict.below');
    expect(String(q.judge(7).feedback)).toMatch(/^Your 7 (nats|bits) is/);
  });
});
