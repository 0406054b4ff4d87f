import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import {
  ALPHA_MAX,
  defaults,
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

describe('trust region panel', () => {
  test('the largest step within δ is marked where the KL curve meets the budget', () => {
    const { charts, maxStep, readouts } = render(api, defaults);
    const [kl] = api.klAlongUpdate(defaults.piOld, defaults.advantages, [maxStep]);
    expect(kl).toBeCloseTo(defaults.delta, 12);
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
      /^Bei α = 0,500: D\(π_old ‖ π_α\) = 0,\d{3} nats, außerhalb des Budgets δ = 0,020 nats\.$/,
    );
    expect(readouts.budget).toContain(`erlaubt Schrittweiten bis α = ${maxStep.toFixed(3).replace('.', ',')}`);
    expect(readouts.policy).toMatch(/^π_α = \[0,\d{3}; 0,\d{3}; 0,\d{3}; 0,\d{3}\]$/);
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
    const kl = api.klDivergence(defaults.piOld, piNew);
    expect(descriptions.policy).toContain(`π_α = [${Array.from(piNew, (p) => p.toFixed(3)).join(', ')}] at α = 0.500`);
    expect(descriptions.advantage).toContain('[−0.50, 1.00, 0.20, −1.00]');
    expect(descriptions.kl).toBe(
      `D(π_old ‖ π_α) rises from 0 at α = 0 and reaches the budget δ = 0.020 nats at α = ${maxStep.toFixed(3)}. ` +
        `Your step α = 0.500 has D = ${kl.toFixed(3)} nats, outside the budget.`,
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
    const maxStep = api.maxStepWithinBudget(defaults.piOld, defaults.advantages, defaults.delta);
    const [half, one] = api.klAlongUpdate(defaults.piOld, defaults.advantages, [0.5, 1]);
    expect(right.feedback).toContain(`allows steps up to α = ${maxStep.toFixed(3)}`);
    expect(right.feedback).toContain(`D = ${half.toFixed(3)} nats at α = 0.5, ${one.toFixed(3)} nats at α = 1`);
    check.show.apply();
    expect(store.get().alpha).toBe(Math.floor(maxStep * 1000) / 1000);
    expect(render(api, store.get()).readouts.step).toContain('inside the budget');
    // A larger budget: the feedback is worked out when it is read.
    store.set({ delta: 0.1 });
    const wider = api.maxStepWithinBudget(defaults.piOld, defaults.advantages, 0.1);
    expect(right.feedback).toContain(`allows steps up to α = ${wider.toFixed(3)}`);
    // Equal advantages leave the policy where it is: D stays 0 and "it stays
    // the same" becomes the right answer.
    store.set({ advantages: [1, 1, 1, 1] });
    expect(right.correct).toBe(false);
    expect(right.feedback).toContain('every action π_old can take has the same advantage');
    expect(check.options[0].correct).toBe(true);
    expect(check.options[0].feedback).toContain('D = 0.000 nats at α = 0.5 and 0.000 nats at α = 1');
    check.show.apply();
    expect(store.get().alpha).toBe(ALPHA_MAX);
  });
});
