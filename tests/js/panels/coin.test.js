// The coin panel's pure render().
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { defaults, render as renderStatements } from '../../../web/panels/coin.js';
import { textRender } from './as-text.js';

const render = textRender(renderStatements);

let api;
beforeAll(async () => {
  api = await load();
});

describe('coin panel', () => {
  test('a fair coin reads 0.693 nats = 1 bit and is the most uncertain', () => {
    const { chart, readouts } = render(api, { ...defaults, p: 0.5 });
    expect(readouts.value).toBe('H(0.500) = 0.693 nats = 1.000 bits');
    expect(readouts.note).toContain('most uncertain');
    expect(chart.data.datasets[1].data).toEqual([{ x: 0.5, y: Math.LN2 }]);
  });

  test('a 0.9 coin reads 0.325 nats', () => {
    const { readouts } = render(api, { ...defaults, p: 0.9 });
    expect(readouts.value).toBe('H(0.900) = 0.325 nats = 0.469 bits');
  });

  test('in bits the readout and the axis switch units', () => {
    const { chart, readouts } = render(api, { p: 0.5, units: 'bits' });
    expect(readouts.value).toBe('H(0.500) = 1.000 bits = 0.693 nats');
    expect(chart.options.scales.y.title.text).toBe('entropy H(p) in bits');
    expect(chart.options.scales.y.suggestedMax).toBeCloseTo(1, 15);
  });

  test('a coin that always lands the same way has no uncertainty', () => {
    for (const p of [0, 1]) {
      const { readouts } = render(api, { ...defaults, p });
      expect(readouts.value).toBe(`H(${p}) = 0.000 nats = 0.000 bits`);
      expect(readouts.note).toContain('No uncertainty');
    }
  });

  test('the curve covers [0, 1] and peaks at the marker for p = 1/2', () => {
    const { chart } = render(api, { ...defaults, p: 0.5 });
    const curve = chart.data.datasets[0].data;
    expect(curve[0]).toEqual({ x: 0, y: 0 });
    expect(curve[curve.length - 1]).toEqual({ x: 1, y: 0 });
    const peak = Math.max(...curve.map((point) => point.y));
    expect(peak).toBe(chart.data.datasets[1].data[0].y);
  });
});
