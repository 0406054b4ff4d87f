import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { ARROW_SCALE, defaults, render } from '../../../web/panels/loss.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('cross-entropy loss panel', () => {
  test('the loss is −log q̂_k for the true class', () => {
    const state = { ...defaults, logits: [0, Math.log(2), Math.log(3)], trueClass: 2 };
    const { readouts } = render(api, state);
    expect(readouts.prediction).toBe('q̂ = softmax(z) = [0.167, 0.333, 0.500]');
    expect(readouts.loss).toBe('True class 3: loss −log q̂_3 = −log 0.500 = 0.693 nats');
  });

  test('the arrows are minus the gradient, scaled: up for the true class, down for the others', () => {
    const { logitChart } = render(api, defaults);
    const gradient = api.softmaxCrossEntropyGradient(defaults.logits, defaults.trueClass);
    expect(logitChart.data.datasets[0].arrows).toEqual(Array.from(gradient, (g) => -ARROW_SCALE * g));
    expect(logitChart.data.datasets[0].arrows[0]).toBeGreaterThan(0);
    expect(logitChart.data.datasets[0].arrows[1]).toBeLessThan(0);
  });

  test('the average loss over the sample is H(P̂, q̂) and tends to H(P, q̂)', () => {
    const { readouts, convergenceChart } = render(api, defaults);
    const q = api.softmax(defaults.logits);
    const empirical = api.empiricalDistribution(api.sampleCounts(defaults.P, defaults.n, defaults.seed));
    const running = convergenceChart.data.datasets[0].data;
    expect(running[running.length - 1]).toEqual({ x: 1000, y: expect.closeTo(api.crossEntropy(empirical, q), 12) });
    expect(convergenceChart.data.datasets[1].data[0].y).toBe(api.crossEntropy(defaults.P, q));
    expect(readouts.average).toContain(`H(P, q̂) = ${api.crossEntropy(defaults.P, q).toFixed(3)} nats`);
  });

  test('fitting q̂ to the sample reaches the minimum H(P̂)', () => {
    const empirical = api.empiricalDistribution(api.sampleCounts(defaults.P, defaults.n, defaults.seed));
    const logits = Array.from(api.logitsFor(empirical, -8));
    const { readouts } = render(api, { ...defaults, logits });
    expect(readouts.best).toContain('This q̂ is 0.000 nats above it');
  });

  test('a class never drawn is explained: finite logits only come close to the minimum', () => {
    const state = { ...defaults, P: [0.7, 0.3, 0] };
    const empirical = api.empiricalDistribution(api.sampleCounts(state.P, state.n, state.seed));
    const { readouts } = render(api, { ...state, logits: Array.from(api.logitsFor(empirical, -8)) });
    expect(readouts.best).toContain('Some class was never drawn');
    expect(readouts.best).not.toContain('This q̂ is 0.000 nats above it');
  });
});
