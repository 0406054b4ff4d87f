import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { defaults, render } from '../../../web/panels/vae.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('VAE KL panel', () => {
  test('the four terms and their total', () => {
    const { readouts } = render(api, { ...defaults, mu: 1, sigma: 0.5 });
    expect(readouts.formula).toBe(
      'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ log σ² − ½ = 0.500 + 0.125 + 0.693 − 0.500 = 0.818 nats',
    );
    expect(readouts.terms[2]).toBe('−½ log σ² = 0.693 nats: penalises a narrow one (grows without bound as σ → 0)');
  });

  test('q equal to the prior has KL exactly 0', () => {
    const { readouts, values } = render(api, { ...defaults, mu: 0, sigma: 1 });
    expect(values.terms.total).toBe(0);
    expect(readouts.formula).toMatch(/= 0\.000 nats$/);
  });

  test('the numerical check agrees with the closed form', () => {
    const { values, readouts } = render(api, defaults);
    expect(Math.abs(values.check.value - values.terms.total)).toBeLessThan(1e-9);
    expect(values.check.closedForm).toBe(values.terms.total);
    expect(values.check.difference).toBe(Math.abs(values.check.value - values.terms.total));
    expect(readouts.check).toMatch(/^Check by numerical integration of q log\(q\/p\): 0\.818 nats/);
  });

  test('a narrow q has negative differential entropy, with the reason', () => {
    const { readouts } = render(api, { ...defaults, sigma: 0.1 });
    expect(readouts.entropy).toMatch(/^Differential entropy of q: ½ log\(2πeσ²\) = −0\.884 nats\. Negative/);
    expect(render(api, { ...defaults, sigma: 1 }).readouts.entropy).toContain('= 1.419 nats.');
  });

  test('the general KL is shown both ways', () => {
    const { readouts, chart } = render(api, { ...defaults, mu2: 1, sigma2: 2 });
    expect(readouts.general).toContain('KL(q ‖ N(1.000, 2.000²)) = ');
    expect(readouts.general).toContain('KL(N(1.000, 2.000²) ‖ q) = ');
    expect(chart.data.datasets).toHaveLength(3);
  });
});
