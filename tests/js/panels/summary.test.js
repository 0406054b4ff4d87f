// The summary panel's pure render() and self-check. The expected numbers are
// computed here from the state, with the separate entropy, crossEntropy and
// klDivergence kernels (render() calls decompose()), so a panel that shows
// another P, Q, units or quantity fails.
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

/** What the three rows must read for `state`, from the kernels and the language's number format. */
function expectedValues(state) {
  const { P, Q, units } = state;
  const L = localize(state.lang);
  const h = api.entropy(P, { units });
  const cross = api.crossEntropy(P, Q, { units });
  const kl = api.klDivergence(P, Q, { units });
  return {
    numbers: { h, cross, kl },
    h: String(L.info(h, units)),
    cross: String(L.info(cross, units)),
    kl: String(L.info(kl, units)),
  };
}

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** The number in an English amount of information ("1.280 nats", "2.00 × 10⁻¹⁴ bits"), which must end in `units`. */
function parseAmount(text, units) {
  const match = text.match(/^([\d.]+)(?: × 10(⁻?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+))? (nats|bits)$/);
  expect(match?.[4]).toBe(units);
  const [, mantissa, minus, power] = match;
  const exponent = power ? Number([...power].map((c) => SUPERSCRIPTS.indexOf(c)).join('')) : 0;
  return Number(mantissa) * 10 ** (minus ? -exponent : exponent);
}

/** States over which the rendered numbers are checked: defaults, random P and Q of 2–10 categories, edge cases. */
function states() {
  const list = [
    { ...defaults, lang: 'en' },
    { ...defaults, units: 'bits', lang: 'en' },
    { ...defaults, P: [0.5, 0.5], Q: [0.5 + 1e-7, 0.5 - 1e-7], lang: 'en' }, // KL ≈ 2e-14: scientific notation
    { ...defaults, P: [0.7, 0.2, 0.1], Q: [0.7, 0.2, 0.1], lang: 'en' }, // Q = P: KL exactly 0
    { ...defaults, P: [1, 0], Q: [0.5, 0.5], lang: 'en' }, // H(P) = 0
  ];
  for (let k = 2; k <= 10; k++) {
    for (const units of ['nats', 'bits']) {
      list.push({
        ...defaults,
        P: Array.from(api.randomDistribution(k, 100 + k)),
        Q: Array.from(api.randomDistribution(k, 200 + k)),
        units,
        lang: 'en',
      });
    }
  }
  return list;
}

describe('summary triangle', () => {
  test('shares the decomposition panel’s state', () => {
    expect(source).toBe('decomposition');
  });

  test('the rows show H(P), H(P, Q) and D(P‖Q) of the state’s P and Q, in its units', () => {
    const seen = new Set();
    for (const state of states()) {
      const want = expectedValues(state);
      const { rows } = render(api, state);
      expect(rows.map((r) => r.key)).toEqual(['entropy', 'crossEntropy', 'kl']);
      expect(rows.map((r) => r.name)).toEqual(['Entropy H(P)', 'Cross-entropy H(P, Q)', 'KL divergence D(P‖Q)']);
      expect(rows.map((r) => r.value)).toEqual([want.h, want.cross, want.kl]);
      // The shown digits are the kernels' numbers, rounded: "1.280 nats", "2.00 × 10⁻¹⁴ nats".
      [want.numbers.h, want.numbers.cross, want.numbers.kl].forEach((x, i) => {
        const shown = parseAmount(rows[i].value, state.units);
        expect(Math.abs(shown - x)).toBeLessThanOrEqual(x > 0 && x < 0.001 ? x * 0.005 : 0.0005);
      });
      seen.add(rows.map((r) => r.value).join('|'));
    }
    // The states really differ on the page: a panel stuck on one P and Q would not pass.
    expect(seen.size).toBe(states().length);
  });

  test('the identity quotes the same three numbers', () => {
    for (const state of states()) {
      const want = expectedValues(state);
      const {
        readouts: { identity },
        announcement,
      } = render(api, state);
      expect(identity.startsWith(`Cross-entropy = entropy + KL: ${want.cross} = ${want.h} + ${want.kl}.`)).toBe(true);
      expect(announcement).toBe(identity);
    }
  });

  test('an infinite KL is explained, in bits too', () => {
    for (const [P, Q] of [
      [
        [0.5, 0.5],
        [1, 0],
      ],
      [
        [0.2, 0.3, 0.5],
        [0.5, 0.5, 0],
      ],
    ]) {
      const state = { ...defaults, P, Q, units: 'bits', lang: 'en' };
      const h = String(localize('en').info(api.entropy(P, { units: 'bits' }), 'bits'));
      const {
        rows,
        readouts: { identity },
      } = render(api, state);
      expect(rows.map((r) => r.value)).toEqual([h, '∞ bits', '∞ bits']);
      expect(identity).toBe(`Here Q misses an outcome P can produce, so H(P, Q) = ${h} + ∞ = ∞.`);
    }
  });

  test('German: decimal commas and German words', () => {
    for (const state of [
      { ...defaults, lang: 'de' },
      { ...defaults, P: [0.6, 0.3, 0.1], Q: [0.2, 0.5, 0.3], units: 'bits', lang: 'de' },
    ]) {
      const want = expectedValues(state);
      const {
        rows,
        readouts: { identity },
      } = render(api, state);
      expect(rows.map((r) => r.value)).toEqual([want.h, want.cross, want.kl]);
      for (const value of rows.map((r) => r.value)) expect(value).toMatch(/^\d,\d{3} (nats|bits)$/);
      expect(rows.map((r) => r.name)).toEqual(['Entropie H(P)', 'Kreuzentropie H(P, Q)', 'KL-Divergenz D(P‖Q)']);
      expect(identity.startsWith(`Kreuzentropie = Entropie + KL: ${want.cross} = ${want.h} + ${want.kl}.`)).toBe(true);
    }
    const P = [0.5, 0.5];
    const infinite = render(api, { ...defaults, P, Q: [1, 0], units: 'bits', lang: 'de' });
    const h = String(localize('de').info(api.entropy(P, { units: 'bits' }), 'bits'));
    expect(h).toBe('1,000 bits');
    expect(infinite.readouts.identity).toBe(
      `Hier übersieht Q ein Ergebnis, das unter P vorkommen kann, daher ist H(P, Q) = ${h} + ∞ = ∞.`,
    );
  });

  test('no charts, so no descriptions; the identity is the announcement', () => {
    const {
      descriptions,
      announcement,
      readouts: { identity },
    } = render(api, defaults);
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
    const de = localize('de');
    const want = expectedValues({ ...defaults, lang: 'de' });
    expect(selfCheck(de, store, api).options.find((o) => o.correct).feedback).toContain(
      `${want.cross} = ${want.h} + ${want.kl}`,
    );
  });
});
