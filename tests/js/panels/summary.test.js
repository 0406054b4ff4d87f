import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import { createStore } from '../../../web/store.js';
import {
  defaults,
  render as renderStatements,
  selfCheck as selfCheckStatements,
  source,
} from '../../../web/panels/summary.js';
import { textRender, storeSelfCheck } from './as-text.js';

const render = textRender(renderStatements);
const selfCheck = storeSelfCheck(selfCheckStatements);

let api;
beforeAll(async () => {
  api = await load();
});

describe('summary triangle', () => {
  test('shares the decomposition panel’s state', () => {
    expect(source).toBe('decomposition');
  });

  test('rows carry live values and the identity holds in the text', () => {
    const { rows, identity } = render(api, defaults);
    expect(rows.map((r) => r.value)).toEqual(['1.280 nats', '1.386 nats', '0.106 nats']);
    expect(identity).toMatch(/^Cross-entropy = entropy \+ KL: 1\.386 nats = 1\.280 nats \+ 0\.106 nats\./);
  });

  test('an infinite KL is explained, in bits too', () => {
    const { rows, identity } = render(api, { ...defaults, P: [0.5, 0.5], Q: [1, 0], units: 'bits' });
    expect(rows.map((r) => r.value)).toEqual(['1.000 bits', '∞ bits', '∞ bits']);
    expect(identity).toContain('H(P, Q) = 1.000 bits + ∞ = ∞');
  });

  test('German: decimal commas and German words', () => {
    const { rows, identity } = render(api, { ...defaults, lang: 'de' });
    expect(rows.map((r) => r.value)).toEqual(['1,280 nats', '1,386 nats', '0,106 nats']);
    expect(rows.map((r) => r.name)).toEqual(['Entropie H(P)', 'Kreuzentropie H(P, Q)', 'KL-Divergenz D(P‖Q)']);
    expect(identity).toMatch(/^Kreuzentropie = Entropie \+ KL: 1,386 nats = 1,280 nats \+ 0,106 nats\./);
    const infinite = render(api, { ...defaults, P: [0.5, 0.5], Q: [1, 0], units: 'bits', lang: 'de' });
    expect(infinite.identity).toBe(
      'Hier übersieht Q ein Ergebnis, das unter P vorkommen kann, daher ist H(P, Q) = 1,000 bits + ∞ = ∞.',
    );
  });

  test('no charts, so no descriptions; the identity is the announcement', () => {
    const { descriptions, announcement, identity } = render(api, defaults);
    expect(descriptions).toEqual({});
    expect(announcement).toBe(identity);
  });

  test('the self-check: H(P, Q) is at least H(P), with the kernel’s numbers', () => {
    const L = localize('en');
    const store = createStore({ ...defaults, lang: 'en' });
    const check = selfCheck(L, store, api);
    expect(check.options.filter((o) => o.correct)).toHaveLength(1);
    const right = check.options.find((o) => o.correct);
    expect(right.text).toBe('at least as large, and equal only when Q = P');
    const d = api.decompose(defaults.P, defaults.Q);
    expect(right.feedback).toContain(
      `${L.info(d.crossEntropy, 'nats')} = ${L.info(d.entropy, 'nats')} + ${L.info(d.kl, 'nats')}`,
    );
    check.show.apply();
    expect(store.get().Q).toEqual(store.get().P);
    const de = selfCheck(localize('de'), store, api);
    expect(de.options.find((o) => o.correct).feedback).toContain('1,386 nats = 1,280 nats + 0,106 nats');
  });
});
