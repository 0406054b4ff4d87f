// The coding panel's pure render(), selfCheck() and predict(): codewords,
// averages against the entropies (computed here independently), the sample
// message's length, and the question asked before the answer is shown.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { Statement, statementsIn } from '../../../web/statement.js';
import { GUESS_TOLERANCE, SYMBOLS, defaults, predict, render, selfCheck } from '../../../web/panels/coding.js';
import { checkOutput } from '../../statements.js';
import { asText } from './as-text.js';

let api;
beforeAll(async () => {
  api = await load();
});

/** Σ p·(−log₂ q), written out here. */
const crossEntropyBits = (P, Q) => P.reduce((sum, p, i) => (p > 0 ? sum - p * Math.log2(Q[i]) : sum), 0);

/** True when no codeword is the start of another. */
const prefixFree = (words) => words.every((a, i) => words.every((b, j) => i === j || !b.startsWith(a)));

describe('coding panel', () => {
  test('default: P = ½, ¼, ⅛, ⅛ gets codewords 0, 10, 110, 111 and uniform Q two digits each', () => {
    const out = asText(render(api, { ...defaults, lang: 'en' }));
    expect(SYMBOLS.map((s, i) => out.readouts[`codeP${i}`])).toEqual(['0', '10', '110', '111']);
    expect(SYMBOLS.map((s, i) => out.readouts[`codeQ${i}`])).toEqual(['00', '01', '10', '11']);
    expect(out.readouts.ownCode).toBe(
      'P’s own code: 1.750 binary digits per symbol on average. The ideal is H(P) = 1.213 nats = 1.750 bits; whole digits cost less than one digit more.',
    );
    expect(out.readouts.wasted).toMatch(/= 0\.173 nats\.$/);
  });

  test('averages are Σ p·length, between H(P, Q) and H(P, Q) + 1 bits, on random P and Q', () => {
    for (let seed = 0; seed < 40; seed++) {
      const P = Array.from(api.randomDistribution(4, seed));
      const Q = Array.from(api.randomDistribution(4, seed + 1000));
      const { coding: c } = render(api, { ...defaults, P, Q, lang: 'en' });
      const lengths = Q.map((q) => Math.ceil(-Math.log2(q)));
      expect(Array.from(c.codeQ.lengths)).toEqual(lengths);
      expect(prefixFree(c.codeQ.codewords)).toBe(true);
      expect(c.averageQ).toBeCloseTo(
        P.reduce((sum, p, i) => sum + p * lengths[i], 0),
        12,
      );
      const h = crossEntropyBits(P, Q);
      expect(c.averageQ).toBeGreaterThanOrEqual(h - 1e-12);
      expect(c.averageQ).toBeLessThan(h + 1);
      // The message: its length is the sum of its codewords' lengths.
      const sent = Array.from(c.message, (s) => c.codeQ.codewords[s]).join('');
      expect(c.messageQ).toBe(sent.length);
    }
  });

  test('a symbol P sends that Q gives 0 has no codeword, and the waste is infinite', () => {
    const out = asText(render(api, { ...defaults, P: [0.5, 0.5, 0, 0], Q: [1, 0, 0, 0], lang: 'en' }));
    expect(out.readouts.modelCode).toMatch(/^Q’s code has no codeword for B/);
    expect(out.readouts.codeQ1).toBe('none (probability 0)');
    expect(out.readouts.codeQ0).toBe('none needed (0 digits)');
    expect(out.readouts.wasted).toMatch(/D\(P‖Q\) = ∞ nats\.$/);
    expect(predict(api, { ...defaults, P: [0.5, 0.5, 0, 0], Q: [1, 0, 0, 0], lang: 'en' })).toBeNull();
  });

  test('in bits the entropies are not converted again; in German with decimal commas', () => {
    const bits = asText(render(api, { ...defaults, units: 'bits', lang: 'en' }));
    expect(bits.readouts.ownCode).toContain('H(P) = 1.750 bits;');
    const de = asText(render(api, { ...defaults, lang: 'de' }));
    expect(de.readouts.ownCode).toMatch(/^Der eigene Code von P: im Mittel 1,750 Binärziffern/);
  });

  test('the self-check asks for the length of a ⅛ codeword, answered by the kernel', () => {
    const check = selfCheck(api, { ...defaults, lang: 'en' });
    const right = check.options.filter((o) => o.correct);
    expect(right).toHaveLength(1);
    expect(String(right[0].text)).toBe('3');
    expect(String(right[0].feedback)).toContain(`= ${api.surprise(0.125, { units: 'bits' }).toFixed(3)}`);
  });
});

describe('coding panel: predict, then reveal', () => {
  test('asks for the average with Q’s code and hides every readout that states it', () => {
    const state = { ...defaults, lang: 'en' };
    const q = predict(api, state);
    expect(q.answer).toMatchObject({ kind: 'number', units: null });
    const { readouts } = render(api, state);
    const average = String(render(api, state).coding.averageQ.toFixed(3));
    const shown = Object.entries(readouts).filter(([key, value]) => String(value).includes(`${average} binary`));
    expect(shown.map(([key]) => key).every((key) => q.hides.readouts.includes(key))).toBe(true);
    expect(String(q.question)).not.toContain(average);
  });

  test('judges the learner’s own number, with the kernel’s average in the feedback', () => {
    const state = { ...defaults, lang: 'en' };
    const q = predict(api, state);
    const { coding } = render(api, state);
    expect(q.judge(coding.averageQ).correct).toBe(true);
    expect(q.judge(coding.averageQ + GUESS_TOLERANCE / 2).correct).toBe(true);
    const low = q.judge(1.5);
    expect(low.correct).toBe(false);
    expect(String(low.feedback)).toBe(
      'Q’s code takes 2.000 binary digits per symbol on average, more than your 1.500: weight each codeword’s length by how often P sends its symbol.',
    );
    expect(String(q.judge(3).feedback)).toMatch(/less than your 3\.000/);
  });

  test('every question, label and feedback is true, in 100 random states, both units and languages', () => {
    const problems = [];
    for (let seed = 0; seed < 100; seed++) {
      for (const units of ['nats', 'bits']) {
        for (const lang of ['en', 'de']) {
          const state = {
            ...defaults,
            P: Array.from(api.randomDistribution(4, seed)),
            Q: Array.from(api.randomDistribution(4, seed + 7)),
            seed,
            units,
            lang,
          };
          const q = predict(api, state);
          const said = [q.question, q.answer.label, ...[0, 1.5, 2.25, 9].map((g) => q.judge(g).feedback)];
          expect([...statementsIn(said)].every((s) => s instanceof Statement)).toBe(true);
          problems.push(...checkOutput(said, state));
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
