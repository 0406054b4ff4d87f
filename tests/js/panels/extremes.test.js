import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import { createStore } from '../../../web/store.js';
import {
  defaults,
  render as renderStatements,
  selfCheck as selfCheckStatements,
} from '../../../web/panels/extremes.js';
import { textRender, storeSelfCheck } from './as-text.js';

const render = textRender(renderStatements);
const selfCheck = storeSelfCheck(selfCheckStatements);

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

  test('German: decimal commas and German words', () => {
    const { readouts, path, announcement } = render(api, { ...defaults, lang: 'de' });
    expect(readouts.value).toBe('H(P) = 1,845 nats; Obergrenze log 8 = 2,079 nats');
    expect(readouts.note).toContain('Zwischen den Extremen: unter der Obergrenze log 8 = 2,079 nats');
    expect(path.data.datasets[1].label).toBe('Obergrenze log 8 (Gleichverteilung)');
    expect(path.options.scales.x.ticks.callback(0.5)).toBe('0,5');
    expect(announcement).toBe(readouts.value);
    const zeros = render(api, { ...defaults, P: [0.5, 0.25, 0.25, 0, 0, 0, 0, 0], lang: 'de' });
    expect(zeros.readouts.path).toContain('P gibt 5 der 8 Kategorien die Wahrscheinlichkeit 0');
    expect(zeros.readouts.path).toContain('log 3 = 1,099 nats');
  });

  test('descriptions for both charts carry the live numbers', () => {
    const { descriptions, announcement } = render(api, defaults);
    expect(Object.keys(descriptions).sort()).toEqual(['areas', 'bars', 'path']);
    expect(descriptions.bars).toBe(
      'P over 8 categories: [0.300, 0.200, 0.150, 0.120, 0.100, 0.070, 0.040, 0.020]. ' +
        'Its entropy is H(P) = 1.845 nats, out of at most log 8 = 2.079 nats.',
    );
    expect(descriptions.path).toContain('H(P) = 1.845 nats, at T = 1');
    expect(descriptions.path).toContain('log 8 = 2.079 nats');
    expect(announcement).toBe('H(P) = 1.845 nats; ceiling log 8 = 2.079 nats');
    const many = render(api, { ...defaults, P: Array.from(api.pointMass(64, 5)) }).descriptions;
    expect(many.bars).toContain('the largest bar is category 6 with 1, and 63 categories are at 0');
    expect(many.path).toContain('flat at H(P) = 0.000 nats');
    const de = render(api, { ...defaults, lang: 'de' }).descriptions;
    expect(de.bars).toContain('[0,300; 0,200; 0,150; 0,120; 0,100; 0,070; 0,040; 0,020]');
  });

  test('the self-check: the uniform has the largest entropy, log 8 from the kernel', () => {
    const L = localize('en');
    const store = createStore({ ...defaults, lang: 'en' });
    const check = selfCheck(L, store, api);
    expect(check.options.filter((o) => o.correct)).toHaveLength(1);
    const right = check.options.find((o) => o.correct);
    expect(right.text).toContain('uniform');
    expect(right.feedback).toContain(`log 8 = ${L.info(api.entropy(api.uniform(8)), 'nats')}`);
    check.show.apply();
    expect(store.get().P).toEqual(Array.from(api.uniform(8)));
    const de = selfCheck(localize('de'), createStore({ ...defaults, units: 'bits' }), api);
    expect(de.options.find((o) => o.correct).feedback).toContain('log 8 = 3,000 bits');
  });
});
