import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import {
  ALPHA_MAX,
  defaults,
  predict,
  render as renderStatements,
  selfCheck as selfCheckStatements,
} from '../../../web/panels/trust.js';
import { textRender, storeSelfCheck } from './as-text.js';

const render = textRender(renderStatements);
const selfCheck = storeSelfCheck(selfCheckStatements);

let api;
beforeAll(async () => {
  api = await load();
});

// Independent: π_α ∝ π_old·exp(α·A) and D = Σ π_old log(π_old/π_α), written out.
function updatedByHand(w, a, alpha) {
  const e = w.map((x, i) => x * Math.exp(alpha * a[i]));
  const z = e.reduce((u, v) => u + v, 0);
  return e.map((x) => x / z);
}
function klByHand(w, a, alpha) {
  const p = updatedByHand(w, a, alpha);
  return w.reduce((sum, x, i) => sum + (x > 0 ? x * Math.log(x / p[i]) : 0), 0);
}
const STATES = [
  ['piOld', 'advantages'],
  ['piOld2', 'advantages2'],
  ['piOld3', 'advantages3'],
];
function expectedByHand(state, alpha) {
  return STATES.reduce((sum, [w, a], s) => sum + state.visits[s] * klByHand(state[w], state[a], alpha), 0);
}

describe('trust region panel', () => {
  test('the largest step within δ is marked where the KL curve meets the budget', () => {
    const { charts, maxStep, readouts } = render(api, defaults);
    expect(expectedByHand(defaults, maxStep)).toBeCloseTo(defaults.delta, 12);
    expect(expectedByHand(defaults, maxStep * 1.001)).toBeGreaterThan(defaults.delta);
    expect(charts.kl.data.datasets[2].data[0].x).toBe(maxStep);
    expect(readouts.budget).toContain(`allows steps up to α = ${maxStep.toFixed(3)}`);
  });

  test('a step beyond the budget is reported outside it', () => {
    const { readouts } = render(api, { ...defaults, alpha: 4 });
    expect(readouts.step).toContain('outside the budget');
    expect(render(api, { ...defaults, alpha: 0.01 }).readouts.step).toContain('inside the budget');
  });

  test('the penalised curve appears only with β > 0', () => {
    expect(render(api, defaults).ppo.data.datasets).toHaveLength(2);
    expect(render(api, { ...defaults, beta: 1 }).ppo.data.datasets).toHaveLength(3);
  });

  test('the estimators readout gives both estimators and the exact value', () => {
    const { readouts } = render(api, defaults);
    const exact = api.klDivergence(
      defaults.piOld,
      api.policyUpdate(defaults.piOld, defaults.advantages, defaults.alpha),
    );
    expect(readouts.estimators).toContain(`the exact KL is ${exact.toFixed(3)} nats`);
    expect(readouts.estimators).toMatch(/k1 = −log r averages -?\d/);
  });
});

/** A store over a plain object, as the frame's createStore. */
function stubStore(initial) {
  let state = { ...initial };
  return { get: () => state, set: (patch) => (state = { ...state, ...patch }) };
}

describe('trust region panel: languages, descriptions, self-check', () => {
  test('in German the readouts use decimal commas and German words; the PPO labels keep their numbers', () => {
    const { readouts, maxStep, ppo, policy } = render(api, { ...defaults, beta: 1, lang: 'de' });
    expect(readouts.step).toMatch(
      /^Bei α = 0,500: E_s D\(π_old ‖ π_α\) = 0,\d{3} nats, außerhalb des Budgets δ = 0,020 nats\.$/,
    );
    expect(readouts.budget).toContain(`erlaubt Schrittweiten bis α = ${maxStep.toFixed(3).replace('.', ',')}`);
    expect(readouts.policy).toMatch(/^Zustand 1: π_α = \[0,\d{3}; 0,\d{3}; 0,\d{3}; 0,\d{3}\]$/);
    expect(ppo.data.datasets.map((d) => d.label)).toEqual([
      'Surrogat ohne Clipping Σ π_old·r·A',
      'Surrogat mit Clipping (ε = 0,2)',
      'mit Clipping − β·KL (β = 1)',
    ]);
    expect(policy.data.labels).toEqual(['Aktion 1', 'Aktion 2', 'Aktion 3', 'Aktion 4']);
    expect(policy.options.locale).toBe('de');
  });

  test('the English PPO labels are unchanged', () => {
    expect(render(api, { ...defaults, beta: 1 }).ppo.data.datasets.map((d) => d.label)).toEqual([
      'unclipped surrogate Σ π_old·r·A',
      'clipped surrogate (ε = 0.2)',
      'clipped − β·KL (β = 1)',
    ]);
  });

  test('every chart has a description with the live numbers; the announcement is the step readout', () => {
    const { descriptions, announcement, readouts, maxStep } = render(api, { ...defaults, beta: 1 });
    expect(Object.keys(descriptions).sort()).toEqual(['advantage', 'kl', 'policy', 'ppo']);
    const piNew = api.policyUpdate(defaults.piOld, defaults.advantages, defaults.alpha);
    const kl = expectedByHand(defaults, defaults.alpha);
    expect(descriptions.policy).toContain(`π_α = [${Array.from(piNew, (p) => p.toFixed(3)).join(', ')}] at α = 0.500`);
    expect(descriptions.advantage).toContain('[−0.50, 1.00, 0.20, −1.00]');
    expect(descriptions.kl).toBe(
      `The expected KL E_s D(π_old ‖ π_α) rises from 0 at α = 0 and reaches the budget δ = 0.020 nats at α = ${maxStep.toFixed(3)}. ` +
        `Your step α = 0.500 has E_s D = ${kl.toFixed(3)} nats, outside the budget. A dotted curve shows the selected state’s own KL.`,
    );
    const alphas = api.logSpace(1e-3, ALPHA_MAX, 200);
    const { clipped, penalized } = api.ppoSurrogate(defaults.piOld, defaults.advantages, {
      epsilon: 0.2,
      beta: 1,
      alphas,
    });
    expect(descriptions.ppo).toContain(`the clipped one (ε = 0.2) is highest, ${Math.max(...clipped).toFixed(3)}`);
    expect(descriptions.ppo).toContain(`the highest value is ${Math.max(...penalized).toFixed(3)}`);
    expect(announcement).toBe(readouts.step);
  });

  test('the self-check: the KL grows from 0, with the kernels’ numbers; show takes the largest step within δ', () => {
    const store = stubStore(defaults);
    const check = selfCheck(localize('en'), store, api);
    expect(check.options.filter((o) => o.correct)).toHaveLength(1);
    const right = check.options.find((o) => o.correct);
    expect(right.text).toMatch(/^It grows from 0/);
    const maxStep = render(api, defaults).maxStep;
    expect(expectedByHand(defaults, maxStep)).toBeCloseTo(defaults.delta, 12);
    const [half, one] = [expectedByHand(defaults, 0.5), expectedByHand(defaults, 1)];
    expect(right.feedback).toContain(`allows steps up to α = ${maxStep.toFixed(3)}`);
    expect(right.feedback).toContain(`E_s D = ${half.toFixed(3)} nats at α = 0.5, ${one.toFixed(3)} nats at α = 1`);
    check.show.apply();
    expect(store.get().alpha).toBe(Math.floor(maxStep * 1000) / 1000);
    expect(render(api, store.get()).readouts.step).toContain('inside the budget');
    // A larger budget: the feedback is worked out when it is read.
    store.set({ delta: 0.1 });
    const wider = render(api, { ...defaults, delta: 0.1 }).maxStep;
    expect(expectedByHand(defaults, wider)).toBeCloseTo(0.1, 12);
    expect(right.feedback).toContain(`allows steps up to α = ${wider.toFixed(3)}`);
    // Equal advantages leave the policy where it is: D stays 0 and "it stays
    // the same" becomes the right answer.
    store.set({ advantages: [1, 1, 1, 1], advantages2: [0, 0, 0], advantages3: [-1, -1] });
    expect(right.correct).toBe(false);
    expect(right.feedback).toContain('every action π_old can take has the same advantage');
    expect(check.options[0].correct).toBe(true);
    expect(check.options[0].feedback).toContain('E_s D = 0.000 nats at α = 0.5 and 0.000 nats at α = 1');
    check.show.apply();
    expect(store.get().alpha).toBe(ALPHA_MAX);
  });
});

describe('trust region panel: several states and the importance weight', () => {
  test('each state’s KL and its share add up to the expectation, by hand', () => {
    const state = { ...defaults, alpha: 0.8, visits: [0.2, 0.5, 0.3], selected: 2 };
    const { readouts, values, charts } = render(api, state);
    for (const [s, [w, a]] of STATES.entries()) {
      const d = klByHand(state[w], state[a], 0.8);
      expect(readouts.states).toContain(`D = ${d.toFixed(3)} nats, share ${(state.visits[s] * d).toFixed(3)} nats`);
    }
    expect(readouts.states).toContain(`E_s D = ${expectedByHand(state, 0.8).toFixed(3)} nats`);
    // The selected state's own curve is drawn too, and its bars are shown.
    expect(charts.kl.data.datasets[4].label).toBe('D in state 3 alone');
    expect(charts.policy.data.datasets[0].data).toEqual(state.piOld3);
    expect(readouts.policy).toMatch(/^State 3: /);
    expect(values).toBeUndefined();
  });

  test('the importance weights, by hand: surrogate, largest ratio, E[r²]', () => {
    for (const alpha of [0.1, 2]) {
      const state = { ...defaults, alpha };
      let surrogate = 0;
      let second = 0;
      let maxRatio = 0;
      for (const [s, [w, a]] of STATES.entries()) {
        const p = updatedByHand(state[w], state[a], alpha);
        state[w].forEach((x, i) => {
          const r = p[i] / x;
          surrogate += state.visits[s] * x * r * state[a][i];
          second += state.visits[s] * x * r * r;
          maxRatio = Math.max(maxRatio, r);
        });
      }
      const { readouts } = render(api, state);
      expect(readouts.importance).toContain(`[r·A] = ${surrogate.toFixed(3)}`);
      expect(readouts.importance).toContain(`the largest is ${maxRatio.toFixed(3)} and E[r²] = ${second.toFixed(3)}`);
      expect(readouts.importance).toContain(`${(1 / second).toFixed(3)} of n`);
      expect(readouts.importance).toContain(alpha < 0.3 ? 'Inside the budget' : 'Outside the budget');
    }
  });
});

describe('trust region panel: predict', () => {
  test('halving the budget: judged against the kernels’ two largest steps; the step stays hidden', () => {
    const p = predict(api, { ...defaults, lang: 'en' });
    expect(p.id).toBe('trust-half-budget');
    expect(p.hides.readouts).toContain('budget');
    expect(p.hides.datasets.kl).toContain(2);
    expect(p.hides.descriptions).toContain('kl');
    const full = render(api, defaults).maxStep;
    const half = render(api, { ...defaults, delta: defaults.delta / 2 }).maxStep;
    expect(expectedByHand(defaults, half)).toBeCloseTo(defaults.delta / 2, 12);
    // The quadratic regime: about 1/√2.
    expect(Math.abs(half / full - Math.SQRT1_2)).toBeLessThan(0.05);
    const right = p.judge(1);
    expect(right.correct).toBe(true);
    expect(String(right.feedback)).toContain(`largest step is α = ${full.toFixed(3)}`);
    expect(String(right.feedback)).toContain(`it is α = ${half.toFixed(3)}`);
    expect(p.judge(0).correct).toBe(false);
    expect(p.judge(2).correct).toBe(false);
    expect(String(predict(api, { ...defaults, lang: 'de' }).judge(0).feedback)).toMatch(/^Nicht ganz/);
  });

  test('no question when no step ever reaches the budget', () => {
    const flat = { ...defaults, advantages: [1, 1, 1, 1], advantages2: [0, 0, 0], advantages3: [2, 2] };
    expect(predict(api, { ...flat, lang: 'en' })).toBeNull();
  });
});
