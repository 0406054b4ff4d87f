// Issue 11's statement checker: every panel, in nats and in bits, in every
// language, over 200 seeded random states each plus the edge states where a
// sentence used to turn false (ties, zeros, Q = 0 where P > 0, P̂ = P, equal
// advantages, the sliders' ends). Each readout, description, announcement and
// self-check (question, every option's feedback) and predict-first question
// (question, answer, judge's feedback) is checked by
// tests/statements.js: units, rounding, arithmetic, comparisons, independent
// formulas. A problem is reported with the panel, the state and the sentence.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../web/kernels.js';
import { LANGUAGES } from '../../web/i18n.js';
import { PANELS } from '../../web/panels/index.js';
import { DERIVATIONS } from '../../web/derivations/index.js';
import { checkOutput } from '../statements.js';
import { generator, randomState } from '../random-states.js';

const STATES_PER_PANEL = 200;

let api;
beforeAll(async () => {
  api = await load();
});

/** The states where a sentence used to turn false, per panel. */
function edgeStates(name) {
  const d = PANELS[name].defaults;
  switch (name) {
    case 'surprise':
      return [0, 1, 1e-300, 5e-324, 0.5].map((p) => ({ ...d, p, p1: p, p2: 1 - p }));
    case 'coin':
      return [0, 1e-12, 0.5, 1 - 1e-16, 1].map((p) => ({ ...d, p }));
    case 'extremes':
      return [
        [0.4, 0.4, 0.2],
        [0.25, 0.25, 0.25, 0.25],
        [1, 0, 0],
        [0.5, 0.5, 0],
        [0.3, 0.3, 0.3, 0.1],
      ].map((P) => ({
        ...d,
        P,
      }));
    case 'decomposition':
    case 'summary':
      return [
        { P: [0.5, 0.5], Q: [1, 0] },
        { P: [0.7, 0.2, 0.1], Q: [0.7, 0.2, 0.1] },
        { P: [1, 0], Q: [0, 1] },
        { P: [0, 1], Q: [0.5, 0.5] },
      ].map((s) => ({ ...d, ...s }));
    case 'coding':
      return [
        { P: [0.5, 0.5, 0, 0], Q: [1, 0, 0, 0] },
        { P: [1, 0, 0, 0], Q: [1, 0, 0, 0] },
        { P: [0.25, 0.25, 0.25, 0.25], Q: [0.5, 0.5, 5e-324, 0] },
        { P: [0.5, 0.25, 0.125, 0.125], Q: [0.5, 0.25, 0.125, 0.125] },
        { P: [0.4, 0.3, 0.2, 0.1], Q: [0.1, 0.2, 0.3, 0.4], seed: 1e9 },
      ].map((s) => ({ ...d, ...s }));
    case 'fits':
      return [
        { means: [-3, 3], sigmas: [0.7, 0.7], weights: [0.5, 0.5] },
        { means: [0, 0], sigmas: [1, 1], weights: [0.5, 0.5] },
        { means: [-5, 5], sigmas: [0.2, 2.5], weights: [0.99, 0.01] },
        { means: [-0.2, 0.2], sigmas: [0.2, 0.2], weights: [0.3, 0.7] },
        { means: [-0.5, 0.5], sigmas: [0.2, 2.5], weights: [0.5, 0.5] },
        { means: [-0.8, 0.8], sigmas: [2.5, 0.2], weights: [0.3, 0.7] },
      ].flatMap((s) => ['reverse', 'forward', 'off'].map((landscape) => ({ ...d, ...s, landscape })));
    case 'loss': {
      // Seeds whose sample frequencies equal P exactly (P̂ = P) and are uniform.
      const P = [0.5, 0.5];
      const equal = [];
      for (let seed = 0; seed < 400 && equal.length < 3; seed++) {
        const counts = api.sampleCounts(P, { n: 10, seed: seed });
        if (counts[0] === 5) equal.push({ ...d, logits: [0, 0], trueClass: 0, P, n: 10, seed });
      }
      expect(equal.length).toBeGreaterThan(0);
      return [...equal, { ...d, P: [1, 0, 0], logits: [8, -8, -8], trueClass: 1, n: 10 }];
    }
    case 'vae':
      return [0.05, 0.2416, 0.242, 0.243, 0.3, 0.399, 0.4, 1, 3].flatMap((sigma) => [
        { ...d, mu: 0, sigma, mu2: 0, sigma2: 1 },
        { ...d, mu: 1.5, sigma, mu2: 0, sigma2: 1 },
      ]);
    case 'trust':
      return [
        { advantages: [1, 1, 1, 1] },
        { advantages: [-2, -2, -2, -2], alpha: 3 },
        { advantages: [2, -2, 0, 0], alpha: 3, delta: 1 },
        { advantages: [0.1, 0, 0, 0], delta: 1 },
      ].map((s) => ({ ...d, ...s }));
    default:
      return [];
  }
}

describe('every sentence is true in every state', () => {
  for (const name of Object.keys(PANELS)) {
    test(`${name}: ${STATES_PER_PANEL} random states and the edge states, in nats and bits, in every language`, () => {
      const r = generator(name.length * 7919 + 11);
      const states = [
        ...edgeStates(name),
        ...Array.from({ length: STATES_PER_PANEL }, () => randomState(api, name, r)),
      ];
      const panel = PANELS[name];
      const problems = [];
      let checked = 0;
      for (const [i, base] of states.entries()) {
        for (const units of ['nats', 'bits']) {
          for (const lang of LANGUAGES) {
            // Random states in every language would double the time for
            // little: every state in English, every fourth also in the others.
            if (lang !== 'en' && i % 4 !== 0) continue;
            const state = { ...base, units, lang };
            const outputs = [panel.render(api, state), ...(panel.selfCheck ? [panel.selfCheck(api, state)] : [])];
            // The predict-first question (web/predict.js) and judge()'s feedback
            // for every option, or for guesses across the range.
            const question = panel.predict?.(api, state);
            if (question) {
              const { answer } = question;
              const guesses =
                answer.kind === 'choice'
                  ? answer.options.map((_, i) => i)
                  : [0, 0.25, 0.5, 0.75, 1].map((f) => answer.min + f * (answer.max - answer.min));
              outputs.push({ question, feedback: guesses.map((guess) => question.judge(guess).feedback) });
            }
            for (const output of outputs) {
              for (const problem of checkOutput(output, state)) {
                problems.push(`${problem}\n    in ${JSON.stringify(state)}`);
              }
            }
            checked += 1;
          }
        }
      }
      expect(checked).toBeGreaterThanOrEqual(2 * STATES_PER_PANEL);
      expect(problems.slice(0, 10)).toEqual([]);
    });
  }
});

// The step-by-step derivations (web/derivations/) follow their panel's state:
// every step's formula (a Formula statement: its live numbers and claims),
// explanation and label, and the picture's description, in the panel's
// random and edge states, in nats and bits, in every language.
describe('every step of every derivation is true in every state', () => {
  for (const [name, derivation] of Object.entries(DERIVATIONS)) {
    test(`${name} (on the ${derivation.panel} panel's states)`, () => {
      const r = generator(name.length * 104729 + 3);
      const states = [
        ...edgeStates(derivation.panel),
        ...Array.from({ length: STATES_PER_PANEL }, () => randomState(api, derivation.panel, r)),
      ];
      const problems = [];
      let formulas = 0;
      for (const [i, base] of states.entries()) {
        for (const units of ['nats', 'bits']) {
          for (const lang of LANGUAGES) {
            if (lang !== 'en' && i % 4 !== 0) continue;
            const state = { ...base, units, lang };
            const steps = derivation.steps(api, state);
            formulas += steps.filter((step) => step.formula.key.startsWith('formula.')).length;
            const outputs = [steps, ...(derivation.chart ? [derivation.chart(api, state).description] : [])];
            for (const output of outputs) {
              for (const problem of checkOutput(output, state))
                problems.push(`${problem}\n    in ${JSON.stringify(state)}`);
            }
          }
        }
      }
      expect(formulas).toBeGreaterThan(2 * STATES_PER_PANEL);
      expect(problems.slice(0, 10)).toEqual([]);
    });
  }
});

describe('the fits panel says what the reverse fit did', () => {
  // Independently of the kernel's classification (mixture_fit.cpp): from the
  // divergences between the normals, within 0.1 nats is "alike".
  const NEAR = 0.1;
  test('sits on a mode, covers both, or neither, as the divergences say, in 200 states and the edge states', () => {
    const r = generator(4242);
    const panel = PANELS.fits;
    const states = [
      ...edgeStates('fits'),
      ...Array.from({ length: STATES_PER_PANEL }, () => randomState(api, 'fits', r)),
    ];
    const wrong = [];
    for (const state of states) {
      const { readouts, fits } = panel.render(api, { ...state, units: 'nats', lang: 'en' });
      const { forward, reverse } = fits;
      const apart = api.gaussianKL(forward.mu, forward.sigma, reverse.mu, reverse.sigma);
      const live = [0, 1].filter((i) => state.weights[i] > 0);
      const near = Math.min(
        ...live.map((i) => api.gaussianKL(reverse.mu, reverse.sigma, state.means[i], state.sigmas[i])),
      );
      let expected = 'fits.differ';
      if (apart <= NEAR) expected = 'fits.overlap';
      else if (near <= NEAR) expected = 'fits.modeSeeking';
      if (readouts.behaviour.key !== expected)
        wrong.push(`${readouts.behaviour.key}, not ${expected}: ${JSON.stringify(state)}`);
    }
    expect(wrong).toEqual([]);
  });
});
