import { beforeAll, describe, expect, test } from '@jest/globals';
import { load } from '../../../web/kernels.js';
import { localize } from '../../../web/i18n.js';
import {
  LANDSCAPE,
  defaults,
  render as renderStatements,
  selfCheck as selfCheckStatements,
} from '../../../web/panels/fits.js';
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
