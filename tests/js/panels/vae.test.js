import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import {
  bestQ,
  defaults,
  predict,
  render as renderStatements,
  selfCheck as selfCheckStatements,
} from '../../../web/panels/vae.js';
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
    expect(chart.data.datasets).toHaveLength(4);
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
      'Latent dimension 1: the encoder’s q = N(1.000, 0.500²) against the prior p = N(0, 1) and the true posterior N(1.007, 0.573²); the KL term KL(q ‖ p) is 0.818 nats.',
    );
    expect(announcement).toMatch(/^ELBO = −3\.728 nats; gap = 0\.653 nats; KL\(q ‖ N\(0, 1\)\) = 0\.818 nats$/);
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

// Independent formulas for the linear-Gaussian VAE (not the kernels').
const logNormal = (x, m, v) => -0.5 * Math.log(2 * Math.PI * v) - (x - m) ** 2 / (2 * v);
const klNormal = (m1, v1, m2, v2) => 0.5 * (Math.log(v2 / v1) + (v1 + (m1 - m2) ** 2) / v2 - 1);
function elboByHand({ x1, x2, mu, sigma, muB, sigmaB, noise }) {
  const s2 = noise * noise;
  const dims = [
    [x1, mu, sigma],
    [x2, muB, sigmaB],
  ];
  let reconstruction = 0;
  let kl = 0;
  let evidence = 0;
  let gap = 0;
  for (const [x, m, sd] of dims) {
    reconstruction += -0.5 * Math.log(2 * Math.PI * s2) - ((x - m) ** 2 + sd * sd) / (2 * s2);
    kl += klNormal(m, sd * sd, 0, 1);
    evidence += logNormal(x, 0, 1 + s2);
    gap += klNormal(m, sd * sd, x / (1 + s2), s2 / (1 + s2));
  }
  return { reconstruction, kl, elbo: reconstruction - kl, evidence, gap };
}

describe('VAE panel: the ELBO with both terms', () => {
  const states = [
    defaults,
    { ...defaults, mu: -1.2, sigma: 0.2, muB: 2, sigmaB: 2.5, x1: -2, x2: 3, noise: 1.6 },
    { ...defaults, mu: 0.3, sigma: 0.05, muB: -3, sigmaB: 0.05, x1: 0, x2: 0, noise: 0.2 },
  ];
  test.each(states.map((s, i) => [i, s]))('state %i: reconstruction, KL, ELBO, log p(x) and gap', (i, state) => {
    const want = elboByHand(state);
    const { values, readouts } = render(api, state);
    const e = values.elbo;
    expect(e.reconstruction).toBeCloseTo(want.reconstruction, 10);
    expect(e.kl).toBeCloseTo(want.kl, 10);
    expect(e.elbo).toBeCloseTo(want.elbo, 10);
    expect(e.logEvidence).toBeCloseTo(want.evidence, 10);
    expect(e.gap).toBeCloseTo(want.gap, 10);
    const f = (x) => x.toFixed(3).replace('-', '−');
    expect(readouts.elbo).toContain(`= ${f(want.reconstruction)} nats − ${f(want.kl)} nats = ${f(want.elbo)} nats`);
    expect(readouts.evidence).toContain(
      `log p(x) = ${f(want.evidence)} nats = ELBO ${f(want.elbo)} nats + gap ${f(want.gap)} nats`,
    );
    const kl1 = klNormal(state.mu, state.sigma ** 2, 0, 1);
    expect(readouts.dimensions).toContain(`${f(kl1)} nats (dimension 1)`);
  });

  test('the best q is the true posterior: the gap closes and the bound is tight', () => {
    const state = { ...defaults, x1: 2, x2: -1, noise: 0.9 };
    const best = bestQ(api, state);
    expect(best.mu).toBeCloseTo(2 / (1 + 0.81), 14);
    expect(best.sigmaB).toBeCloseTo(Math.sqrt(0.81 / 1.81), 14);
    const { values, readouts } = render(api, { ...state, ...best });
    expect(values.elbo.gap).toBeLessThan(1e-12);
    expect(values.elbo.elbo).toBeCloseTo(elboByHand(state).evidence, 10);
    expect(readouts.evidence).toContain('the bound is tight');
    expect(render(api, state).readouts.evidence).toContain('the ELBO stays below log p(x)');
  });

  test('in bits every term is divided by ln 2', () => {
    const want = elboByHand(defaults);
    const { values } = render(api, { ...defaults, units: 'bits' });
    expect(values.elbo.elbo).toBeCloseTo(want.elbo / Math.LN2, 10);
  });
});

describe('VAE panel: predict', () => {
  test('asks which KL term blows up as σ → 0, hiding the terms; judged with the kernel’s terms', () => {
    const state = { ...defaults, mu: 1.5, lang: 'en' };
    const p = predict(api, state);
    expect(p.id).toBe('vae-narrow-term');
    expect(p.answer.kind).toBe('choice');
    expect(p.answer.options).toHaveLength(3);
    expect(p.hides.readouts).toEqual(expect.arrayContaining(['formula', 'terms']));
    // The question does not give the answer away.
    expect(String(p.question)).not.toContain('ln σ²');
    const right = p.judge(2);
    expect(right.correct).toBe(true);
    expect(String(right.feedback)).toContain(`−½ ln σ² = ${(-Math.log(0.05)).toFixed(3)}`);
    const wrong = p.judge(0);
    expect(wrong.correct).toBe(false);
    expect(String(wrong.feedback)).toContain(`the term you picked is ${(0.5 * 1.5 * 1.5).toFixed(3)}`);
    expect(p.judge(1).correct).toBe(false);
    const german = predict(api, { ...state, lang: 'de' });
    expect(String(german.judge(2).feedback)).toMatch(/^Richtig/);
  });
});
