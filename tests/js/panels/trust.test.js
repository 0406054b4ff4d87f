import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { defaults, render } from '../../../web/panels/trust.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('trust region panel', () => {
  test('the largest step within δ is marked where the KL curve meets the budget', () => {
    const { klChart, maxStep, readouts } = render(api, defaults);
    const [kl] = api.klAlongUpdate(defaults.piOld, defaults.advantages, [maxStep]);
    expect(kl).toBeCloseTo(defaults.delta, 12);
    expect(klChart.data.datasets[2].data[0].x).toBe(maxStep);
    expect(readouts.budget).toContain(`allows steps up to α = ${maxStep.toFixed(3)}`);
  });

  test('a step beyond the budget is reported outside it', () => {
    const { readouts } = render(api, { ...defaults, alpha: 4 });
    expect(readouts.step).toContain('outside the budget');
    expect(render(api, { ...defaults, alpha: 0.01 }).readouts.step).toContain('inside the budget');
  });

  test('the penalised curve appears only with β > 0', () => {
    expect(render(api, defaults).ppoChart.data.datasets).toHaveLength(2);
    expect(render(api, { ...defaults, beta: 1 }).ppoChart.data.datasets).toHaveLength(3);
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
