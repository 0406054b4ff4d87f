import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import {
  ARROW_SCALE,
  defaults,
  predict,
  render as renderStatements,
  selfCheck as selfCheckStatements,
} from '../../../web/panels/loss.js';
import { textRender, storeSelfCheck } from './as-text.js';

const render = textRender(renderStatements);
const selfCheck = storeSelfCheck(selfCheckStatements);

let api;
beforeAll(async () => {
  api = await load();
});

describe('cross-entropy loss panel', () => {
  test('the loss is −log q̂_k for the true class', () => {
    const state = { ...defaults, logits: [0, Math.log(2), Math.log(3)], trueClass: 2 };
    const { readouts } = render(api, state);
    expect(readouts.prediction).toBe('q̂ = softmax(z) = [0.167, 0.333, 0.500]');
    expect(readouts.loss).toBe('True class 3: loss −log q̂_3 = −log 0.500 = 0.693 nats');
  });

  test('the arrows are minus the gradient, scaled: up for the true class, down for the others', () => {
    const { logits } = render(api, defaults);
    const gradient = api.softmaxCrossEntropyGradient(defaults.logits, defaults.trueClass);
    expect(logits.data.datasets[0].arrows).toEqual(Array.from(gradient, (g) => -ARROW_SCALE * g));
    expect(logits.data.datasets[0].arrows[0]).toBeGreaterThan(0);
    expect(logits.data.datasets[0].arrows[1]).toBeLessThan(0);
  });

  test('the average loss over the sample is H(P̂, q̂) and tends to H(P, q̂)', () => {
    const { readouts, convergence } = render(api, defaults);
    const q = api.softmax(defaults.logits);
    const empirical = api.empiricalDistribution(api.sampleCounts(defaults.P, { n: defaults.n, seed: defaults.seed }));
    const running = convergence.data.datasets[0].data;
    expect(running[running.length - 1]).toEqual({ x: 1000, y: expect.closeTo(api.crossEntropy(empirical, q), 12) });
    expect(convergence.data.datasets[1].data[0].y).toBe(api.crossEntropy(defaults.P, q));
    expect(readouts.average).toContain(`H(P, q̂) = ${api.crossEntropy(defaults.P, q).toFixed(3)} nats`);
  });

  test('fitting q̂ to the sample reaches the minimum H(P̂)', () => {
    const empirical = api.empiricalDistribution(api.sampleCounts(defaults.P, { n: defaults.n, seed: defaults.seed }));
    const logits = Array.from(api.logitsFor(empirical, -8));
    const { readouts } = render(api, { ...defaults, logits });
    expect(readouts.best).toContain('This q̂ is 0.000 nats above it');
  });

  test('a class never drawn is explained: finite logits only come close to the minimum', () => {
    const state = { ...defaults, P: [0.7, 0.3, 0] };
    const empirical = api.empiricalDistribution(api.sampleCounts(state.P, { n: state.n, seed: state.seed }));
    const { readouts } = render(api, { ...state, logits: Array.from(api.logitsFor(empirical, -8)) });
    expect(readouts.best).toContain('Some class was never drawn');
    expect(readouts.best).not.toContain('This q̂ is 0.000 nats above it');
  });
});

/** A store over a plain object, as the frame's createStore. */
function stubStore(initial) {
  let state = { ...initial };
  return { get: () => state, set: (patch) => (state = { ...state, ...patch }) };
}

const sampleOf = ({ P, n, seed }) => api.empiricalDistribution(api.sampleCounts(P, { n: n, seed: seed }));

describe('cross-entropy loss panel: languages, descriptions, self-check', () => {
  test('in German the readouts use decimal commas, "; " between list items and German words', () => {
    const state = { ...defaults, logits: [0, Math.log(2), Math.log(3)], trueClass: 2, lang: 'de' };
    const { readouts, logits, mle, convergence } = render(api, state);
    expect(readouts.prediction).toBe('q̂ = softmax(z) = [0,167; 0,333; 0,500]');
    expect(readouts.loss).toBe('Wahre Klasse 3: Verlust −log q̂_3 = −log 0,500 = 0,693 nats');
    expect(readouts.gradient).toMatch(
      /^Gradient des Verlusts in nats: ∂Verlust\/∂z = q̂ − onehot\(3\) = \[\+0,167; \+0,333; −0,500\] nats je Einheit des Logits\. /,
    );
    expect(readouts.sample).toMatch(/^n = 1000 Ziehungen aus P \(Seed 7\): P̂ = \[0,\d{3}; 0,\d{3}; 0,\d{3}\]$/);
    expect(logits.data.labels).toEqual(['Klasse 1', 'Klasse 2', 'Klasse 3']);
    expect(mle.data.datasets[1].label).toBe('P̂ (Häufigkeiten in 1000 Ziehungen)');
    expect(convergence.options.scales.y.title.text).toBe('mittlerer Verlust in nats');
    expect(convergence.options.scales.x.ticks.callback(20)).toBe('20');
    expect(mle.options.locale).toBe('de');
  });

  test('every chart has a description with the live numbers', () => {
    const { descriptions, announcement } = render(api, defaults);
    expect(Object.keys(descriptions).sort()).toEqual(['convergence', 'logits', 'mle', 'prediction']);
    const q = api.softmax(defaults.logits);
    const empirical = sampleOf(defaults);
    const list = (values) => `[${Array.from(values, (p) => p.toFixed(3)).join(', ')}]`;
    expect(descriptions.logits).toBe(
      'Logits of the 3 classes: [2.00, 0.50, −1.00]. The true class 1 is highlighted; arrows show a gradient step, ' +
        'up for the true class and down for the others.',
    );
    expect(descriptions.prediction).toBe(
      `Predicted probabilities q̂ = ${list(q)}; the true class 1 gets ${q[0].toFixed(3)}.`,
    );
    expect(descriptions.mle).toContain(`P̂ = ${list(empirical)}`);
    expect(descriptions.convergence).toContain(`H(P̂, q̂) = ${api.crossEntropy(empirical, q).toFixed(3)} nats`);
    expect(descriptions.convergence).toContain(`H(P̂) = ${api.entropy(empirical).toFixed(3)} nats`);
    const loss = api.softmaxCrossEntropy(defaults.logits, 0);
    expect(announcement).toMatch(new RegExp(`^True class 1: loss ${loss.toFixed(3)} nats\\. `));
  });

  test('the self-check: the sample’s own frequencies win, in the kernels’ numbers for the sample shown', () => {
    const store = stubStore({ ...defaults, seed: 11 });
    const check = selfCheck(localize('en'), store, api);
    expect(check.options.filter((o) => o.correct)).toHaveLength(1);
    const right = check.options.find((o) => o.correct);
    expect(right.text).toContain('P̂');
    const empirical = sampleOf(store.get());
    expect(right.feedback).toContain(`H(P̂) = ${api.entropy(empirical).toFixed(3)} nats`);
    const truth = check.options[0];
    expect(truth.feedback).toContain(`H(P̂, P) = ${api.crossEntropy(empirical, defaults.P).toFixed(3)} nats`);
    // The feedback follows the sample on show when it is read.
    store.set({ seed: 12 });
    const next = api.entropy(sampleOf(store.get())).toFixed(3);
    expect(next).not.toBe(api.entropy(empirical).toFixed(3));
    expect(right.feedback).toContain(`H(P̂) = ${next} nats`);
    check.show.apply();
    expect(render(api, store.get()).readouts.best).toContain('This q̂ is 0.000 nats above it');
  });
});

// Independent: softmax written out.
function softmaxByHand(z) {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
const entropyByHand = (p) => -p.reduce((a, x) => a + (x > 0 ? x * Math.log(x) : 0), 0);

describe('loss panel: temperature is dividing the logits by T', () => {
  test.each([0.3, 1, 2.5, 10])('T = %p: the readout is softmax(z/T) and its loss', (T) => {
    const state = { ...defaults, logits: [2, 0.5, -1, 1.2], P: [0.25, 0.25, 0.25, 0.25], trueClass: 3, temperature: T };
    const want = softmaxByHand(state.logits.map((z) => z / T));
    const { readouts } = render(api, state);
    const shown = want.map((p) => (p < 0.001 ? null : p.toFixed(3))).filter(Boolean);
    for (const text of shown) expect(readouts.temperature).toContain(text);
    expect(readouts.temperature).toContain(`${(-Math.log(want[3])).toFixed(3)} nats`);
    expect(readouts.temperature).toContain(`H = ${entropyByHand(want).toFixed(3)} nats`);
    if (T > 1) expect(readouts.temperature).toContain('flatter');
    if (T < 1) expect(readouts.temperature).toContain('sharper');
  });
});

describe('loss panel: predict', () => {
  const state = { ...defaults, logits: [0, Math.log(3), 0, 0], P: [0.25, 0.25, 0.25, 0.25], trueClass: 0 };
  // q̂ = [1/6, 3/6, 1/6, 1/6]: the loss of class 1 is ln 6 nats = log₂ 6 bits.
  test('asks for the loss in the page’s units and hides the readouts that show it', () => {
    const p = predict(api, { ...state, lang: 'en' });
    expect(p.answer).toMatchObject({ kind: 'number', units: 'nats', min: 0 });
    expect(p.hides.readouts).toEqual(expect.arrayContaining(['loss', 'temperature']));
    expect(String(p.question)).toContain('q̂ₖ = 0.167');
    expect(String(p.question)).not.toContain(Math.log(6).toFixed(3));
  });
  test('judges the learner’s own number against −log q̂ₖ', () => {
    const p = predict(api, { ...state, lang: 'en' });
    const ln6 = Math.log(6);
    expect(p.judge(ln6 * 1.03).correct).toBe(true);
    expect(String(p.judge(ln6).feedback)).toContain(
      `= ${ln6.toFixed(3)} nats (that is ${Math.log2(6).toFixed(3)} bits)`,
    );
    const high = p.judge(3);
    expect(high.correct).toBe(false);
    expect(String(high.feedback)).toMatch(/^Too high: your 3\.000 nats/);
    expect(p.judge(0.5).correct).toBe(false);
    expect(String(p.judge(0.5).feedback)).toMatch(/^Too low/);
    const bits = predict(api, { ...state, units: 'bits', lang: 'de' });
    expect(bits.answer.units).toBe('bits');
    expect(bits.judge(Math.log2(6)).correct).toBe(true);
    expect(bits.judge(Math.log(6)).correct).toBe(false);
    expect(String(bits.judge(2).feedback)).toMatch(/^Zu niedrig: Ihre 2,000 bits/);
  });
});
