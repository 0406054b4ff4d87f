// The decomposition panel's pure render() and helpers.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import { createStore } from '../../../web/store.js';
import {
  defaults,
  firstUncovered,
  render as renderStatements,
  selfCheck as selfCheckStatements,
} from '../../../web/panels/decomposition.js';
import { largest } from '../../../web/panels/values.js';
import { textRender, storeSelfCheck } from './as-text.js';

const render = textRender(renderStatements);
const selfCheck = storeSelfCheck(selfCheckStatements);

let api;
beforeAll(async () => {
  api = await load();
});

describe('decomposition panel', () => {
  test('the stacked bar is H(P) + D(P‖Q), beside a bar of H(P,Q)', () => {
    const { stack, readouts, decomposition: d } = render(api, defaults);
    const [entropy, kl, cross] = stack.data.datasets;
    expect(entropy.data).toEqual([d.entropy, null]);
    expect(kl.data).toEqual([d.kl, null]);
    expect(cross.data).toEqual([null, d.crossEntropy]);
    expect(d.entropy + d.kl).toBeCloseTo(d.crossEntropy, 14);
    expect(readouts.sum).toBe('H(P) + D(P‖Q) = 1.280 nats + 0.106 nats = 1.386 nats = H(P, Q)');
    expect(entropy.valueLabels[0]).toBe('1.280 nats');
  });

  test('P and Q are the two draggable bar datasets over categories 1..K', () => {
    const { bars } = render(api, defaults);
    expect(bars.data.labels).toEqual(['1', '2', '3', '4']);
    expect(bars.data.datasets.map((d) => d.data)).toEqual([defaults.P, defaults.Q]);
    expect(bars.options.plugins.dragData).toMatchObject({ dragY: true, dragX: false });
    expect(bars.options.scales.y).toMatchObject({ min: 0, max: 1 });
  });

  test('D(Q‖P) is shown beside D(P‖Q): they differ', () => {
    const { readouts } = render(api, defaults);
    expect(readouts.kl).toBe('0.106 nats');
    expect(readouts.reverseKl).toBe('0.122 nats');
    expect(readouts.notes.join(' ')).toContain('KL divergence depends on which distribution comes first');
  });

  test('Q = P makes KL exactly 0 and H(P,Q) = H(P)', () => {
    const { readouts, decomposition: d } = render(api, { ...defaults, Q: defaults.P });
    expect(d.kl).toBe(0);
    expect(d.crossEntropy).toBe(d.entropy);
    expect(readouts.kl).toBe('0.000 nats');
    expect(readouts.notes).toContain('Q equals P: no penalty at all, and the cross-entropy is just the entropy.');
  });

  test('a zero in Q where P has mass reads ∞ with the reason, never NaN', () => {
    const state = { ...defaults, P: [0.5, 0.3, 0.2], Q: [0.6, 0.4, 0] };
    const { stack, readouts } = render(api, state);
    expect(readouts.kl).toBe('∞ nats');
    expect(readouts.crossEntropy).toBe('∞ nats');
    expect(readouts.sum).toBe('H(P) + D(P‖Q) = 1.030 nats + ∞ = ∞ = H(P, Q)');
    expect(readouts.notes[0]).toBe(
      'Q gives category 3 probability 0, but P gives it 0.200: the model calls impossible something that ' +
        'happens, so D(P‖Q) and H(P, Q) are infinite.',
    );
    expect(stack.data.datasets[1].data).toEqual([null, null]); // no infinite bar to draw
    expect(stack.data.datasets[2].valueLabels[1]).toBe('∞: off the scale');
    expect(JSON.stringify(readouts)).not.toContain('NaN');
  });

  test('the reverse direction has its own infinity', () => {
    const { readouts } = render(api, { ...defaults, P: [1, 0], Q: [0.5, 0.5] });
    expect(readouts.kl).toBe('0.693 nats');
    expect(readouts.reverseKl).toBe('∞ nats');
    expect(readouts.notes[0]).toBe('D(Q‖P) is infinite: P gives category 2 probability 0 where Q gives 0.500.');
  });

  test('units switch every number and the axis', () => {
    const { stack, readouts } = render(api, { ...defaults, P: [0.5, 0.5], Q: [0.5, 0.5], units: 'bits' });
    expect(readouts.entropy).toBe('1.000 bits');
    expect(readouts.ceiling).toBe('Largest possible H(P) with 2 categories: log 2 = 1.000 bits.');
    expect(stack.options.scales.x.title.text).toBe('information in bits');
  });

  test('helpers: first uncovered category and largest entry', () => {
    expect(firstUncovered([0.5, 0.5, 0], [1, 0, 0])).toBe(1);
    expect(firstUncovered([0.5, 0.5], [0.5, 0.5])).toBe(-1);
    expect(largest([0.2, 0.5, 0.3, 0.5])).toBe(1);
  });

  test('German: decimal commas and German words', () => {
    const { readouts, bars, stack } = render(api, { ...defaults, lang: 'de' });
    expect(readouts.sum).toBe('H(P) + D(P‖Q) = 1,280 nats + 0,106 nats = 1,386 nats = H(P, Q)');
    expect(readouts.ceiling).toBe('Größtmögliches H(P) bei 4 Kategorien: log 4 = 1,386 nats.');
    expect(readouts.notes).toContain(
      'D(P‖Q) und D(Q‖P) sind verschieden: Die KL-Divergenz hängt davon ab, welche Verteilung zuerst steht.',
    );
    expect(bars.data.datasets[1].label).toBe('Q (das Modell)');
    expect(stack.data.datasets[0].valueLabels[0]).toBe('1,280 nats');
    const infinite = render(api, { ...defaults, P: [0.5, 0.3, 0.2], Q: [0.6, 0.4, 0], lang: 'de' });
    expect(infinite.readouts.notes[0]).toContain('Q gibt Kategorie 3 die Wahrscheinlichkeit 0, P aber 0,200');
    expect(infinite.stack.data.datasets[2].valueLabels[1]).toBe('∞: außerhalb der Skala');
  });

  test('descriptions for both charts carry the live numbers', () => {
    const { descriptions, announcement, readouts } = render(api, defaults);
    expect(Object.keys(descriptions).sort()).toEqual(['areas', 'bars', 'draws', 'stack']);
    expect(descriptions.bars).toBe(
      'P and Q over 4 categories: P = [0.400, 0.300, 0.200, 0.100], Q = [0.250, 0.250, 0.250, 0.250]. ' +
        'Q differs from P by D(P‖Q) = 0.106 nats.',
    );
    expect(descriptions.stack).toBe(
      'The stacked bar H(P) + D(P‖Q) = 1.280 nats + 0.106 nats is exactly as long as the bar H(P, Q) = 1.386 nats.',
    );
    expect(announcement).toBe(readouts.sum);
    const infinite = render(api, { ...defaults, P: [0.5, 0.3, 0.2], Q: [0.6, 0.4, 0] }).descriptions;
    expect(infinite.bars).toContain('Q puts 0 on category 3 where P has 0.200, so D(P‖Q) is infinite.');
    expect(infinite.stack).toContain('Only the entropy H(P) = 1.030 nats is drawn');
  });

  test('the self-check: D(P‖P) is exactly 0, from the kernel', () => {
    const L = localize('en');
    const store = createStore({ ...defaults, lang: 'en' });
    const check = selfCheck(L, store, api);
    expect(check.options.filter((o) => o.correct)).toHaveLength(1);
    const right = check.options.find((o) => o.correct);
    expect(right.text).toBe('Exactly 0');
    expect(right.feedback).toContain(`D(P‖P) = ${L.info(api.klDivergence(defaults.P, defaults.P), 'nats')}`);
    expect(right.feedback).toContain(`H(P) = ${L.info(api.entropy(defaults.P), 'nats')}`);
    check.show.apply();
    expect(store.get().Q).toEqual(store.get().P);
    const de = selfCheck(localize('de'), store, api);
    expect(de.options.find((o) => o.correct).feedback).toContain('D(P‖P) = 0,000 nats');
  });
});
