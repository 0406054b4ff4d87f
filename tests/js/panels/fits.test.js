import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import {
  DRAFT_LANDSCAPE,
  GUESS_SLACK_NATS,
  LANDSCAPE,
  X_RANGE,
  defaults,
  predict,
  render as renderStatements,
  selfCheck as selfCheckStatements,
} from '../../../web/panels/fits.js';
import { checkOutput } from '../../statements.js';
import { textRender, storeSelfCheck } from './as-text.js';

const render = textRender(renderStatements);
const selfCheck = storeSelfCheck(selfCheckStatements);

let api;
beforeAll(async () => {
  api = await load();
});

describe('forward vs reverse KL panel', () => {
  test('separated modes: the reverse fit seeks a mode, the forward fit covers both', () => {
    const state = { ...defaults, weights: [0.3, 0.7], means: [-3, 2], sigmas: [0.6, 1.2] };
    const { readouts, fits } = render(api, state);
    expect(readouts.behaviour).toMatch(/^Mode-seeking: the reverse fit sits on one mode/);
    expect(fits.forward.sigma).toBeGreaterThan(2);
    expect(readouts.forward).toMatch(/^Forward fit Q = N\(0\.500, 2\.\d{3}²\): D\(P‖Q\) = \d\.\d{3} nats, D\(Q‖P\) = /);
    expect(readouts.tie).toBe('');
  });

  test('symmetric modes: the tie is reported and both minima are marked on the landscape', () => {
    const state = { ...defaults, means: [-3, 3], sigmas: [0.7, 0.7] };
    const { readouts, landscape } = render(api, state);
    expect(readouts.tie).toContain('The two modes fit equally well');
    expect(landscape.data.datasets.map((d) => d.label)).toEqual([
      'forward fit',
      'reverse fit',
      'reverse fit, other mode',
    ]);
  });

  test('close modes: one Gaussian covers both', () => {
    const { readouts } = render(api, { ...defaults, means: [-0.5, 0.5], sigmas: [1, 1] });
    expect(readouts.behaviour).toContain('one Gaussian can cover both');
  });

  test('the landscape grid matches its declared size, and can be switched off', () => {
    // The grid travels in the chart's config, as the heat-map plugin's options.
    const { grid } = render(api, defaults).landscape.options.plugins.heatmap;
    expect(grid.values).toHaveLength(LANDSCAPE.nMu * LANDSCAPE.nLogSigma);
    expect(render(api, { ...defaults, landscape: 'off' }).landscape.options.plugins.heatmap.grid).toBeNull();
  });

  test('a draft (while dragging) has a coarser landscape, and says so; the rest is the same', () => {
    const full = renderStatements(api, defaults);
    const draft = renderStatements(api, defaults, { draft: true });
    const { grid } = draft.charts.landscape.options.plugins.heatmap;
    expect([grid.columns, grid.rows]).toEqual([DRAFT_LANDSCAPE.nMu, DRAFT_LANDSCAPE.nLogSigma]);
    expect(grid.values).toHaveLength(DRAFT_LANDSCAPE.nMu * DRAFT_LANDSCAPE.nLogSigma);
    expect(grid.values.length).toBeLessThan(LANDSCAPE.nMu * LANDSCAPE.nLogSigma);
    expect(draft.draft).toBe(true);
    expect(full.draft).toBe(false);
    expect(String(draft.readouts.forward)).toBe(String(full.readouts.forward));
    expect(draft.charts.densities).toEqual(full.charts.densities);
    // No landscape, nothing to refine.
    expect(renderStatements(api, { ...defaults, landscape: 'off' }, { draft: true }).draft).toBe(false);
  });

  test('the mode handles sit on the mixture density at each mean', () => {
    const { densities } = render(api, defaults);
    const handles = densities.data.datasets[3].data;
    const mixture = { weights: defaults.weights, means: defaults.means, sigmas: defaults.sigmas };
    expect(handles).toEqual(defaults.means.map((m) => ({ x: m, y: api.mixtureDensity(mixture, m) })));
  });
});

/** A store over a plain object, as the frame's createStore. */
function stubStore(initial) {
  let state = { ...initial };
  return { get: () => state, set: (patch) => (state = { ...state, ...patch }) };
}

describe('forward vs reverse KL panel: languages, descriptions, self-check', () => {
  const unequal = { ...defaults, weights: [0.3, 0.7], means: [-3, 2], sigmas: [0.6, 1.2], landscape: 'reverse' };

  test('in German the readouts use decimal commas and German words', () => {
    const { readouts, densities, landscape } = render(api, { ...unequal, lang: 'de' });
    expect(readouts.forward).toMatch(
      /^Vorwärts-Anpassung Q = N\(0,500, 2,\d{3}²\): D\(P‖Q\) = \d,\d{3} nats, D\(Q‖P\) = \d,\d{3} nats$/,
    );
    expect(readouts.behaviour).toMatch(
      /^Modussuchend: Die Rückwärts-Anpassung sitzt auf einem Modus \(μ = [12],\d{3}, nahe 2,000\)/,
    );
    expect(densities.data.datasets[0].label).toBe('P: Mischung zweier Gauß-Verteilungen');
    expect(landscape.options.scales.x.title.text).toBe('Mittelwert μ von Q');
    expect(landscape.options.locale).toBe('de');
    expect(landscape.options.scales.y.ticks.callback(0.5)).toBe('0,5');
  });

  test('every chart has a description with the live numbers, and the announcement follows the fits', () => {
    const { descriptions, announcement, fits } = render(api, unequal);
    expect(Object.keys(descriptions).sort()).toEqual(['densities', 'integrands', 'landscape']);
    const mu = (x) => x.toFixed(3).replace('-', '−');
    expect(descriptions.densities).toBe(
      `P has modes at −3.000 and 2.000; the forward fit N(${mu(fits.forward.mu)}, ${mu(fits.forward.sigma)}²) spreads ` +
        `over both, the reverse fit N(${mu(fits.reverse.mu)}, ${mu(fits.reverse.sigma)}²) sits on the mode at 2.000.`,
    );
    expect(descriptions.landscape).toContain(`lowest at the reverse fit, μ = ${mu(fits.reverse.mu)}`);
    expect(descriptions.landscape).toContain(`(D(Q‖P) = ${fits.reverse.kl.toFixed(3)} nats)`);
    expect(announcement).toMatch(/^Mode-seeking: the reverse fit N\(/);

    const tie = render(api, { ...defaults, means: [-3, 3], sigmas: [0.7, 0.7], landscape: 'reverse' });
    expect(tie.descriptions.landscape).toContain('two equally low minima');
    expect(tie.descriptions.landscape).toContain(`μ = ${mu(tie.fits.reverse.otherMu)}`);
    const forward = render(api, { ...unequal, landscape: 'forward' });
    expect(forward.descriptions.landscape).toContain(`lowest at the forward fit, μ = 0.500`);
    expect(render(api, { ...unequal, landscape: 'off' }).descriptions.landscape).toMatch(
      /^The heat map is switched off/,
    );
    const close = render(api, { ...defaults, means: [-0.5, 0.5], sigmas: [1, 1] });
    expect(close.descriptions.densities).toContain('close enough to overlap');
    expect(close.announcement).toMatch(/^One Gaussian covers both modes/);
  });

  test('the self-check: the reverse fit picks one mode, with the kernels’ numbers, and shows modes apart', () => {
    const store = stubStore({ ...defaults, units: 'nats' });
    const check = selfCheck(localize('en'), store, api);
    expect(check.options.filter((o) => o.correct)).toHaveLength(1);
    const right = check.options.find((o) => o.correct);
    expect(right.text).toContain('one mode');
    const mixture = { weights: [0.5, 0.5], means: [-3, 3], sigmas: [0.7, 0.7] };
    const reverse = api.fitGaussian(mixture, 'reverse');
    const forward = api.fitGaussian(mixture, 'forward');
    const covering = api.mixtureKL(mixture, forward.mu, forward.sigma, 'reverse');
    expect(right.feedback).toContain(`D(Q‖P) = ${reverse.kl.toFixed(3)} nats`);
    expect(right.feedback).toContain(`would cost D(Q‖P) = ${covering.toFixed(3)} nats`);
    check.show.apply();
    expect(store.get()).toMatchObject(mixture);
    expect(render(api, store.get()).readouts.behaviour).toMatch(/^Mode-seeking/);
    const german = selfCheck(localize('de'), stubStore(defaults), api);
    expect(german.options.find((o) => o.correct).feedback).toContain(
      `D(Q‖P) = ${reverse.kl.toFixed(3).replace('.', ',')} nats`,
    );
  });
});

describe('forward vs reverse KL panel: where each direction pays (issue 13)', () => {
  const unequal = { ...defaults, weights: [0.3, 0.7], means: [-3, 2], sigmas: [0.6, 1.2] };
  const mixture = { weights: unequal.weights, means: unequal.means, sigmas: unequal.sigmas };
  const normal = (x, mu, sigma) => Math.exp(-0.5 * ((x - mu) / sigma) ** 2) / (sigma * Math.sqrt(2 * Math.PI));
  const p = (x) => mixture.weights.reduce((sum, w, i) => sum + w * normal(x, mixture.means[i], mixture.sigmas[i]), 0);

  test('the integrands are p·log(p/q) and q·log(q/p) for each fit, written out here', () => {
    const { fits, integrandCurves: curves, charts } = renderStatements(api, { ...unequal, lang: 'en' });
    const { forward, reverse } = fits;
    for (let i = 0; i < curves.forward.x.length; i += 30) {
      const x = curves.forward.x[i];
      const [pf, qf] = [p(x), normal(x, forward.mu, forward.sigma)];
      const [qr] = [normal(x, reverse.mu, reverse.sigma)];
      expect(curves.forward.y[i]).toBeCloseTo(pf > 0 ? pf * Math.log(pf / qf) : 0, 10);
      expect(curves.reverse.y[i]).toBeCloseTo(qr > 0 ? qr * Math.log(qr / p(x)) : 0, 10);
    }
    expect(charts.integrands.data.datasets).toHaveLength(2);
  });

  test('their areas are the two divergences, and the forward one dips below 0 while its area stays positive', () => {
    const { fits, integrandCurves: curves, readouts } = render(api, { ...unequal, lang: 'en' });
    // Trapezoids over the drawn points (the tails beyond ±9 are negligible here).
    const area = ({ x, y }) => x.reduce((sum, xi, i) => (i ? sum + ((y[i] + y[i - 1]) * (xi - x[i - 1])) / 2 : 0), 0);
    expect(area(curves.forward)).toBeCloseTo(fits.forward.kl, 3);
    expect(area(curves.reverse)).toBeCloseTo(fits.reverse.kl, 3);
    expect(Math.min(...curves.forward.y)).toBe(curves.forward.extremes.lowY);
    expect(curves.forward.extremes.lowY).toBeLessThan(0);
    expect(readouts.negative[0]).toMatch(/^The forward integrand dips to −0\.\d{3} at x = /);
    expect(readouts.asymmetry).toMatch(/^Not a distance metric: .* D\(P‖Q\) = \d\.\d{3} nats but D\(Q‖P\) = /);
  });

  test('the integrand chart shades above and below zero differently', () => {
    const { integrands } = render(api, { ...unequal, lang: 'en' });
    for (const dataset of integrands.data.datasets) {
      expect(dataset.fill.target).toBe('origin');
      expect(dataset.fill.above).not.toBe(dataset.fill.below);
    }
    expect(integrands.options.scales.x).toMatchObject({ min: X_RANGE[0], max: X_RANGE[1] });
  });
});

describe('forward vs reverse KL panel: predict where the reverse fit lands', () => {
  const unequal = { ...defaults, weights: [0.3, 0.7], means: [-3, 2], sigmas: [0.6, 1.2], lang: 'en' };

  test('a position on the density chart, hiding the reverse fit everywhere it shows', () => {
    const q = predict(api, unequal);
    expect(q.answer).toMatchObject({ kind: 'position', chart: 'densities', axis: 'x' });
    const { densities, landscape, integrands } = render(api, unequal);
    expect(densities.data.datasets[q.hides.datasets.densities[0]].label).toMatch(/^reverse fit/);
    expect(landscape.data.datasets[q.hides.datasets.landscape[0]].label).toBe('reverse fit');
    expect(integrands.data.datasets[q.hides.datasets.integrands[0]].label).toMatch(/reverse fit/);
    expect(q.hides.readouts).toEqual(expect.arrayContaining(['reverse', 'behaviour', 'tie', 'integrandReverse']));
    // The reverse landscape's valleys would give the answer away: no question then.
    expect(predict(api, { ...unequal, landscape: 'reverse' })).toBeNull();
  });

  test('judged by the kernels for the learner’s own position', () => {
    const q = predict(api, unequal);
    const reverse = api.fitGaussian(unequal, 'reverse');
    expect(q.judge(reverse.mu).correct).toBe(true);
    const far = q.judge(-6);
    expect(far.correct).toBe(false);
    const cost = api.mixtureKL(unequal, -6, reverse.sigma, 'reverse');
    expect(cost).toBeGreaterThan(reverse.kl + GUESS_SLACK_NATS);
    expect(String(far.feedback)).toContain(`D(Q‖P) = ${cost.toFixed(3)} nats`);
    // Symmetric modes: either mode is right.
    const tie = predict(api, { ...defaults, lang: 'en' });
    const fit = api.fitGaussian(defaults, 'reverse');
    expect(tie.judge(fit.mu).correct).toBe(true);
    expect(tie.judge(fit.otherMu).correct).toBe(true);
    expect(tie.judge(0).correct).toBe(false);
  });

  test('every question and feedback is true, in random states, both units and languages', () => {
    const problems = [];
    for (let i = 0; i < 40; i++) {
      for (const units of ['nats', 'bits']) {
        for (const lang of ['en', 'de']) {
          const state = {
            ...defaults,
            means: [-5 + (i % 7), 5 - ((i * 3) % 9)],
            sigmas: [0.2 + (i % 5) * 0.5, 0.3 + (i % 3) * 0.6],
            weights: [0.1 + (i % 9) * 0.1, 0.9 - (i % 9) * 0.1],
            units,
            lang,
          };
          const q = predict(api, state);
          const said = [q.question, q.answer.label, ...[-8, -2, 0, 1.5, 4].map((g) => q.judge(g).feedback)];
          problems.push(...checkOutput(said, state));
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
