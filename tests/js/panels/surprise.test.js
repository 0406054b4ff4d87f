// The surprise panel's pure render(): chart config and readouts from state.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import { createStore } from '../../../web/store.js';
import {
  TOP_NATS,
  defaults,
  render as renderStatements,
  selfCheck as selfCheckStatements,
} from '../../../web/panels/surprise.js';
import { textRender, storeSelfCheck } from './as-text.js';

const render = textRender(renderStatements);
const selfCheck = storeSelfCheck(selfCheckStatements);

let api;
beforeAll(async () => {
  api = await load();
});

describe('surprise panel', () => {
  test('the marker sits on the curve at I(p)', () => {
    const { chart, readouts } = render(api, { ...defaults, p: 0.25 });
    const [curve, marker, offChart] = chart.data.datasets;
    expect(marker.data).toEqual([{ x: 0.25, y: api.surprise(0.25) }]);
    expect(marker.pointStyle).toBe('circle');
    expect(offChart.data).toEqual([]);
    expect(readouts.value).toBe('I(0.250) = 1.386 nats');
    expect(curve.data[curve.data.length - 1]).toEqual({ x: 1, y: 0 });
    expect(curve.dragData).toBe(false);
  });

  test('the y axis is clipped at the top of the curve, in the current units', () => {
    const nats = render(api, { ...defaults, units: 'nats' }).chart;
    const bits = render(api, { ...defaults, units: 'bits' }).chart;
    expect(nats.options.scales.y.max).toBeCloseTo(TOP_NATS, 12);
    expect(bits.options.scales.y.max).toBeCloseTo(TOP_NATS / Math.LN2, 12);
    expect(bits.options.scales.y.title.text).toBe('surprise I(p) in bits');
  });

  test('a p whose surprise is off the chart is drawn at the top edge and explained', () => {
    const { chart, readouts } = render(api, { ...defaults, p: 1e-4 });
    const [, marker, offChart] = chart.data.datasets;
    expect(marker.data).toEqual([]);
    expect(offChart.data).toEqual([{ x: 1e-4, y: chart.options.scales.y.max }]);
    expect(offChart.pointStyle).toBe('triangle');
    expect(offChart.label).toBe('your p (I(p) above the chart)');
    expect(readouts.clip).toContain('I(1.00 × 10⁻⁴) = 9.210 nats lies above the top of the chart');
  });

  test('p = 0 reads ∞, never NaN', () => {
    const { readouts } = render(api, { ...defaults, p: 0 });
    expect(readouts.value).toBe('I(0) = ∞ nats');
    expect(readouts.clip).toContain('infinitely surprising');
    expect(JSON.stringify(readouts)).not.toContain('NaN');
  });

  test('the properties are live numbers', () => {
    const { readouts } = render(api, { ...defaults, p: 0.5, units: 'bits' });
    expect(readouts.properties[0]).toBe('Never negative: I(0.500) = 1.000 bits ≥ 0, since p ≤ 1.');
    expect(readouts.properties[1]).toBe('A certain event tells you nothing: I(1) = 0.000 bits.');
    expect(readouts.properties[2]).toContain('I(0.001) = 9.966 bits');
  });

  test('surprises of independent events add', () => {
    const { readouts } = render(api, { ...defaults, p1: 0.5, p2: 0.25, units: 'bits' });
    expect(readouts.joint).toBe(
      'I(p₁) + I(p₂) = 1.000 bits + 2.000 bits = 3.000 bits; both together: I(p₁·p₂) = I(0.125) = 3.000 bits.',
    );
  });

  test('dragging moves the marker along x only', () => {
    const { chart } = render(api, defaults);
    expect(chart.options.plugins.dragData).toMatchObject({ dragX: true, dragY: false });
    expect(chart.options.animation).toBe(false);
    expect(chart.options.parsing).toBe(false);
  });

  test('German: decimal commas and German words', () => {
    const { chart, readouts, announcement } = render(api, { ...defaults, p: 0.25, p1: 0.5, p2: 0.25, lang: 'de' });
    expect(readouts.value).toBe('I(0,250) = 1,386 nats');
    expect(readouts.joint).toBe(
      'I(p₁) + I(p₂) = 0,693 nats + 1,386 nats = 2,079 nats; beide zusammen: I(p₁·p₂) = I(0,125) = 2,079 nats.',
    );
    expect(readouts.properties[0]).toBe('Nie negativ: I(0,250) = 1,386 nats ≥ 0, denn p ≤ 1.');
    expect(readouts.clip).toContain('Das Diagramm ist bei 7,000 nats abgeschnitten');
    expect(chart.options.scales.y.title.text).toBe('Überraschung I(p) in nats');
    expect(chart.options.locale).toBe('de');
    expect(announcement).toBe(readouts.value);
  });

  test('the chart description follows the point, with live numbers', () => {
    const { descriptions, announcement } = render(api, { ...defaults, p: 0.25 });
    expect(Object.keys(descriptions)).toEqual(['chart']);
    expect(descriptions.chart).toContain('Your point, p = 0.250, has I = 1.386 nats.');
    expect(descriptions.chart).toContain('7.000 nats');
    expect(announcement).toBe('I(0.250) = 1.386 nats');
    const above = render(api, { ...defaults, p: 1e-4 }).descriptions.chart;
    expect(above).toContain('p = 1.00 × 10⁻⁴, has I = 9.210 nats, above the top of the chart');
    const bits = render(api, { ...defaults, p: 0.5, units: 'bits', lang: 'de' }).descriptions.chart;
    expect(bits).toContain('Ihr Punkt, p = 0,500, hat I = 1,000 bits.');
  });

  test('the self-check: surprises of independent events add, with the kernel’s numbers', () => {
    const L = localize('en');
    const store = createStore({ ...defaults, lang: 'en' });
    const check = selfCheck(L, store, api);
    expect(check.options.filter((o) => o.correct)).toHaveLength(1);
    const right = check.options.find((o) => o.correct);
    // In the panel's units (nats here), and in bits once "Show me" switches to them.
    const both = api.jointSurprise(0.5, 0.5);
    expect(right.text).toBe(`Twice as surprising: ${L.info(both.sum, 'nats')}`);
    expect(right.feedback).toContain(`I(0.250) = ${L.info(both.joint, 'nats')} = 0.693 nats + 0.693 nats`);
    for (const option of check.options) expect(option.feedback.length).toBeGreaterThan(20);
    check.show.apply();
    expect(store.get()).toMatchObject({ p1: 0.5, p2: 0.5, units: 'bits' });
    const de = selfCheck(localize('de'), store, api);
    expect(de.options.find((o) => o.correct).feedback).toContain('2,000 bits = 1,000 bits + 1,000 bits');
  });
});
