import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { LANDSCAPE, defaults, render } from '../../../web/panels/fits.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('forward vs reverse KL panel', () => {
  test('separated modes: the reverse fit seeks a mode, the forward fit covers both', () => {
    const state = { ...defaults, weights: [0.3, 0.7], means: [-3, 2], sigmas: [0.6, 1.2] };
    const { readouts, fits } = render(api, state);
    expect(readouts.behaviour).toMatch(/^Mode-seeking: the reverse fit sits on one mode/);
    expect(fits.forward.sigma).toBeGreaterThan(2);
    expect(readouts.forward).toMatch(
      /^Forward fit Q = N\(μ = 0\.500, σ = 2\.\d{3}²\): D\(P‖Q\) = \d\.\d{3} nats, D\(Q‖P\) = /,
    );
    expect(readouts.tie).toBe('');
  });

  test('symmetric modes: the tie is reported and both minima are marked on the landscape', () => {
    const state = { ...defaults, means: [-3, 3], sigmas: [0.7, 0.7] };
    const { readouts, landscape } = render(api, state);
    expect(readouts.tie).toContain('The two modes fit equally well');
    expect(landscape.data.datasets.map((d) => d.label)).toEqual([
      'forward fit',
      'reverse fit',
      'reverse fit, other mode',
    ]);
  });

  test('close modes: one Gaussian covers both', () => {
    const { readouts } = render(api, { ...defaults, means: [-0.5, 0.5], sigmas: [1, 1] });
    expect(readouts.behaviour).toContain('one Gaussian can cover both');
  });

  test('the landscape grid matches its declared size, and can be switched off', () => {
    const { grid } = render(api, defaults);
    expect(grid.values).toHaveLength(LANDSCAPE.nMu * LANDSCAPE.nLogSigma);
    expect(render(api, { ...defaults, landscape: 'off' }).grid).toBeNull();
  });

  test('the mode handles sit on the mixture density at each mean', () => {
    const { densities } = render(api, defaults);
    const handles = densities.data.datasets[3].data;
    const mixture = { weights: defaults.weights, means: defaults.means, sigmas: defaults.sigmas };
    expect(handles).toEqual(defaults.means.map((m) => ({ x: m, y: api.mixtureDensity(mixture, m) })));
  });
});
