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

const STATES_PER_PANEL = 120;
const WITH_PREDICT = Object.keys(PANELS).filter((name) => typeof PANELS[name].predict === 'function');

let api;
beforeAll(async () => {
  api = await load();
});

/** Mulberry32, seeded: the same states on every run. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (values) => values[Math.floor(next() * values.length)],
    uniform: (lo, hi) => lo + (hi - lo) * next(),
  };
}

/** A distribution of length k: random, with a zero, a point mass or uniform. */
function distribution(r, k) {
  const kind = r.pick(['random', 'random', 'zeros', 'pointMass', 'uniform']);
  if (kind === 'uniform') return Array.from(api.uniform(k));
  if (kind === 'pointMass') return Array.from(api.pointMass(k, r.int(0, k - 1)));
  const P = Array.from(api.randomDistribution(k, r.int(0, 1e6)));
  return kind === 'zeros' && k > 2 ? Array.from(api.setProbability(P, r.int(0, k - 1), 0)) : P;
}

function number(r, lo, hi, { log = false, integer = false } = {}) {
  if (r.chance(0.1)) return r.pick([lo, hi]);
  let x = log && lo > 0 ? Math.exp(r.uniform(Math.log(lo), Math.log(hi))) : r.uniform(lo, hi);
  if (integer) x = Math.round(x);
  return Math.min(hi, Math.max(lo, x));
}

/** A random state for `name` from its schema (list fields share one length). */
function randomState(name, r) {
  const panel = PANELS[name];
  const lists = Object.values(panel.schema).filter((f) => f.kind === 'distribution' || f.kind === 'numbers');
  const k = lists.length
    ? r.int(Math.max(...lists.map((f) => f.minLength)), Math.min(...lists.map((f) => f.maxLength), 16))
    : 0;
  const state = { ...panel.defaults };
  for (const [key, f] of Object.entries(panel.schema)) {
    if (f.kind === 'distribution') state[key] = distribution(r, k);
    else if (f.kind === 'numbers') state[key] = Array.from({ length: k }, () => number(r, f.min, f.max));
    else if (f.kind === 'choice') state[key] = r.pick(f.values);
    else if (f.kind === 'integer')
      state[key] = key === 'trueClass' ? r.int(0, k - 1) : number(r, f.min, f.max, { integer: true });
    else state[key] = number(r, f.min, f.max, { log: f.min > 0 && f.max / f.min > 100 });
  }
  return state;
}

function* states(name, count = STATES_PER_PANEL) {
  const r = generator(name.length * 104729 + 7);
  for (let i = 0; i < count; i++) {
    const base = i === 0 ? { ...PANELS[name].defaults } : randomState(name, r);
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
      if (!verdicts.some(([, v]) => v.correct)) problems.push(`no guess is right ${where}`);
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
