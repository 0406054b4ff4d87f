import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { defaults, render } from '../../../web/panels/extremes.js';

let api;
beforeAll(async () => {
  api = await load();
});

describe('entropy extremes panel', () => {
  test('the uniform reaches the ceiling log N', () => {
    const { readouts, path } = render(api, { ...defaults, P: Array.from(api.uniform(8)) });
    expect(readouts.value).toBe('H(P) = 2.079 nats; ceiling log 8 = 2.079 nats');
    expect(readouts.note).toContain('The uniform distribution');
    expect(path.data.datasets[1].data[0].y).toBeCloseTo(Math.log(8), 14);
  });

  test('a point mass has entropy 0', () => {
    const { readouts } = render(api, { ...defaults, P: Array.from(api.pointMass(64, 5)) });
    expect(readouts.value).toBe('H(P) = 0.000 nats; ceiling log 64 = 4.159 nats');
    expect(readouts.note).toContain('H = 0 is the minimum');
  });

  test('the temperature path runs from near 0 up towards the ceiling, through P at T = 1', () => {
    const { path } = render(api, defaults);
    const curve = path.data.datasets[0].data;
    expect(curve[0].x).toBe(0.05);
    expect(curve[curve.length - 1].x).toBe(20);
    expect(curve[0].y).toBeLessThan(0.1);
    expect(curve[curve.length - 1].y).toBeGreaterThan(0.95 * Math.log(8));
    expect(path.data.datasets[2].data[0]).toEqual({ x: 1, y: api.entropy(defaults.P) });
  });

  test('zeros in P cap the path at log of the support, and the note says why', () => {
    const { readouts } = render(api, { ...defaults, P: [0.5, 0.25, 0.25, 0, 0, 0, 0, 0] });
    expect(readouts.path).toContain('P puts 0 on 5 of the 8 categories');
    expect(readouts.path).toContain('log 3 = 1.099 nats');
  });

  test('bits switch the readouts', () => {
    const { readouts } = render(api, { ...defaults, P: Array.from(api.uniform(4)), units: 'bits' });
    expect(readouts.value).toBe('H(P) = 2.000 bits; ceiling log 4 = 2.000 bits');
  });
});
