import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import { defaults, render as renderStatements, selfCheck as selfCheckStatements } from '../../../web/panels/vae.js';
import { textRender, storeSelfCheck } from './as-text.js';

const render = textRender(renderStatements);
const selfCheck = storeSelfCheck(selfCheckStatements);

let api;
beforeAll(async () => {
  api = await load();
});

describe('VAE KL panel', () => {
  test('the four terms and their total', () => {
    const { readouts } = render(api, { ...defaults, mu: 1, sigma: 0.5 });
    expect(readouts.formula).toBe(
      'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = 0.500 + 0.125 + 0.693 − 0.500 = 0.818 nats',
    );
    expect(readouts.terms[2]).toBe('−½ ln σ² = 0.693: penalises a narrow one (grows without bound as σ → 0)');
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

/** A store over a plain object, as the frame's createStore. */
function stubStore(initial) {
  let state = { ...initial };
  return { get: () => state, set: (patch) => (state = { ...state, ...patch }) };
}

describe('VAE KL panel: languages, descriptions, self-check', () => {
  test('in German the readouts use decimal commas and German words', () => {
    const { readouts, chart } = render(api, { ...defaults, mu: 1, sigma: 0.5, lang: 'de' });
    expect(readouts.formula).toBe(
      'KL(q ‖ N(0, 1)) = ½μ² + ½σ² − ½ ln σ² − ½ = 0,500 + 0,125 + 0,693 − 0,500 = 0,818 nats',
    );
    expect(readouts.terms[0]).toBe('½μ² = 0,500: zieht den Mittelwert zu 0');
    expect(readouts.check).toMatch(/^Kontrolle durch numerische Integration von q log\(q\/p\): 0,818 nats/);
    expect(render(api, { ...defaults, sigma: 0.1, lang: 'de' }).readouts.entropy).toMatch(
      /^Differentielle Entropie von q: ½ log\(2πeσ²\) = −0,884 nats\. Negativ, weil σ unter 1\/√\(2πe\) ≈ 0,2420 liegt/,
    );
    expect(chart.data.datasets[1].label).toBe('p = N(0, 1): der Prior');
    expect(chart.options.scales.y.title.text).toBe('Dichte');
    expect(chart.options.locale).toBe('de');
  });

  test('the chart has a description with the live numbers; the announcement is the KL', () => {
    const { descriptions, announcement } = render(api, defaults);
    expect(Object.keys(descriptions)).toEqual(['chart']);
    expect(descriptions.chart).toBe(
      'The posterior q = N(1.000, 0.500²) against the prior p = N(0, 1); the KL term KL(q ‖ p) is 0.818 nats.',
    );
    expect(announcement).toBe('KL(q ‖ N(0, 1)) = 0.818 nats');
    const other = render(api, { ...defaults, mu2: 1, sigma2: 2 });
    const forward = api.gaussianKL(1, 0.5, 1, 2);
    expect(other.descriptions.chart).toContain(`KL(q ‖ N(1.000, 2.000²)) = ${forward.toFixed(3)} nats`);
    expect(other.announcement).toContain(`KL(q ‖ N(1.000, 2.000²)) = ${forward.toFixed(3)} nats`);
  });

  test('the self-check: only q = N(0, 1) has KL 0, in the kernels’ numbers; show sets μ = 0, σ = 1', () => {
    const store = stubStore(defaults);
    const check = selfCheck(localize('en'), store, api);
    expect(check.options.filter((o) => o.correct)).toHaveLength(1);
    const right = check.options.find((o) => o.correct);
    expect(right.text).toContain('N(0, 1)');
    expect(right.feedback).toContain(`KL = ${api.vaeKL(0, 1).toFixed(3)} nats`);
    const narrow = check.options.find((o) => o.text.includes('narrow'));
    expect(narrow.feedback).toContain(`the KL is ${api.vaeKL(0, 0.1).toFixed(3)} nats`);
    const meanZero = check.options.find((o) => o.text.includes('μ = 0'));
    expect(meanZero.feedback).toContain(`the KL is ${api.vaeKL(0, 2).toFixed(3)} nats`);
    check.show.apply();
    expect(store.get()).toMatchObject({ mu: 0, sigma: 1 });
    expect(render(api, store.get()).values.terms.total).toBe(0);
    const german = selfCheck(localize('de'), stubStore(defaults), api);
    expect(german.options.find((o) => o.correct).feedback).toContain('KL = 0,000 nats');
  });
});
